import Testing
import TriageText

@Suite struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test func nfkcExpandsLigaturesAndFullWidthForms() {
        #expect(normalizer.normalize("ﬁle") == "file")
        #expect(normalizer.normalize("ＡＢＣ１２３") == "abc123")
        #expect(normalizer.normalize("㎒") == "mhz")
        #expect(normalizer.normalize("Ⅻ") == "xii")
        #expect(normalizer.normalize("Ǆ") == "d\u{17E}")
    }

    @Test func fullCaseFoldingIsNotLowercasing() {
        #expect(normalizer.normalize("Straße") == "strasse")
        #expect(normalizer.normalize("STRASSE ẞ") == "strasse ss")
        #expect(normalizer.normalize("ΣΑΣ") == "σασ")
        // Final sigma folds to σ, so all spellings of the name match.
        #expect(normalizer.normalize("ὈΔΥΣΣΕΎΣ") == "\u{1F40}δυσσε\u{3CD}σ")
        #expect(normalizer.normalize("ὀδυσσεύς") == normalizer.normalize("ὈΔΥΣΣΕΎΣ"))
        #expect(normalizer.normalize("ᾼ") == "αι")
        #expect(normalizer.normalize("İstanbul") == "i\u{307}stanbul")
        // Cherokee folds to its capitals.
        #expect(normalizer.normalize("\u{AB70}") == "\u{13A0}")
        #expect(normalizer.normalize("\u{13A0}") == "\u{13A0}")
    }

    @Test func diacriticFoldingIsOptional() {
        #expect(normalizer.normalize("Café") == "café")
        let folding = TextNormalizer(options: NormalizationOptions(foldDiacritics: true))
        #expect(folding.normalize("Café") == "cafe")
        #expect(folding.normalize("cafe\u{301}") == "cafe")
        #expect(folding.normalize("Ångström Øresund Łódź") == "angstrom oresund lodz")
        // Indic vowel signs are not diacritics.
        #expect(folding.normalize("हिंदी") == "हिंदी")
    }

    @Test func asciiFastPathLowercasesOnly() {
        #expect(normalizer.normalize("Refund ORDER #A-55812, e-mail Ana@Example.COM") == "refund order #a-55812, e-mail ana@example.com")
        #expect(normalizer.normalize("already lower 123") == "already lower 123")
        #expect(normalizer.normalize("") == "")
        let keepCase = TextNormalizer(options: NormalizationOptions(nfkc: true, caseFold: false))
        #expect(keepCase.normalize("MiXeD ﬁ") == "MiXeD fi")
        #expect(keepCase.normalize("MiXeD") == "MiXeD")
    }

    @Test func normalizationIsIdempotent() {
        let samples = ["ﬁle Straße", "ὈΔΥΣΣΕΎΣ", "ΐ ᾼ ㎒", "Café cafe\u{301}", "İ", "ＡＢＣ", "plain ascii"]
        for options in [NormalizationOptions(), NormalizationOptions(foldDiacritics: true)] {
            let n = TextNormalizer(options: options)
            for s in samples {
                #expect(n.normalize(n.normalize(s)) == n.normalize(s), "\(s)")
            }
        }
    }

    @Test func optionsRoundTripThroughJSON() throws {
        let options = NormalizationOptions(nfkc: false, caseFold: true, foldDiacritics: true)
        let data = try JSONEncoder().encode(options)
        #expect(try JSONDecoder().decode(NormalizationOptions.self, from: data) == options)
    }
}

import Foundation
