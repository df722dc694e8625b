import ArgumentParser
import Foundation
import TriageKit

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse text (argument or standard input) into terms with UTF-8 offsets, as JSON.")

    @Argument(help: "The text; read from standard input when omitted.")
    var text: String?

    @Flag(help: "Keep stop words.")
    var keepStopWords = false

    @Flag(help: "Do not stem.")
    var noStem = false

    func run() throws {
        let input = text ?? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        var options = AnalyzerOptions()
        options.removeStopWords = !keepStopWords
        options.stem = !noStem
        let analyzer = Analyzer(options: options)
        struct Row: Encodable { let term: String; let kind: String; let start: Int; let end: Int; let text: String }
        let utf8 = Array(input.utf8)
        let rows = analyzer.analyze(input).map {
            Row(term: $0.term, kind: $0.kind.rawValue, start: $0.utf8Range.lowerBound, end: $0.utf8Range.upperBound,
                text: String(decoding: utf8[$0.utf8Range], as: UTF8.self))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(rows), as: UTF8.self))
    }
}
