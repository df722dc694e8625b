import TriageText
import Foundation

/// ISO 8601 timestamps in UTC (`2026-11-28T10:00:00Z`), written and read without locale or formatter state.
public enum ISOTimestamp {
    /// `date` as `YYYY-MM-DDTHH:MM:SSZ` in UTC (seconds truncated toward the past).
    public static func string(from date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = CivilDate.fromDays(days)
        // YYYY-MM-DDTHH:MM:SSZ written digit by digit (a year outside 0...9999 as text, then the rest).
        guard (0...9999).contains(year) else {
            let rest = [UInt8](unsafeUninitializedCapacity: 20) { out, count in
                write(year: 0, month, day, secondOfDay, into: out)
                count = 20
            }
            return pad(year, 4) + String(decoding: rest.dropFirst(4), as: UTF8.self)
        }
        // Written straight into the string's storage (no intermediate array).
        return String(unsafeUninitializedCapacity: 20) { out in
            write(year: year, month, day, secondOfDay, into: out)
            return 20
        }
    }

    /// Writes the 20 bytes `YYYY-MM-DDTHH:MM:SSZ` (a year in 0...9999) into `out`.
    private static func write(year: Int, _ month: Int, _ day: Int, _ secondOfDay: Int64,
                              into out: UnsafeMutableBufferPointer<UInt8>) {
        func put(_ value: Int, _ width: Int, at start: Int) {
            var v = value
            for k in stride(from: start + width - 1, through: start, by: -1) {
                out[k] = 0x30 + UInt8(v % 10)
                v /= 10
            }
        }
        put(year, 4, at: 0); out[4] = 0x2D
        put(month, 2, at: 5); out[7] = 0x2D
        put(day, 2, at: 8); out[10] = 0x54
        put(Int(secondOfDay / 3600), 2, at: 11); out[13] = 0x3A
        put(Int(secondOfDay % 3600 / 60), 2, at: 14); out[16] = 0x3A
        put(Int(secondOfDay % 60), 2, at: 17); out[19] = 0x5A
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)` or a bare `YYYY-MM-DD` (midnight UTC); `nil` if malformed.
    public static func date(from text: String) -> Date? {
        let b = Array(text.utf8)
        func num(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var value = 0
            for i in start..<(start + count) {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard let year = num(0, 4), b.count >= 10, b[4] == 0x2D, let month = num(5, 2), b[7] == 0x2D,
              let day = num(8, 2), (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var seconds = CivilDate.days(year: year, month: month, day: day) * 86_400
        if b.count == 10 { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
        guard b.count >= 16, b[10] == 0x54 || b[10] == 0x74 || b[10] == 0x20,
              let hour = num(11, 2), b[13] == 0x3A, let minute = num(14, 2), hour < 24, minute < 60 else { return nil }
        seconds += Int64(hour * 3600 + minute * 60)
        var i = 16
        var fraction = 0.0
        if i < b.count, b[i] == 0x3A {
            guard let second = num(i + 1, 2), second < 61 else { return nil }
            seconds += Int64(second)
            i += 3
            if i < b.count, b[i] == 0x2E {
                i += 1
                var scale = 0.1
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                    fraction += Double(b[i] - 0x30) * scale
                    scale /= 10
                    i += 1
                }
            }
        }
        if i == b.count { return nil }
        if b[i] == 0x5A || b[i] == 0x7A {
            guard i + 1 == b.count else { return nil }
        } else if b[i] == 0x2B || b[i] == 0x2D {
            guard let oh = num(i + 1, 2) else { return nil }
            var om = 0
            if i + 3 < b.count {
                let colon = b[i + 3] == 0x3A ? 1 : 0
                guard let m = num(i + 3 + colon, 2), i + 5 + colon == b.count else { return nil }
                om = m
            } else if i + 3 != b.count {
                return nil
            }
            let offset = Int64(oh * 3600 + om * 60)
            seconds += b[i] == 0x2B ? -offset : offset
        } else {
            return nil
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds) + fraction)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

