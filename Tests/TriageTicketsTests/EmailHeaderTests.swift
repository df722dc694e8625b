import Testing
import TriageTickets

@Suite struct EmailHeaderTests {
    @Test func encodedWordsBAndQAreDecodedAndAdjacentOnesJoined() {
        #expect(EncodedWords.decode("=?UTF-8?B?Q2Fmw6k=?= au lait") == "Café au lait")
        #expect(EncodedWords.decode("=?ISO-8859-1?Q?Caf=E9_cr=E8me?=") == "Café crème")
        #expect(EncodedWords.decode("=?utf-8?q?Hello?= =?utf-8?q?_World?=") == "Hello World")
        #expect(EncodedWords.decode("Re: =?iso-8859-15?Q?=A4uro?=\t=?windows-1252?Q?=80?= done") == "Re: €uro€ done")
        #expect(EncodedWords.decode("=?utf-8?x?bad?= stays") == "=?utf-8?x?bad?= stays")
    }

    @Test func foldedHeadersAreUnfolded() {
        let message = EmailMessage(bytes: Fixtures.email([
            "Subject: =?UTF-8?Q?Refund_for_order?=", " =?UTF-8?Q?_A-55812?=", "From: Ana", "\tRuiz <ana@example.com>",
            "", "body",
        ]))
        #expect(message.subject == "Refund for order A-55812")
        #expect(message.from?.rendered == "Ana Ruiz <ana@example.com>")
    }

    @Test func addressesRenderLikeCPython() {
        #expect(AddressParser.parse("bbb@ddd.com (John X. Doe)").rendered == "bbb@ddd.com")
        #expect(AddressParser.parse("bbb@ddd.com (John X. Doe)").mailboxes.first?.displayName == "John X. Doe")
        #expect(AddressParser.parse("\"Doe, John\" <j@x.org>, b@y.org").rendered == "\"Doe, John\" <j@x.org>, b@y.org")
        #expect(AddressParser.parse("John X. Doe <j@x.org>").rendered == "\"John X. Doe\" <j@x.org>")
        #expect(AddressParser.parse("MAILER DAEMON <>").rendered == "MAILER DAEMON <>")
        #expect(AddressParser.parse("Team: a@x.org, B <b@x.org>;").rendered == "Team: a@x.org, B <b@x.org>;")
        #expect(AddressParser.parse("=?utf-8?q?Jos=C3=A9?= <jose@x.org>").mailboxes.first?.name == "José")
    }

    @Test func datesBecomeISO8601UTC() {
        #expect(EmailDate.iso8601("Fri, 04 May 2001 14:05:44 -0400") == "2001-05-04T18:05:44Z")
        #expect(EmailDate.iso8601("4 May 01 23:30 +0130") == "2001-05-04T22:00:00Z")
        #expect(EmailDate.iso8601("Sat, 31 Dec 2099 23:59:59 EST") == "2100-01-01T04:59:59Z")
        #expect(EmailDate.iso8601("Tue, 29 Feb 2028 00:00:00 GMT") == "2028-02-29T00:00:00Z")
        #expect(EmailDate.iso8601("next tuesday") == nil)
    }

    @Test func charsetTables() {
        let bytes: [UInt8] = [0x80, 0xA4, 0xE9, 0x93, 0x94]
        let latin1 = MIMETestSupport.text(bytes, charset: "iso-8859-1")
        #expect(latin1 == "\u{80}\u{A4}é\u{93}\u{94}")
        #expect(MIMETestSupport.text(bytes, charset: "ISO-8859-15") == "\u{80}€é\u{93}\u{94}")
        #expect(MIMETestSupport.text(bytes, charset: "windows-1252") == "€¤é“”")
        #expect(MIMETestSupport.text([0x41, 0xE9], charset: "us-ascii") == "A\u{FFFD}")
        #expect(MIMETestSupport.text([0x63, 0x61, 0x66, 0xC3, 0xA9], charset: "utf-8") == "café")
    }
}

/// Decodes bytes through a one-part message, so the public API is what is tested.
enum MIMETestSupport {
    static func text(_ body: [UInt8], charset: String) -> String? {
        let head = Array("Content-Type: text/plain; charset=\"\(charset)\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".utf8)
        return EmailMessage(bytes: head + body).textPlainParts.first
    }
}
