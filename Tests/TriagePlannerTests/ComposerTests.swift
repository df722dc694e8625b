import Testing
import TriagePlanner

@Suite struct ComposerTests {
    private let invoiceMissing = MissingField(name: "invoice_id", type: .invoiceID, reason: .invalid,
                                              detail: "The invoice number INV-12 doesn't look complete or correct.",
                                              question: "Could you send the invoice number (it looks like INV-123456)?")
    private let emailMissing = MissingField(name: "account_email", type: .email, reason: .absent,
                                            question: "Which e-mail address do you sign in with?")

    @Test func oneFieldIsAskedInOneSentence() {
        let ask = AskComposer().compose(missing: [emailMissing], customerName: "Ana Silva", product: "Shiftwise")
        #expect(ask.fields == ["account_email"])
        #expect(ask.text == """
        Hi Ana,

        Thanks for contacting Shiftwise support. Which e-mail address do you sign in with?

        As soon as we have this, we'll take it from there.
        Thanks!
        """)
    }

    @Test func allMissingFieldsAreAskedAtOnceWithReasons() {
        let ask = AskComposer().compose(missing: [invoiceMissing, emailMissing])
        #expect(ask.fields == ["invoice_id", "account_email"])
        #expect(ask.text.hasPrefix("Hello,\n"))
        #expect(ask.text.contains("- The invoice number INV-12 doesn't look complete or correct. Could you send the invoice number"))
        #expect(ask.text.contains("- Which e-mail address do you sign in with?"))
    }

    private let article = KBArticle(id: "kb-double-charge", title: "Charged twice", intents: ["billing_double_charge"],
                                    sections: [.init(heading: "Answer", text: "Hi {{customer_name}}, we refunded {{ invoice_id }} to your card {{card}}."),
                                               .init(heading: "Internal notes", text: "never sent")])

    @Test func answerFillsPlaceholdersAndCites() throws {
        let fields = [ExtractedField(name: "invoice_id", type: .invoiceID, value: "INV-204311"),
                      ExtractedField(name: "card", type: .card, value: "1111", redact: true)]
        let answer = try AnswerComposer().compose(article: article, fields: fields, context: ["customer_name": "Ana"]).get()
        #expect(answer.text == "Hi Ana, we refunded INV-204311 to your card ending 1111.")
        #expect(answer.citations == [Citation(articleID: "kb-double-charge", title: "Charged twice")])
        #expect(answer.generatedBy == "template")
    }

    @Test func unresolvedPlaceholderPreventsAnAnswer() {
        let result = AnswerComposer().compose(article: article, fields: [ExtractedField(name: "invoice_id", type: .invoiceID, value: "INV-204311")])
        #expect(result == .failure(.unresolvedPlaceholders(articleID: "kb-double-charge", names: ["card"])))
    }

    @Test func invalidFieldsDoNotFillPlaceholders() {
        let fields = [ExtractedField(name: "invoice_id", type: .invoiceID, value: "INV-12", valid: false),
                      ExtractedField(name: "card", type: .card, value: "1111", redact: true)]
        let result = AnswerComposer().compose(article: article, fields: fields)
        #expect(result == .failure(.unresolvedPlaceholders(articleID: "kb-double-charge", names: ["invoice_id"])))
    }

    @Test func placeholderScannerIgnoresNonNames() {
        #expect(Placeholders.names(in: "{{a}} {{ b_2 }} {{not a name}} {{a}} {{") == ["a", "b_2"])
    }
}
