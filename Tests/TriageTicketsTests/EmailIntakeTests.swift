import Foundation
import Testing
import TriageTickets

@Suite struct EmailIntakeTests {
    private func ticket(_ lines: [String], file: String = "m.eml") throws -> Ticket {
        try EmailIntake.record(bytes: Fixtures.email(lines), file: file).get()
    }

    @Test func multipartAlternativePrefersPlainTextAndDecodesTransferEncodings() throws {
        let ticket = try ticket([
            "From: =?ISO-8859-1?Q?Jos=E9?= <jose@example.com>", "To: support@example.com",
            "Subject: Order", "Date: Mon, 2 Nov 2026 09:30:00 +0100", "Message-ID: <abc@example.com>",
            "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"outer\"", "",
            "preamble", "--outer", "Content-Type: multipart/alternative; boundary=inner", "",
            "--inner", "Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: quoted-printable", "",
            "Caf=E9 order A-55812 is l=", "ate.", "--inner", "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: base64", "", "PHA+SFRNTDwvcD4=", "--inner--", "",
            "--outer", "Content-Type: application/pdf; name=\"invoice.pdf\"", "Content-Disposition: attachment; filename=\"invoice.pdf\"",
            "Content-Transfer-Encoding: base64", "", "JVBERi0=", "--outer--", "",
        ])
        #expect(ticket.id == "abc@example.com")
        #expect(ticket.channel == .email)
        #expect(ticket.createdAt == "2026-11-02T08:30:00Z")
        #expect(ticket.customer?.name == "José")
        #expect(ticket.customer?.email == "jose@example.com")
        #expect(ticket.fields["email_to"] == "support@example.com")
        #expect(ticket.messages.first?.text == "Café order A-55812 is late.")
        #expect(ticket.messages.first?.attachments == ["invoice.pdf"])
        #expect(ticket.messages.first?.html == false)
        #expect(ticket.defects.isEmpty)
    }

    @Test func htmlOnlyMailIsConvertedToText() throws {
        let ticket = try ticket([
            "From: a@example.com", "Content-Type: text/html; charset=utf-8", "",
            "<html><head><style>p{color:red}</style></head><body><p>Hello&nbsp;team,</p>",
            "<p>My <b>invoice</b> &amp; receipt are wrong:</p><ul><li>one</li><li>two &#8364;5</li></ul>",
            "<blockquote>old text</blockquote><script>alert(1)</script></body></html>",
        ])
        let message = try #require(ticket.messages.first)
        #expect(message.html)
        #expect(message.text == "Hello team,\n\nMy invoice & receipt are wrong:\n- one\n- two €5")
        #expect(message.quoted == "> old text")
    }

    @Test func quotedRepliesAndSignaturesAreSeparatedNotDropped() {
        let body = """
            Thanks, that fixed it.

            --\u{20}
            Ana Ruiz
            Acme Corp

            On Mon, 2 Nov 2026 at 10:00, Support <help@example.com> wrote:
            > Please restart the router.
            >
            > Regards
            """
        let parts = ReplySeparator.separate(body)
        #expect(parts.text == "Thanks, that fixed it.")
        #expect(parts.signature == "Ana Ruiz\nAcme Corp")
        #expect(parts.quoted == "On Mon, 2 Nov 2026 at 10:00, Support <help@example.com> wrote:\n> Please restart the router.\n>\n> Regards")
    }

    @Test func outlookHistoryIsQuoted() {
        let original = ReplySeparator.separate("Still broken.\n\n-----Original Message-----\nFrom: Help\nSent: Monday\nSubject: Re: x\n\nTry again.")
        #expect(original.text == "Still broken.")
        #expect(original.quoted?.hasPrefix("-----Original Message-----\nFrom: Help") == true)
        let headerBlock = ReplySeparator.separate("See below\r\n________________________________\r\nFrom: Help Desk\r\nSent: Tuesday\r\nTo: me\r\n\r\nOld")
        #expect(headerBlock.text == "See below")
        #expect(headerBlock.quoted == "________________________________\nFrom: Help Desk\nSent: Tuesday\nTo: me\n\nOld")
    }

    @Test func inlineRepliesKeepTextAfterQuotes() {
        let parts = ReplySeparator.separate("On Tue, Bob wrote:\n> What is your order number?\n\nIt is A-55812.\n> And the date?\nYesterday.")
        #expect(parts.text == "It is A-55812.\nYesterday.")
        #expect(parts.quoted == "On Tue, Bob wrote:\n> What is your order number?\n> And the date?")
        #expect(parts.signature == nil)
    }

    // MARK: Bad input: best effort with recorded defects, never a crash

    @Test func truncatedMimePartKeepsWhatWasRead() throws {
        let ticket = try ticket([
            "From: a@example.com", "Content-Type: multipart/mixed; boundary=b", "",
            "--b", "Content-Type: text/plain", "", "first part", "--b", "Content-Type: text/plain",
            "Content-Transfer-Encoding: base64", "", "SGVsbG8gd29y",
        ])
        #expect(ticket.messages.first?.text == "first part\n\nHello wor")
        #expect(ticket.defects.contains("CloseBoundaryNotFoundDefect"))
    }

    @Test func missingBoundaryKeepsTheBodyAsText() throws {
        let noParameter = try ticket(["From: a@example.com", "Content-Type: multipart/mixed", "", "--x", "", "text here", "--x--"])
        #expect(noParameter.defects.contains("NoBoundaryInMultipartDefect"))
        #expect(noParameter.messages.first?.text.contains("text here") == true)
        let neverSeen = try ticket(["From: a@example.com", "Content-Type: multipart/mixed; boundary=zzz", "", "just text"])
        #expect(neverSeen.defects.contains("StartBoundaryNotFoundDefect"))
        #expect(neverSeen.messages.first?.text == "just text")
    }

    @Test func invalidBytesAreReplacedAndRecorded() throws {
        let head = Fixtures.email(["From: a@example.com", "Subject: caf\u{E9}", "Content-Type: text/plain; charset=utf-8", "", ""])
        let result = EmailIntake.record(bytes: head + [0x6F, 0x6B, 0x20, 0xC3, 0x28, 0xFF], file: "bad.eml")
        let ticket = try result.get()
        #expect(ticket.subject == "café")
        #expect(ticket.messages.first?.text == "ok \u{FFFD}(\u{FFFD}")
        #expect(ticket.defects.contains { $0.hasPrefix("UndecodableBytesDefect") })
    }

    @Test func unknownCharsetIsBestEffortWithADefect() throws {
        let head = Fixtures.email(["Content-Type: text/plain; charset=x-mac-roman", "", ""])
        let ticket = try EmailIntake.record(bytes: head + [0x63, 0x61, 0x66, 0xC3, 0xA9], file: "m.eml").get()
        #expect(ticket.messages.first?.text == "café")
        #expect(ticket.defects == ["UnknownCharsetDefect (x-mac-roman)"])
    }

    @Test func emptyFileIsAnError() {
        let result = EmailIntake.record(bytes: [], file: "empty.eml")
        #expect(throws: IntakeError.self) { try result.get() }
        if case .failure(let error) = result { #expect(error.reason == .empty && error.file == "empty.eml") }
    }

    @Test func tenMegabyteBodyParsesInBoundedTime() throws {
        let line = Array("The quick brown fox jumps over the lazy dog; order A-55812 is late again.\r\n".utf8)
        var bytes = Fixtures.email(["From: a@example.com", "Subject: big", "Content-Type: text/plain", "", ""])
        while bytes.count < 10_000_000 { bytes += line }
        let clock = ContinuousClock()
        let start = clock.now
        let ticket = try EmailIntake.record(bytes: bytes, file: "big.eml").get()
        let elapsed = clock.now - start
        #expect((ticket.messages.first?.text.utf8.count ?? 0) > 9_000_000)
        #expect(elapsed < .seconds(60))
        print("10 MB e-mail body: \(elapsed)")
    }

    @Test func folderOfEmlFilesGivesOneTicketEach() throws {
        let folder = try Fixtures.folder()
        _ = try Fixtures.write(Fixtures.email(["From: a@example.com", "Subject: one", "", "first"]), named: "b.eml", in: folder)
        _ = try Fixtures.write(Fixtures.email(["From: b@example.com", "Subject: two", "", "second"]), named: "a.eml", in: folder)
        _ = try Fixtures.write([], named: "c.eml", in: folder)
        _ = try Fixtures.write("ignored", named: "notes.md", in: folder)
        let results = TicketReader().readAll(folder, format: .email)
        #expect(Fixtures.tickets(results).map(\.subject) == ["two", "one"])
        #expect(Fixtures.errors(results).map(\.reason) == [.empty])
        #expect(Fixtures.tickets(results).map(\.id) == ["a", "b"])
    }

    @Test func cpythonSuiteNeverCrashesAndEveryMessageBecomesATicket() throws {
        guard let url = SharedDataForEmail.folder() else { return }
        let results = TicketReader().readAll(url, format: .email)
        #expect(results.count == 48)
        #expect(Fixtures.errors(results).isEmpty)
        let first = try #require(Fixtures.tickets(results).first)
        #expect(try first.jsonLine() == (try Fixtures.tickets(TicketReader().readAll(url, format: .email)).first?.jsonLine()))
    }
}
