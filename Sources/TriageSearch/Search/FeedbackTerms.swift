import Foundation

extension SearchIndex {
    /// Vocabularies up to this size accumulate feedback weights in a dense array indexed by term id.
    static var denseFeedbackVocabulary: Int { 1 << 18 }

    /// RM3 term weights by term id (one segment: ids follow UTF-8 order, so ties break by term).
    package func feedbackTermsSingleSegment(_ first: [ScoredDoc], top: Double, z: Double,
                                            count: Int) -> [(term: String, id: Int32?, weight: Double)] {
        let seg = segments[0]
        let v = seg.dictionary.count
        let weights = UnsafeMutablePointer<Double>.allocate(capacity: max(v, 1))
        weights.initialize(repeating: 0, count: max(v, 1))
        let seen = UnsafeMutablePointer<Bool>.allocate(capacity: max(v, 1))
        seen.initialize(repeating: false, count: max(v, 1))
        defer {
            weights.deallocate()
            seen.deallocate()
        }
        var touched: [Int32] = []
        touched.reserveCapacity(1024)
        var shares = [Double](repeating: -1, count: 16)  // w · tf / |D| by tf of the current document
        let integral = seg.tfScale == 1 && seg.fieldWeights.allSatisfy { $0 >= 0 && $0 == $0.rounded() }
        seg.forward.withUnsafeBufferPointer { forward in
            for d in first {
                guard d.doc >= 0, d.doc < seg.documentCount else { continue }
                let start = Int(seg.forwardOffset[d.doc]), end = Int(seg.forwardOffset[d.doc + 1])
                guard start <= end, end <= forward.count else { continue }
                let bytes = UnsafeBufferPointer(rebasing: forward[0..<end])
                var length = 0.0
                var off = start
                if integral {
                    // Integral field weights: the stored tfs are exact integers summing to the length.
                    length = Double(seg.documentLength[d.doc])
                } else {
                    while off < end {
                        let t = Int(VarInt.read(bytes, &off))
                        let tf = VarInt.read(bytes, &off)
                        if t < v { length += Double(tf) }
                    }
                }
                guard length > 0 else { continue }
                let w = exp(d.score - top) / z
                // Most term frequencies are small: each document's w · tf / |D| is computed once per
                // distinct tf (the same expression, so the same bits), not once per term.
                for i in 0..<shares.count { shares[i] = -1 }
                off = start
                while off < end {
                    let t = Int(VarInt.read(bytes, &off))
                    let tf = VarInt.read(bytes, &off)
                    guard t < v else { continue }
                    if !seen[t] {
                        seen[t] = true
                        touched.append(Int32(t))
                    }
                    let share: Double
                    if Int(tf) < shares.count {
                        if shares[Int(tf)] < 0 { shares[Int(tf)] = w * Double(tf) / length }
                        share = shares[Int(tf)]
                    } else {
                        share = w * Double(tf) / length
                    }
                    weights[t] += share
                }
            }
        }
        var best: [(id: Int, weight: Double)] = []
        best.reserveCapacity(count + 1)
        func better(_ a: (id: Int, weight: Double), _ b: (id: Int, weight: Double)) -> Bool {
            a.weight > b.weight || (a.weight == b.weight && a.id < b.id)
        }
        for t in touched {
            let entry = (id: Int(t), weight: weights[Int(t)])
            if best.count < count {
                best.append(entry)
                var i = best.count - 1
                while i > 0 && better(best[i], best[i - 1]) { best.swapAt(i, i - 1); i -= 1 }
            } else if let last = best.last, better(entry, last) {
                best[best.count - 1] = entry
                var i = best.count - 1
                while i > 0 && better(best[i], best[i - 1]) { best.swapAt(i, i - 1); i -= 1 }
            }
        }
        return best.map { (term: seg.dictionary.term(at: $0.id), id: Int32($0.id), weight: $0.weight) }
    }

    /// RM3 term weights keyed by spelling (several segments, or a very large vocabulary).
    package func feedbackTermsBySpelling(_ first: [ScoredDoc], top: Double, z: Double,
                                         count: Int) -> [(term: String, id: Int32?, weight: Double)] {
        var weights: [String: Double] = [:]
        for d in first {
            guard let (s, l) = locate(d.doc) else { continue }
            let seg = segments[s]
            let vector = seg.termVector(l)
            var length = 0.0
            for (_, tf) in vector { length += Double(tf) }
            guard length > 0 else { continue }
            let w = exp(d.score - top) / z
            for (t, tf) in vector { weights[seg.dictionary.term(at: t), default: 0] += w * Double(tf) / length }
        }
        let sorted = weights.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key.utf8Precedes($1.key)) }
        return sorted.prefix(count).map { (term: $0.key, id: nil, weight: $0.value) }
    }
}
