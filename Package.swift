// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "resume",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "resume", targets: ["resume"]),
        .library(name: "ResumeKit", targets: ["ResumeKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        // The library in layers, lowest first; each target may use only those above it in this
        // list, so the compiler keeps the dependencies pointing one way (docs/architecture.md).
        // Files, processes, output destinations, JSON values: nothing of résumés.
        .target(name: "ResumeSupport"),
        // TeX's hyphenation patterns and Liang's algorithm: nothing of résumés.
        .target(name: "TeXHyphenation"),
        // TeX's typesetting: font metrics, horizontal lists, line breaking, page building; nothing of résumés.
        .target(name: "TeXTypesetting", dependencies: ["ResumeSupport", "TeXHyphenation"]),
        // The Mustache engine: nothing of résumés.
        .target(name: "Mustache", dependencies: ["ResumeSupport"]),
        // The résumé as values, their paths, locations and diagnostics, the section tables, labels.
        .target(name: "ResumeModel", dependencies: ["ResumeSupport"]),
        // YAML, JSON Resume and the other formats to the model and back.
        .target(
            name: "ResumeLoading",
            dependencies: [
                "ResumeSupport", "ResumeModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Theme manifests, inheritance, the block vocabulary, the built-in themes.
        .target(
            name: "ResumeThemes",
            dependencies: [
                "ResumeSupport", "TeXTypesetting", "Mustache", "ResumeModel", "ResumeLoading",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The formats: context, escaping, fonts, HTML, LaTeX, text, and the TeX runs that make PDFs.
        .target(
            name: "ResumeRender",
            dependencies: ["ResumeSupport", "TeXTypesetting", "Mustache", "ResumeModel", "ResumeLoading", "ResumeThemes"]
        ),
        // The typeset résumé: the block macros as paragraphs and pages, the layout search, --verify.
        .target(
            name: "ResumeFit",
            dependencies: ["ResumeSupport", "TeXTypesetting", "ResumeModel", "ResumeLoading", "ResumeThemes", "ResumeRender"]
        ),
        // The rules, the checking pipeline, configuration and reporters.
        .target(
            name: "ResumeLint",
            dependencies: [
                "ResumeSupport", "ResumeModel", "ResumeLoading", "ResumeThemes", "ResumeRender", "ResumeFit",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The use cases the command line and library users call, re-exporting the layers below.
        .target(
            name: "ResumeKit",
            dependencies: [
                "ResumeSupport", "TeXHyphenation", "TeXTypesetting", "Mustache", "ResumeModel", "ResumeLoading",
                "ResumeThemes", "ResumeRender", "ResumeFit", "ResumeLint",
            ]
        ),
        .executableTarget(
            name: "resume",
            dependencies: [
                "ResumeKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "fit-benchmark",
            dependencies: ["ResumeKit"]
        ),
        // What every test target shares: the process runner, the required-tool rule, golden
        // files, the pinned Python environment, deadlines and the examples by name.
        .target(
            name: "TestSupport",
            dependencies: ["ResumeKit"],
            path: "Tests/TestSupport",
            exclude: ["python-requirements.txt"]
        ),
        .testTarget(
            name: "ResumeKitTests",
            dependencies: ["ResumeKit", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures", "Golden", "Lint/Reporters/Golden", "Templates/MustacheSpec"]
        ),
        .testTarget(
            name: "resumeTests",
            dependencies: ["resume", "ResumeKit", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "TestSupportTests",
            dependencies: ["TestSupport"]
        ),
    ]
)

// The libFuzzer target, only for `scripts/fuzz` (RESUME_FUZZ=1): it links only when built with
// -sanitize=fuzzer, so ordinary builds and tests never see it.
if Context.environment["RESUME_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(
            name: "resume-fuzz",
            dependencies: ["ResumeKit"],
            swiftSettings: [.enableExperimentalFeature("Extern")]
        )
    )
}
