import Foundation
import Testing
import TriageText

@Suite struct AnalyzerTests {
    @Test func defaultPipelineNormalisesDropsStopWordsAndStems() {
        let terms = Analyzer().terms("Hi, I was charged twice for order A-55812 ($49.99) after upgrading to 2.3.1.")
        #expect(terms == ["hi", "charg", "twice", "order", "a-55812", "$49.99", "upgrad", "2.3.1"])
    }

    @Test func negationsAndQuestionWordsSurvive() {
        #expect(Analyzer().terms("Why hasn't my card arrived? I can't use it and it's not working")
            == ["whi", "hasn't", "card", "arriv", "can't", "use", "not", "work"])
    }

    @Test func offsetsPointIntoTheOriginalText() {
        let text = "Ｒｅｆｕｎｄ my ﬁrst order #1042, e-mail Ana@Example.COM — Straße café"
        let bytes = Array(text.utf8)
        let tokens = Analyzer().analyze(text)
        #expect(tokens.map(\.term) == ["refund", "first", "order", "#1042", "e", "mail", "ana@example.com", "strass", "café"])
        #expect(tokens.map { String(decoding: bytes[$0.utf8Range], as: UTF8.self) }
            == ["Ｒｅｆｕｎｄ", "ﬁrst", "order", "#1042", "e", "mail", "Ana@Example.COM", "Straße", "café"])
        // Positions count every token, stop words included ("my" is position 1).
        #expect(tokens.map(\.position) == [0, 2, 3, 4, 5, 6, 7, 8, 9])
    }

    @Test func curlyApostropheMatchesStraightOne() {
        #expect(Analyzer().terms("I don’t know") == Analyzer().terms("I don't know"))
        #expect(Analyzer().terms("don’t") == ["don't"])
    }

    @Test func optionsSwitchStagesOff() {
        var options = AnalyzerOptions()
        options.removeStopWords = false
        options.stem = false
        #expect(Analyzer(options: options).terms("The cards were Charged") == ["the", "cards", "were", "charged"])
        options.keepSpecialTokens = false
        #expect(Analyzer(options: options).terms("mail ana@example.com re E1234 at $12.50")
            == ["mail", "ana", "example", "com", "re", "e1234", "at", "12", "50"])
        options.maxTokenLength = 4
        #expect(Analyzer(options: options).terms("tiny words survive") == ["tiny"])
        // Split pieces are measured one by one, and each piece takes one position.
        options.maxTokenLength = 7
        let pieces = Analyzer(options: options).analyze("see https://example.com/longerpath now")
        #expect(pieces.map(\.term) == ["see", "https", "example", "com", "now"])
        #expect(pieces.map(\.position) == [0, 1, 2, 3, 5])
        var keepCase = AnalyzerOptions()
        keepCase.normalization.caseFold = false
        keepCase.stem = false
        #expect(Analyzer(options: keepCase).terms("The Card") == ["The", "Card"])
    }

    @Test func forEachTermAgreesWithAnalyze() {
        let text = "Order #1042: refund €12,50 to ana@example.com — see www.acme.com (v2.3.1). Ça marche pas!"
        var viaClosure: [AnalyzedToken] = []
        Analyzer().forEachTerm(in: text) {
            viaClosure.append(AnalyzedToken(term: $0.text, kind: $0.kind, utf8Range: $0.utf8Range, position: $0.position))
        }
        #expect(viaClosure == Analyzer().analyze(text))
        #expect(Analyzer().terms(text) == viaClosure.map(\.term))
    }

    @Test func optionsDecodeWithDefaultsForMissingKeys() throws {
        let decoded = try JSONDecoder().decode(AnalyzerOptions.self, from: Data("{\"stem\":false}".utf8))
        var expected = AnalyzerOptions()
        expected.stem = false
        #expect(decoded == expected)
        let roundTrip = try JSONDecoder().decode(AnalyzerOptions.self, from: JSONEncoder().encode(expected))
        #expect(roundTrip == expected)
    }

    @Test func banking77AnalysisIsDeterministicAndOffsetsSliceTokens() throws {
        guard let url = SharedData.url("banking77/test.csv") else { return }
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().prefix(1000)
        let analyzer = Analyzer()
        var terms = 0
        for line in lines {
            let text = String(line)
            let first = analyzer.analyze(text)
            #expect(first == analyzer.analyze(text))
            let bytes = Array(text.utf8)
            for token in first {
                let source = String(decoding: bytes[token.utf8Range], as: UTF8.self)
                let retokenized = Tokenizer().tokenize(source)
                #expect(retokenized.count == 1 && retokenized.first?.kind == token.kind, "\(source)")
            }
            terms += first.count
        }
        #expect(terms > 4000)
    }
}
