import ArgumentParser
import Foundation
import TriageTickets

extension IntakeFormat: ExpressibleByArgument {}

/// `triage intake`: normalise raw tickets to Ticket JSONL.
struct Intake: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Normalise e-mail, JSON(L), CSV or chat transcripts to Ticket JSONL on standard output.",
        discussion: """
            Rejected records are reported on standard error with their file, line and field; the others are \
            still written. Exit status 1 when any record was rejected, 0 otherwise.
            """)

    @Option(help: "Input format: \(IntakeFormat.allCases.map(\.rawValue).joined(separator: " | ")).")
    var format: IntakeFormat

    @Option(name: .customLong("in"), help: "Input file or folder (a folder of .eml files for e-mail); - for standard input.")
    var input: String = "-"

    @Option(help: "CSV: the column holding the message text.")
    var textColumn: String?

    @Option(help: "CSV: the column holding the ticket id.")
    var idColumn: String?

    @Option(help: "CSV: the column holding the subject.")
    var subjectColumn: String?

    @Option(help: "CSV: the column holding the creation time.")
    var createdAtColumn: String?

    @Option(help: "CSV: the column holding the customer e-mail.")
    var customerEmailColumn: String?

    @Option(help: "CSV: the field delimiter (default: comma; tab for .tsv files).")
    var delimiter: String?

    @Flag(help: "Keep quoted history and signatures in the message text instead of separating them.")
    var keepQuoted = false

    func run() throws {
        var options = IntakeOptions()
        options.separateQuotedText = !keepQuoted
        if let textColumn { options.csv.text = textColumn }
        if let idColumn { options.csv.id = idColumn }
        if let subjectColumn { options.csv.subject = subjectColumn }
        if let createdAtColumn { options.csv.createdAt = createdAtColumn }
        if let customerEmailColumn { options.csv.customerEmail = customerEmailColumn }
        if let delimiter { options.csv.delimiter = delimiter }
        let reader = TicketReader(options: options)
        var rejected = 0
        var accepted = 0
        var output = Data()
        try reader.read(URL(fileURLWithPath: input), format: format) { result in
            switch result {
            case .success(let ticket):
                accepted += 1
                output.append(contentsOf: Array(try ticket.jsonLine().utf8))
                output.append(0x0A)
                if output.count >= 1 << 16 {
                    FileHandle.standardOutput.write(output)
                    output.removeAll(keepingCapacity: true)
                }
            case .failure(let error):
                rejected += 1
                FileHandle.standardError.write(Data("rejected: \(error)\n".utf8))
            }
        }
        FileHandle.standardOutput.write(output)
        FileHandle.standardError.write(Data("intake: \(accepted) accepted, \(rejected) rejected\n".utf8))
        if rejected > 0 { throw ExitCode(1) }
    }
}
