import TriageText
import Foundation

/// Calendar dates, absolute and relative; the value is `YYYY-MM-DD`.
///
/// Absolute forms: `2026-11-28`, `2026/11/28`, `28.11.2026`, `28/11/2026` (month first when the workspace zone
/// is in the Americas or the second number is over 12), `28 November 2026`, `28th Nov`, `November 28, 2026`,
/// `Nov 28`. Without a year, the most recent such day not after the ticket is meant.
/// Relative forms, resolved against the ticket's time in the workspace zone: today, yesterday, the day before
/// yesterday, `N days/weeks ago` (digits or one…ten, "a", "a couple of"), last week, `last/on/since/this
/// <weekday>` (the most recent such day before today; "this" may be today).
/// A well-formed but impossible date (`31.02.2026`) is an invalid candidate.
public struct DateExtractor: FieldExtractor {
    public var type: FieldType { .date }
    public init() {}

    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "couple": 2, "few": 3,
    ]

    /// A word or number token of the text.
    struct Word {
        var text: String      // lower-cased
        var range: Range<Int>
        var number: Int?      // for digit runs
    }

    public func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        out += numericDates(text, context)
        out += wordDates(text, context)
        return out.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }

    // MARK: Numeric forms

    private func numericDates(_ text: TextBytes, _ context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        var i = 0
        while i < text.count {
            guard TextBytes.isDigit(text[i]), i == 0 || !TextBytes.isAlnum(text[i - 1]) && text[i - 1] != 0x2E && text[i - 1] != 0x2F
            else { i += 1; continue }
            var numbers: [(value: Int, digits: Int)] = []
            var separator: UInt8 = 0
            var end = i
            while end < text.count, numbers.count < 3 {
                var value = 0
                var digits = 0
                while end < text.count, TextBytes.isDigit(text[end]), digits < 5 {
                    value = value * 10 + Int(text[end] - 0x30)
                    digits += 1
                    end += 1
                }
                numbers.append((value, digits))
                let s = text[end]
                guard numbers.count < 3, s == 0x2D || s == 0x2E || s == 0x2F, separator == 0 || s == separator,
                      TextBytes.isDigit(text[end + 1]) else { break }
                separator = s
                end += 1
            }
            defer { i = max(end, i + 1) }
            guard numbers.count == 3, !TextBytes.isAlnum(text[end]), !(text[end] == 0x2E && TextBytes.isDigit(text[end + 1]))
            else { continue }
            var year: Int
            var month: Int
            var day: Int
            if numbers[0].digits == 4 {
                (year, month, day) = (numbers[0].value, numbers[1].value, numbers[2].value)
            } else if numbers[2].digits == 4 || numbers[2].digits == 2, numbers[0].digits <= 2, numbers[1].digits <= 2 {
                year = numbers[2].digits == 2 ? 2000 + numbers[2].value : numbers[2].value
                let monthFirst = separator == 0x2F
                    && (numbers[1].value > 12 || (numbers[0].value <= 12 && context.timeZone.identifier.hasPrefix("America/")))
                (month, day) = monthFirst ? (numbers[0].value, numbers[1].value) : (numbers[1].value, numbers[0].value)
                if separator == 0x2D && numbers[2].digits == 2 { continue }   // 12-34-56 is not a date
            } else {
                continue
            }
            out.append(Self.candidate(year: year, month: month, day: day, range: i..<end))
        }
        return out
    }

    static func candidate(year: Int, month: Int, day: Int, range: Range<Int>, labelled: Bool = false) -> FieldCandidate {
        let valid = (1900...2200).contains(year) && (1...12).contains(month) && day >= 1
            && day <= CivilDate.daysIn(month: (1...12).contains(month) ? month : 1, year: year)
        let value = DayStamp(year: year, month: month, day: day).description
        return FieldCandidate(type: .date, value: value, utf8Range: range, valid: valid,
                              problem: valid ? nil : "isn't a real calendar date", labelled: labelled)
    }

    static func candidate(days: Int64, range: Range<Int>) -> FieldCandidate {
        let (y, m, d) = CivilDate.fromDays(days)
        return candidate(year: y, month: m, day: d, range: range, labelled: true)
    }

    // MARK: Word forms

    private func words(_ text: TextBytes) -> [Word] {
        var out: [Word] = []
        var i = 0
        while i < text.count {
            let b = text[i]
            if TextBytes.isAlpha(b) {
                let start = i
                while i < text.count, TextBytes.isAlpha(text[i]) { i += 1 }
                out.append(Word(text: text.string(start..<i).lowercased(), range: start..<i))
            } else if TextBytes.isDigit(b) {
                let start = i
                var value = 0
                while i < text.count, TextBytes.isDigit(text[i]), i - start < 6 { value = value * 10 + Int(text[i] - 0x30); i += 1 }
                var stop = i
                if text.matches(Array("st".utf8), at: i) || text.matches(Array("nd".utf8), at: i)
                    || text.matches(Array("rd".utf8), at: i) || text.matches(Array("th".utf8), at: i) {
                    if text.wordEnd(i + 2) { stop = i + 2 }
                }
                if text.wordEnd(stop) || text[stop] == 0x2C || text[stop] == 0x2E {
                    out.append(Word(text: text.string(start..<stop), range: start..<stop, number: value))
                }
                i = max(stop, i)
            } else {
                if b == 0x2E || b == 0x0A || b == 0x21 || b == 0x3F || b == 0x3B {   // sentence punctuation breaks phrases
                    out.append(Word(text: ".", range: i..<(i + 1)))
                }
                i += 1
            }
        }
        return out
    }

    private func wordDates(_ text: TextBytes, _ context: FieldContext) -> [FieldCandidate] {
        let w = words(text)
        let today = context.referenceDay
        let todayWeekday = CivilDate.weekday(days: today)
        var out: [FieldCandidate] = []
        var k = 0
        func word(_ index: Int) -> String { index >= 0 && index < w.count ? w[index].text : "" }
        while k < w.count {
            let current = w[k].text
            // today / yesterday / the day before yesterday
            if current == "yesterday" {
                if word(k - 1) == "before", word(k - 2) == "day" {
                    let start = word(k - 3) == "the" ? k - 3 : k - 2
                    out.append(Self.candidate(days: today - 2, range: w[start].range.lowerBound..<w[k].range.upperBound))
                } else {
                    out.append(Self.candidate(days: today - 1, range: w[k].range))
                }
                k += 1
                continue
            }
            if current == "today" || current == "tonight" {
                out.append(Self.candidate(days: today, range: w[k].range))
                k += 1
                continue
            }
            // N days / weeks ago
            if current == "ago", k >= 2 {
                let unit = word(k - 1)
                let unitDays = unit.hasPrefix("day") ? 1 : unit.hasPrefix("week") ? 7 : 0
                var countIndex = k - 2
                if word(countIndex) == "of" { countIndex -= 1 }   // a couple of days ago
                let count = w[countIndex].number ?? Self.numbers[word(countIndex)]
                if unitDays > 0, let count, count <= 366 {
                    let start = word(countIndex - 1) == "a" && word(countIndex) == "couple" ? countIndex - 1 : countIndex
                    out.append(Self.candidate(days: today - Int64(count * unitDays),
                                              range: w[start].range.lowerBound..<w[k].range.upperBound))
                }
                k += 1
                continue
            }
            // last week
            if current == "last", word(k + 1) == "week" {
                out.append(Self.candidate(days: today - 7, range: w[k].range.lowerBound..<w[k + 1].range.upperBound))
                k += 2
                continue
            }
            // weekdays
            if let weekday = Self.weekdays[current] ?? Self.weekdays[current.hasSuffix("s") ? String(current.dropLast()) : ""] {
                let qualifier = word(k - 1)
                if ["last", "on", "since", "this", "past"].contains(qualifier) {
                    var back = Int64((todayWeekday - weekday + 7) % 7)
                    if back == 0 && qualifier != "this" { back = 7 }
                    if qualifier == "last", back == 0 { back = 7 }
                    out.append(Self.candidate(days: today - back, range: w[k - 1].range.lowerBound..<w[k].range.upperBound))
                }
                k += 1
                continue
            }
            // 28 November 2026 / 28th Nov
            let monthIndex = word(k + 1) == "of" ? k + 2 : k + 1
            if let day = w[k].number, let month = Self.months[word(monthIndex)], w[k].text.count <= 4 {
                let (year, last) = yearAfter(w, monthIndex + 1, month: month, day: day, today: today)
                out.append(Self.candidate(year: year, month: month, day: day,
                                          range: w[k].range.lowerBound..<w[last].range.upperBound, labelled: true))
                k = last + 1
                continue
            }
            // November 28, 2026 / Nov 28
            if let month = Self.months[current], k + 1 < w.count, let day = w[k + 1].number, w[k + 1].text.count <= 4,
               current != "may" || w[k + 1].text.count <= 4 {
                let (year, last) = yearAfter(w, k + 2, month: month, day: day, today: today)
                out.append(Self.candidate(year: year, month: month, day: day,
                                          range: w[k].range.lowerBound..<w[last].range.upperBound, labelled: true))
                k = last + 1
                continue
            }
            k += 1
        }
        return out
    }

    /// The explicit year at `index` (and the last word index used), or the most recent year that puts the
    /// date on or before today.
    private func yearAfter(_ w: [Word], _ index: Int, month: Int, day: Int, today: Int64) -> (Int, Int) {
        if index < w.count, let year = w[index].number, w[index].text.count == 4, (1900...2200).contains(year) {
            return (year, index)
        }
        let (thisYear, _, _) = CivilDate.fromDays(today)
        let safeDay = min(max(day, 1), CivilDate.daysIn(month: month, year: thisYear))
        let inYear = CivilDate.days(year: thisYear, month: month, day: safeDay)
        return (inYear > today ? thisYear - 1 : thisYear, index - 1)
    }
}
