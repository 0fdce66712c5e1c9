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
        .target(
            name: "ResumeKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
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
