import Testing
import TriageText

@Suite struct NGramsTests {
    // Expected values worked out by hand from scikit-learn's `_char_wb_ngrams` and `_word_ngrams`.

    @Test func charWBBigramsMatchScikitLearnDocsExample() {
        // CountVectorizer(analyzer='char_wb', ngram_range=(2, 2)) on "words": ' w', 'wo', 'or', 'rd', 'ds', 's '.
        #expect(NGrams.characters(in: "words", sizes: 2...2) == [" w", "wo", "or", "rd", "ds", "s "])
    }

    @Test func charWBPentagramsOfJumpyFox() {
        // ngram_range=(5, 5) on "jumpy fox": ' jump', 'jumpy', 'umpy ', then ' fox ' (padded length == n: once).
        #expect(NGrams.wordBoundedCharacters(in: "jumpy fox", sizes: 5...5) == [" jump", "jumpy", "umpy ", " fox "])
    }

    @Test func shortWordIsCountedOnceAndStopsLargerSizes() {
        // " a " has length 3: n = 2 gives two bigrams; n = 3 reaches the length, so " a " once and stop.
        #expect(NGrams.characters(in: "a", sizes: 2...5) == [" a", "a ", " a "])
        // All sizes at or above the padded length: the whole padded word, once.
        #expect(NGrams.characters(in: "I", sizes: 4...5) == [" I "])
        #expect(NGrams.characters(in: "ab", sizes: 3...4) == [" ab", "ab ", " ab "])
        #expect(NGrams.characters(in: "ok", sizes: 1...2) == [" ", "o", "k", " ", " o", "ok", "k "])
    }

    @Test func charactersAreScalarsNotGraphemes() {
        #expect(NGrams.characters(in: "café", sizes: 3...3) == [" ca", "caf", "afé", "fé "])
        #expect(NGrams.characters(in: "cafe\u{301}", sizes: 3...3)
            == [" ca", "caf", "afe", "fe\u{301}", "e\u{301} "])
    }

    @Test func wordNGramsListSmallerSizesFirst() {
        #expect(NGrams.words(["refund", "not", "received"], sizes: 1...2)
            == ["refund", "not", "received", "refund not", "not received"])
        #expect(NGrams.words(["a", "b"], sizes: 2...3) == ["a b"])
        #expect(NGrams.words([], sizes: 1...2).isEmpty)
        #expect(NGrams.words(["a"], sizes: 0...1) == ["a"])
    }

    @Test func whitespaceSplitFollowsPython() {
        #expect(NGrams.whitespaceSplit("  a\u{A0}b\tc\u{1F}d\u{3000}e \n") == ["a", "b", "c", "d", "e"])
        #expect(NGrams.wordBoundedCharacters(in: " \t ", sizes: 1...3).isEmpty)
    }

    @Test(arguments: ["a", "ok", "words", "café", "cafe\u{301}", "東京", "x\u{FF}y"])
    func characterHashesEqualHashesOfStrings(word: String) {
        for sizes in [1...1, 2...5, 3...3, 4...6, 1...8] {
            let expected = NGrams.characters(in: word, sizes: sizes).map(NGrams.hash).sorted()
            var got: [UInt64] = []
            var copy = word
            copy.withUTF8 { NGrams.forEachCharacterNGramHash(inWord: $0, sizes: sizes) { got.append($0) } }
            #expect(got.sorted() == expected, "\(word) \(sizes)")
        }
    }

    @Test func wordHashesEqualHashesOfStrings() {
        let terms = ["card", "not", "arrived", "yet", "😀"]
        for sizes in [1...1, 1...2, 2...3, 1...5, 4...9] {
            var got: [UInt64] = []
            NGrams.forEachWordNGramHash(terms, sizes: sizes) { got.append($0) }
            #expect(got.sorted() == NGrams.words(terms, sizes: sizes).map(NGrams.hash).sorted())
        }
    }

    @Test func fnvHashKnownValues() {
        // FNV-1a 64: offset basis for the empty string; published test vector for "a".
        #expect(NGrams.hash("") == 0xCBF2_9CE4_8422_2325)
        #expect(NGrams.hash("a") == 0xAF63_DC4C_8601_EC8C)
    }
}
