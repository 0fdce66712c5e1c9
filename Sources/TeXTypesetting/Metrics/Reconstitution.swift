extension ScaledFont {
    /// The font's `\hyphenchar`: 45, the T1 hyphen, which LaTeX gives every font it loads
    /// (`\defaulthyphenchar` is `` `\- ``; t1enc.def and lmodern's .fd files do not change it).
    package static let hyphenCharacter: UInt8 = 45

    /// Inserts TeX's discretionary hyphens into the first word of a run, as TeX's second line-breaking
    /// pass does (TeX: The Program §894–§918): letters are collected after any leading punctuation,
    /// and ligatures and kerns are rebuilt on each side of every break (the `ffi` of "difficult"
    /// splits into "dif-" and "fi...").
    ///
    /// - Parameters:
    ///   - run: the run as `typeset` produced it; TeX hyphenates only the first word after a space.
    ///   - isLetter: whether a code has a nonzero `\lccode`.
    ///   - hyphenPositions: for the word's letters, the positions `j` (1-based) after which a hyphen
    ///     may go, as patterns and exceptions find them.
    ///   - leftHyphenMin: `\lefthyphenmin`; LaTeX's default is 2.
    ///   - rightHyphenMin: `\righthyphenmin`; LaTeX's default is 3.
    /// - Returns: the run with discretionaries, or the run unchanged when TeX would not hyphenate it.
    package func hyphenate(
        _ run: [TypesetItem], isLetter: (UInt8) -> Bool, hyphenPositions: ([UInt8]) -> Set<Int>,
        leftHyphenMin: Int = 2, rightHyphenMin: Int = 3
    ) -> [TypesetItem] {
        guard let word = HyphenationCandidate(run: run, font: metrics, isLetter: isLetter),
            word.letters.count >= leftHyphenMin + rightHyphenMin
        else { return run }
        let count = word.letters.count
        let allowed = hyphenPositions(word.letters).filter { $0 >= leftHyphenMin && $0 <= count - rightHyphenMin }
        guard !allowed.isEmpty else { return run }
        var builder = Reconstitution(font: self, word: word, hyphens: allowed)
        return builder.rebuild(run)
    }
}

/// The word TeX's pre-hyphenation scan finds in a run (§896–§899): node `ha` before its first letter,
/// node `hb` holding its last, its letters, and the boundary character that followed it.
struct HyphenationCandidate {
    /// Index in the run of node `ha`, or -1 when the word starts the run.
    let before: Int
    /// Index in the run of node `hb`.
    let last: Int
    /// The letters `hu[1...hn]`.
    let letters: [UInt8]
    /// `hyf_bchar`: the character after the word, the font's boundary character, or none (256).
    let boundary: Int

    init?(run: [TypesetItem], font: TFMFont, isLetter: (UInt8) -> Bool) {
        let none = 256
        let fontBoundary = font.boundaryCharacter ?? none
        guard let first = run.indices.first(where: { index in
            switch run[index] {
            case .character(let code): isLetter(code)
            case .ligature(_, let components, _, _): components.first.map(isLetter) ?? false
            case .kern, .discretionary: false
            }
        }) else { return nil }
        if run[..<first].contains(where: { if case .discretionary = $0 { true } else { false } }) { return nil }
        var letters: [UInt8] = []
        var last = first
        var boundary = none
        scan: for index in first..<run.count {
            switch run[index] {
            case .character(let code):
                boundary = Int(code)
                guard isLetter(code), letters.count < 63 else { break scan }
                letters.append(code)
                last = index
                boundary = none
            case .ligature(_, let components, _, let rightBoundary):
                if let firstComponent = components.first { boundary = Int(firstComponent) }
                guard components.allSatisfy(isLetter), letters.count + components.count <= 63 else { break scan }
                letters += components
                last = index
                boundary = rightBoundary ? fontBoundary : none
            case .kern:
                last = index
                boundary = fontBoundary
            case .discretionary:
                break scan
            }
        }
        // §899: the nodes after the word must be characters, ligatures or font kerns up to the space.
        if run[(last + 1)...].contains(where: { if case .discretionary = $0 { true } else { false } }) { return nil }
        self.before = first - 1
        self.last = last
        self.letters = letters
        self.boundary = boundary
    }
}

/// TeX's `reconstitute` and the discretionary-building loop around it (§903–§918), for one word.
struct Reconstitution {
    private static let nonCharacter = 256

    /// A pseudo-ligature on the stack, with the original character it stands for (`lig_ptr`).
    fileprivate struct StackItem {
        var character: Int
        var original: Int?
    }

    let font: ScaledFont
    let metrics: TFMFont
    let word: HyphenationCandidate

    private var hu: [Int]
    private var hyf: [Int]
    private var initList: [UInt8] = []
    private var initLigature = false
    private var initLeft = false

    private var hold: [TypesetItem] = []
    private var curL = 0
    private var curR = 0
    private var curRH = 0
    private var curQ = 0
    private var ligStack: [StackItem] = []  // top is the last element
    private var ligaturePresent = false
    private var leftHit = false
    private var rightHit = false
    private var hyphenPassed = 0
    // `reconstitute`'s parameters and cursor position, kept here so helpers can reach them.
    private var j = 0
    private var n = 0
    private var bchar = 256
    private var hchar = 256

    init(font: ScaledFont, word: HyphenationCandidate, hyphens: Set<Int>) {
        self.font = font
        metrics = font.metrics
        self.word = word
        hu = [0] + word.letters.map(Int.init) + [0, 0]
        hyf = (0..<(word.letters.count + 2)).map { hyphens.contains($0) ? 1 : 0 }
    }
}

extension Reconstitution {
    /// §903 and §913: replaces nodes `ha+1...hb` (and `ha` itself when it is punctuation of the
    /// same font) by the reconstituted word with its discretionaries.
    mutating func rebuild(_ run: [TypesetItem]) -> [TypesetItem] {
        let hn = word.letters.count
        let bchar = word.boundary
        var j: Int
        var kept: Int  // nodes run[0..<kept] stay as they are
        let firstRemoved = run[word.before + 1]
        switch word.before >= 0 ? run[word.before] : nil {
        case .character(let code)?:
            initList = [code]
            initLigature = false
            hu[0] = Int(code)
            j = 0
            kept = word.before
        case .ligature(let code, let components, let left, _)?:
            initList = components
            initLigature = true
            initLeft = left
            hu[0] = Int(code)
            if components.isEmpty, left {
                hu[0] = 256
                initLigature = false
            }
            j = 0
            kept = word.before
        default:
            if case .ligature(_, _, true, _) = firstRemoved {
                j = 0
                hu[0] = 256
            } else {
                j = 1
            }
            kept = word.before + 1
        }
        var output = Array(run[..<kept])
        repeat {
            var l = j
            j = reconstitute(j, hn, bchar, Int(ScaledFont.hyphenCharacter)) + 1
            if hyphenPassed == 0 {
                output += hold
                if hyf[j - 1] % 2 == 1 {
                    l = j
                    hyphenPassed = j - 1
                    hold = []
                }
            }
            if hyphenPassed > 0 {
                repeat {
                    var replaced = hold
                    var i = hyphenPassed
                    hyf[i] = 0
                    let preBreak = buildPreBreak(l: &l, i: &i)
                    let postBreak = buildPostBreak(l: &l, j: &j, bchar: bchar, hn: hn, replaced: &replaced)
                    if replaced.count > 127 {
                        output += replaced
                    } else {
                        output.append(.discretionary(
                            TypesetDiscretionary(preBreak: preBreak, postBreak: postBreak, unbroken: replaced)))
                    }
                    hyphenPassed = j - 1
                    hold = []
                } while hyf[j - 1] % 2 == 1
            }
        } while j <= hn
        return output + run[(word.last + 1)...]
    }
}

private extension Reconstitution {
    /// §915: the characters `hu[l...i]` and a hyphen, as they end the line at the break.
    mutating func buildPreBreak(l: inout Int, i: inout Int) -> [TypesetItem] {
        var preBreak: [TypesetItem] = []
        let hasHyphen = metrics.info(for: Int(ScaledFont.hyphenCharacter)) != nil
        var saved = 0
        if hasHyphen {
            i += 1
            saved = hu[i]
            hu[i] = Int(ScaledFont.hyphenCharacter)
        }
        while l <= i {
            l = reconstitute(l, i, metrics.boundaryCharacter ?? Self.nonCharacter, Self.nonCharacter) + 1
            preBreak += hold
        }
        if hasHyphen {
            hu[i] = saved
            l = i
            i -= 1
        }
        return preBreak
    }

    /// §916–§917: the characters after the break as they start the next line, extending the
    /// unbroken text until both branches end at the same place.
    mutating func buildPostBreak(
        l: inout Int, j: inout Int, bchar: Int, hn: Int, replaced: inout [TypesetItem]
    ) -> [TypesetItem] {
        var postBreak: [TypesetItem] = []
        var savedLocation = 0
        var saved = 0
        if metrics.boundaryProgramStart != nil {
            l -= 1
            saved = hu[l]
            savedLocation = l
            hu[l] = 256
        }
        while l < j {
            repeat {
                l = reconstitute(l, hn, bchar, Self.nonCharacter) + 1
                if savedLocation > 0 {
                    hu[savedLocation] = saved
                    savedLocation = 0
                }
                postBreak += hold
            } while l < j
            while l > j {
                j = reconstitute(j, hn, bchar, Self.nonCharacter) + 1
                replaced += hold
            }
        }
        return postBreak
    }

    /// `reconstitute(j, n, bchar, hchar)` (§905–§911): translates the cut prefix of `hu[j...n]` into
    /// `hold` and returns its last index; sets `hyphenPassed`.
    mutating func reconstitute(_ start: Int, _ end: Int, _ boundary: Int, _ hyphen: Int) -> Int {
        j = start
        n = end
        bchar = boundary
        hchar = hyphen
        hyphenPassed = 0
        hold = []
        var w = 0
        // §908
        curL = hu[j]
        curQ = 0
        if j == 0 {
            ligaturePresent = initLigature
            if ligaturePresent { leftHit = initLeft }
            hold += initList.map { .character($0) }
        } else if curL < Self.nonCharacter {
            hold.append(.character(UInt8(curL)))
        }
        ligStack = []
        setCurR()
        while true {
            // §909
            var k: Int
            var q: TFMFont.LigatureKernInstruction
            var restart = false
            search: do {
                if curL == Self.nonCharacter {
                    guard let start = metrics.boundaryProgramStart else { break search }
                    k = start
                } else {
                    guard let info = metrics.info(for: curL), let start = metrics.programStart(for: info) else {
                        break search
                    }
                    k = start
                }
                q = metrics.instruction(at: k)
                let testChar = curRH < Self.nonCharacter ? curRH : curR
                while true {
                    if Int(q.next) == testChar, q.skip <= TFMFont.LigatureKernInstruction.stopFlag {
                        if curRH < Self.nonCharacter {
                            hyphenPassed = j
                            hchar = Self.nonCharacter
                            curRH = Self.nonCharacter
                            restart = true
                            break search
                        }
                        if hchar < Self.nonCharacter, hyf[j] % 2 == 1 {
                            hyphenPassed = j
                            hchar = Self.nonCharacter
                        }
                        if !q.isKern {
                            // §911
                            if curL == Self.nonCharacter { leftHit = true }
                            if j == n, ligStack.isEmpty { rightHit = true }
                            let replacement = Int(q.remainder)
                            switch q.operation {
                            case 1, 5:
                                curL = replacement
                                ligaturePresent = true
                            case 2, 6:
                                curR = replacement
                                if !ligStack.isEmpty {
                                    ligStack[ligStack.count - 1].character = curR
                                } else if j == n {
                                    ligStack = [StackItem(character: curR, original: nil)]
                                    bchar = Self.nonCharacter
                                } else {
                                    ligStack = [StackItem(character: curR, original: hu[j + 1])]
                                }
                            case 3:
                                curR = replacement
                                ligStack.append(StackItem(character: curR, original: nil))
                            case 7, 11:
                                wrapLigature(false)
                                curQ = hold.count
                                curL = replacement
                                ligaturePresent = true
                            default:
                                curL = replacement
                                ligaturePresent = true
                                if !ligStack.isEmpty {
                                    popLigatureStack()
                                } else if j == n {
                                    break search
                                } else {
                                    hold.append(.character(UInt8(curR)))
                                    j += 1
                                    setCurR()
                                }
                            }
                            if q.operation > 4, q.operation != 7 { break search }
                            restart = true
                            break search
                        }
                        w = font.kern(of: q)
                        break search
                    }
                    if q.skip >= TFMFont.LigatureKernInstruction.stopFlag {
                        if curRH == Self.nonCharacter { break search }
                        curRH = Self.nonCharacter
                        restart = true
                        break search
                    }
                    k += Int(q.skip) + 1
                    q = metrics.instruction(at: k)
                }
            }
            if restart { continue }
            // §910
            wrapLigature(rightHit)
            if w != 0 {
                hold.append(.kern(w))
                w = 0
            }
            if let top = ligStack.last {
                curQ = hold.count
                curL = top.character
                ligaturePresent = true
                popLigatureStack()
                continue
            }
            return j
        }
    }

    /// `pop_lig_stack`: moves past a pseudo-ligature, appending the character it stood for.
    mutating func popLigatureStack() {
        guard let top = ligStack.popLast() else { return }
        if let original = top.original {
            hold.append(.character(UInt8(original)))
            j += 1
        }
        if let next = ligStack.last {
            curR = next.character
        } else {
            setCurR()
        }
    }

    /// `set_cur_r`: the character after the cursor, and the hyphen to test first when one may follow.
    mutating func setCurR() {
        curR = j < n ? hu[j + 1] : bchar
        curRH = hyf[j] % 2 == 1 ? hchar : Self.nonCharacter
    }

    /// `wrap_lig`: turns the characters after `cur_q` into a ligature node when a ligature is present.
    mutating func wrapLigature(_ rightBoundaryHit: Bool) {
        guard ligaturePresent else { return }
        let components = hold[curQ...].compactMap { node -> UInt8? in
            if case .character(let code) = node { return code }
            return nil
        }
        let right = rightBoundaryHit && ligStack.isEmpty
        hold.replaceSubrange(
            curQ..., with: [.ligature(UInt8(curL), components: components, leftBoundary: leftHit, rightBoundary: right)])
        leftHit = false
        if right { rightHit = false }
        ligaturePresent = false
    }
}
