import Testing
import TriageText

@Test func analyzerReportsOffsetsIntoTheOriginalText() {
    let text = "Refund my order please"
    let tokens = Analyzer().analyze(text)
    let bytes = Array(text.utf8)
    for t in tokens {
        #expect(String(decoding: bytes[t.utf8Range], as: UTF8.self).lowercased().hasPrefix(String(t.term.prefix(3))))
    }
    #expect(tokens.map(\.term).contains("order"))
}
