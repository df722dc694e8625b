import Testing
import TriagePlanner

/// The planner's input screen: empty, signature-only, oversized and foreign-script texts.
@Suite struct InputScreenTests {
    @Test(arguments: [
        ("Thanks,\nBob", InputScreen.Problem?.some(.signatureOnly)),
        ("Best regards\n--\nJane Doe\n+49 30 1234 5678", .some(.signatureOnly)),
        ("\n\n  Kind regards!  \r\n\tACME GmbH\n", .some(.signatureOnly)),
        ("Sent from my iPhone", .some(.signatureOnly)),
        ("--\nJane Doe\nHead of Ops", .some(.signatureOnly)),
        ("Viele Grüße\nBob", .some(.signatureOnly)),
        ("My invoice is wrong\nThanks", nil),
        ("  \n\nHi,\nThanks", nil),
        ("Thanks\t!\nBob", nil),
        ("Grüße\nBob", nil),
        ("Cheers, the export button crashes", nil),
        ("", .some(.empty)),
        ("   \n\t", .some(.empty)),
        ("12345 678", .some(.empty)),
    ])
    func screensTexts(text: String, expected: InputScreen.Problem?) {
        #expect(InputScreen().problem(with: text) == expected, "\(text)")
    }

    @Test func largeAndForeignTexts() {
        #expect(InputScreen().problem(with: String(repeating: "a", count: 100_001)) == .tooLarge)
        #expect(InputScreen().problem(with: "我们的应用程序无法打开，请帮忙") == .unsupportedScript)
    }
}
