import Testing
import TriagePlanner

@Suite struct EmailExtractorTests {
    @Test func emailsAreFoundAndLowercased() {
        let found = Fixtures.scan(EmailExtractor(), "Write to Ana.Silva+billing@Example.COM, or ops@acme.io.")
        #expect(found.map(\.value) == ["ana.silva+billing@example.com", "ops@acme.io"])
        #expect(found.allSatisfy { $0.valid })
    }

    @Test func domainWithoutDotIsInvalid() throws {
        let candidate = try #require(Fixtures.scan(EmailExtractor(), "mail me at ana@localhost").first)
        #expect(!candidate.valid)
    }
}

@Suite struct PhoneExtractorTests {
    @Test(arguments: [("call me on +49 30 1234 5678", "+493012345678"), ("phone: 0049 (30) 123-45678", "+493012345678"),
                      ("my mobile is 030 1234567", "0301234567")])
    func phonesAreNormalised(text: String, expected: String) {
        #expect(Fixtures.scan(PhoneExtractor(), text).map(\.value) == [expected])
    }

    @Test func numbersWithoutPrefixOrKeywordAreNotPhones() {
        #expect(Fixtures.scan(PhoneExtractor(), "we have 1234567 shifts").isEmpty)
    }

    @Test func tooLongInternationalNumberIsInvalid() throws {
        let candidate = try #require(Fixtures.scan(PhoneExtractor(), "+49 301234567890123").first)
        #expect(!candidate.valid)
    }
}

@Suite struct MoneyExtractorTests {
    @Test(arguments: [("charged €49.90 twice", "EUR 49.90"), ("it was 1.234,56 EUR", "EUR 1234.56"),
                      ("USD 1,200", "USD 1200.00"), ("$19", "USD 19.00"), ("£5.5 extra", "GBP 5.50"),
                      ("49 euros", "EUR 49.00"), ("¥500", "JPY 500")])
    func amountsWithCurrency(text: String, expected: String) {
        #expect(Fixtures.scan(MoneyExtractor(), text).map(\.value) == [expected])
    }

    @Test func numbersWithoutCurrencyAreNotMoney() {
        #expect(Fixtures.scan(MoneyExtractor(), "we have 49 users on 2 teams").isEmpty)
    }

    @Test func zeroIsInvalid() throws {
        let candidate = try #require(Fixtures.scan(MoneyExtractor(), "refund of 0.00 EUR").first)
        #expect(!candidate.valid)
    }
}

@Suite struct URLExtractorTests {
    @Test func linksLoseTrailingPunctuation() {
        let found = Fixtures.scan(URLExtractor(), "See https://app.example.com/shifts?id=4. Or www.example.org/help).")
        #expect(found.map(\.value) == ["https://app.example.com/shifts?id=4", "https://www.example.org/help"])
    }

    @Test func hostWithoutDomainIsInvalid() throws {
        let candidate = try #require(Fixtures.scan(URLExtractor(), "open http://intranet/page").first)
        #expect(!candidate.valid)
    }
}

@Suite struct VersionExtractorTests {
    @Test(arguments: [("on v2.3.1 it crashes", "2.3.1"), ("app version 4.2", "4.2"), ("since 2.14.0-beta.2", "2.14.0-beta.2"),
                      ("iOS 17.1.2", "17.1.2")])
    func versionsAreFound(text: String, expected: String) {
        #expect(Fixtures.scan(VersionExtractor(), text).map(\.value) == [expected])
    }

    @Test func pricesDatesAndAddressesAreNotVersions() {
        #expect(Fixtures.scan(VersionExtractor(), "paid 12.50 on 02.11.2026 from 192.168.1.20").isEmpty)
    }
}

@Suite struct ErrorCodeExtractorTests {
    @Test(arguments: [("got 0x80070005 again", "0x80070005"), ("ERR_CONNECTION_REFUSED in Chrome", "ERR_CONNECTION_REFUSED"),
                      ("it shows E1234", "E1234"), ("error 503 on login", "503"), ("HTTP 429 from the API", "429"),
                      ("error code AUTH-401", "AUTH-401")])
    func errorCodesAreFound(text: String, expected: String) {
        #expect(Fixtures.scan(ErrorCodeExtractor(), text).map(\.value) == [expected])
    }

    @Test func idsAndPlainNumbersAreNotErrorCodes() {
        #expect(Fixtures.scan(ErrorCodeExtractor(), "invoice INV-204311 for 503 users").isEmpty)
    }
}
