import Testing
import TriageClassifier
import TriageText

@Suite struct VectorizerTests {
    @Test func vocabularyIsSortedWithinEachBlock() throws {
        let (v, x) = try TextVectorizer.fit(Fixtures.synthetic.map(\.text), options: VectorizerOptions())
        let words = Array(v.featureNames.prefix(v.wordFeatureCount))
        let chars = Array(v.featureNames.dropFirst(v.wordFeatureCount))
        #expect(words == words.sorted())
        #expect(chars == chars.sorted())
        #expect(x.rowCount == Fixtures.synthetic.count)
        #expect(words.contains("lost my") && words.contains("password"))
    }

    @Test func characterGramsMatchTheSharedNGramsReference() throws {
        var options = VectorizerOptions()
        options.wordNGrams = nil
        options.weighting = .counts
        options.sublinearTF = false
        options.normalize = false
        let text = "Refund déjà vu"
        let (v, x) = try TextVectorizer.fit([text], options: options)
        var expected: [String: Int] = [:]
        for term in Analyzer(options: options.characterAnalyzer).terms(text) {
            for g in NGrams.characters(in: term, sizes: 2...5) { expected[g, default: 0] += 1 }
        }
        var got: [String: Int] = [:]
        for k in x.range(ofRow: 0) { got[v.featureNames[Int(x.indices[k])]] = Int(x.values[k]) }
        #expect(got == expected)
    }

    @Test func tfidfRowsHaveUnitNormPerChannel() throws {
        var options = VectorizerOptions()
        options.characterWeight = 1
        let (v, x) = try TextVectorizer.fit(Fixtures.synthetic.map(\.text), options: options)
        for r in 0..<x.rowCount {
            var word: Float = 0, char: Float = 0
            for k in x.range(ofRow: r) {
                if Int(x.indices[k]) < v.wordFeatureCount { word += x.values[k] * x.values[k] } else { char += x.values[k] * x.values[k] }
            }
            #expect(abs(word - 1) < 1e-4 && abs(char - 1) < 1e-4)
        }
        // Unseen text goes through the analyzer (cache miss) and lands on known features only.
        let y = v.transform(["refund my lost card please"])
        #expect(y.range(ofRow: 0).count > 0)
    }

    @Test func minimumDocumentFrequencyPrunes() throws {
        var options = VectorizerOptions()
        options.minDocumentFrequency = 1000
        #expect(throws: ClassifierError.emptyVocabulary) { try TextVectorizer.fit(["a b", "c d"], options: options) }
    }

    @Test func hashingKeepsBucketsInRange() throws {
        var options = VectorizerOptions()
        options.hashingBits = 10
        let (v, x) = try TextVectorizer.fit(Fixtures.synthetic.map(\.text), options: options)
        #expect(v.featureCount == 2048)
        #expect(x.indices.allSatisfy { $0 >= 0 && $0 < 2048 })
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
