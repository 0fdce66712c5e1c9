import Foundation

/// Answers whether words are spelt right in one dictionary: from the cache of words already
/// checked when it can, else from Hunspell, opened the first time a word is not in the cache.
/// One speller per dictionary is shared by every file of a run.
final class Speller: @unchecked Sendable {
    let dictionary: SpellingDictionary
    private let cache: SpellingCache
    private let library: String
    private let lock = NSLock()
    /// Every answer known, and the order they were learnt in (for the cache's bound).
    private var verdicts: [String: SpellingVerdict] = [:]
    private var order: [String] = []
    private var unsaved = false
    /// Hunspell, once opened; the failure, once it failed.
    private var hunspell: Result<Hunspell, Hunspell.Failure>?

    init(dictionary: SpellingDictionary, cache: SpellingCache, library: String = Hunspell.libraryName) {
        self.dictionary = dictionary
        self.cache = cache
        self.library = library
        let cached = cache.load()
        verdicts.reserveCapacity(cached.count)
        order.reserveCapacity(cached.count)
        for (word, verdict) in cached where verdicts.updateValue(verdict, forKey: word) == nil {
            order.append(word)
        }
    }

    /// Hunspell's answer for each of `words`, in order; the failure when a word had to be asked
    /// and Hunspell could not be opened. New answers are written to the cache before it returns.
    func verdicts(for words: [String]) throws(Hunspell.Failure) -> [SpellingVerdict] {
        lock.lock()
        defer { lock.unlock() }
        var answers: [SpellingVerdict] = []
        answers.reserveCapacity(words.count)
        for word in words {
            if let known = verdicts[word] {
                answers.append(known)
                continue
            }
            let hunspell = try opened()
            let verdict: SpellingVerdict = hunspell.spell(word) ? .known : .unknown(suggestions: hunspell.suggest(word))
            verdicts[word] = verdict
            order.append(word)
            unsaved = true
            answers.append(verdict)
        }
        if unsaved {
            cache.save(order.map { ($0, verdicts[$0]!) })
            unsaved = false
        }
        return answers
    }

    private func opened() throws(Hunspell.Failure) -> Hunspell {
        if hunspell == nil {
            do throws(Hunspell.Failure) {
                hunspell = .success(try Hunspell(affix: dictionary.affix, words: dictionary.words, library: library))
            } catch {
                hunspell = .failure(error)
            }
        }
        return try hunspell!.get()
    }
}

extension Speller {
    /// The speller of each dictionary used so far in this process.
    private static let shared = SharedSpellers()

    /// The shared speller for `dictionary`, made the first time it is asked for.
    static func shared(for dictionary: SpellingDictionary) -> Speller {
        shared.speller(for: dictionary)
    }

    private final class SharedSpellers: @unchecked Sendable {
        private let lock = NSLock()
        private var spellers: [SpellingDictionary: Speller] = [:]

        func speller(for dictionary: SpellingDictionary) -> Speller {
            lock.withLock {
                if let speller = spellers[dictionary] { return speller }
                let speller = Speller(dictionary: dictionary, cache: SpellingCache(dictionary: dictionary))
                spellers[dictionary] = speller
                return speller
            }
        }
    }
}
