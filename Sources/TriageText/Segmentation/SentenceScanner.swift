/// The state machine behind ``SentenceSegmenter`` (rules documented there).
struct SentenceScanner {
    let p: UnsafeBufferPointer<UInt8>
    let n: Int
    private(set) var ranges: [Range<Int>] = []
    private var start = 0

    init(_ p: UnsafeBufferPointer<UInt8>) {
        self.p = p
        self.n = p.count
    }

    @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? p[i] : 0 }

    mutating func run() {
        var i = 0
        while i < n {
            let c = p[i]
            if c == 0x0A {
                i = lineBreak(at: i)
                continue
            }
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
                i = terminal(at: i)
                continue
            }
            if c >= 0x80 {
                let (value, length) = UTF8Scalars.decode(p, i)
                switch value {
                case 0x2026:  // …
                    i = terminal(at: i)
                case 0x3002, 0xFF61, 0xFF01, 0xFF1F:  // 。 ｡ ！ ？: cut right after the run, space or not
                    var k = i + length
                    while k < n, Self.isCJKTerminal(UTF8Scalars.decode(p, k).value) { k += UTF8Scalars.decode(p, k).length }
                    k = skipClosers(k)
                    cut(at: k, next: k)
                    i = k
                default:
                    i += length
                }
                continue
            }
            i += 1
        }
        cut(at: n, next: n)
    }

    static func isCJKTerminal(_ v: UInt32) -> Bool { v == 0x3002 || v == 0xFF61 || v == 0xFF01 || v == 0xFF1F }

    /// Handles a run of terminal punctuation starting at `i`; returns where scanning resumes.
    private mutating func terminal(at i: Int) -> Int {
        var k = i
        var dots = 0
        var bangOrQuestion = false
        var ellipsis = false
        while k < n {
            let c = p[k]
            if c == UInt8(ascii: ".") {
                dots += 1
                k += 1
            } else if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
                bangOrQuestion = true
                k += 1
            } else if c == 0xE2, at(k + 1) == 0x80, at(k + 2) == 0xA6 {  // …
                ellipsis = true
                k += 3
            } else {
                break
            }
        }
        let runEnd = k
        let afterClosers = skipClosers(runEnd)
        let hadCloser = afterClosers > runEnd
        guard afterClosers == n || isSpace(afterClosers) else { return afterClosers }
        let next = nextNonSpace(afterClosers)
        guard next < n else {
            cut(at: afterClosers, next: afterClosers)
            return afterClosers
        }
        let shouldCut: Bool
        if bangOrQuestion {
            shouldCut = !(hadCloser && startsLowercase(next))
        } else if ellipsis || dots >= 2 {
            shouldCut = startsUppercase(next)
        } else {
            shouldCut = periodCuts(periodAt: i, next: next)
        }
        if shouldCut { cut(at: afterClosers, next: afterClosers) }
        return afterClosers
    }

    /// Whether a single `.` at `dot`, followed by white space and then `next`, ends a sentence.
    private func periodCuts(periodAt dot: Int, next: Int) -> Bool {
        if startsLowercase(next) { return false }
        switch Abbreviations.classify(p, wordEndingAt: dot) {
        case .never:
            return false
        case .beforeNumber:
            let c = p[next]
            return !(ASCII.isDigit(c) || c == UInt8(ascii: "#"))
        case .initialism:
            return startsUppercase(next)
        case .none:
            return true
        }
    }

    /// Handles the line break at `i`; returns where scanning resumes.
    private mutating func lineBreak(at i: Int) -> Int {
        var j = i
        var breaks = 0
        while j < n, isSpace(j) {
            if p[j] == 0x0A { breaks += 1 }
            j += 1
        }
        if breaks >= 2 {
            cut(at: i, next: j)
        } else if j < n, singleBreakCuts(lineEnd: i, next: j) {
            cut(at: i, next: j)
        }
        return j
    }

    private func singleBreakCuts(lineEnd: Int, next: Int) -> Bool {
        var k = lineEnd
        while k > start, isSpace(k - 1) { k -= 1 }
        guard k > start else { return false }
        switch p[k - 1] {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "-"), UInt8(ascii: "("):
            return false
        default:
            return !startsLowercase(next)
        }
    }

    /// Ends the current sentence at `end` (trimmed) and starts the next at `next`.
    private mutating func cut(at end: Int, next: Int) {
        var a = start
        var b = end
        while a < b, isSpace(a) { a += 1 }
        while b > a, isSpace(b - 1) { b -= 1 }
        if a < b { ranges.append(a..<b) }
        start = next
    }

    private func skipClosers(_ k: Int) -> Int {
        var k = k
        while k < n {
            let c = p[k]
            switch c {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                k += 1
            case 0xE2 where at(k + 1) == 0x80 && (at(k + 2) == 0x99 || at(k + 2) == 0x9D):  // ’ ”
                k += 3
            case 0xC2 where at(k + 1) == 0xBB:  // »
                k += 2
            default:
                return k
            }
        }
        return k
    }

    /// ASCII white space (used for trimming and for "followed by space").
    private func isSpace(_ k: Int) -> Bool { ASCII.isSpace(p[k]) }

    private func nextNonSpace(_ k: Int) -> Int {
        var k = k
        while k < n {
            if ASCII.isSpace(p[k]) { k += 1 } else if p[k] == 0xC2, at(k + 1) == 0xA0 { k += 2 } else { break }  // NBSP
        }
        return k
    }

    private func startsLowercase(_ k: Int) -> Bool {
        let c = p[k]
        if c < 0x80 { return ASCII.isLower(c) }
        guard let scalar = Unicode.Scalar(UTF8Scalars.decode(p, k).value) else { return false }
        return scalar.properties.isLowercase
    }

    private func startsUppercase(_ k: Int) -> Bool {
        let c = p[k]
        if c < 0x80 { return ASCII.isUpper(c) }
        guard let scalar = Unicode.Scalar(UTF8Scalars.decode(p, k).value) else { return false }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .otherLetter
    }
}
