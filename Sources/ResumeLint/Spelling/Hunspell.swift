import Foundation

/// A Hunspell dictionary opened through the shared library, loaded at run time with `dlopen` so
/// that building the tool and every other rule never need it.
///
/// Hunspell keeps state while it checks a word, so one dictionary answers one caller at a time.
final class Hunspell: @unchecked Sendable {
    /// The library's soname on Debian 12 (package `libhunspell-1.7-0`).
    static let libraryName = "libhunspell-1.7.so.0"

    private typealias Create = @convention(c) (UnsafePointer<CChar>, UnsafePointer<CChar>) -> OpaquePointer?
    private typealias Destroy = @convention(c) (OpaquePointer) -> Void
    private typealias Spell = @convention(c) (OpaquePointer, UnsafePointer<CChar>) -> Int32
    private typealias Suggest = @convention(c) (
        OpaquePointer, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, UnsafePointer<CChar>
    ) -> Int32
    private typealias FreeList = @convention(c) (
        OpaquePointer, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, Int32
    ) -> Void

    /// Why a dictionary could not be opened.
    enum Failure: Error, Equatable {
        /// The shared library is not installed, or lacks a function; the text is `dlerror`'s.
        case library(String)
        /// Hunspell refused the dictionary files.
        case dictionary(String)
    }

    private let handle: OpaquePointer
    private let destroy: Destroy
    private let spellFunction: Spell
    private let suggestFunction: Suggest
    private let freeList: FreeList
    private let lock = NSLock()

    /// Opens the dictionary `affix` + `words` with the library `library`.
    init(affix: String, words: String, library: String = Hunspell.libraryName) throws(Failure) {
        guard let module = dlopen(library, RTLD_NOW | RTLD_LOCAL) else {
            throw .library(dlerror().flatMap { String(validatingCString: $0) } ?? "cannot load \(library)")
        }
        func function<T>(_ name: String, as type: T.Type) throws(Failure) -> T {
            guard let symbol = dlsym(module, name) else { throw .library("\(library) has no function \(name)") }
            return unsafeBitCast(symbol, to: type)
        }
        let create = try function("Hunspell_create", as: Create.self)
        destroy = try function("Hunspell_destroy", as: Destroy.self)
        spellFunction = try function("Hunspell_spell", as: Spell.self)
        suggestFunction = try function("Hunspell_suggest", as: Suggest.self)
        freeList = try function("Hunspell_free_list", as: FreeList.self)
        guard let handle = create(affix, words) else { throw .dictionary("Hunspell could not open \(words)") }
        self.handle = handle
    }

    deinit {
        destroy(handle)
    }

    /// Whether the dictionary knows `word` (UTF-8, as Debian's dictionaries are).
    func spell(_ word: String) -> Bool {
        lock.withLock { spellFunction(handle, word) != 0 }
    }

    /// The dictionary's suggestions for `word`, best first.
    func suggest(_ word: String) -> [String] {
        lock.withLock {
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = suggestFunction(handle, &list, word)
            guard count > 0, let words = list else { return [] }
            defer { freeList(handle, &list, count) }
            return (0..<Int(count)).compactMap { words[$0].flatMap { String(validatingCString: $0) } }
        }
    }
}
