import TriageText

/// How ``SyntheticOutliers`` builds a pseudo-out-of-scope text from the training texts.
public enum SyntheticOutlierKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// As many words as a random training text has, each the word at a random position of a random training
    /// text (so words follow their frequency in the training data): a plausible-looking bag of the domain's
    /// vocabulary with no intent behind it.
    case wordDraws
    /// The words of two training texts of different intents, shuffled together, cut to the mean of their
    /// lengths: evidence for two intents at once.
    case crossIntentMix
    /// The first half of a training text followed by the second half of one of a different intent.
    case crossIntentHalves
    /// A training text without its intent's keywords (words at least half of whose training texts carry that
    /// intent; compared case-insensitively): the framing of a request without its content ("i want to … my
    /// …"), which by itself should not favour any intent.
    case maskedKeywords
}

/// Outlier exposure without out-of-scope data: synthetic texts built only from the training texts, trained
/// toward the uniform distribution over intents (see ``SoftmaxTrainer/fit(_:labels:classCount:outliers:)``).
/// Nothing changes at prediction; the model learns to spread its probability over intents when no intent's
/// evidence dominates, which sharpens entropy-based out-of-scope scores.
public struct OutlierExposureOptions: Sendable, Hashable, Codable {
    /// Synthetic rows as a fraction of the training rows (rounded; at most 10). The default is 0 (off).
    public var fraction: Double = 0
    /// Loss weight of one synthetic row (a real row weighs 1 on average). The default is 1.
    public var weight: Double = 1
    /// How the synthetic texts are built. The default is ``SyntheticOutlierKind/wordDraws``.
    public var kind: SyntheticOutlierKind = .wordDraws
    /// Seed of the synthetic texts (mixed with nothing else: same training texts → same synthetic texts).
    /// The default is 17.
    public var seed: UInt64 = 17

    /// Creates the default (off) options.
    public init() {}

    /// Whether any synthetic rows are made.
    public var isEnabled: Bool { fraction > 0 && weight > 0 && fraction.isFinite && weight.isFinite }
}

/// Builds seeded, deterministic pseudo-out-of-scope texts from labelled training texts (whitespace-separated
/// words of the training texts only; no outside data).
public enum SyntheticOutliers {
    /// `round(options.fraction · texts.count)` synthetic texts (none when the options are off, no text has a
    /// word, or, for every kind but word draws, there are fewer than two intents). Same inputs → same texts.
    /// - Complexity: O(total words of the texts + output size).
    public static func texts(from texts: [String], labels: [Int32], options: OutlierExposureOptions) -> [String] {
        guard options.isEnabled, texts.count == labels.count, texts.count >= 2 else { return [] }
        let count = Int((min(options.fraction, 10) * Double(texts.count)).rounded())
        let words: [[Substring]] = texts.map { $0.split(whereSeparator: \.isWhitespace) }
        let usable = words.indices.filter { !words[$0].isEmpty }
        guard count > 0, !usable.isEmpty else { return [] }
        guard Set(usable.map { labels[$0] }).count >= 2 || options.kind == .wordDraws else { return [] }
        var rng = SplitMix64(seed: options.seed)
        var out: [String] = []
        out.reserveCapacity(count)
        if options.kind == .maskedKeywords {
            let keep = frames(words: words, labels: labels)
            let candidates = usable.filter { !keep[$0].isEmpty && keep[$0].count < words[$0].count }
            guard !candidates.isEmpty else { return [] }
            for _ in 0..<count {
                let a = candidates[rng.below(candidates.count)]
                out.append(keep[a].map { words[a][$0] }.joined(separator: " "))
            }
            return out
        }
        for _ in 0..<count {
            let a = usable[rng.below(usable.count)]
            var picked: [Substring]
            switch options.kind {
            case .maskedKeywords: picked = []  // handled above
            case .wordDraws:
                let length = words[a].count
                picked = (0..<length).map { _ in
                    let t = words[usable[rng.below(usable.count)]]
                    return t[rng.below(t.count)]
                }
            case .crossIntentMix, .crossIntentHalves:
                var b = usable[rng.below(usable.count)]
                var tries = 0
                while labels[b] == labels[a] && tries < 64 { b = usable[rng.below(usable.count)]; tries += 1 }
                if labels[b] == labels[a] { b = usable.first { labels[$0] != labels[a] } ?? b }
                if options.kind == .crossIntentHalves {
                    picked = Array(words[a].prefix((words[a].count + 1) / 2)) + Array(words[b].suffix(words[b].count / 2))
                } else {
                    picked = words[a] + words[b]
                    rng.shuffle(&picked)
                    picked = Array(picked.prefix(max(1, (words[a].count + words[b].count + 1) / 2)))
                }
            }
            out.append(picked.joined(separator: " "))
        }
        return out
    }

    /// For each text, the positions of its words that are not keywords of its intent (see
    /// ``SyntheticOutlierKind/maskedKeywords``).
    static func frames(words: [[Substring]], labels: [Int32]) -> [[Int]] {
        var documents: [String: Int] = [:], inClass: [String: [Int32: Int]] = [:]
        let lowered = words.map { $0.map { $0.lowercased() } }
        for (t, ws) in lowered.enumerated() {
            for w in Set(ws) {
                documents[w, default: 0] += 1
                inClass[w, default: [:]][labels[t], default: 0] += 1
            }
        }
        return lowered.enumerated().map { t, ws in
            ws.indices.filter { k in
                let w = ws[k]
                return 2 * (inClass[w]?[labels[t]] ?? 0) < (documents[w] ?? 0)
            }
        }
    }
}
