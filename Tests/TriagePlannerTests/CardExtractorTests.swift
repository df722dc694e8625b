import Testing
import TriagePlanner

@Suite struct CardExtractorTests {
    @Test(arguments: ["4111 1111 1111 1111", "4242-4242-4242-4242", "5555555555554444", "378282246310005"])
    func luhnValidCardsKeepOnlyTheLastFour(number: String) throws {
        let found = Fixtures.scan(CardExtractor(), "my card is \(number), please stop charging it")
        let card = try #require(found.first)
        #expect(card.valid)
        #expect(card.redact)
        #expect(card.value == String(number.filter(\.isNumber).suffix(4)))
        #expect(!card.value.contains(String(number.filter(\.isNumber).prefix(6))))
    }

    @Test func luhnInvalidGroupedNumberIsAnInvalidCard() throws {
        let card = try #require(Fixtures.scan(CardExtractor(), "card 4111 1111 1111 1112").first)
        #expect(!card.valid)
        #expect(card.value == "1112")
        #expect(card.problem?.contains("card number check") == true)
    }

    @Test func ungroupedNonLuhnNumberIsNotACard() {
        #expect(Fixtures.scan(CardExtractor(), "tracking 1234567890123456 arrived").isEmpty)
    }

    @Test func luhnReferenceValues() {
        #expect(CardExtractor.luhnValid([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]))
        #expect(!CardExtractor.luhnValid([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 4]))
    }

    @Test func redactorMasksAllButLastFour() {
        let masked = Redactor.maskCards(in: "pay with 4111 1111 1111 1111 today")
        #expect(masked == "pay with •••• •••• •••• 1111 today")
        #expect(Redactor.maskCards(in: "order 12345") == "order 12345")
    }
}
