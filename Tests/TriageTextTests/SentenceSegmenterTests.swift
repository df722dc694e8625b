import Foundation
import Testing
import TriageText

private func sentences(_ text: String) -> [String] {
    SentenceSegmenter().sentences(in: text).map(\.text)
}

@Suite struct SentenceSegmenterTests {
    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("Dr. Smith and Mr. Jones met on Jan. 5 at 3 p.m. today. They agreed.")
            == ["Dr. Smith and Mr. Jones met on Jan. 5 at 3 p.m. today.", "They agreed."])
        #expect(sentences("Use a card, e.g. Visa or Mastercard, i.e. Any debit card works. Thanks!")
            == ["Use a card, e.g. Visa or Mastercard, i.e. Any debit card works.", "Thanks!"])
        #expect(sentences("See order No. 12345 vs. the old one. It costs approx. 20 dollars.")
            == ["See order No. 12345 vs. the old one.", "It costs approx. 20 dollars."])
        #expect(sentences("I tried cards, wallets, etc. and nothing worked. No. It did not.")
            == ["I tried cards, wallets, etc. and nothing worked.", "No.", "It did not."])
        #expect(sentences("We ship to the U.S. Next week we add Canada.")
            == ["We ship to the U.S.", "Next week we add Canada."])
    }

    @Test func decimalsVersionsURLsAndEmailsDoNotCut() {
        #expect(sentences("Pi is 3.14 today. Update to v2.3.1 first. Then visit https://acme.com/help.html. Mail ana@acme.io. Done")
            == ["Pi is 3.14 today.", "Update to v2.3.1 first.", "Then visit https://acme.com/help.html.", "Mail ana@acme.io.", "Done"])
    }

    @Test func ellipsesAndRepeatedMarks() {
        #expect(sentences("I waited... and waited... Nothing happened!!! Why?? Really?!")
            == ["I waited... and waited...", "Nothing happened!!!", "Why??", "Really?!"])
        #expect(sentences("Hmm… Let me check… ok") == ["Hmm…", "Let me check… ok"])
    }

    @Test func closingQuotesAndBracketsStayWithTheSentence() {
        #expect(sentences("He said \"it's broken.\" Then he left. (I saw it.) Bye.")
            == ["He said \"it's broken.\"", "Then he left.", "(I saw it.)", "Bye."])
        #expect(sentences("\"Stop!\" he said. “Why?” I asked.")
            == ["\"Stop!\" he said.", "“Why?”", "I asked."])
    }

    @Test func lineBreaksCutWhenPunctuationIsMissing() {
        // Blank lines always cut; a single break cuts unless the next line continues the clause.
        #expect(sentences("Hi team\n\nMy card is blocked\nPlease help\nthanks in advance\n\nAna")
            == ["Hi team", "My card is blocked", "Please help\nthanks in advance", "Ana"])
        #expect(sentences("I ordered a card last week and it\nhas not arrived. Also,\nMy app crashes") == [
            "I ordered a card last week and it\nhas not arrived.", "Also,\nMy app crashes",
        ])
        #expect(sentences("- item one\n- item two\r\n- item three") == ["- item one", "- item two", "- item three"])
    }

    @Test func textWithoutPunctuationIsOneSentence() {
        #expect(sentences("  my card does not work  ") == ["my card does not work"])
        #expect(sentences("") == [])
        #expect(sentences(" \n\n ") == [])
        #expect(sentences("...") == ["..."])
    }

    @Test func cjkFullStopsCutWithoutSpaces() {
        #expect(sentences("カードが届きません。返金してください！ありがとう") == ["カードが届きません。", "返金してください！", "ありがとう"])
    }

    @Test func rangesSliceTheOriginalText() throws {
        let text = "Réf. A-12: payé 12,50 €… Merci!\nÇa marche? Oui.  "
        let bytes = Array(text.utf8)
        let spans = SentenceSegmenter().sentences(in: text)
        // "Réf" is not in the (English) abbreviation list; an ellipsis before a capital cuts.
        #expect(spans.map(\.text) == ["Réf.", "A-12: payé 12,50 €…", "Merci!", "Ça marche?", "Oui."])
        for span in spans {
            #expect(String(decoding: bytes[span.utf8Range], as: UTF8.self) == span.text)
        }
    }

    @Test func dialogSumTurnsSplitIntoSentencesWithoutLosingText() throws {
        guard let url = SharedData.url("dialogsum/dev.jsonl") else { return }
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").prefix(100)
        var total = 0
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let dialogue = try #require(object?["dialogue"] as? String)
            let spans = SentenceSegmenter().sentences(in: dialogue)
            // Every non-space byte lies in exactly one sentence, in order.
            let bytes = Array(dialogue.utf8)
            var covered = [Bool](repeating: false, count: bytes.count)
            var last = -1
            for span in spans {
                #expect(span.utf8Range.lowerBound > last)
                last = span.utf8Range.upperBound - 1
                for k in span.utf8Range { covered[k] = true }
            }
            for (k, b) in bytes.enumerated() where !(b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09) {
                #expect(covered[k])
            }
            total += spans.count
        }
        #expect(total > 1000)
    }
}
