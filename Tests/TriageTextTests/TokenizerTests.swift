import Testing
import TriageText

/// `(text, kind, start, end)` of every token, for compact exact comparisons.
private func spans(_ text: String) -> [String] {
    Tokenizer().tokenize(text).map { "\($0.text)|\($0.kind.rawValue)|\($0.utf8Range.lowerBound)..<\($0.utf8Range.upperBound)" }
}

private func kinds(_ text: String) -> [String] {
    Tokenizer().tokenize(text).map { "\($0.text)|\($0.kind.rawValue)" }
}

@Suite struct TokenizerTests {
    @Test func supportTicketKeepsSpecialTokensWithExactOffsets() {
        let text = "Hi, I was charged twice for order A-55812 ($49.99) after upgrading to 2.3.1. Error E1234 appears."
        #expect(spans(text) == [
            "Hi|word|0..<2", "I|word|4..<5", "was|word|6..<9", "charged|word|10..<17", "twice|word|18..<23",
            "for|word|24..<27", "order|word|28..<33", "A-55812|identifier|34..<41", "$49.99|money|43..<49",
            "after|word|51..<56", "upgrading|word|57..<66", "to|word|67..<69", "2.3.1|version|70..<75",
            "Error|word|77..<82", "E1234|errorCode|83..<88", "appears|word|89..<96",
        ])
    }

    @Test func emailAndURLExcludeTrailingSentencePunctuation() {
        #expect(spans("Mail ana.b+1@example.co.uk.") == ["Mail|word|0..<4", "ana.b+1@example.co.uk|email|5..<26"])
        #expect(spans("See https://help.acme.com/a?b=1&c=(2), then") == [
            "See|word|0..<3", "https://help.acme.com/a?b=1&c=(2)|url|4..<37", "then|word|39..<43",
        ])
        #expect(kinds("(see www.acme.com/faq).") == ["see|word", "www.acme.com/faq|url"])
        #expect(kinds("visit acme.io or shop.example.co.uk/help!") == [
            "visit|word", "acme.io|url", "or|word", "shop.example.co.uk/help|url",
        ])
        #expect(kinds("HTTP://EXAMPLE.ORG:8080/x?") == ["HTTP://EXAMPLE.ORG:8080/x|url"])
    }

    @Test func wordsWithDotsAreNotDomainsOrEmails() {
        #expect(kinds("e.g. file.txt, user@localhost") == [
            "e|word", "g|word", "file|word", "txt|word", "user|word", "localhost|word",
        ])
        #expect(kinds("http:// nothing") == ["http|word", "nothing|word"])
    }

    @Test func identifiers() {
        #expect(kinds("#1042 A-55812 INV-2024-001 ORD_7781 ORD7781 #Person1#: #refund") == [
            "#1042|identifier", "A-55812|identifier", "INV-2024-001|identifier", "ORD_7781|identifier",
            "ORD7781|identifier", "#Person1#|identifier", "refund|word",
        ])
        #expect(kinds("e-mail wi-fi 24-hour user_name") == [
            "e|word", "mail|word", "wi|word", "fi|word", "24|number", "hour|word", "user_name|identifier",
        ])
    }

    @Test func moneyAmounts() {
        #expect(spans("$12.50 €9 12.50 USD EUR 40 £1,299.99") == [
            "$12.50|money|0..<6", "€9|money|7..<11", "12.50 USD|money|12..<21", "EUR 40|money|22..<28",
            "£1,299.99|money|29..<39",
        ])
        #expect(kinds("9,99 € or 40EUR or USD12, not 40 try") == [
            "9,99 €|money", "or|word", "40EUR|money", "or|word", "USD12|money", "not|word", "40|number", "try|word",
        ])
    }

    @Test func versionsAndNumbers() {
        #expect(kinds("v10.4.2 V2 2.3.1-beta 1.0.0-rc.1 3.14 1,000 2.3 192.168.0.1.") == [
            "v10.4.2|version", "V2|version", "2.3.1-beta|version", "1.0.0-rc.1|version", "3.14|number",
            "1,000|number", "2.3|number", "192.168.0.1|version",
        ])
        #expect(kinds("Updated to 2.3.1.") == ["Updated|word", "to|word", "2.3.1|version"])
        #expect(kinds("at 3:30 on 2024-01-15, 50%") == [
            "at|word", "3|number", "30|number", "on|word", "2024|number", "01|number", "15|number", "50|number",
        ])
    }

    @Test func errorCodes() {
        #expect(spans("got 0x80070005 and ERR_CONNECTION_RESET, then HTTP 503; ERR404 E1234") == [
            "got|word|0..<3", "0x80070005|errorCode|4..<14", "and|word|15..<18",
            "ERR_CONNECTION_RESET|errorCode|19..<39", "then|word|41..<45", "HTTP 503|errorCode|46..<54",
            "ERR404|errorCode|56..<62", "E1234|errorCode|63..<68",
        ])
        #expect(kinds("HTTP 2 is mp3 iphone11") == ["HTTP|word", "2|number", "is|word", "mp3|word", "iphone11|word"])
    }

    @Test func apostrophesAndUnicodeLetters() {
        #expect(spans("don't it’s 'quoted' students'") == [
            "don't|word|0..<5", "it’s|word|6..<12", "quoted|word|14..<20", "students|word|22..<30",
        ])
        #expect(spans("café naïve Ñandú") == ["café|word|0..<5", "naïve|word|6..<12", "Ñandú|word|13..<20"])
        // Combining accent stays in the word; Han characters are single tokens; Katakana forms a run.
        #expect(spans("cafe\u{301} 東京カード") == [
            "cafe\u{301}|word|0..<6", "東|word|7..<10", "京|word|10..<13", "カード|word|13..<22",
        ])
        #expect(kinds("Привет мир ١٢٣ ｆｕｌｌ") == ["Привет|word", "мир|word", "١٢٣|number", "ｆｕｌｌ|word"])
    }

    @Test func offsetsAlwaysSliceTheTokenText() {
        let text = "Réf. #A-12 — paiement de 12,50 € (voir https://exemple.fr/é?x=1) 🙂 merci!"
        let bytes = Array(text.utf8)
        let tokens = Tokenizer().tokenize(text)
        #expect(!tokens.isEmpty)
        for token in tokens {
            #expect(String(decoding: bytes[token.utf8Range], as: UTF8.self) == token.text)
        }
        #expect(tokens.map(\.kind).contains(.money))
        #expect(tokens.map(\.kind).contains(.url))
    }

    @Test func invalidUTF8NeverTrapsAndSkipsBadBytes() {
        let bytes: [UInt8] = [0x61, 0x62, 0xFF, 0x63, 0xC3, 0x28, 0xE2, 0x82, 0x20, 0x31, 0xF0, 0x9F]
        let tokens = Tokenizer().tokenize(utf8: bytes)
        #expect(tokens.map(\.text) == ["ab", "c", "1"])
        #expect(tokens.map(\.utf8Range) == [0..<2, 3..<4, 9..<10])
        // Every prefix of a multi-byte text (cut mid-scalar) tokenizes without trapping.
        let text = Array("€9 naïve 東京 https://x.io/ü".utf8)
        for cut in 0...text.count {
            for token in Tokenizer().tokenize(utf8: text[0..<cut]) {
                #expect(token.utf8Range.upperBound <= cut)
            }
        }
    }

    @Test func forEachTokenMatchesTokenize() {
        let text = "Order #1042: refund $12.50 to ana@example.com — see www.acme.com (v2.3.1)."
        var ranges: [Range<Int>] = []
        Tokenizer().forEachToken(in: text) { _, range in ranges.append(range) }
        #expect(ranges == Tokenizer().tokenize(text).map(\.utf8Range))
    }

    @Test func emptyAndSeparatorOnlyInputs() {
        #expect(Tokenizer().tokenize("").isEmpty)
        #expect(Tokenizer().tokenize(" \n\t.,;!?—🙂 ").isEmpty)
    }
}
