/// Merges segments into one, dropping deleted documents and renumbering the rest in order.
///
/// Postings are rewritten from the encoded segments (no re-analysis), so the merged segment equals the one
/// a fresh build of the live documents would produce.
enum SegmentMerger {
    static func merge(_ segments: [IndexSegment], deleted: [Bitset], fieldWeights: [Float]) -> IndexSegment {
        if segments.isEmpty { return .empty(fieldWeights: fieldWeights) }
        // New numbers of live documents.
        var newNumber: [[Int32]] = []
        var documentLength: [Float] = []
        var ids: [String] = []
        let nf = fieldWeights.count
        var stored: [[String]] = Array(repeating: [], count: nf)
        var metaKeys = Set<String>()
        for s in segments { metaKeys.formUnion(s.metadata.keys) }
        var metadata: [String: [String?]] = [:]
        for (i, seg) in segments.enumerated() {
            var map = [Int32](repeating: -1, count: seg.documentCount)
            for l in 0..<seg.documentCount where !deleted[i].contains(l) {
                map[l] = Int32(documentLength.count)
                documentLength.append(seg.documentLength[l])
                ids.append(seg.ids[l])
                for f in 0..<nf { stored[f].append(f < seg.storedFields.count && l < seg.storedFields[f].count ? seg.storedFields[f][l] : "") }
                for k in metaKeys { metadata[k, default: []].append(seg.metadata[k]?.value(l)) }
            }
            newNumber.append(map)
        }
        var vocabulary = Set<String>()
        for s in segments { vocabulary.formUnion(s.dictionary.terms) }
        let withVectors = segments.allSatisfy(\.hasTermVectors)
        let scale = PostingsWriter.tfScale(for: fieldWeights)
        var writer = PostingsWriter(tfScale: scale)
        var kept: [String] = []
        var termBlockStart: [UInt32] = [0]
        documentLength.withUnsafeBufferPointer { lengths in
            for term in vocabulary.sorted(by: { $0.utf8Precedes($1) }) {
                writer.beginTerm()
                for (i, seg) in segments.enumerated() {
                    guard let t = seg.dictionary.id(of: term) else { continue }
                    seg.forEachPosting(term: t) { doc, tf in
                        let n = newNumber[i][doc]
                        if n >= 0 { writer.add(doc: UInt32(n), tf: tf, lengths: lengths) }
                    }
                }
                writer.endTerm(lengths: lengths)
                // A term whose documents were all deleted leaves the vocabulary.
                if let df = writer.documentFrequency.last, df == 0 {
                    writer.documentFrequency.removeLast()
                    writer.termBlockCounts.removeLast()
                    continue
                }
                kept.append(term)
                termBlockStart.append((termBlockStart.last ?? 0) + (writer.termBlockCounts.last ?? 0))
            }
        }
        writer.blockOffset.append(UInt64(writer.bytes.count))
        let dictionary = TermDictionary(sortedTerms: kept)
        var forward: [UInt8] = []
        var forwardOffset: [UInt64] = []
        if withVectors {
            forwardOffset.reserveCapacity(documentLength.count + 1)
            for (i, seg) in segments.enumerated() {
                var idMap = [UInt32](repeating: 0, count: seg.dictionary.count)
                for t in 0..<seg.dictionary.count { idMap[t] = UInt32(dictionary.id(of: seg.dictionary.term(at: t)) ?? 0) }
                for l in 0..<seg.documentCount where newNumber[i][l] >= 0 {
                    forwardOffset.append(UInt64(forward.count))
                    for (t, tf) in seg.termVector(l) {
                        VarInt.append(idMap[t], to: &forward)
                        VarInt.append(tf, to: &forward)
                    }
                }
            }
            forwardOffset.append(UInt64(forward.count))
        }
        var columns: [String: MetadataColumn] = [:]
        for (k, v) in metadata { columns[k] = MetadataColumn(v) }
        if documentLength.isEmpty { for k in metaKeys { columns[k] = MetadataColumn([]) } }
        return IndexSegment(fieldWeights: fieldWeights, tfScale: scale, dictionary: dictionary,
                            documentFrequency: writer.documentFrequency, termBlockStart: termBlockStart,
                            blockLastDoc: writer.blockLastDoc, blockOffset: writer.blockOffset,
                            blockMaxTF: writer.blockMaxTF, blockMinLength: writer.blockMinLength,
                            postings: writer.bytes, documentLength: documentLength, ids: ids,
                            metadata: columns, storedFields: stored, forward: forward, forwardOffset: forwardOffset)
    }
}
