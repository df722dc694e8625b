extension EnglishStemmer {
    /// Stems a list of words given one per line, as `triage stem` does.
    ///
    /// Lines are separated by `\n` (a `\r` before it is dropped); every output line ends with `\n`,
    /// including the last one when the input lacks a final newline. Empty lines stay empty.
    ///
    /// - Parameters:
    ///   - input: UTF-8 text, one lower-case word per line.
    ///   - output: Receives the stems, one per line, in input order.
    /// - Complexity: O(*n*) for *n* input bytes.
    public func stemLines(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let newline = UInt8(ascii: "\n")
        var start = 0
        while start < input.count {
            var end = start
            while end < input.count && input[end] != newline { end += 1 }
            var wordEnd = end
            if wordEnd > start && input[wordEnd - 1] == UInt8(ascii: "\r") { wordEnd -= 1 }
            withStem(ofUTF8: UnsafeBufferPointer(rebasing: input[start ..< wordEnd])) { stem in
                output.append(contentsOf: stem)
            }
            output.append(newline)
            start = end + 1
        }
    }

    /// Stems a list of words given one per line; see ``stemLines(_:into:)``.
    ///
    /// - Parameter input: UTF-8 text, one lower-case word per line.
    /// - Returns: The stems, one per line, each followed by `\n`.
    public func stemLines(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 8)
        input.withUnsafeBufferPointer { stemLines($0, into: &output) }
        return output
    }
}
