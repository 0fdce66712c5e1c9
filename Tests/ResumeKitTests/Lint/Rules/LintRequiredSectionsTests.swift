import XCTest
@testable import ResumeKit
@testable import ResumeLint

final class LintRequiredSectionsTests: XCTestCase {
    func testMissingSectionsAreAtTheTopAndEmptyOnesAtTheirKey() throws {
        let yaml = """
            basics: {name: Ada Park, phone: "+1 555 0100"}
            education: [{institution: Lakemere}]
            work: []
            projects: [{name: tinyslu}]
            researchInterests: [{name: NLU}]
            teaching: [{organization: Meetup}]
            skills: [{name: Languages}]
            meta:
              sections: [{section: awards, title: Prizes}]
            """
        XCTAssertEqual(try findings(of: RequiredSectionsRule(), in: yaml), [
            "1:1 -: section 'awards' (Awards) is missing; fill it in, or hide it on purpose with meta.sections: [{section: awards, hidden: true}]",
            "3:7 work: section 'work' (Work Experience) is empty; fill it in, or hide it on purpose with meta.sections: [{section: work, hidden: true}]",
        ])
    }

    func testHiddenSectionsAndAProfileAreEnough() throws {
        let yaml = """
            basics:
              name: Ada Park
              profiles: [{network: GitHub, username: ada}]
            education: [{institution: Lakemere}]
            work: [{name: Acme}]
            projects: [{name: tinyslu}]
            skills: [{name: Languages}]
            meta:
              sections:
                - {section: awards, hidden: true}
                - {section: researchInterests, hidden: true}
                - {section: teaching, hidden: true}
            """
        XCTAssertEqual(try findings(of: RequiredSectionsRule(), in: yaml), [])
    }

    func testNoWayToReachYouIsAtBasics() throws {
        let yaml = """
            basics:
              name: Ada Park
              location: {city: Seoul}
            meta:
              sections: [{section: education, hidden: true}, {section: work, hidden: true}, {section: projects, hidden: true}, {section: awards, hidden: true}, {section: researchInterests, hidden: true}, {section: teaching, hidden: true}, {section: skills, hidden: true}]
            """
        XCTAssertEqual(try findings(of: RequiredSectionsRule(), in: yaml), [
            "2:3 basics: basics has no way to reach you; add an email, phone, url or a profile",
        ])
    }
}
