import XCTest
@testable import ResumeKit
@testable import ResumeLint

final class LintLinkFormatTests: XCTestCase {
    func testEachBadLinkSaysWhatIsWrong() throws {
        let yaml = """
            basics:
              name: Ada Park
              email: ada@example
              url: ada.example.com
              profiles:
                - {network: GitHub, url: "https://gitlab.com/ada"}
                - {network: Twitter, url: "https://x.com/ada"}
                - {network: X, url: "https://mobile.twitter.com/ada"}
                - {network: LinkedIn, url: "https://www.linkedin.com/in/ada"}
                - {network: Mastodon, url: "https://sigmoid.social/@ada"}
                - {network: GitLab, url: "ftp://gitlab.com/ada"}
            work:
              - {name: Acme, url: "https://"}
              - {name: Brightwave, url: "https://bright wave.com"}
              - {name: Local, url: "http://localhost:8080"}
            """
        XCTAssertEqual(try findings(of: LinkFormatRule(), in: yaml), [
            "3:10 basics.email: email 'ada@example' is not a valid address; expected name@domain.tld",
            "4:8 basics.url: URL 'ada.example.com' has no scheme; write 'https://ada.example.com'",
            "6:30 basics.profiles[0].url: GitHub profile links to 'gitlab.com'; expected 'github.com'",
            "11:30 basics.profiles[5].url: URL 'ftp://gitlab.com/ada' uses 'ftp'; expected an http or https link",
            "13:23 work[0].url: URL 'https://' has no host",
            "14:29 work[1].url: URL 'https://bright wave.com' contains a space",
            "15:24 work[2].url: URL 'http://localhost:8080' has host 'localhost', which is not a domain",
        ])
    }

    func testALinkThatCanRunCodeIsNamedByItsScheme() throws {
        let yaml = """
            basics:
              name: Ada Park
              url: "javascript:alert(1)"
            """
        XCTAssertEqual(try findings(of: LinkFormatRule(), in: yaml), [
            "3:8 basics.url: URL 'javascript:alert(1)' uses 'javascript:', which is never linked; expected an http or https link",
        ])
    }
}
