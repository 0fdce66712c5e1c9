import Foundation
import ResumeKit

// Times FitEngine.fit in process: the theme and the résumé are loaded once, then the fit runs
// repeatedly; prints the median and the fastest run in milliseconds.
//
//   swift run -c release fit-benchmark examples/cv.yaml [runs]

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: fit-benchmark FILE [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.dropFirst().first.flatMap { Int($0) } ?? 200
guard let resume = ResumeLoader.load(contentsOf: URL(fileURLWithPath: path)).resume,
    let theme = Theme.builtin(named: ThemeChoice.name(flag: nil, resume: resume))
else {
    FileHandle.standardError.write(Data("fit-benchmark: cannot load \(path)\n".utf8))
    exit(2)
}
let engine = FitEngine(theme: theme)
_ = try engine.fit(resume)  // warm-up: fonts, patterns and templates are loaded once per process

/// Prints the median and fastest time of `runs` runs of `body`, in milliseconds.
func time(_ label: String, _ body: () throws -> Void) rethrows {
    var timings: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        timings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    timings.sort()
    print(String(format: "%@ %@: median %.3f ms, fastest %.3f ms over %d runs", label, path, timings[runs / 2], timings[0], runs))
}

try time("render LaTeX") { _ = try Renderer(theme: theme).render(resume, as: .tex) }
try time("render and fit, line-savers included") { _ = try engine.fit(resume) }
