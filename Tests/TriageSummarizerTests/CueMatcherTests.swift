import Foundation
import Testing
import TriageSummarizer

/// The byte-level cue matching equals the string matching it replaced (lower-case words, `Set` lookups,
/// `hasPrefix`, and a Foundation search in the space-joined words), also next to non-ASCII text.
@Suite struct CueMatcherTests {
    /// The string-based reference: distinct words that are cues or start with a cue prefix, plus phrases
    /// found in `" " + words.joined(" ") + " "`.
    private func reference(_ m: CueMatcher, _ text: String) -> Int {
        let tokens = SocialPhrases.lowercaseWords(text)
        var hits = 0
        var seen = Set<String>()
        for t in tokens where !seen.contains(t) {
            if m.words.contains(t) || m.prefixes.contains(where: { t.hasPrefix($0) }) { hits += 1; seen.insert(t) }
        }
        let padded = " " + tokens.joined(separator: " ") + " "
        for p in m.phrases where padded.range(of: p) != nil { hits += 1 }
        return hits
    }

    private let all: [CueMatcher] = [Cues.request, Cues.attempt, Cues.state, Cues.defect, Cues.step, Cues.expected,
                                     Cues.actual, Cues.environment]

    @Test func equalsStringMatchingOnEdgeCases() {
        let texts = [
            "", "   ", "I can't log in, it crashes and CRASHED again; crash crash.",
            "The app is not working \u{301}today", "not working", "It is not working!", "We'll see: it works now.",
            "crash\u{301}es on iOS 17.2", "cafe\u{301} and caf\u{E9} crashed", "I tried, didn’t help — same error.",
            "Steps to reproduce: go to Settings, then I tap Export.", "expected X but it shows Y instead",
            "Ünïcödé wörds ünable to fail", "'quoted' words' here", "Chrome 120 on Windows 11 laptop",
            "refund refund REFUND please", "i would like   a refund", "\u{1F600} can you help",
        ]
        for text in texts {
            for m in all { #expect(m.count(in: CueText(text)) == reference(m, text), "\(text)") }
            expectSetEqualsMatchers(text)
        }
        // Phrases at the end, repeated, overlapping, or cut by a combining mark or other non-ASCII text.
        for text in ["could you", "i i would like", "can you can you", "not working\u{301} not working", "we'll we will",
                     "i get\u{301} it, i get it", "mac os mac  os", "go to\u{E9} go to", "crash\u{301} crash crashed"] {
            expectSetEqualsMatchers(text)
        }
    }

    /// ``CueSet`` counts every list in one pass: each count equals that list's ``CueMatcher`` count.
    private func expectSetEqualsMatchers(_ text: String) {
        let view = CueText(text)
        let counts = CueSet.all.counts(in: view)
        let combined = [counts.request, counts.attempt, counts.state, counts.defect, counts.step, counts.expected,
                        counts.actual, counts.environment].map(Int.init)
        #expect(combined == all.map { $0.count(in: view) }, "\(text)")
        // Counting from the bytes (the view built in scratch space) gives the same counts.
        var bytes = text
        #expect(bytes.withUTF8 { CueSet.all.counts(utf8: $0) } == counts, "\(text)")
        // A reused scratch view gives the same view.
        var scratch = CueText("a much longer text than the one that follows, to leave stale bytes behind")
        var copy = text
        copy.withUTF8 { scratch.load(utf8: $0) }
        #expect(scratch == view, "\(text)")
    }

    @Test func equalsStringMatchingOnTheEmailFixture() throws {
        var checked = 0
        for unit in UnitSegmenter(granularity: .sentences).units(of: try EmailThreadFixture.load().messages) {
            for m in all { #expect(m.count(in: CueText(unit.body)) == reference(m, unit.body), "\(unit.body)") }
            expectSetEqualsMatchers(unit.body)
            checked += 1
        }
        #expect(checked > 100)
    }
}
