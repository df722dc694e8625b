import Foundation

/// A seeded generator of short synthetic documents (10–60 tokens) over a Zipf-distributed vocabulary of
/// pseudo-words, and of 2–4 term queries from the same distribution. Same seed, same output.
struct SyntheticCorpus {
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    }

    let vocabulary: [String]
    private let cumulative: [Double]
    private var rng: SplitMix64

    init(seed: UInt64, vocabularySize: Int = 50_000, exponent: Double = 1.0) {
        var rng = SplitMix64(state: seed)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var seen = Set<String>()
        var words: [String] = []
        while words.count < vocabularySize {
            let length = 3 + Int(rng.next() % 8)
            var chars: [Character] = []
            for _ in 0..<length { chars.append(letters[Int(rng.next() % 26)]) }
            let w = String(chars)
            if seen.insert(w).inserted { words.append(w) }
        }
        vocabulary = words
        var c: [Double] = []
        var total = 0.0
        for r in 1...vocabularySize {
            total += 1 / pow(Double(r), exponent)
            c.append(total)
        }
        cumulative = c.map { $0 / total }
        self.rng = rng
    }

    private mutating func word() -> String {
        let u = rng.unit()
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] < u { lo = mid + 1 } else { hi = mid }
        }
        return vocabulary[lo]
    }

    /// A document of 10–60 tokens.
    mutating func document() -> String {
        let n = 10 + Int(rng.next() % 51)
        return (0..<n).map { _ in word() }.joined(separator: " ")
    }

    /// A query of 2–4 distinct terms.
    mutating func query() -> String {
        let n = 2 + Int(rng.next() % 3)
        var terms: [String] = []
        while terms.count < n {
            let w = word()
            if !terms.contains(w) { terms.append(w) }
        }
        return terms.joined(separator: " ")
    }
}

private func pow(_ x: Double, _ y: Double) -> Double {
    y == 1 ? x : exp(y * log(x))
}
