/// The parts of a unit's score, for explanations.
public struct ScoreComponents: Sendable, Hashable, Codable {
    /// LexRank (or centroid) score divided by the thread maximum, in `0...1`.
    public var centrality: Double
    /// Position prior in `0...1`.
    public var position: Double
    /// Domain-term salience in `0...1`.
    public var salience: Double
    /// Length factor in `0...1`.
    public var length: Double
    /// Role multiplier.
    public var role: Double

    public init(centrality: Double = 0, position: Double = 0, salience: Double = 0, length: Double = 0, role: Double = 0) {
        self.centrality = centrality
        self.position = position
        self.salience = salience
        self.length = length
        self.role = role
    }
}

/// One selected unit, citing its message.
public struct SummaryLine: Sendable, Hashable, Codable {
    /// The unit, verbatim, with its message id, role and offsets.
    public var unit: SummaryUnit
    /// Its final score (before redundancy removal).
    public var score: Double
    /// How the score was made.
    public var components: ScoreComponents

    public init(unit: SummaryUnit, score: Double, components: ScoreComponents) {
        self.unit = unit
        self.score = score
        self.components = components
    }

    /// The cited message id.
    public var messageID: String { unit.messageID }
    /// The unit text.
    public var text: String { unit.text }
}

/// Which centrality the scorer used.
public enum CentralityMethod: String, Sendable, Hashable, Codable {
    /// LexRank on the sparse similarity graph.
    case lexRank
    /// Cosine similarity to the thread centroid (used above ``SummarizerOptions/maxGraphUnits`` units).
    case centroid
}

/// An extractive summary: selected units in document order, and every unit of the thread.
public struct Summary: Sendable, Hashable, Codable {
    /// The selected units, in thread order.
    public var lines: [SummaryLine]
    /// Every unit, selectable or not, in thread order (quoted text and signatures are here, never lost).
    public var units: [SummaryUnit]
    /// The centrality used.
    public var method: CentralityMethod

    public init(lines: [SummaryLine], units: [SummaryUnit], method: CentralityMethod) {
        self.lines = lines
        self.units = units
        self.method = method
    }

    /// The selected unit texts joined by newlines.
    public var text: String { lines.map(\.unit.text).joined(separator: "\n") }
}
