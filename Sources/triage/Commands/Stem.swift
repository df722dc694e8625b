import ArgumentParser
import Foundation
import TriageKit

struct Stem: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Stem words read from standard input, one per line (Snowball English).")

    func run() throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let output = EnglishStemmer().stemLines([UInt8](input))
        FileHandle.standardOutput.write(Data(output))
    }
}
