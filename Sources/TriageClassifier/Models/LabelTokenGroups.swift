import TriageText

/// Groups of intents whose labels share a word, for the shared label-token components of
/// ``SoftmaxTrainer`` (``LinearModelOptions/labelTokenRate``).
///
/// Intent names are often composed of the same parts: `pending_top_up`, `top_up_failed` and `top_up_reverted`
/// share "top" and "up"; `pending_top_up`, `pending_transfer` and `pending_card_payment` share "pending". The
/// trainer gives every such token `t` a weight vector `U_t` of its own and scores intent `c` with
/// `V_c + Σ U_t` over the tokens of `c`'s label, so what the examples of one intent teach about "pending"
/// also reaches the other pending intents. After training the sums are folded into one weight vector per
/// intent: prediction is the same linear model as without groups.
///
/// A label is split on every character that is not a letter or a digit and lower-cased. A token becomes a
/// group when it is not an English stop word, has at least two characters, and occurs in at least two labels
/// but not in all of them. Tokens naming the same set of intents ("top" and "up") form one group, named after
/// the first in sorted order. Labels without shared words (opaque ids) give no groups, and training is then
/// exactly the plain model.
public struct LabelTokenGroups: Sendable, Hashable {
    /// The token of each group, sorted.
    public let tokens: [String]
    /// The intents (class indices, ascending) of each group.
    public let members: [[Int]]
    /// For each intent, the groups it belongs to (ascending).
    public let groupsOfClass: [[Int]]

    /// The groups of `labels` (class `i` is `labels[i]`).
    public init(labels: [String]) {
        let stop = Set(StopWords.english)
        var classesOf: [String: [Int]] = [:]
        for (c, label) in labels.enumerated() {
            let words = label.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            for token in Set(words) where token.count >= 2 && !stop.contains(token) {
                classesOf[token, default: []].append(c)
            }
        }
        var seen = Set<[Int]>()
        var tokens: [String] = [], members: [[Int]] = []
        for token in classesOf.keys.sorted() {
            guard let m = classesOf[token], m.count >= 2, m.count < labels.count, !seen.contains(m) else { continue }
            seen.insert(m)
            tokens.append(token)
            members.append(m)
        }
        var groupsOfClass = [[Int]](repeating: [], count: labels.count)
        for (g, m) in members.enumerated() { for c in m { groupsOfClass[c].append(g) } }
        self.tokens = tokens
        self.members = members
        self.groupsOfClass = groupsOfClass
    }

    /// The number of groups.
    public var count: Int { tokens.count }
    /// Whether no two labels share a token.
    public var isEmpty: Bool { tokens.isEmpty }
}
