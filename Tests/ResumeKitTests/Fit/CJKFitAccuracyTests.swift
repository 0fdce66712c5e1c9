import Foundation
import XCTest

@testable import ResumeKit
import TestSupport
@testable import ResumeFit
@testable import TeXTypesetting

/// The fit engine against XeLaTeX with xeCJK on generated Korean, Chinese (Simplified, and
/// Traditional in the Taiwan and Hong Kong faces) and Japanese résumés — the shape of
/// `FitAccuracyTests`' corpus in each language's words, with Latin words, digits and full-width
/// punctuation among them — in every built-in theme. The fit
/// of a CJK document stays marked approximate (see the README's "How the fit is measured" for
/// what is not reproduced); the test counts where it differs from XeLaTeX, so a change that makes
/// it worse fails.
final class CJKFitAccuracyTests: XCTestCase {
    static let korean = GeneratedResume.Vocabulary(
        words: [
            "모델", "파이프라인", "지연", "처리량", "분산", "학습", "추론", "추천", "시스템", "분류", "최적화", "인프라",
            "평가", "데이터", "팀", "사용자", "요청", "정확도", "비용", "및", "의", "를", "으로", "에서", "개선하여",
            "줄이고", "서울", "판교", "Kubernetes", "PyTorch", "C++", "15%", "2.4배", "p95", "GPU", "(NLU)", "A/B",
            "대규모", "다국어", "검색", "랭킹", "서비스", "「네이버」", "카카오,", "쿠팡.", "마이크로서비스", "PostgreSQL",
            "Go", "Python", "한국어", "실시간", "온디바이스", "경량화", "~40", "e.g.", "fine-tuning",
        ],
        verbs: ["개발했습니다", "이끌었습니다", "설계했습니다", "구축했습니다", "단축했습니다", "향상시켰습니다", "확장했습니다"])

    static let chinese = GeneratedResume.Vocabulary(
        words: [
            "模型", "流水线", "延迟", "吞吐量", "分布式", "训练", "推理", "推荐系统", "分类", "优化", "基础设施", "评估",
            "数据", "团队", "用户", "请求", "准确率", "成本", "和", "的", "在", "降低了", "提升了", "北京", "上海",
            "Kubernetes", "PyTorch", "C++", "15%", "2.4倍", "p95", "GPU", "（NLU）", "A/B", "大规模", "多语言",
            "搜索，", "排序。", "服务、", "「阿里巴巴」", "《腾讯》", "微服务", "PostgreSQL", "Go", "Python", "中文",
            "实时", "端侧", "轻量化", "~40", "e.g.", "fine-tuning",
        ],
        verbs: ["开发", "领导", "设计", "构建", "缩短", "提高", "扩展", "迁移"])

    static let traditionalChinese = GeneratedResume.Vocabulary(
        words: [
            "模型", "管線", "延遲", "吞吐量", "分散式", "訓練", "推論", "推薦系統", "分類", "最佳化", "基礎架構", "評估",
            "資料", "團隊", "使用者", "請求", "準確率", "成本", "和", "的", "在", "降低了", "提升了", "台北", "新竹",
            "Kubernetes", "PyTorch", "C++", "15%", "2.4倍", "p95", "GPU", "（NLU）", "A/B", "大規模", "多語言",
            "搜尋，", "排序。", "服務、", "「台積電」", "《聯發科》", "微服務", "PostgreSQL", "Go", "Python", "中文",
            "即時", "端側", "輕量化", "~40", "e.g.", "fine-tuning",
        ],
        verbs: ["開發", "領導", "設計", "建置", "縮短", "提高", "擴展", "遷移"])

    static let japanese = GeneratedResume.Vocabulary(
        words: [
            "モデル", "パイプライン", "レイテンシ", "スループット", "分散", "学習", "推論", "レコメンド", "分類",
            "最適化", "インフラ", "評価", "データ", "チーム", "ユーザー", "リクエスト", "精度", "コスト", "と", "の",
            "を", "で", "東京", "大阪", "Kubernetes", "PyTorch", "C++", "15%", "2.4倍", "p95", "GPU", "（NLU）",
            "A/B", "大規模", "多言語", "検索、", "ランキング。", "「メルカリ」", "マイクロサービス", "PostgreSQL", "Go",
            "Python", "日本語", "リアルタイム", "軽量化", "しました", "~40", "e.g.", "fine-tuning",
        ],
        verbs: ["開発", "主導", "設計", "構築", "短縮", "改善", "拡張", "移行"])

    /// The most differences (items, page counts and free lines together) each language may show
    /// over its corpus in every theme, as measured when the test was written (Traditional Chinese
    /// and Hong Kong: the free lines of one `classic` document, whose first page XeLaTeX ends a
    /// block earlier, every item agreeing): the number may only go down.
    static let differenceBudget = [
        "korean": 0, "chinese": 0, "traditional chinese": 1, "hong kong chinese": 1, "japanese": 0,
    ]

    func testGeneratedCJKResumesAgainstXeLaTeX() throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        var summary: [String] = []
        var differences: [String: Int] = [:]
        let languages = [
            ("korean", "ko", Self.korean), ("chinese", "zh-CN", Self.chinese), ("traditional chinese", "zh-TW", Self.traditionalChinese),
            ("hong kong chinese", "zh-HK", Self.traditionalChinese), ("japanese", "ja", Self.japanese),
        ]
        for (language, locale, vocabulary) in languages {
            let resumes = XeLaTeXFitAccuracyTests.corpus(vocabulary, count: 4).map { name, resume in
                var resume = resume
                resume.meta.locale = locale
                return (name, resume)
            }
            for themeName in Theme.builtinNames {
                let theme = try XCTUnwrap(Theme.builtin(named: themeName))
                let verifier = FitVerifier(engine: FitEngine(theme: theme))
                var (items, findings) = (0, 0)
                for (name, resume) in resumes {
                    let label = "\(themeName) \(language) \(name)"
                    let result = try verifier.verify(resume)
                    XCTAssertEqual(result.program, "xelatex", label)
                    XCTAssertEqual(result.itemsMeasured, result.items.count, "\(label): XeLaTeX measured every item")
                    XCTAssertTrue(result.isApproximate, "\(label): CJK text is still marked approximate")
                    let found = result.diagnostics(file: name)
                    for finding in found { print("\(label): \(finding.message)") }
                    findings += found.count
                    items += result.items.count
                }
                differences[language, default: 0] += findings
                summary.append("\(themeName) \(language): \(items) items, \(resumes.count) documents, \(findings) differences")
                XCTAssertGreaterThanOrEqual(items, 40, "\(themeName) \(language): the corpus is large enough to mean something")
            }
        }
        print("fit engine against XeLaTeX (xeCJK):\n" + summary.joined(separator: "\n"))
        for (language, budget) in Self.differenceBudget {
            XCTAssertLessThanOrEqual(differences[language] ?? 0, budget, "\(language): more differences from XeLaTeX than before")
        }
    }

    /// The advances the engine takes for Hangul, ideographs and kana are the ones XeTeX gives them
    /// in both faces at a size that is not the measured one.
    func testAdvancesAreXeTeXs() throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        let samples: [Unicode.Scalar] = ["가", "힣", "ㄱ", "中", "あ", "ア", "，"]
        let size = 9 * 65536
        var probes = ""
        for (face, command) in [(NotoCJK.Face.serif, "rmfamily"), (.sans, "sffamily")] {
            for scalar in samples {
                probes += "{\\\(command)\\setbox0\\hbox{\(scalar)}\\typeout{WD:\(face):\(scalar.value):\\number\\wd0}}\n"
            }
        }
        let output = try TeXRunner(engine: .xelatex).compile("""
            \\documentclass{article}
            \\usepackage{fontspec}
            \\usepackage{xeCJK}
            \\setCJKmainfont{Noto Serif CJK KR}
            \\setCJKsansfont{Noto Sans CJK KR}
            \\begin{document}
            \\fontsize{9pt}{11pt}\\selectfont
            \(probes)\\end{document}
            """)
        output.assertSucceeded()
        let widths = output.log.split(separator: "\n").filter { $0.hasPrefix("WD:") }
        XCTAssertEqual(widths.count, samples.count * 2)
        for line in widths {
            let parts = line.split(separator: ":")
            let face: NotoCJK.Face = parts[1] == "serif" ? .serif : .sans
            let scalar = try XCTUnwrap(UInt32(parts[2]).flatMap(Unicode.Scalar.init))
            XCTAssertEqual(NotoCJK.extent(of: scalar, face: face, size: size).width, Int(parts[3]), "\(scalar) \(face)")
        }
    }
}
