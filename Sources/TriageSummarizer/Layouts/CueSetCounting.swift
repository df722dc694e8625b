import Foundation

extension CueSet {
    /// Every list's count of cues present in the cue view of `bytes` (the view is built in scratch space,
    /// not kept: equal to `counts(in: CueText(utf8: bytes))`).
    package func counts(utf8 bytes: UnsafeBufferPointer<UInt8>) -> CueCounts {
        let capacity = bytes.count + 2
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: capacity / 2 + 1) { found in
                var wordCount = 0
                let used = CueText.fill(out, found, &wordCount, from: bytes)
                return counts(UnsafeBufferPointer(rebasing: out[0..<used]),
                              UnsafeBufferPointer(rebasing: found[0..<wordCount]))
            }
        }
    }

    /// Every list's count of cues present in `text`.
    package func counts(in text: CueText) -> CueCounts {
        text.padded.withUnsafeBufferPointer { b in text.words.withUnsafeBufferPointer { counts(b, $0) } }
    }

    /// The counts of a cue view: `b` the padded bytes, `words` the word ranges in them.
    private func counts(_ b: UnsafeBufferPointer<UInt8>, _ words: UnsafeBufferPointer<Range<Int>>) -> CueCounts {
        var counts = CueCounts()
        let n = words.count
        if n > 0 {
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { info in
                // Per word: its lists as a cue (low 8 bits) and its table number + 1 (the bits above; 0: none).
                for k in 0..<n { info[k] = lookUp(words[k], b) }
                countWords(b, words, info, &counts)
                countPhrases(b, words, info, &counts)
            }
        }
        for k in otherPhrases where CueSet.contains(phraseBytes[k], b, phrase: phraseStrings[k]) {
            counts.add(phraseMasks[k])
        }
        return counts
    }

    /// Adds the hit words: a word counts for the lists it is a cue of, except those for which an earlier
    /// same word already counted.
    private func countWords(_ b: UnsafeBufferPointer<UInt8>, _ words: UnsafeBufferPointer<Range<Int>>,
                            _ info: UnsafeMutableBufferPointer<Int32>, _ counts: inout CueCounts) {
        for k in 0..<words.count where info[k] & 0xFF != 0 {
            var fresh = UInt8(truncatingIfNeeded: info[k])
            for j in 0..<k where UInt8(truncatingIfNeeded: info[j]) & fresh != 0 && CueSet.same(words[j], words[k], b) {
                fresh &= ~UInt8(truncatingIfNeeded: info[j])
                if fresh == 0 { break }
            }
            counts.add(fresh)
        }
    }

    /// Adds the word-shaped phrases found: each is tried at the words that start it, in order, and decided
    /// at its first match.
    private func countPhrases(_ b: UnsafeBufferPointer<UInt8>, _ words: UnsafeBufferPointer<Range<Int>>,
                              _ info: UnsafeMutableBufferPointer<Int32>, _ counts: inout CueCounts) {
        let n = words.count
        var decided: UInt64 = 0
        for k in 0..<n where info[k] >> 8 != 0 {
            let id = Int(info[k] >> 8) - 1
            for r in runsStart[id]..<runsStart[id + 1] {
                let run = runsByFirst[r]
                let phrase = phraseOfRun[run]
                let first = runStart[run]
                let length = runStart[run + 1] - first
                guard decided & (1 << UInt64(phrase)) == 0, k + length <= n else { continue }
                var m = 1
                while m < length && runWords[first + m] == (info[k + m] >> 8) - 1 { m += 1 }
                guard m >= length else { continue }
                decided |= 1 << UInt64(phrase)
                // A non-ASCII byte right after the match may be a combining mark: `String` decides.
                if k + length == n || b[words[k + length].lowerBound] < 0x80
                    || String(decoding: b, as: UTF8.self).contains(phraseStrings[phrase])
                {
                    counts.add(phraseMasks[phrase])
                }
            }
        }
    }

    /// The lists for which the word at `r` is a cue (a table cue word, or starting with a cue prefix) in
    /// the low 8 bits, and its table number + 1 above them (0 when it is not in the table).
    @inline(__always)
    private func lookUp(_ r: Range<Int>, _ b: UnsafeBufferPointer<UInt8>) -> Int32 {
        let first = b[r.lowerBound]
        guard first < 0x80 else { return 0 }
        var result: Int32 = 0
        if r.count <= maxWordLength {
            let bucket = r.count * 128 + Int(first)
            for e in Int(bucketStart[bucket])..<Int(bucketStart[bucket + 1]) {
                let o = Int(wordOffsets[e])
                var j = 1
                while j < r.count && b[r.lowerBound + j] == wordBytes[o + j] { j += 1 }
                if j >= r.count {
                    result = (wordIDs[e] + 1) << 8 | Int32(wordMasks[e])
                    break
                }
            }
        }
        let hasPrefix = first < 64 ? prefixFirstLow & (1 << UInt64(first)) != 0
            : prefixFirstHigh & (1 << UInt64(first - 64)) != 0
        guard hasPrefix else { return result }
        var mask = UInt8(truncatingIfNeeded: result)
        for k in prefixMasks.indices where prefixMasks[k] & ~mask != 0 {
            let p = prefixStart[k]..<prefixStart[k + 1]
            guard p.count <= r.count else { continue }
            var j = 0
            while j < p.count && b[r.lowerBound + j] == prefixBytes[p.lowerBound + j] { j += 1 }
            guard j == p.count else { continue }
            // A combining mark right after the prefix joins its last letter: ask String.
            if p.count == r.count || b[r.lowerBound + p.count] < 0x80
                || String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
                .hasPrefix(String(decoding: prefixBytes[p], as: UTF8.self))
            {
                mask |= prefixMasks[k]
            }
        }
        return result & ~0xFF | Int32(mask)
    }

    /// Whether two words of a view are the same word (canonical equivalence only matters for non-ASCII),
    /// as ``CueMatcher`` compares them.
    private static func same(_ x: Range<Int>, _ y: Range<Int>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if x.count == y.count {
            var j = 0
            while j < x.count && b[x.lowerBound + j] == b[y.lowerBound + j] { j += 1 }
            if j == x.count { return true }
        }
        var ascii = true
        for i in x where b[i] >= 0x80 { ascii = false }
        for i in y where b[i] >= 0x80 { ascii = false }
        if ascii { return false }
        return String(decoding: UnsafeBufferPointer(rebasing: b[x]), as: UTF8.self)
            == String(decoding: UnsafeBufferPointer(rebasing: b[y]), as: UTF8.self)
    }

    /// Whether phrase `p` occurs in `b` (the first byte match decides, as ``CueMatcher`` searches).
    private static func contains(_ p: [UInt8], _ b: UnsafeBufferPointer<UInt8>, phrase: String) -> Bool {
        guard let first = p.first, b.count >= p.count else { return false }
        var i = 0
        let last = b.count - p.count
        while i <= last {
            if b[i] == first {
                var j = 1
                while j < p.count && b[i + j] == p[j] { j += 1 }
                if j == p.count {
                    let end = i + p.count
                    if end == b.count || b[end] < 0x80 { return true }
                    return String(decoding: b, as: UTF8.self).contains(phrase)
                }
            }
            i += 1
        }
        return false
    }
}
