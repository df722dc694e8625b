import Foundation

/// What extractors need beyond the text: the ticket's time and the workspace's zone (for relative dates).
public struct FieldContext: Sendable {
    /// When the ticket (or message) was written; relative dates resolve against it.
    public var reference: Date
    /// The zone in which "yesterday" is meant (the workspace's business-hours zone).
    public var timeZone: TimeZone

    public init(reference: Date, timeZone: TimeZone) {
        self.reference = reference
        self.timeZone = timeZone
    }

    /// The local calendar day of `reference` in `timeZone`, as days since 1970-01-01.
    public var referenceDay: Int64 {
        let seconds = reference.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: reference))
        return Int64((seconds / 86_400).rounded(.down))
    }
}
