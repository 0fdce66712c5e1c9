/// TeX's main loop for characters (TeX: The Program §1034–§1040), restricted to one run of
/// characters in one font; labels and variables keep tex.web's names so the two can be compared.
struct MainLoop {
    private static let nonCharacter = 256

    /// An entry of TeX's `lig_stack`: the next input character, or a pseudo-ligature that a
    /// `|=:` operation inserted, remembering the input character it replaced (`lig_ptr`).
    fileprivate enum StackEntry {
        case input(Int)
        case inserted(Int, replacing: Int?)

        var character: Int {
            switch self {
            case .input(let code), .inserted(let code, _): code
            }
        }
    }

    fileprivate enum Label {
        case wrapup, move, move1, move2, lookahead, ligatureLoop, ligatureLoop1, ligatureLoop2, moveLigature
    }

    let font: TFMFont
    let scaled: ScaledFont
    /// The font's `\hyphenchar`, when empty discretionaries should follow it (paragraph mode).
    let hyphenChar: UInt8?

    private var nodes: [TypesetItem] = []
    private var curQ = 0
    private var curL = 0
    private var curR = 0
    private var ligStack: [StackEntry] = []  // top is the last element
    private var ligaturePresent = false
    private var leftHit = false
    private var rightHit = false
    private var bchar = MainLoop.nonCharacter
    private var falseBchar = MainLoop.nonCharacter
    private var mainK = 0
    private var instruction = TFMFont.LigatureKernInstruction(word: 0)

    init(font: TFMFont, scaled: ScaledFont, hyphenChar: UInt8?) {
        self.font = font
        self.scaled = scaled
        self.hyphenChar = hyphenChar
    }

    /// Typesets the codes; a code missing from the font is dropped, and, as in TeX, the characters
    /// after it start a new run.
    mutating func run(_ codes: [UInt8], boundaries: RunBoundaries) -> [TypesetItem] {
        var input = codes.map(Int.init)[...]
        while let first = input.popFirst() {
            appendRun(startingWith: first, rest: &input, boundaries: boundaries)
        }
        return nodes
    }
}

private extension MainLoop {
    mutating func appendRun(startingWith first: Int, rest input: inout ArraySlice<Int>, boundaries: RunBoundaries) {
        bchar = font.boundaryCharacter ?? Self.nonCharacter
        falseBchar = font.boundaryCharacterExists ? Self.nonCharacter : bchar
        curL = first
        ligStack = [.input(curL)]
        curQ = nodes.count
        var label: Label
        if boundaries.left, let start = font.boundaryProgramStart {
            mainK = start
            curR = curL
            curL = Self.nonCharacter
            label = .ligatureLoop1
        } else {
            label = .move2
        }
        while true {
            switch label {
            case .wrapup:
                wrapup(rightHit)
                label = .move
            case .move:
                guard let top = ligStack.last else { return }
                curQ = nodes.count
                curL = top.character
                label = .move1
            case .move1:
                guard case .input = ligStack.last else {
                    label = .moveLigature
                    continue
                }
                label = .move2
            case .move2:
                guard font.info(for: curL) != nil, case .input(let code)? = ligStack.popLast() else {
                    ligStack.removeAll()
                    return
                }
                nodes.append(.character(UInt8(code)))
                label = .lookahead
            case .lookahead:
                if let next = input.popFirst() {
                    ligStack = [.input(next)]
                    curR = next == falseBchar ? Self.nonCharacter : next
                } else {
                    if !boundaries.right { bchar = Self.nonCharacter }
                    curR = bchar
                    ligStack = []
                }
                label = .ligatureLoop
            case .ligatureLoop:
                guard curR != Self.nonCharacter, let info = font.info(for: curL),
                    info.tag == .ligatureKern
                else {
                    label = .wrapup
                    continue
                }
                mainK = Int(info.remainder)
                instruction = font.instruction(at: mainK)
                if instruction.skip <= TFMFont.LigatureKernInstruction.stopFlag {
                    label = .ligatureLoop2
                    continue
                }
                mainK = instruction.restartIndex
                label = .ligatureLoop1
            case .ligatureLoop1:
                instruction = font.instruction(at: mainK)
                label = .ligatureLoop2
            case .ligatureLoop2:
                if Int(instruction.next) == curR, instruction.skip <= TFMFont.LigatureKernInstruction.stopFlag {
                    label = performInstruction()
                    continue
                }
                if instruction.skip == 0 {
                    mainK += 1
                } else {
                    if instruction.skip >= TFMFont.LigatureKernInstruction.stopFlag {
                        label = .wrapup
                        continue
                    }
                    mainK += Int(instruction.skip) + 1
                }
                label = .ligatureLoop1
            case .moveLigature:
                guard case .inserted(_, let replaced)? = ligStack.popLast() else { fatalError("lig_stack") }
                if let replaced { nodes.append(.character(UInt8(replaced))) }
                ligaturePresent = true
                if let top = ligStack.last {
                    curR = top.character
                } else if replaced != nil {
                    label = .lookahead
                    continue
                } else {
                    curR = bchar
                }
                label = .ligatureLoop
            }
        }
    }

    /// §1040: carries out the matching instruction and says where the loop goes next.
    mutating func performInstruction() -> Label {
        if instruction.isKern {
            wrapup(rightHit)
            nodes.append(.kern(scaled.kern(of: instruction)))
            return .move
        }
        if curL == Self.nonCharacter {
            leftHit = true
        } else if ligStack.isEmpty {
            rightHit = true
        }
        let replacement = Int(instruction.remainder)
        switch instruction.operation {
        case 1, 5:  // =:|  =:|>
            curL = replacement
            ligaturePresent = true
        case 2, 6:  // |=:  |=:>
            curR = replacement
            if ligStack.isEmpty {
                ligStack = [.inserted(curR, replacing: nil)]
                bchar = Self.nonCharacter
            } else if case .input(let code) = ligStack.last {
                ligStack[ligStack.count - 1] = .inserted(curR, replacing: code)
            } else if case .inserted(_, let replaced) = ligStack.last {
                ligStack[ligStack.count - 1] = .inserted(curR, replacing: replaced)
            }
        case 3:  // |=:|
            curR = replacement
            ligStack.append(.inserted(curR, replacing: nil))
        case 7, 11:  // |=:|>  |=:|>>
            wrapup(false)
            curQ = nodes.count
            curL = replacement
            ligaturePresent = true
        default:  // =:
            curL = replacement
            ligaturePresent = true
            return ligStack.isEmpty ? .wrapup : .move1
        }
        if instruction.operation > 4, instruction.operation != 7 { return .wrapup }
        if curL < Self.nonCharacter { return .ligatureLoop }
        mainK = font.boundaryProgramStart ?? 0
        return .ligatureLoop1
    }

    /// `wrapup`: makes a ligature node of the characters after `cur_q` when a ligature is present,
    /// and an empty discretionary after a hyphen character.
    mutating func wrapup(_ rightBoundaryHit: Bool) {
        guard curL < Self.nonCharacter else { return }
        var insertsDiscretionary = false
        if nodes.count > curQ, let hyphenChar, case .character(hyphenChar)? = nodes.last {
            insertsDiscretionary = true
        }
        if ligaturePresent {
            let components = nodes[curQ...].compactMap { node -> UInt8? in
                if case .character(let code) = node { return code }
                return nil
            }
            let right = rightBoundaryHit && ligStack.isEmpty
            nodes.replaceSubrange(
                curQ..., with: [.ligature(UInt8(curL), components: components, leftBoundary: leftHit, rightBoundary: right)])
            leftHit = false
            if right { rightHit = false }
            ligaturePresent = false
        }
        if insertsDiscretionary {
            nodes.append(.discretionary(TypesetDiscretionary(preBreak: [], postBreak: [], unbroken: [])))
        }
    }
}
