import Foundation

extension String {
    /// The text lower-cased, without leading and trailing white space (Foundation's `.whitespaces`: spaces and
    /// tabs): the form a role, channel or priority name is compared in.
    ///
    /// An ASCII text is folded byte by byte (exactly what Foundation does for ASCII, without bridging);
    /// other text goes through Foundation.
    package var keywordForm: String {
        var text = self
        let ascii: String? = text.withUTF8 { bytes in
            var start = 0
            var end = bytes.count
            var upper = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if ASCII.isUpper(b) { upper = true }
            }
            while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
            while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
            if !upper && start == 0 && end == bytes.count { return self }
            return String(unsafeUninitializedCapacity: end - start) { out in
                for i in start..<end {
                    out[i - start] = ASCII.lower(bytes[i])
                }
                return end - start
            }
        }
        return ascii ?? trimmingCharacters(in: .whitespaces).lowercased()
    }
}
