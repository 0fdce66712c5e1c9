import Foundation
import XCTest

@testable import ResumeKit
import TestSupport
@testable import ResumeFit
@testable import TeXTypesetting

/// The fit engine against XeLaTeX on whole documents: the generated résumés of
/// `FitAccuracyTests`, made of Russian and of Greek words (with Latin words, digits, `« »`,
/// quotes and dashes among them), set in CMU, and of Vietnamese words and of English ones among
/// symbols (`≥ ≈ → ✓ µ € ™`), set in Latin Modern's or TeX Gyre Heros's OpenType faces, in every
/// built-in theme. As for pdfLaTeX, every item's line count and page, every page count and the
/// lines free on the last page must be XeLaTeX's, and the fit is not marked approximate.
final class XeLaTeXFitAccuracyTests: XCTestCase {
    static let russian = GeneratedResume.Vocabulary(
        words: [
            "модель", "конвейер", "задержка", "пропускная", "способность", "распределённое", "обучение", "вывод",
            "«Яндекс»", "«Сбер»", "Kubernetes", "PyTorch", "C++", "15%", "2,4 млн", "p95", "GPU", "—", "–",
            "многоязычный", "рекомендательной", "классификации", "оптимизации", "инфраструктуры", "оценки",
            "диалоговой", "предобучения", "данных", "команда", "пользователей", "запросов", "точности",
            "стоимости", "и", "в", "на", "для", "с", "по", "при", "снизив", "улучшив", "повысив", "Москва",
            "Санкт-Петербург", "„кавычки“", "(NLU)", "высоконагруженных", "микросервисов", "A/B", "№1", "~40",
            "т. е.", "сервисов", "PostgreSQL", "ClickHouse", "Go", "Python", "Ёлкин", "ЭВМ", "«Лаборатория Касперского»",
            "1С", "Go-сервис", "гигабайт", "отказоустойчивость", "Россия", "\"кавычки\"", "e.g.", "fine-tuning",
        ],
        verbs: ["Разработал", "Руководил", "Спроектировал", "Внедрил", "Сократил", "Улучшил", "Масштабировал", "Перенёс", "Вёл"])

    static let greek = GeneratedResume.Vocabulary(
        words: [
            "μοντέλο", "αγωγός", "καθυστέρηση", "διεκπεραιωτικότητα", "κατανεμημένη", "εκπαίδευση", "συμπερασμός",
            "«Σκρουτζ»", "Kubernetes", "PyTorch", "C++", "15%", "2,4 εκ.", "p95", "GPU", "—", "πολύγλωσσο",
            "συστάσεων", "ταξινόμησης", "βελτιστοποίησης", "υποδομής", "αξιολόγησης", "δεδομένων", "ομάδα",
            "χρηστών", "αιτημάτων", "ακρίβειας", "κόστους", "και", "με", "για", "του", "της", "στην", "σε",
            "μειώνοντας", "βελτιώνοντας", "Αθήνα", "Θεσσαλονίκη", "(NLU)", "μικροϋπηρεσιών", "A/B", "~40",
            "δηλ.", "PostgreSQL", "Python", "Ψυχικό", "Ωραιόκαστρο", "ΕΜΠ", "λ-λογισμός", "40 μs", "ΑΠΘ",
            "ευρεσιτεχνία", "Ελλάδα", "fine-tuning", "“εισαγωγικά”",
        ],
        verbs: ["Ανέπτυξα", "Ηγήθηκα", "Σχεδίασα", "Υλοποίησα", "Μείωσα", "Βελτίωσα", "Κλιμάκωσα", "Μετέφερα"])

    static let vietnamese = GeneratedResume.Vocabulary(
        words: [
            "mô", "hình", "đường", "ống", "độ", "trễ", "thông", "lượng", "phân", "tán", "huấn", "luyện", "suy", "luận",
            "Kubernetes", "PyTorch", "C++", "15%", "2,4", "triệu", "p95", "GPU", "đa", "ngôn", "ngữ", "gợi", "ý",
            "phân", "loại", "tối", "ưu", "hóa", "hạ", "tầng", "đánh", "giá", "dữ", "liệu", "nhóm", "người", "dùng",
            "yêu", "cầu", "chính", "xác", "chi", "phí", "và", "với", "cho", "của", "trong", "giảm", "cải", "thiện",
            "Hà", "Nội", "Thành", "phố", "Hồ", "Chí", "Minh", "Đà", "Nẵng", "“trích", "dẫn”", "—", "Nguyễn", "Trần",
            "Phạm", "Lê", "Huỳnh", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "(NLU)", "A/B", "e.g.", "ỨNG",
        ],
        verbs: ["Xây", "Dẫn", "Thiết", "Triển", "Giảm", "Cải", "Mở", "Chuyển", "Quản"])

    static let symbols = GeneratedResume.Vocabulary(
        words: GeneratedResume.englishWords + [
            "≥99.9%", "≤5 ms", "≈2×", "±3%", "→", "←", "✓", "40 µs", "20 °C", "€1.2M", "£300k", "™", "©", "“quoted”",
            "‘single’", "—", "–", "…", "≥", "⇒", "√n", "∞",
        ],
        verbs: GeneratedResume.englishVerbs)

    /// Cases where the engine is known to disagree with XeLaTeX, as "theme language résumé path" (or
    /// without the path for the whole document): still checked, and one that starts agreeing fails
    /// too, so the list only shrinks.
    static let knownDisagreements: Set<String> = []

    func testGeneratedRussianAndGreekResumesAgreeWithXeLaTeX() throws {
        try assertAgreement([("russian", Self.russian), ("greek", Self.greek)], setInCMU: true)
    }

    /// Vietnamese and symbol-heavy English résumés, set in Latin Modern's OpenType faces (TeX Gyre
    /// Heros's in `modern`) and Latin Modern Math for the symbols.
    func testGeneratedVietnameseAndSymbolResumesAgreeWithXeLaTeX() throws {
        try assertAgreement([("vietnamese", Self.vietnamese), ("symbols", Self.symbols)], setInCMU: false)
    }

    /// Every item's lines and page, every page count and the lines free on every last page of the
    /// languages' generated résumés in every built-in theme are XeLaTeX's, and none is approximate.
    private func assertAgreement(
        _ languages: [(String, GeneratedResume.Vocabulary)], setInCMU: Bool, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        var disagreeing: Set<String> = []
        var summary: [String] = []
        for (language, vocabulary) in languages {
            let resumes = Self.corpus(vocabulary)
            for themeName in Theme.builtinNames {
                let theme = try XCTUnwrap(Theme.builtin(named: themeName))
                let verifier = FitVerifier(engine: FitEngine(theme: theme))
                var (items, documents, pages) = (0, 0, 0)
                for (name, resume) in resumes {
                    let label = "\(themeName) \(language) \(name)"
                    XCTAssertEqual(resume.setsCyrillicAndGreekInCMU, setInCMU, label, file: file, line: line)
                    let result = try verifier.verify(resume)
                    XCTAssertEqual(result.program, "xelatex", label, file: file, line: line)
                    XCTAssertEqual(result.itemsMeasured, result.items.count, "\(label): XeLaTeX measured every item", file: file, line: line)
                    XCTAssertFalse(result.isApproximate, "\(label): measured exactly", file: file, line: line)
                    for finding in result.diagnostics(file: name) {
                        let key = finding.path.map { "\(label) \($0)" } ?? label
                        disagreeing.insert(key)
                        if !Self.knownDisagreements.contains(key) { XCTFail("\(label): \(finding.message)", file: file, line: line) }
                    }
                    items += result.items.count
                    pages += result.pages ?? 0
                    documents += 1
                }
                summary.append("\(themeName) \(language): \(items) items, \(documents) documents, \(pages) pages")
                XCTAssertGreaterThanOrEqual(
                    items, 150, "\(themeName) \(language): the corpus is large enough to mean something", file: file, line: line)
            }
        }
        print("fit engine against XeLaTeX:\n" + summary.joined(separator: "\n"))
        let known = Self.knownDisagreements.filter { key in languages.contains { key.contains(" \($0.0) ") } }
        XCTAssertEqual(known.subtracting(disagreeing), [], "known disagreements that now agree: take them off the list", file: file, line: line)
    }

    /// Generated résumés of the same shape as `FitAccuracyTests`' corpus, in other words.
    static func corpus(_ vocabulary: GeneratedResume.Vocabulary, count: Int = 12) -> [(name: String, resume: Resume)] {
        GeneratedResume.$vocabulary.withValue(vocabulary) {
            var generator = SeededGenerator(seed: 2027)
            return (0..<count).map { index in
                var resume = GeneratedResume.make(index, using: &generator)
                let words = vocabulary.words
                resume.basics.name = words[index % words.count].capitalized + " " + resume.basics.name
                // Section titles in the résumé's words too, which `classic` sets in small capitals.
                let order = resume.meta.sections.isEmpty ? SectionKind.allCases.map { SectionPlacement(section: $0) } : resume.meta.sections
                resume.meta.sections = order.enumerated().map { number, placement in
                    var placement = placement
                    placement.title = vocabulary.verbs[(index + number) % vocabulary.verbs.count] + " " + words[(index * 7 + number * 3) % words.count]
                    return placement
                }
                return ("generated \(index)", resume)
            }
        }
    }
}
