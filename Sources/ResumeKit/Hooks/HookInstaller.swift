import Foundation

/// Installs and removes this tool's `pre-commit` hook in a hooks folder, never touching a hook
/// that someone else wrote unless told to.
public struct HookInstaller {
    /// What installing did.
    public enum Installed: Equatable {
        /// There was no hook.
        case new
        /// A hook this tool wrote before was brought up to date.
        case updated
        /// Another hook was replaced, as `force` allowed.
        case replaced
    }

    public let hooksFolder: URL

    public init(hooksFolder: URL) {
        self.hooksFolder = hooksFolder
    }

    /// The hook's file: `pre-commit` in the hooks folder.
    public var hookFile: URL { hooksFolder.appendingPathComponent("pre-commit") }

    /// Writes the hook, executable, in one step. A hook that this tool did not write, or one it
    /// wrote that was edited since, is replaced only with `force`; one it wrote is updated.
    public func install(_ script: PreCommitHookScript, force: Bool) throws -> Installed {
        let existing = existingHook()
        let outcome: Installed
        switch existing {
        case nil: outcome = .new
        case let text? where PreCommitHookScript.isWrittenByResume(text) && !PreCommitHookScript.isEdited(text):
            outcome = .updated
        case _? where force: outcome = .replaced
        case let text? where PreCommitHookScript.isWrittenByResume(text): throw HookError.editedHook(path: hookFile.path)
        case _?: throw HookError.foreignHook(path: hookFile.path)
        }
        do {
            try FileManager.default.createDirectory(at: hooksFolder, withIntermediateDirectories: true)
            try Data(script.text.utf8).write(to: hookFile, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hookFile.path)
        } catch {
            throw HookError.cannotWrite(path: hookFile.path, reason: error.localizedDescription)
        }
        return outcome
    }

    /// Removes the hook if this tool wrote it — one edited since only with `force`, as the edits
    /// are someone's work; returns false when there is no hook at all.
    public func uninstall(force: Bool = false) throws -> Bool {
        guard let text = existingHook() else { return false }
        guard PreCommitHookScript.isWrittenByResume(text) else { throw HookError.foreignHook(path: hookFile.path) }
        if PreCommitHookScript.isEdited(text), !force { throw HookError.editedHook(path: hookFile.path) }
        do {
            try FileManager.default.removeItem(at: hookFile)
        } catch {
            throw HookError.cannotWrite(path: hookFile.path, reason: error.localizedDescription)
        }
        return true
    }

    /// The text of the hook file, or nil when there is none. A file that is not text (a binary
    /// hook) reads as text without the marker, so it counts as someone else's.
    private func existingHook() -> String? {
        // A dangling symbolic link is a hook too: writing would follow it.
        guard (try? FileManager.default.attributesOfItem(atPath: hookFile.path)) != nil else { return nil }
        let data = (try? Data(contentsOf: hookFile)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
