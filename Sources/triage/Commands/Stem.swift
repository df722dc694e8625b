import ArgumentParser
import TriageKit

struct Stem: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Stem words read from standard input, one per line (Snowball English).")

    func run() throws {
        let stemmer = EnglishStemmer()
        var out = ""
        out.reserveCapacity(1 << 16)
        while let line = readLine(strippingNewline: true) {
            out += stemmer.stem(line)
            out += "\n"
            if out.utf8.count > 1 << 15 { print(out, terminator: ""); out.removeAll(keepingCapacity: true) }
        }
        print(out, terminator: "")
    }
}
