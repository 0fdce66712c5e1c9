import Foundation
import TeXTypesetting

/// Escapes values for HTML text and attribute values alike.
package enum HTMLEscaping {
    package static func text(_ value: String) -> String {
        var output = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default:
                if scalar.isLineOrControl {
                    if !output.hasSuffix(" ") { output += " " }
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}

extension HTMLEscaping {
    /// The page with each run of Chinese, Japanese or Korean text that is not in the page's
    /// language (`documentLanguage`, as `<html lang>` gives it) marked with its own:
    /// `<span lang="ko">김민수</span>` in an English page, `<span lang="zh-Hans">安永</span>` in a
    /// Korean one. Browsers draw Han characters by the language of their element, and the page's
    /// CSS gives each language its CJK fonts, so a Korean name in an English résumé is drawn as
    /// Korean. A run is CJK characters and the spaces between them, with a letter (Hangul, kana
    /// or Han) that decides its language (see ``CJKRegion/init(script:)``); only text between
    /// tags is read, never attribute values, comments, or `title`, `style` and `script`.
    static func markingForeignRuns(in html: String, documentLanguage: String) -> String {
        guard html.unicodeScalars.contains(where: \.isWide) else { return html }
        let document = CJKRegion(languageTag: documentLanguage)
        var output = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        func finishRun() {
            var spaces = 0
            while run.last == " " {
                run.removeLast()
                spaces += 1
            }
            for (index, (language, text)) in languageRuns(of: String(run), document: document).enumerated() {
                if index > 0 { output.append(" ") }
                if let language {
                    output.append(contentsOf: "<span lang=\"\(language)\">\(text)</span>".unicodeScalars)
                } else {
                    output.append(contentsOf: text.unicodeScalars)
                }
            }
            output.append(contentsOf: String(repeating: " ", count: spaces).unicodeScalars)
            run = String.UnicodeScalarView()
        }
        let scalars = html.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "<" {
                finishRun()
                let end = endOfMarkup(in: html, at: index)
                output.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            if scalar.isWide || (scalar == " " && !run.isEmpty) {
                run.append(scalar)
            } else {
                finishRun()
                output.append(scalar)
            }
            index = scalars.index(after: index)
        }
        finishRun()
        return String(output)
    }
}

private extension HTMLEscaping {
    /// A run of CJK text cut where its language changes, each part with its `lang` (nil for the
    /// page's own). Its words (between spaces) each have a language: Korean with Hangul, Japanese
    /// with kana, and Han alone the page's language in a Chinese or Japanese page, else Japanese
    /// beside a Japanese word (Japanese mixes the two) and Chinese otherwise; a word of
    /// punctuation alone has the language of the word before it. Parts are joined by a space.
    static func languageRuns(of run: String, document: CJKRegion?) -> [(language: String?, text: String)] {
        let words = run.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var regions = words.map { CJKRegion(script: [$0]) }
        if regions.contains(.japanese), !CJKRegion.simplifiedChinese.belongs(to: document) {
            regions = regions.map { $0 == .simplifiedChinese ? .japanese : $0 }
        }
        var parts: [(language: String?, text: String)] = []
        var previous = regions.first { $0 != nil } ?? nil
        for (word, region) in zip(words, regions) {
            let region = region ?? previous
            previous = region
            let language = region.flatMap { $0.belongs(to: document) ? nil : $0.languageTag }
            if let last = parts.last, last.language == language {
                parts[parts.count - 1].text += " " + word
            } else {
                parts.append((language, word))
            }
        }
        return parts
    }

    /// Elements whose content is not HTML text: it is copied as it stands.
    static let unmarkedElements = ["title", "style", "script", "textarea"]

    /// Where the markup starting with `<` at `start` ends: after its `>`, after the `-->` of a
    /// comment, or after the closing tag of an element whose content is not text.
    static func endOfMarkup(in html: String, at start: String.Index) -> String.Index {
        let rest = html[start...]
        if rest.hasPrefix("<!--") {
            return rest.range(of: "-->")?.upperBound ?? html.endIndex
        }
        guard let tagEnd = rest.firstIndex(of: ">") else { return html.endIndex }
        let tag = rest[rest.index(after: start)..<tagEnd].lowercased()
        let name = tag.prefix { $0.isLetter }
        guard unmarkedElements.contains(String(name)) else { return html.index(after: tagEnd) }
        let closing = "</" + name
        guard let close = html[tagEnd...].range(of: closing, options: .caseInsensitive),
            let closeEnd = html[close.upperBound...].firstIndex(of: ">")
        else { return html.endIndex }
        return html.index(after: closeEnd)
    }
}
