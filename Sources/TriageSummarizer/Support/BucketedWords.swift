/// Words packed back to back and grouped in buckets by (length, first byte), for byte-level look-ups.
///
/// The words must come sorted by bucket (callers sort by length, then bytes). Bucket `k` holds words
/// `bucketStart[k]..<bucketStart[k + 1]`; word `i` is `bytes[offsets[i]...]`, as long as its bucket says.
struct BucketedWords {
    let bucketStart: [Int32]
    let offsets: [Int32]
    let bytes: [UInt8]

    /// - Parameters:
    ///   - buckets: How many buckets there are.
    ///   - bucket: The bucket of a word (non-decreasing along `words`).
    init(_ words: [[UInt8]], buckets: Int, bucket: ([UInt8]) -> Int) {
        var starts = [Int32](repeating: 0, count: buckets + 1)
        for w in words { starts[bucket(w) + 1] += 1 }
        for k in 1..<starts.count { starts[k] += starts[k - 1] }
        var offsets: [Int32] = []
        var bytes: [UInt8] = []
        offsets.reserveCapacity(words.count)
        for w in words {
            offsets.append(Int32(bytes.count))
            bytes.append(contentsOf: w)
        }
        bucketStart = starts
        self.offsets = offsets
        self.bytes = bytes
    }
}
