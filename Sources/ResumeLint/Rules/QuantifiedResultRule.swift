import ResumeModel
import ResumeSupport

/// Each work highlight states its result with a number: the post's "what – role – result".
struct QuantifiedResultRule: Rule {
    static let description = RuleDescription(
        id: "quantified-result",
        name: "Quantified result",
        rationale: "A number shows what your work changed: 40%, 3×, 35 ms",
        defaultSeverity: .warning,
        triggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Built the training pipeline for the dialogue models and improved their accuracy
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Built the training pipeline for the dialogue models, raising accuracy by 6.2%
                  - Rewrote the inference server, serving 3× the traffic at $1.2M less a year
                  - Introduced active learning, halving the annotation cost of new document types
            """,
        ]
    )

    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.lintEntries.filter { $0.section == .work }.flatMap { entry in
            entry.highlights.enumerated().filter { !Self.statesANumber($1) }.map { index, _ in
                diagnostic(
                    about: entry.highlightPath(index), in: subject,
                    "work highlight has no number; state the result it had, e.g. 'cutting latency by 40%' or '3× faster'")
            }
        }
    }

    /// Whether `text` holds a digit, a percent or times sign, or a number word ("halving", "twice").
    static func statesANumber(_ text: String) -> Bool {
        if text.isAllASCII {
            // Bytes are characters here, and the only ASCII numbers are the digits. A number word
            // is told by its bytes, and no word is cut out of the text.
            if text.utf8.contains(where: { (0x30...0x39).contains($0) || $0 == UInt8(ascii: "%") }) { return true }
            let numberWords = LintText.words(text) { word in
                isNumberWord(String(decoding: word.lazy.map(\.asciiLowercased), as: UTF8.self))
            }
            return !numberWords.isEmpty
        } else if text.contains(where: { $0.isNumber || $0 == "%" || $0 == "×" }) {
            return true
        }
        return LintText.words(text).contains { isNumberWord($0.lowercased()) }
    }

    /// Whether a lowercased word states an amount or a change: "twice", "halving", "tenfold".
    static func isNumberWord(_ word: String) -> Bool {
        WordLists.numberWords.contains(word) || (word.hasSuffix("fold") && word.count > 4)
    }
}
