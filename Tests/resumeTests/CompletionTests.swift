import Foundation
import XCTest

/// The shell completion scripts and the manual page, both made from the commands' own help.
final class CompletionTests: XCTestCase {
    let resume = CommandRunner()

    func testCompletionScriptsCoverEverySubcommand() throws {
        let commands = try commandTree()
        for shell in ["bash", "zsh", "fish"] {
            let result = try resume.run(["--generate-completion-script", shell])
            XCTAssertEqual(result.status, 0, "\(shell): \(result.stderr)")
            for command in commands.subcommands {
                XCTAssertTrue(result.stdout.contains(command.name), "\(shell) completion lacks \(command.name)")
            }
            XCTAssertTrue(result.stdout.contains("pdf"), "\(shell) completion lacks the pdf format")
        }
    }

    /// docs/man/resume.1 is made by scripts/generate-man; it must describe every command and option
    /// the tool has.
    func testManualPageIsCurrent() throws {
        let page = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("docs/man/resume.1"), encoding: .utf8)
        var missing: [String] = []
        for command in try commandTree().all {
            if !page.contains("\n.It Em \(command.name)\n") { missing.append(command.name) }
            for option in command.options where !page.contains("Fl -\(option)") && !page.contains(", -\(option)") {
                missing.append("\(command.name) --\(option)")
            }
        }
        XCTAssertEqual(missing, [], "docs/man/resume.1 is out of date: run scripts/generate-man")
    }

    /// A command and the names of its long options, from `--experimental-dump-help`.
    private struct Command {
        var name: String
        var options: [String]
        var subcommands: [Command]

        init(_ json: [String: Any]) {
            name = json["commandName"] as? String ?? ""
            let arguments = json["arguments"] as? [[String: Any]] ?? []
            options = arguments.filter { $0["shouldDisplay"] as? Bool ?? true }.flatMap { argument in
                (argument["names"] as? [[String: Any]] ?? [])
                    .filter { $0["kind"] as? String == "long" }
                    .compactMap { $0["name"] as? String }
            }
            subcommands = (json["subcommands"] as? [[String: Any]] ?? []).map(Command.init)
        }

        /// The subcommands, theirs, and so on.
        var all: [Command] {
            subcommands.flatMap { [$0] + $0.all }
        }
    }

    private func commandTree() throws -> Command {
        let result = try resume.run(["--experimental-dump-help"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let command = Command(try XCTUnwrap(json["command"] as? [String: Any]))
        XCTAssertFalse(command.subcommands.isEmpty)
        return command
    }
}
