@testable import ResumeKit

extension BlockParagraphs {
    /// The classic theme's paragraphs on another page layout, with or without `\frenchspacing`.
    init(layout: PageLayout, frenchSpacing: Bool = true) {
        var settings = Theme.builtin(named: "classic")!.manifest.paragraph
        settings.frenchSpacing = frenchSpacing
        self.init(layout: layout, settings: settings)
    }
}
