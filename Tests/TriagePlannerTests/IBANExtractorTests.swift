import Testing
import TriagePlanner

@Suite struct IBANExtractorTests {
    @Test(arguments: [("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
                      ("GB82WEST12345698765432", "GB82WEST12345698765432"),
                      ("nl91 abna 0417 1643 00", "NL91ABNA0417164300")])
    func validIBANsPassMod97(raw: String, normalized: String) throws {
        let iban = try #require(Fixtures.scan(IBANExtractor(), "please refund to \(raw). thanks").first)
        #expect(iban.valid)
        #expect(iban.value == normalized)
    }

    @Test func changedDigitFailsTheCheck() throws {
        let iban = try #require(Fixtures.scan(IBANExtractor(), "IBAN DE89 3704 0044 0532 0130 01").first)
        #expect(!iban.valid)
        #expect(iban.problem?.contains("check digits") == true)
    }

    @Test func wrongLengthForCountryIsInvalid() throws {
        let iban = try #require(Fixtures.scan(IBANExtractor(), "IBAN DE89 3704 0044 0532 0130").first)
        #expect(!iban.valid)
        #expect(iban.problem?.contains("length") == true)
    }

    @Test func mod97OfKnownIBANIsOne() {
        #expect(IBANExtractor.mod97(Array("GB82WEST12345698765432".utf8)) == 1)
        #expect(IBANExtractor.mod97(Array("GB83WEST12345698765432".utf8)) != 1)
    }
}
