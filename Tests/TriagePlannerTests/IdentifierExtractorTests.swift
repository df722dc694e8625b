import Testing
import TriagePlanner

@Suite struct IdentifierExtractorTests {
    private let invoice = IdentifierExtractor(type: .invoiceID, pattern: try? FieldPattern(#"^INV-\d{6}$"#))

    @Test func patternMatchIsValid() throws {
        let found = Fixtures.scan(invoice, "I paid INV-204311 twice.")
        #expect(found.map(\.value) == ["INV-204311"])
        #expect(found.first?.valid == true)
    }

    @Test func shortInvoiceNumberIsInvalidWithAReason() throws {
        let candidate = try #require(Fixtures.scan(invoice, "Invoice INV-12 was charged twice").first)
        #expect(!candidate.valid)
        #expect(candidate.value == "INV-12")
        #expect(candidate.problem == "doesn't look complete or correct")
    }

    @Test func lowercaseAndBareNumbersAreRepaired() {
        #expect(Fixtures.scan(invoice, "see inv-204311").map(\.value) == ["INV-204311"])
        #expect(Fixtures.scan(invoice, "my invoice number is 204311").map(\.value) == ["INV-204311"])
    }

    @Test func unrelatedNumbersAreIgnored() {
        #expect(Fixtures.scan(invoice, "we have 25 users and paid 204311 cents").isEmpty)
    }

    @Test func orderNumberAfterHashOrKeywordWithoutPattern() {
        let order = IdentifierExtractor(type: .orderID)
        #expect(Fixtures.scan(order, "order #55812 never arrived").map(\.value) == ["55812"])
        #expect(Fixtures.scan(order, "Order number: A-55812").map(\.value) == ["A-55812"])
    }

    @Test func workspaceIdsByPatternPrefix() {
        let account = IdentifierExtractor(type: .accountID, pattern: try? FieldPattern(#"^WS-\d{5}$"#))
        let found = Fixtures.scan(account, "Our workspace WS-48213 and ws-1234 (typo)")
        #expect(found.map(\.value) == ["WS-48213", "WS-1234"])
        #expect(found.map(\.valid) == [true, false])
    }

    @Test func emailLocalPartIsNotAnId() {
        let account = IdentifierExtractor(type: .accountID)
        #expect(Fixtures.scan(account, "account acc123@example.com").isEmpty)
    }
}
