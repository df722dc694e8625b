import Foundation
import Testing
import TriageText
import TriageTickets

@Suite struct CSVIntakeTests {
    @Test func rowWithMissingColumnIsATypedErrorAndOtherRowsComeThrough() throws {
        let input = "id,subject,text,order_id\n"
            + "T-1,Refund,\"Charged twice,\nplease help\",A-55812\n"
            + "T-2,Login\n"
            + "T-3,Card,card blocked,\n"
        let folder = try Fixtures.folder()
        let url = try Fixtures.write(input, named: "tickets.csv", in: folder)
        let results = TicketReader().readAll(url, format: .csv)
        let tickets = Fixtures.tickets(results)
        #expect(tickets.map(\.id) == ["T-1", "T-3"])
        #expect(tickets.first?.customerText == "Charged twice,\nplease help")
        #expect(tickets.first?.fields == ["order_id": "A-55812"])
        #expect(tickets.first?.channel == .csv)
        let errors = Fixtures.errors(results)
        #expect(errors.count == 1)
        // The second data row starts on physical line 4: the first one spans lines 2-3.
        #expect(errors.first?.line == 4)
        #expect(errors.first?.field == "text")
        #expect(errors.first?.reason == .missingColumn)
        #expect(errors.first?.file == url.path)
    }

    @Test func columnMappingPicksTheColumns() {
        var options = IntakeOptions()
        options.csv.text = "utterance"
        options.csv.id = "ref"
        let input = "ref,utterance,category\n7,I lost my card,lost_card\n"
        let results = TicketReader(options: options).records(Data(input.utf8), file: "b.csv", format: .csv)
        let ticket = Fixtures.tickets(results).first
        #expect(ticket?.id == "7")
        #expect(ticket?.customerText == "I lost my card")
        #expect(ticket?.fields == ["category": "lost_card"])
    }

    @Test func headerWithoutTheTextColumnIsOneError() {
        let results = CSVIntake.records(in: Array("id,body\n1,x\n".utf8), file: "x.csv")
        #expect(Fixtures.errors(results).map(\.field) == ["text"])
        #expect(Fixtures.errors(results).first?.reason == .unknownColumn)
    }

    @Test func missingIdColumnFallsBackToFileAndLine() {
        let results = CSVIntake.records(in: Array("text\nhello\nworld\n".utf8), file: "/tmp/in.csv")
        #expect(Fixtures.tickets(results).map(\.id) == ["in.csv:2", "in.csv:3"])
    }

    @Test func readsTheBanking77TestSplit() throws {
        guard let url = SharedData.url("banking77/test.csv") else { return }
        var options = IntakeOptions()
        options.csv.id = "none"
        let results = TicketReader(options: options).readAll(url, format: .csv)
        #expect(results.count == 3080)
        #expect(Fixtures.errors(results).isEmpty)
        #expect(Fixtures.tickets(results).allSatisfy { $0.fields["category"] != nil && !$0.customerText.isEmpty })
    }
}
