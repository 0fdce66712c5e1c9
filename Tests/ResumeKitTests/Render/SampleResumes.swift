@testable import ResumeKit

/// Résumés built in code for the render tests: a realistic one with every section, one with hostile
/// text in every field, and a Korean one.
enum SampleResumes {
    static func date(_ text: String) -> PartialDate { PartialDate(parsing: text)! }

    /// A realistic résumé that fills every section kind, with Latin accents.
    static var realistic: Resume {
        var education = Education()
        education.institution = "Université de Montréal"
        education.url = "https://www.umontreal.ca/"
        education.studyType = "MSc"
        education.area = "Computer Science"
        education.startDate = date("2014-09")
        education.endDate = .date(date("2016-06"))
        education.score = "GPA 4.1/4.3"
        education.courses = ["Machine Learning", "Compilers", "Distributed Systems"]

        var work = Work()
        work.name = "Nordlicht Systems GmbH"
        work.position = "Senior Software Engineer"
        work.location = "Berlin, Germany"
        work.url = "https://nordlicht.example.com"
        work.startDate = date("2019-05")
        work.summary = "Payments infrastructure for 40 European banks."
        work.highlights = [
            "Led the migration of the settlement engine from a monolith to 12 services, cutting p99 latency from 800 ms to 95 ms",
            "Designed an idempotent retry protocol (RFC-style spec, 18 pages) adopted by 6 teams; duplicate payouts fell to zero",
            "Mentored 4 engineers; two now lead their own teams",
        ]
        var earlier = Work()
        earlier.name = "Łódź Analytics"
        earlier.position = "Software Engineer"
        earlier.location = "Łódź, Poland"
        earlier.startDate = date("2016-07")
        earlier.endDate = .date(date("2019-04"))
        earlier.highlights = ["Built the ingestion pipeline for 3 TB/day of sensor data with Kafka & Flink — zero data loss in 2 years"]

        var project = Project()
        project.name = "swift-résumé"
        project.description = "An open-source résumé renderer."
        project.url = "https://github.com/example/swift-resume"
        project.roles = ["Maintainer"]
        project.startDate = date("2021")
        project.highlights = ["1.2k stars; used by 300+ people to build their CVs"]
        project.keywords = ["Swift", "LaTeX", "Mustache"]

        var award = Award()
        award.title = "Best Paper Award"
        award.awarder = "EuroSys 2018"
        award.date = date("2018-04")
        award.summary = "For work on deterministic replay of distributed systems."

        var interest = ResearchInterest()
        interest.name = "Distributed systems"
        interest.keywords = ["consensus", "deterministic replay", "formal verification"]

        var teaching = Teaching()
        teaching.organization = "Technische Universität Berlin"
        teaching.position = "Guest Lecturer"
        teaching.kind = "teaching"
        teaching.startDate = date("2020-10")
        teaching.endDate = .date(date("2021-02"))
        teaching.highlights = ["Taught 2 lectures on fault-tolerant payment systems to 120 students"]

        var languagesSkill = Skill()
        languagesSkill.name = "Languages"
        languagesSkill.keywords = ["Swift", "Go", "Rust", "Python", "SQL"]
        var toolsSkill = Skill()
        toolsSkill.name = "Infrastructure"
        toolsSkill.level = "Advanced"
        toolsSkill.keywords = ["Kubernetes", "Kafka", "PostgreSQL", "Terraform"]

        var volunteer = Volunteer()
        volunteer.organization = "Code Club Berlin"
        volunteer.position = "Mentor"
        volunteer.startDate = date("2018")
        volunteer.highlights = ["Weekly programming sessions for children aged 9–13"]

        var publication = Publication()
        publication.name = "Deterministic Replay at Scale"
        publication.publisher = "Proceedings of EuroSys 2018"
        publication.releaseDate = date("2018-04-23")
        publication.url = "https://doi.org/10.1145/0000000.0000000"

        var certificate = Certificate()
        certificate.name = "Certified Kubernetes Administrator"
        certificate.issuer = "CNCF"
        certificate.date = date("2020-03")

        var french = Language()
        french.language = "French"
        french.fluency = "Native"
        var german = Language()
        german.language = "German"
        german.fluency = "Professional (C1)"

        var interestItem = Interest()
        interestItem.name = "Cycling"
        interestItem.keywords = ["audax", "bike touring"]

        var reference = Reference()
        reference.name = "Dr. Anna Schäfer"
        reference.reference = "Available on request."

        return Resume(
            basics: Basics(
                name: "Émilie Dubois", label: "Senior Software Engineer", email: "emilie.dubois@example.com",
                phone: "+49 30 1234 5678", url: "https://emilie.example.com/",
                summary: "Backend engineer with 9 years in payments and data infrastructure.",
                location: Location(city: "Berlin", countryCode: "DE"),
                profiles: [Profile(network: "GitHub", username: "edubois", url: "https://github.com/edubois")]),
            education: [education], work: [work, earlier], projects: [project], awards: [award],
            researchInterests: [interest], teaching: [teaching], skills: [languagesSkill, toolsSkill],
            volunteer: [volunteer], publications: [publication], certificates: [certificate],
            languages: [french, german], interests: [interestItem], references: [reference])
    }

    /// Strings that try to run LaTeX commands, break out of HTML, or inject layout.
    static let hostileStrings = [
        #"\input{/etc/passwd}"#,
        #"\write18{rm -rf /}"#,
        "^^5c",
        "$&#_^~%{}",
        "<script>alert(1)</script>",
        #"" onmouseover="x"#,
        #"\catcode`\@=11 -- '' ,, [x] |a| <b>"#,
        "tab\there\nnew line",
        #"\include{secret} \immediate\write18{id} \csname relax\endcsname"#,
        "}}} unbalanced {{{ \\ \\par",
    ]

    /// A résumé with a hostile string in every text field and hostile URLs.
    static var hostile: Resume {
        var index = 0
        func next() -> String {
            defer { index += 1 }
            return hostileStrings[index % hostileStrings.count] + " #\(index)"
        }
        let badURL = "javascript:alert(1)"
        var resume = realistic
        resume.basics = Basics(
            name: next(), label: next(), email: next(), phone: next(), url: badURL, summary: next(),
            location: Location(city: next(), countryCode: next()),
            profiles: [Profile(network: next(), username: next(), url: badURL)])
        resume.education[0].institution = next()
        resume.education[0].url = badURL
        resume.education[0].area = next()
        resume.education[0].studyType = next()
        resume.education[0].score = next()
        resume.education[0].courses = [next(), next()]
        for i in resume.work.indices {
            resume.work[i].name = next()
            resume.work[i].position = next()
            resume.work[i].location = next()
            resume.work[i].url = badURL
            resume.work[i].summary = next()
            resume.work[i].highlights = [next(), next()]
        }
        resume.projects[0].name = next()
        resume.projects[0].description = next()
        resume.projects[0].url = "https://example.com/a_b~c%20d#frag&x=\\{y}^"
        resume.projects[0].roles = [next()]
        resume.projects[0].entity = next()
        resume.projects[0].highlights = [next()]
        resume.projects[0].keywords = [next(), next()]
        resume.awards[0].title = next()
        resume.awards[0].awarder = next()
        resume.awards[0].summary = next()
        resume.researchInterests[0].name = next()
        resume.researchInterests[0].keywords = [next()]
        resume.researchInterests[0].summary = next()
        resume.teaching[0].organization = next()
        resume.teaching[0].position = next()
        resume.teaching[0].kind = next()
        resume.teaching[0].summary = next()
        resume.teaching[0].highlights = [next()]
        resume.teaching[0].url = badURL
        for i in resume.skills.indices {
            resume.skills[i].name = next()
            resume.skills[i].level = next()
            resume.skills[i].keywords = [next()]
        }
        resume.volunteer[0].organization = next()
        resume.volunteer[0].position = next()
        resume.volunteer[0].summary = next()
        resume.volunteer[0].highlights = [next()]
        resume.volunteer[0].url = badURL
        resume.publications[0].name = next()
        resume.publications[0].publisher = next()
        resume.publications[0].summary = next()
        resume.publications[0].url = badURL
        resume.certificates[0].name = next()
        resume.certificates[0].issuer = next()
        resume.certificates[0].url = badURL
        for i in resume.languages.indices {
            resume.languages[i].language = next()
            resume.languages[i].fluency = next()
        }
        resume.interests[0].name = next()
        resume.interests[0].keywords = [next()]
        resume.references[0].name = next()
        resume.references[0].reference = next()
        resume.meta.sections = [SectionPlacement(section: .work, title: next())]
        resume.publications[0].authors = [next(), next()]
        return resume
    }

    /// A Korean résumé, which needs XeLaTeX.
    static var korean: Resume {
        var work = Work()
        work.name = "네이버"
        work.position = "시니어 소프트웨어 엔지니어"
        work.location = "성남, 대한민국"
        work.startDate = date("2020-03")
        work.highlights = [
            "검색 랭킹 서비스의 응답 지연을 800ms에서 120ms로 줄였습니다 (일 5억 건 처리)",
            "신입 엔지니어 5명의 온보딩과 코드 리뷰를 담당했습니다",
        ]
        var education = Education()
        education.institution = "서울대학교"
        education.studyType = "학사"
        education.area = "컴퓨터공학"
        education.startDate = date("2012-03")
        education.endDate = .date(date("2016-02"))
        var skill = Skill()
        skill.name = "언어"
        skill.keywords = ["Swift", "Kotlin", "Python"]
        return Resume(
            basics: Basics(
                name: "김민준", label: "소프트웨어 엔지니어", email: "minjun.kim@example.com",
                location: Location(city: "서울", countryCode: "KR")),
            education: [education], work: [work], skills: [skill],
            meta: Meta(sections: [SectionPlacement(section: .work, title: "경력")], locale: "ko"))
    }
}
