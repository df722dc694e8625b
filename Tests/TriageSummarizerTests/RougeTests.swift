import Testing
import TriageSummarizer

@Suite struct RougeTests {
    @Test func tokenizerFollowsRougeScoreConventions() {
        let t = RougeTokenizer()
        // Lower-cased, non-alphanumerics split, tokens of length > 3 stemmed, short ones kept.
        #expect(t.tokenize("#Person1#: The cats were RUNNING, isn't it?") == ["person1", "the", "cat", "were", "run", "isn", "t", "it"])
        #expect(RougeTokenizer(stem: false).tokenize("Cats ran") == ["cats", "ran"])
        #expect(t.tokenize("caf\u{E9} na\u{EF}ve") == ["caf", "na", "ve"])
        #expect(t.tokenize("") == [])
    }

    @Test func scoresMatchHandComputedValues() {
        let rouge = Rouge(tokenizer: RougeTokenizer(stem: false))
        // candidate: the cat sat on the mat (6), reference: the cat is on the mat (6)
        let s = rouge.score(candidate: "the cat sat on the mat", reference: "the cat is on the mat")
        #expect(abs(s.rouge1.f1 - 5.0 / 6.0) < 1e-12)
        // bigrams: the cat, cat sat, sat on, on the, the mat vs the cat, cat is, is on, on the, the mat → 3 of 5
        #expect(abs(s.rouge2.f1 - 0.6) < 1e-12)
        // LCS: the cat on the mat = 5
        #expect(abs(s.rougeL.f1 - 5.0 / 6.0) < 1e-12)
    }

    @Test func clippedCountsAndAsymmetricLengths() {
        let rouge = Rouge(tokenizer: RougeTokenizer(stem: false))
        let s = rouge.score(candidate: "a a a b", reference: "a b")
        #expect(abs(s.rouge1.precision - 0.5) < 1e-12)   // min(3,1) + min(1,1) = 2 of 4
        #expect(abs(s.rouge1.recall - 1.0) < 1e-12)
        #expect(abs(s.rougeL.precision - 0.5) < 1e-12)
    }

    @Test func emptyTextsScoreZero() {
        let rouge = Rouge()
        let s = rouge.score(candidate: "", reference: "something here")
        #expect(s.rouge1.f1 == 0 && s.rouge2.f1 == 0 && s.rougeL.f1 == 0)
        #expect(rouge.meanF1(candidate: "x", references: []) == (0, 0, 0))
    }

    @Test func meanOverReferencesWeighsEachEqually() {
        let rouge = Rouge(tokenizer: RougeTokenizer(stem: false))
        let m = rouge.meanF1(candidate: "a b", references: ["a b", "c d"])
        #expect(abs(m.rouge1 - 0.5) < 1e-12)
    }
}
