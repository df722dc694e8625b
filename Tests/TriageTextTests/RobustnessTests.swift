import Foundation
import Testing
import TriageText

@Suite struct RobustnessTests {
    /// Random bytes biased towards the characters the special-token rules look at.
    private func randomBytes(_ count: Int, _ rng: inout SplitMix64) -> [UInt8] {
        let alphabet = Array("aZ09.@-_#$:/ \n!?,'\"()[]vxE".utf8) + [0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0x80, 0xFF, 0xF0, 0x9F]
        return (0..<count).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
    }

    @Test func randomBytesNeverTrapAndRangesAreOrderedAndInBounds() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let bytes = randomBytes(Int(rng.next() % 200), &rng)
            var last = 0
            for token in Tokenizer().tokenize(utf8: bytes) {
                #expect(token.utf8Range.lowerBound >= last && token.utf8Range.upperBound <= bytes.count)
                #expect(!token.utf8Range.isEmpty)
                last = token.utf8Range.upperBound
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let n = text.utf8.count
            for token in Analyzer().analyze(text) { #expect(token.utf8Range.upperBound <= n) }
            for span in SentenceSegmenter().sentences(in: text) { #expect(span.utf8Range.upperBound <= n) }
            for turn in TurnSegmenter().turns(in: text) { #expect(turn.utf8Range.upperBound <= n) }
        }
    }

    @Test func pathologicalInputsStayLinear() {
        let size = 200_000
        let inputs = [
            String(repeating: "a.", count: size / 2),
            String(repeating: "a-", count: size / 2),
            String(repeating: "a_", count: size / 2),
            "http://x.io/" + String(repeating: ")", count: size),
            String(repeating: "#1-", count: size / 3),
            String(repeating: "1,", count: size / 2),
            String(repeating: "x@", count: size / 2),
            String(repeating: "e.g. ", count: size / 5),
        ]
        let start = Date()
        for text in inputs {
            #expect(!Tokenizer().tokenize(text).isEmpty)
            _ = SentenceSegmenter().sentences(in: text)
        }
        // Quadratic behaviour would take minutes on these sizes; linear takes well under a second in release.
        #expect(Date().timeIntervalSince(start) < 20)
    }
}
