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

extension String {
    /// Calls `body` with the text's UTF-8 bytes: in place for a native string (no copy, a plain pointer loop),
    /// else from a temporary copy.
    @inline(__always)
    package func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }
}
