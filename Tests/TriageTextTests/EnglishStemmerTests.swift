import Foundation
import Testing
import TriageText

@Suite struct EnglishStemmerTests {
    /// The official Snowball vocabulary: every one of the 42,649 words must give the expected stem.
    @Test func snowballVocabularyMatchesExactly() throws {
        guard let vocURL = SharedData.url("snowball-english/voc.txt"),
              let outURL = SharedData.url("snowball-english/output.txt") else { return }
        let words = try Self.lines(vocURL)
        let expected = try Self.lines(outURL)
        #expect(words.count == 42_649)
        try #require(words.count == expected.count)

        let stemmer = EnglishStemmer()
        var mismatches: [String] = []
        var mismatchCount = 0
        for (word, stem) in zip(words, expected) {
            let got = stemmer.stem(word)
            if got != stem {
                mismatchCount += 1
                if mismatches.count < 25 { mismatches.append("\(word) → expected \(stem), got \(got)") }
            }
        }
        #expect(mismatchCount == 0, "\(mismatchCount) mismatches; first: \(mismatches.joined(separator: "; "))")
    }

    /// The byte-level line API (what `triage stem` runs) gives the same output file byte for byte.
    @Test func stemLinesReproducesOutputFile() throws {
        guard let vocURL = SharedData.url("snowball-english/voc.txt"),
              let outURL = SharedData.url("snowball-english/output.txt") else { return }
        let input = try [UInt8](Data(contentsOf: vocURL))
        let expected = try [UInt8](Data(contentsOf: outURL))
        let got = EnglishStemmer().stemLines(input)
        #expect(got.count == expected.count)
        #expect(got == expected)
    }

    /// A cache gives the stemmer's answers, also across its capacity limit.
    @Test func stemCacheAgreesWithStemmerAcrossEvictions() throws {
        guard let vocURL = SharedData.url("snowball-english/voc.txt") else { return }
        let words = Array(try Self.lines(vocURL).prefix(3_000))
        let stemmer = EnglishStemmer()
        var cache = StemCache(capacity: 500)
        for pass in 0 ..< 2 {
            for word in words {
                #expect(cache.stem(word) == stemmer.stem(word), "pass \(pass): \(word)")
            }
        }
        #expect(cache.count <= 500)
    }

    @Test(arguments: [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"),
        ("knack", "knack"), ("knackeries", "knackeri"), ("generously", "generous"),
        ("generate", "generat"), ("communism", "communism"), ("arsenal", "arsenal"),
        ("pasted", "paste"), ("internal", "internal"), ("international", "internat"),
        ("emergency", "emergenc"), ("organization", "organiz"),
        ("dying", "die"), ("inning", "inning"), ("innings", "inning"), ("proceed", "proceed"),
        ("exceeding", "exceed"), ("skies", "sky"), ("only", "onli"), ("news", "news"),
        ("cries", "cri"), ("ties", "tie"), ("gaps", "gap"), ("gas", "gas"), ("kiwis", "kiwi"),
        ("hopping", "hop"), ("hoping", "hope"), ("luxuriating", "luxuri"), ("added", "add"),
        ("sayings", "say"), ("boy's", "boy"), ("'tis", "tis"), ("cry", "cri"), ("by", "by"), ("say", "say"),
        ("charged", "charg"), ("refunds", "refund"), ("cancellation", "cancel"), ("activate", "activ"),
    ])
    func handPickedWords(word: String, stem: String) {
        #expect(EnglishStemmer().stem(word) == stem)
    }

    /// Words of fewer than three characters come back unchanged.
    @Test(arguments: ["", "a", "is", "'s", "ys", "é", "ça"])
    func shortWordsAreUnchanged(word: String) {
        #expect(EnglishStemmer().stem(word) == word)
    }

    /// Non-ASCII characters count as non-vowels and survive byte for byte; invalid UTF-8 does not trap.
    @Test func nonASCIIWordsAreStemmedAroundTheirLetters() {
        let stemmer = EnglishStemmer()
        #expect(stemmer.stem("cafés") == "café")
        #expect(stemmer.stem("naïvely") == "naïv")
        #expect(stemmer.stem("résumés") == "résumé")
        #expect(stemmer.stem("日本語") == "日本語")

        let invalid: [UInt8] = [0x66, 0xFF, 0xC3, 0x69, 0x6E, 0x67, 0x73]  // "f", stray bytes, "ings"
        let stem = invalid.withUnsafeBufferPointer { stemmer.withStem(ofUTF8: $0) { Array($0) } }
        #expect(Array(stem.prefix(3)) == [0x66, 0xFF, 0xC3])
    }

    /// Apostrophe forms from the vocabulary's edge cases.
    @Test func apostrophesFollowTheVocabulary() {
        let stemmer = EnglishStemmer()
        #expect(stemmer.stem("'") == "'")
        #expect(stemmer.stem("'s'") == "s")
        #expect(stemmer.stem("there's") == "there")
        #expect(stemmer.stem("a'") == "a'")
    }

    private static func lines(_ url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
