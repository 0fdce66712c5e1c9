import XCTest

@testable import ResumeKit

/// Checks the hyphenator against pdfLaTeX itself: every sample is typeset with `\showhyphens`
/// and the hyphens in the log must be exactly the points the hyphenator finds.
final class HyphenatorAgainstPdfLaTeXTests: XCTestCase {
    func testWordRunsHyphenateExactlyAsPdfLaTeXDoes() throws {
        let samples = Self.plainRuns.map { (latex: $0, run: WordRun($0)) } + Self.markedUpRuns
        XCTAssertGreaterThanOrEqual(samples.count, 300)
        let forms = try ShowHyphens.hyphenatedForms(
            of: samples.map { ShowHyphens.Sample(latex: $0.latex, run: String($0.run.characters)) })
        var mismatches: [String] = []
        for (sample, form) in zip(samples, forms) {
            let expected = ShowHyphens.hyphenOffsets(printed: form, run: String(sample.run.characters))
            let found = Hyphenator.english.hyphenationPoints(in: sample.run)
            if found != expected {
                mismatches.append("\(sample.latex): pdfLaTeX \(form) \(expected), hyphenator \(found)")
            }
        }
        XCTAssertEqual(mismatches, [], "\(mismatches.count) of \(samples.count) samples differ")
    }

    func testExplicitHyphenBreaksAreWherePdfLaTeXPutsDiscretionaries() throws {
        let runs = [
            "state-of-the-art", "2019--2021", "2019–2021", "a---b", "a----b", "a—b", "-representation",
            "representation-", "e-mail", "x-ray", "representation", "representation’s", "pre-training,",
        ]
        let offsets = try ShowHyphens.discretionaryOffsets(of: runs)
        XCTAssertEqual(offsets.first, [6, 9, 13], "the log lists the discretionaries of state-of-the-art")
        for (run, expected) in zip(runs, offsets) {
            XCTAssertEqual(WordRun(run).explicitHyphenBreaks, expected, run)
        }
    }

    func testSamplesIncludeHyphenatedWordsOfEveryKind() {
        let hyphenated = Self.plainRuns.filter { !Hyphenator.english.hyphenationPoints(in: WordRun($0)).isEmpty }
        XCTAssertGreaterThan(hyphenated.count, 200)
    }
}

private extension HyphenatorAgainstPdfLaTeXTests {
    /// Runs whose LaTeX source is their own text.
    static let plainRuns: [String] =
        resumeVocabulary + capitalizedWords + exceptionWords + shortWords + accentedWords
        + digitsAndPunctuation + hyphensAndDashes + longWords

    static let resumeVocabulary = """
        machine learning engineering infrastructure optimization distributed recommendation
        classification throughput latency multilingual representation internationalization
        scalability reliability availability observability maintainability performance
        architecture microservices deployment orchestration containerization virtualization
        automation pipeline pipelines continuous integration delivery monitoring alerting
        development developer software hardware application applications responsible
        responsibilities leadership management managed managing coordinated collaborated
        collaboration communication stakeholders requirements specification implementation
        implemented designed designing architected engineered optimized improved improving
        reduced increased accelerated streamlined established launched delivered shipped
        mentored mentoring supervised organized presented published publications conference
        proceedings journal transactions research researcher scientist scientific laboratory
        university institute department professor assistant associated postdoctoral doctoral
        dissertation thesis bachelor master computer science mathematics statistics physics
        electrical mechanical industrial operations analytics analysis analytical quantitative
        qualitative experimental experimentation evaluation benchmark benchmarking inference
        training pretraining finetuning transformer transformers attention convolutional
        recurrent neural networks network generative discriminative adversarial reinforcement
        supervised unsupervised semisupervised probabilistic stochastic gradient descent
        regularization normalization embedding embeddings tokenization vocabulary language
        languages linguistic translation summarization retrieval augmentation augmented
        question answering dialogue conversational speech recognition synthesis computational
        vision segmentation detection tracking localization reconstruction estimation
        prediction forecasting anomaly personalization ranking search relevance efficiency
        efficient compression quantization distillation parallelism accelerator accelerators
        heterogeneous concurrency asynchronous synchronization consistency replication
        partitioning sharding database databases transactional storage caching memory
        compiler compilers interpreter runtime kernel operating systems embedded firmware
        security cryptography authentication authorization vulnerability privacy compliance
        regulatory governance documentation specification interoperability accessibility
        localization usability interface interfaces frontend backend fullstack mobile
        responsive interactive visualization dashboard dashboards reporting stakeholder
        customer customers revenue growth strategy strategic product products roadmap
        prioritization cross functional international global national regional award
        awarded scholarship fellowship recipient distinguished outstanding excellence
        achievement achievements contributions contributor maintainer community volunteer
        teaching instructor curriculum workshop tutorial mentorship recruitment hiring
        onboarding budget negotiation partnerships acquisition entrepreneurship startup
        consulting consultant analyst administrator coordinator representative specialist
        technologies technology technical techniques methodology methodologies framework
        frameworks libraries library algorithm algorithms algorithmic mathematical
        theoretical practical experience experiences professional education certification
        certifications proficiency fluent native intermediate advanced beginner skills
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    static let capitalizedWords = """
        Transformer PyTorch TensorFlow Kubernetes JavaScript TypeScript PostgreSQL MongoDB
        GraphQL Elasticsearch LinkedIn GitHub Microsoft Google Amazon Facebook Netflix Stanford
        Berkeley Massachusetts California Cambridge Oxford Pennsylvania Washington University
        Institute Technology Engineering Representation INTERNATIONALIZATION NVIDIA DeepMind
        OpenAI Anthropic HuggingFace Databricks Snowflake Terraform Ansible Jenkins Prometheus
        Grafana Kafka Cassandra Hadoop Spark Python Haskell Erlang Scala Kotlin Swift Rust
        Experience Education Publications Skills Languages Awards Projects Summary
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// The `\hyphenation{}` list of hyphen.tex and variants of it.
    static let exceptionWords = """
        associate associates declination obligatory philanthropic present presents project
        projects reciprocity recognizance reformation retribution table Project Presents
        Associate Table tables presentation projection
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    static let shortWords = """
        a an the of to in on at by for and or is it we us ML AI NLP API SQL AWS GCP data team lead
        role code tests built train model
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    static let accentedWords = """
        Zürich München Université Montréal Québec Gödel Düsseldorf résumé naïve café
        coöperation Ångström Kraków Łódź Poznań Besançon Genève Köln Malmö Århus Škoda Dvořák
        Erdős İstanbul İstanbulization Straße Ærøskøbing façade rôle élite communiqué Bogotá
        Medellín Málaga décentralisation Universität Eidgenössische réseaux apprentissage
        automatisé données représentation développement Forschungszentrum zürichization
        ärepresentation representationäre ıstanbulization Đorđević Œuvrerepresentation
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    static let digitsAndPunctuation = """
        representation2 2representation representation's representation’s O'Reilly don't
        it's GPT4 ResNet50 H100 A100 x86 IPv6 Web3 3D COVID19 internationalization.
        internationalization, internationalization; internationalization: (internationalization)
        [representation] ``internationalization'' “internationalization” e.g. i.e. etc. vs.
        representation/infrastructure representation.infrastructure 2019 1.5x 10x
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    static let hyphensAndDashes = """
        state-of-the-art pre-training end-to-end machine-learning large-scale fine-tuning
        real-time cross-functional multi-tenant self-supervised representation- -representation
        representation—infrastructure representation–infrastructure representation--infrastructure
        representation---infrastructure 2019--2021 2019–2021
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// Words longer than TeX's 63-letter limit, of which only the first 63 letters count.
    static let longWords = [
        String(repeating: "representation", count: 5),
        String(repeating: "a", count: 62) + "representation",
        "pneumonoultramicroscopicsilicovolcanoconiosis",
    ]

    /// Runs whose LaTeX source has markup that the run describes by interruptions and endings.
    static let markedUpRuns: [(latex: String, run: WordRun)] = [
        (#"representation\textbf{s}"#, WordRun("representations", interruptions: [14])),
        (#"\textbf{re}presentation"#, WordRun("representation", interruptions: [2])),
        (#"\textbf{representation}"#, WordRun("representation")),
        (#"representation\,infrastructure"#, WordRun("representationinfrastructure", interruptions: [14])),
        (#"representation\mbox{}"#, WordRun("representation", ending: .box)),
        (#"representation$x$"#, WordRun("representation", ending: .box)),
        (#"representation\kern1pt"#, WordRun("representation")),
        (#"representation\penalty0"#, WordRun("representation")),
    ]
}
