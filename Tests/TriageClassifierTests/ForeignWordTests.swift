import Foundation
import Testing
import TriageClassifier

/// The foreign-word share (``ForeignWordTable``, ``IntentPrediction/foreignWordShare``) and its place in
/// out-of-scope rejection.
@Suite struct ForeignWordTests {
    @Test func tableMarksWhichIntentsUseEachWord() {
        // Word features 0 and 1 are unigrams, 2 a bigram; feature 3 would be a character n-gram.
        var x = SparseMatrix(columnCount: 4)
        x.rowStart = [0, 2, 4]
        x.indices = [0, 2, 1, 3]
        x.values = [1, 1, 1, 1]
        let table = ForeignWordTable(x, labels: [0, 1], classCount: 2, featureCount: 3, unigrams: [0, 1])
        #expect(table.isUnigram(feature: 0) && table.isUnigram(feature: 1) && !table.isUnigram(feature: 2))
        #expect(table.contains(feature: 0, intent: 0) && !table.contains(feature: 0, intent: 1))
        #expect(table.contains(feature: 1, intent: 1) && !table.contains(feature: 1, intent: 0))
        #expect(!table.contains(feature: 2, intent: 0), "n-grams are not tracked")
        #expect(!table.contains(feature: 7, intent: 0) && !table.contains(feature: 0, intent: 5))
        let idf: [Float] = [1, 2, 3, 4]
        let indices: [Int32] = [0, 1, 2, 3]
        let share = indices.withUnsafeBufferPointer { i in
            idf.withUnsafeBufferPointer { w in table.share(indices: i.baseAddress!, count: 4, idf: w.baseAddress!, intent: 0) }
        }
        #expect(abs(share - 2.0 / 3.0) < 1e-6, "word 1 (idf 2) is foreign to intent 0 of the known words' idf 3")
        #expect(ForeignWordTable(classCount: 2, featureCount: 3, bits: table.bits) == table)
        #expect(ForeignWordTable(classCount: 2, featureCount: 4, bits: table.bits) == nil)
    }

    @Test func predictionsReportTheShareOfTheirIntent() throws {
        let model = try #require(Fixtures.smallModel)
        let table = try #require(model.foreignWords)
        #expect(model.configuration.rejection.foreignWordWeight == 2)
        var zeroShare = 0, positive = 0
        for e in Fixtures.small.prefix(300) {
            let p = try model.prediction(for: e.text, maximumCount: 1)
            let c = try #require(model.labels.firstIndex(of: p.label))
            // Recomputed from the public table: distinct known words of the text, by idf.
            let row = model.vectorizer.transform([e.text])
            var total = 0.0, foreign = 0.0
            for k in row.range(ofRow: 0) where table.isUnigram(feature: Int(row.indices[k])) {
                let f = Int(row.indices[k])
                total += Double(model.vectorizer.idf[f])
                if !table.contains(feature: f, intent: c) { foreign += Double(model.vectorizer.idf[f]) }
            }
            #expect(abs(p.foreignWordShare - (total > 0 ? foreign / total : 0)) < 1e-5)
            // A training text predicted as its own intent uses only that intent's words.
            if p.label == e.label { #expect(p.foreignWordShare == 0) }
            if p.foreignWordShare == 0 { zeroShare += 1 } else { positive += 1 }
        }
        #expect(zeroShare > 200)
        let outside = try model.prediction(for: "my cat knows the weather forecast for the card holiday island")
        #expect(outside.foreignWordShare > 0.3, "\(outside.foreignWordShare)")
    }

    @Test func modelFilesKeepTheTableAndCorrectionsExtendIt() throws {
        let model = try #require(Fixtures.smallModel)
        let bytes = try model.serialized()
        #expect(bytes[4] == 3)
        let loaded = try IntentClassifier(serialized: bytes, path: "fw.tkic")
        #expect(loaded.foreignWords == model.foreignWords)
        let texts = Fixtures.small.prefix(50).map(\.text)
        #expect(loaded.predictions(for: texts) == model.predictions(for: texts))
        // Words of another intent's example, never used by intent 0, become intent 0's after a correction.
        let table = try #require(model.foreignWords)
        let intent = 0
        let other = try #require(Fixtures.small.first { $0.label != model.labels[intent] && {
            let row = model.vectorizer.transform([$0.text])
            return row.range(ofRow: 0).contains { k in
                let f = Int(row.indices[k])
                return table.isUnigram(feature: f) && !table.contains(feature: f, intent: intent)
            }
        }($0) })
        let row = model.vectorizer.transform([other.text])
        let word = try #require(row.range(ofRow: 0).map { Int(row.indices[$0]) }.first {
            table.isUnigram(feature: $0) && !table.contains(feature: $0, intent: intent)
        })
        let updated = try model.updated(with: [LabeledExample(text: other.text, label: model.labels[intent])])
        #expect(updated.foreignWords?.contains(feature: word, intent: intent) == true)
        #expect(model.foreignWords?.contains(feature: word, intent: intent) == false, "the original model is unchanged")
    }

    @Test func offByWeightZeroAndForOldManifests() throws {
        var c = Fixtures.quick
        c.rejection.foreignWordWeight = 0
        let model = try IntentClassifier.train(examples: Fixtures.small, configuration: c)
        #expect(model.foreignWords == nil)
        #expect(try model.prediction(for: "I lost my card").foreignWordShare == 0)
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(RejectionOptions())) as? [String: Any])
        #expect(object.removeValue(forKey: "foreignWordWeight") as? Double == 2)
        let old = try JSONDecoder().decode(RejectionOptions.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.foreignWordWeight == 0)
    }
}
