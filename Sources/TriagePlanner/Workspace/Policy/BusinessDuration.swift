/// A duration counted in business time: `30m`, `8h`, `3d` (one `d` is one working day of the schedule).
public struct BusinessDuration: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The unit of a business duration.
    public enum Unit: String, Sendable, Hashable, Codable {
        case minutes = "m", hours = "h", days = "d"
    }

    /// The number of units, at least 0.
    public var amount: Int
    /// The unit.
    public var unit: Unit

    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// Parses `N` followed by `m`, `h` or `d` (spaces allowed between); `nil` for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let last = trimmed.last, let unit = Unit(rawValue: String(last)) else { return nil }
        let number = trimmed.dropLast().trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, number.allSatisfy(\.isASCII), let amount = Int(number), amount >= 0, amount <= 100_000
        else { return nil }
        self.init(amount: amount, unit: unit)
    }

    /// Business minutes, given the length in minutes of one working day.
    public func minutes(workingDayMinutes: Int) -> Int {
        switch unit {
        case .minutes: amount
        case .hours: amount * 60
        case .days: amount * workingDayMinutes
        }
    }

    public var description: String { "\(amount)\(unit.rawValue)" }
}

import Foundation
