import Foundation

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing white space and newlines (Foundation's
    /// `.whitespacesAndNewlines`). A text that starts and ends with a visible ASCII character is returned as
    /// is without calling Foundation, which is the common case and costs a bridge otherwise.
    package var trimmedWhitespace: String {
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return String(self)
        }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
