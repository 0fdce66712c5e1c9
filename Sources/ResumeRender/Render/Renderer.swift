import Mustache
import ResumeModel
import ResumeSupport
import ResumeThemes
import TeXTypesetting

/// Settings of one rendering that are not part of the theme.
public struct RenderOptions: Sendable {
    /// The width of plain text output, in display columns.
    public var width: Int = 80
    /// How many pages the typeset résumé has, for the footer of the pages after the first
    /// ("2 / 3"); the fit engine knows it, so TeX needs no second pass to learn it. Nil when unknown.
    package var pageCount: Int?
    /// Whether an HTML page carries the fonts it is set in (subsets of the PDF's, as `data:`
    /// URLs), so that it looks and prints the same where they are not installed. Golden files
    /// leave them out to stay readable; the rules naming the fonts are written either way.
    package var embedsFonts: Bool = true

    public init(width: Int = 80, pageCount: Int? = nil, embedsFonts: Bool = true) {
        self.width = width
        self.pageCount = pageCount
        self.embedsFonts = embedsFonts
    }
}

/// Renders a résumé through a theme's templates: a pure function of résumé, theme and options.
public struct Renderer: Sendable {
    public let theme: Theme

    public init(theme: Theme) {
        self.theme = theme
    }

    /// The résumé as a complete document in the format; the same input always gives the same bytes.
    public func render(_ resume: Resume, as format: OutputFormat, options: RenderOptions = RenderOptions()) throws -> String {
        let (body, scripts, _) = try document(resume, as: format, options: options)
        let engine = scripts.engine
        switch format {
        case .html:
            let language = ContextBuilder.language(resume.meta.locale)
            return Self.endingWithOneNewline(HTMLEscaping.markingForeignRuns(in: body.text, documentLanguage: language), after: "")
        case .tex:
            return Self.endingWithOneNewline(body.text, after: Self.texHeader(for: engine))
        case .text:
            return TextLayout(width: max(options.width, 20)).layout(body)
        }
    }

    /// The LaTeX document as `render` writes it, with where each measured value is in it and the
    /// engine it needs: what the fit engine measures, from one rendering.
    package func measuredLaTeX(_ resume: Resume, options: RenderOptions = RenderOptions()) throws -> MeasuredLaTeX {
        let (body, scripts, paths) = try document(resume, as: .tex, options: options)
        let header = Self.texHeader(for: scripts.engine)
        let shift = header.utf8.count
        let values = body.marks.map { MeasuredValue(path: paths[$0.mark], text: $0.text, range: $0.shifted(by: shift).range) }
        return MeasuredLaTeX(
            latex: Self.endingWithOneNewline(body.text, after: header), engine: scripts.engine, cjkRegion: scripts.cjkRegion,
            values: values)
    }

    /// The theme's document template rendered, and what the résumé's text asks of the document
    /// (its TeX engine, its face of Noto CJK).
    private func document(_ resume: Resume, as format: OutputFormat, options: RenderOptions) throws
        -> (RenderedText, DocumentScripts, [ValuePath])
    {
        guard theme.formats.contains(format) else {
            throw ThemeError.formatNotProvided(theme: theme.name, format: format)
        }
        let library = TemplateLibrary(
            templates: try theme.templates.templates(for: format), escaping: ResumeContentType.escaping(for: format),
            locatesValues: format == .text)
        let shown = resume.shownText
        let scripts = DocumentScripts(resume, shown: shown)
        // The résumé's own `meta.layout` values take the place of the theme's.
        let manifest = theme.manifest.adjusted(by: resume.meta.layout)
        var builder = ContextBuilder(manifest: manifest, options: options, scripts: scripts)
        if format == .html, options.embedsFonts {
            builder.embeddedFonts = builder.htmlFonts.subsets(showing: shown.lazy.map(\.text))
        }
        let context = builder.context(for: resume)
        // A long résumé's context, a record for every entry, takes a millisecond to free:
        // another thread frees it while the document goes on to be measured.
        defer { releaseInBackground(context) }
        do {
            let body = try library.renderMarked(context, withTemplate: ThemeLoader.documentTemplate) ?? RenderedText()
            return (body, scripts, builder.measuredPaths.paths)
        } catch let limit as TemplateRenderLimit {
            let path = "\(format.rawValue)/\(limit.partial)\(ThemeLoader.templateExtension)"
            throw ThemeError.invalidTemplate(file: theme.templates.loader.display(path), line: nil, message: limit.message)
        }
    }
}

/// A value the fit engine measures and where it landed in the LaTeX, by byte range.
package struct MeasuredValue: Sendable, Equatable {
    package var path: ValuePath
    package var text: String
    package var range: Range<Int>
}

/// A LaTeX document and where each value the fit engine measures landed in it, by byte range.
package struct MeasuredLaTeX {
    package let latex: String
    package let engine: TeXEngine
    /// The Noto CJK face the document's CJK text is set in (the résumé's `cjkRegion`), read from
    /// the same text as the engine.
    package let cjkRegion: CJKRegion
    package let values: [MeasuredValue]
}

extension Renderer {
    /// The first lines of a LaTeX document, telling editors and people which engine to use.
    static func texHeader(for engine: TeXEngine) -> String {
        switch engine {
        case .pdflatex:
            "% !TEX program = pdflatex\n"
        case .xelatex:
            "% !TEX program = xelatex\n"
                + "% This document needs XeLaTeX (run xelatex, not pdflatex): it contains characters pdflatex\n"
                + "% cannot set (Hangul, CJK, Cyrillic, Greek, …), set with OpenType fonts through fontspec.\n"
        }
    }

    /// `header`, then `text` with the line breaks and spaces at its end made one line feed:
    /// written once into a string of its final size, as a document is long.
    private static func endingWithOneNewline(_ text: String, after header: String) -> String {
        var end = text.endIndex
        while end > text.startIndex {
            let last = text[text.index(before: end)]
            guard last.isNewline || last == " " else { break }
            end = text.index(before: end)
        }
        var document = header
        document.reserveCapacity(header.utf8.count + text.utf8.distance(from: text.startIndex, to: end) + 1)
        document += text[..<end]
        document += "\n"
        return document
    }
}
