/// Résumé files on which the loader and the schema must agree, by name.
enum SchemaCases {
    /// Files with one mistake each: the loader reports an error, and the schema rejects them at
    /// the JSON path given (`$` is the top level).
    static let invalid: [String: (path: String, yaml: String)] = [
        "unknown-top-level-key": ("$", "basics: {name: Ada}\nwrok: []\n"),
        "unknown-key-in-basics": ("$.basics", "basics: {name: Ada, mail: ada@example.com}\n"),
        "unknown-key-in-location": ("$.basics.location", "basics:\n  name: Ada\n  location: {town: Seoul}\n"),
        "unknown-key-in-an-entry": ("$.work[0]", "basics: {name: Ada}\nwork:\n  - name: Acme\n    higlights: [Shipped it]\n"),
        "unknown-key-in-a-profile": (
            "$.basics.profiles[0]", "basics:\n  name: Ada\n  profiles: [{network: GitHub, handle: ada}]\n"
        ),
        "unknown-key-in-meta": ("$.meta", "basics: {name: Ada}\nmeta: {lang: en}\n"),
        "section-is-a-mapping": ("$.work", "basics: {name: Ada}\nwork: {name: Acme}\n"),
        "bibliography-without-bib": ("$.publications", "basics: {name: Ada}\npublications: {highlight: Ada}\n"),
        "bibliography-with-unknown-key": ("$.publications", "basics: {name: Ada}\npublications: {bib: refs.bib, key: [a]}\n"),
        "entry-is-text": ("$.work[0]", "basics: {name: Ada}\nwork: [Acme]\n"),
        "highlights-is-text": ("$.work[0].highlights", "basics: {name: Ada}\nwork:\n  - highlights: Shipped it\n"),
        "summary-is-a-list": ("$.work[0].summary", "basics: {name: Ada}\nwork:\n  - summary: [one, two]\n"),
        "basics-is-text": ("$.basics", "basics: Ada\n"),
        "hidden-is-not-a-boolean": (
            "$.meta.sections[0]", "basics: {name: Ada}\nmeta:\n  sections: [{section: work, hidden: maybe}]\n"
        ),
        "date-in-words": ("$.work[0].startDate", "basics: {name: Ada}\nwork:\n  - startDate: May 2019\n"),
        "date-month-13": ("$.education[0].endDate", "basics: {name: Ada}\neducation:\n  - endDate: \"2019-13\"\n"),
        "date-day-32": ("$.awards[0].date", "basics: {name: Ada}\nawards:\n  - date: \"2019-05-32\"\n"),
        "date-short-month": ("$.projects[0].startDate", "basics: {name: Ada}\nprojects:\n  - startDate: \"2019-5\"\n"),
        "start-date-present": ("$.work[0].startDate", "basics: {name: Ada}\nwork:\n  - startDate: present\n"),
        "end-date-now": ("$.teaching[0].endDate", "basics: {name: Ada}\nteaching:\n  - endDate: now\n"),
        "missing-basics": ("$", "work: []\n"),
        "missing-basics-name": ("$.basics", "basics: {label: Engineer}\n"),
        "empty-basics-name": ("$.basics.name", "basics: {name: \"\"}\n"),
        "null-basics-name": ("$.basics.name", "basics: {name: ~}\n"),
        "language-map-with-a-word": (
            "$.work[0].summary", "basics: {name: Ada}\nwork:\n  - summary: {en: Shipped it, english: Shipped it}\n"
        ),
        "language-map-without-a-language": (
            "$.work[0].summary", "basics: {name: Ada}\nwork:\n  - summary: {first_line: Shipped it}\n"
        ),
        "language-map-holding-a-list": ("$.work[0].summary", "basics: {name: Ada}\nwork:\n  - summary: {en: [Shipped, it]}\n"),
        "empty-language-map": ("$.work[0].summary", "basics: {name: Ada}\nwork:\n  - summary: {}\n"),
        "tags-on-a-field": ("$.work[0].summary", "basics: {name: Ada}\nwork:\n  - summary: {text: Shipped it, tags: [ml]}\n"),
        "tags-on-basics": ("$.basics", "basics: {name: Ada, tags: [ml]}\n"),
        "tags-not-a-list": ("$.work[0].tags", "basics: {name: Ada}\nwork:\n  - name: Acme\n    tags: research\n"),
        "tag-is-a-mapping": ("$.work[0].tags[0]", "basics: {name: Ada}\nwork:\n  - name: Acme\n    tags: [{name: ml}]\n"),
        "tagged-item-without-text": ("$.work[0].highlights[0]", "basics: {name: Ada}\nwork:\n  - highlights: [{tags: [ml]}]\n"),
        "tagged-item-with-empty-text": (
            "$.work[0].highlights[0]", "basics: {name: Ada}\nwork:\n  - highlights: [{text: \"\", tags: [ml]}]\n"
        ),
        "tagged-item-with-unknown-key": (
            "$.work[0].highlights[0]", "basics: {name: Ada}\nwork:\n  - highlights: [{text: Shipped it, tag: [ml]}]\n"
        ),
        "tagged-item-with-a-language": (
            "$.work[0].highlights[0]", "basics: {name: Ada}\nwork:\n  - highlights: [{text: Shipped it, en: Shipped it}]\n"
        ),
        "labels-unknown-key": ("$.meta.labels", "basics: {name: Ada}\nmeta:\n  labels: {wrok: Experience}\n"),
        "labels-not-a-mapping": ("$.meta.labels", "basics: {name: Ada}\nmeta:\n  labels: [work]\n"),
        "labels-eleven-months": (
            "$.meta.labels.months", "basics: {name: Ada}\nmeta:\n  labels:\n    months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n"
        ),
        "labels-blank-month": (
            "$.meta.labels.months[11]",
            "basics: {name: Ada}\nmeta:\n  labels:\n    months: [a, b, c, d, e, f, g, h, i, j, k, \"\"]\n"
        ),
        "labels-months-not-a-list": ("$.meta.labels.months", "basics: {name: Ada}\nmeta:\n  labels: {months: January}\n"),
        "sections-unknown-key": ("$.meta.sections[0]", "basics: {name: Ada}\nmeta:\n  sections: [wrok]\n"),
        "sections-placement-without-section": (
            "$.meta.sections[0]", "basics: {name: Ada}\nmeta:\n  sections: [{title: Experience}]\n"
        ),
        "sections-placement-unknown-key": (
            "$.meta.sections[0]", "basics: {name: Ada}\nmeta:\n  sections: [{section: work, name: Experience}]\n"
        ),
        "sections-listed-twice": ("$.meta.sections", "basics: {name: Ada}\nmeta:\n  sections: [work, work]\n"),
        "sections-not-a-list": ("$.meta.sections", "basics: {name: Ada}\nmeta:\n  sections: work\n"),
        "meta-is-a-list": ("$.meta", "basics: {name: Ada}\nmeta: [en]\n"),
    ]

    /// Files using what is allowed at its edges: both the loader and the schema accept them.
    static let valid: [String: String] = [
        "only-a-name": "basics:\n  name: Ada\n",
        "several-languages": """
        basics:
          name: {en: Jiwon Kim, ko: 김지원}
          label: {en: Engineer, ko: 엔지니어, zh-Hant: 工程師, pt-BR: Engenheira}
          summary: {ko: 요약}
        work:
          - name: {en: Acme AI, ko: 애크미}
            highlights:
              - en: OCR inference server – built it alone – CPU cost down 40%
                ko: OCR 추론 서버 – 단독 개발 – CPU 비용 40% 절감
              - Written once for every language
              - {text: {en: Published 2 papers, ko: 논문 2편 발표}, tags: [research]}
        meta:
          locale: ko-KR
        """,
        "tags": """
        basics:
          name: Ada
          profiles:
            - {network: GitHub, url: https://github.com/ada, tags: [industry]}
        work:
          - name: Acme
            tags: [industry, 2024]
            highlights:
              - Shipped the OCR server to 3 banks
              - {text: Published 2 papers at ICDAR, tags: [research]}
              - {text: Kept every tag-less item}
              - {text: Tags may be left empty, tags: ~}
          - name: University Lab
            tags: []
        skills:
          - {name: Languages, keywords: [Python, {text: Lean, tags: [research]}], tags: [research]}
        """,
        "labels": """
        basics: {name: 윤서하}
        meta:
          locale: ko
          labels:
            education: 학력사항
            work: {ko: 경력사항, en: Career}
            projects: 프로젝트
            awards: 수상
            researchInterests: 관심 연구 분야
            teaching: 강의
            skills: 기술
            volunteer: 봉사
            publications: 논문
            certificates: 자격증
            languages: 어학
            interests: 관심사
            references: 추천인
            present: 재직 중
            courses: 주요 과목
            months: [1월, 2월, 3월, 4월, 5월, 6월, 7월, 8월, 9월, 10월, 11월, 12월]
        """,
        "empty-values-count-as-absent": """
        basics:
          name: Ada
          label: ~
          email: ""
          summary:
          location:
          profiles: ~
        work: ~
        education:
          - institution: ~
            startDate:
            endDate: ~
            courses: [~, Algorithms]
          - {}
        meta:
          locale:
          labels: ~
          sections:
        """,
        "dates-at-every-precision": """
        basics: {name: Ada}
        work:
          - startDate: 2019
            endDate: Present
          - startDate: 2018-05
            endDate: PRESENT
          - startDate: "2017-05-14"
            endDate: 2018-02-28
          - startDate: 2016-02-29
            endDate: 2016
        awards:
          - date: 2020-12
        publications:
          - releaseDate: "2021"
        certificates:
          - date: 2022-01-31
        """,
        "numbers-and-booleans-as-text": """
        basics:
          name: Ada
          phone: 01012345678
        education:
          - score: 3.9
            studyType: true
        meta:
          version: 1.0
        """,
        "sections-in-both-forms": """
        basics: {name: Ada}
        meta:
          theme: compact
          sections:
            - work
            - {section: education, title: {en: Schooling, ko: 학교}}
            - {section: references, hidden: true}
            - {section: volunteer, hidden: ~}
            - {section: projects}
        """,
    ]
}
