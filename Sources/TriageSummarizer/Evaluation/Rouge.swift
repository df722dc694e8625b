/// Precision, recall and F1 of one ROUGE comparison, each in `0...1`.
public struct RougeScore: Sendable, Hashable, Codable {
    /// Matched units over candidate units.
    public var precision: Double
    /// Matched units over reference units.
    public var recall: Double
    /// Harmonic mean of ``precision`` and ``recall``; 0 when both are 0.
    public var f1: Double

    /// Creates a score from counts; every ratio is 0 when its denominator is 0.
    public init(matched: Int, candidateCount: Int, referenceCount: Int) {
        precision = candidateCount > 0 ? Double(matched) / Double(candidateCount) : 0
        recall = referenceCount > 0 ? Double(matched) / Double(referenceCount) : 0
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}

/// ROUGE-1, ROUGE-2 and ROUGE-L of a candidate against one reference.
public struct RougeScores: Sendable, Hashable, Codable {
    /// Unigram overlap.
    public var rouge1: RougeScore
    /// Bigram overlap.
    public var rouge2: RougeScore
    /// Sentence-level longest common subsequence (newlines ignored), `rouge-score`'s `rougeL`.
    public var rougeL: RougeScore
}

/// ROUGE as the `rouge-score` package computes it (Lin, 2004, "ROUGE: A Package for Automatic
/// Evaluation of Summaries"): clipped n-gram counts for ROUGE-N and one longest common subsequence over
/// the whole token sequences for ROUGE-L, both as F1 with β = 1.
///
/// Used by `triage eval summary` and reusable by `TriageEvaluation`.
public struct Rouge: Sendable, Hashable {
    /// How texts are split into tokens. The default stems (`use_stemmer=True`).
    public var tokenizer: RougeTokenizer

    /// Creates a scorer.
    public init(tokenizer: RougeTokenizer = RougeTokenizer()) {
        self.tokenizer = tokenizer
    }

    /// Scores `candidate` against `reference`.
    ///
    /// - Complexity: O(*c*·*r*) for the LCS, with *c* and *r* the token counts; O(*c* + *r*) otherwise.
    public func score(candidate: String, reference: String) -> RougeScores {
        score(candidateTokens: tokenizer.tokenize(candidate), referenceTokens: tokenizer.tokenize(reference))
    }

    /// Scores token sequences already produced by ``tokenizer``.
    public func score(candidateTokens c: [String], referenceTokens r: [String]) -> RougeScores {
        RougeScores(
            rouge1: Rouge.ngramScore(c, r, n: 1),
            rouge2: Rouge.ngramScore(c, r, n: 2),
            rougeL: RougeScore(matched: Rouge.lcsLength(c, r), candidateCount: c.count, referenceCount: r.count))
    }

    /// Averages the F1 of `candidate` over `references` (each reference weighs the same).
    ///
    /// - Returns: `(rouge1, rouge2, rougeL)` F1 in `0...1`; zeros when `references` is empty.
    public func meanF1(candidate: String, references: [String]) -> (rouge1: Double, rouge2: Double, rougeL: Double) {
        guard !references.isEmpty else { return (0, 0, 0) }
        let c = tokenizer.tokenize(candidate)
        var sums = (0.0, 0.0, 0.0)
        for reference in references {
            let s = score(candidateTokens: c, referenceTokens: tokenizer.tokenize(reference))
            sums.0 += s.rouge1.f1
            sums.1 += s.rouge2.f1
            sums.2 += s.rougeL.f1
        }
        let k = Double(references.count)
        return (sums.0 / k, sums.1 / k, sums.2 / k)
    }

    /// Clipped n-gram overlap.
    package static func ngramScore(_ c: [String], _ r: [String], n: Int) -> RougeScore {
        let cGrams = ngramCounts(c, n: n)
        let rGrams = ngramCounts(r, n: n)
        var matched = 0
        for (gram, count) in cGrams {
            if let other = rGrams[gram] { matched += min(count, other) }
        }
        return RougeScore(
            matched: matched, candidateCount: max(0, c.count - n + 1), referenceCount: max(0, r.count - n + 1))
    }

    private static func ngramCounts(_ tokens: [String], n: Int) -> [[String]: Int] {
        var counts: [[String]: Int] = [:]
        guard tokens.count >= n, n > 0 else { return counts }
        for i in 0...(tokens.count - n) {
            counts[Array(tokens[i..<(i + n)]), default: 0] += 1
        }
        return counts
    }

    /// Length of the longest common subsequence, with two rolling rows.
    ///
    /// - Complexity: O(*a*·*b*) time, O(*b*) memory.
    package static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for j in 1...b.count {
                current[j] = x == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
