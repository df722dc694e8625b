import Foundation

/// Trends over a decision log (`triage report`): volume by intent and team per period, answered / asked /
/// handed-off shares, the fastest-rising intents, and the intents handed off most with their reasons.
///
/// Each input line is a Decision JSON object (DESIGN.md §3). Its time is, in order of preference, a
/// top-level `created_at` or `received_at` (ISO 8601), the `created_at` of an embedded `ticket`, or — as a
/// documented proxy when the log carries no arrival time — `sla.first_response_due`. Times before 1990 are
/// taken as placeholders for an unknown time. Lines without a usable time are counted under ``undated``. The team of a handoff is its `handoff.team`; answers and asks count
/// under ``selfServiceTeam``. Out-of-scope decisions count under ``outOfScopeIntent``.
public struct TrendReport: Sendable, Hashable, Codable {
    /// Period length.
    public enum Period: String, Sendable, Hashable, Codable, CaseIterable {
        /// Calendar days (UTC), keys like `2026-11-28`.
        case day
        /// ISO 8601 weeks (UTC), keys like `2026-W48`.
        case week
    }

    public static let selfServiceTeam = "(self-service)"
    public static let outOfScopeIntent = "(out_of_scope)"

    public var period: Period
    /// Decisions read.
    public var count: Int
    /// Lines that were not Decision objects, with their 1-based line numbers (first 20).
    public var unreadableLines: Int
    public var unreadableLineNumbers: [Int]
    /// Decisions with no usable time.
    public var undated: Int
    /// Which time field was used, by field name.
    public var timeSources: [String: Int]
    /// Sorted period keys.
    public var periods: [String]
    /// Decisions per period.
    public var volume: [String: Int]
    /// intent → period → count.
    public var byIntent: [String: [String: Int]]
    /// team → period → count.
    public var byTeam: [String: [String: Int]]
    /// action → share of all decisions.
    public var actionShares: [String: Double]
    /// period → action → count.
    public var actionsByPeriod: [String: [String: Int]]
    /// Intents whose last-period volume grew most against the mean of up to 3 earlier periods.
    public var rising: [Rising]
    /// Intents with the most handoffs, with reason counts.
    public var handoffs: [HandoffIntent]

    public struct Rising: Sendable, Hashable, Codable {
        public var intent: String
        public var last: Int
        /// Mean count over the (up to 3) periods before the last.
        public var baseline: Double
        /// `(last + 1) / (baseline + 1)`.
        public var growth: Double
    }

    public struct HandoffIntent: Sendable, Hashable, Codable {
        public var intent: String
        public var handoffs: Int
        /// Share of the intent's decisions that were handed off.
        public var share: Double
        /// reason code → count.
        public var reasons: [String: Int]
        /// team → count.
        public var teams: [String: Int]
    }

    enum CodingKeys: String, CodingKey {
        case period, count, undated, periods, volume, rising, handoffs
        case unreadableLines = "unreadable_lines", unreadableLineNumbers = "unreadable_line_numbers"
        case timeSources = "time_sources", byIntent = "by_intent", byTeam = "by_team"
        case actionShares = "action_shares", actionsByPeriod = "actions_by_period"
    }

    /// How many rising and handoff intents are listed.
    public static let listLimit = 10

    /// Builds the report from a decision log, streamed line by line.
    /// - Throws: ``TrendError`` when the file cannot be read.
    public static func read(_ url: URL, by period: Period) throws(TrendError) -> TrendReport {
        var builder = TrendBuilder(period: period)
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw TrendError(file: url.path, message: error.localizedDescription)
        }
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        var lineNumber = 0
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: 1 << 20) ?? Data() } catch {
                throw TrendError(file: url.path, message: error.localizedDescription)
            }
            if chunk.isEmpty { break }
            buffer.append(contentsOf: chunk)
            var start = 0
            while let nl = buffer[start...].firstIndex(of: 0x0A) {
                lineNumber += 1
                builder.add(line: buffer[start..<nl], number: lineNumber)
                start = nl + 1
            }
            buffer.removeFirst(start)
        }
        if !buffer.isEmpty { lineNumber += 1; builder.add(line: buffer[...], number: lineNumber) }
        return builder.report()
    }
}

/// A decision log that cannot be read.
public struct TrendError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var message: String
    public var description: String { "\(file): cannot read (\(message))" }
}
