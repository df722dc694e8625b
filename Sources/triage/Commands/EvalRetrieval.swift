import ArgumentParser
import Foundation
import TriageSearch

extension BM25Variant: ExpressibleByArgument {}
extension TokenizationMode: ExpressibleByArgument {}

struct EvalRetrieval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retrieval",
        abstract: "nDCG@10, Recall@100, MRR@10, MAP@100 (trec_eval definitions) of BM25 over a BEIR set.")

    @Option(help: "BEIR corpus.jsonl.")
    var corpus: String
    @Option(help: "BEIR queries.jsonl.")
    var queries: String
    @Option(help: "BEIR qrels TSV (query-id, corpus-id, score).")
    var qrels: String
    @Option(help: "BM25 variant: lucene | robertson | atire | bm25l | bm25+.")
    var variant: BM25Variant = .lucene
    @Option(help: "BM25 k1.")
    var k1: Double = 1.2
    @Option(help: "BM25 b.")
    var b: Double = 0.75
    @Option(help: "Tokenization: analyzer | wordPattern (bm25s-like).")
    var tokenization: TokenizationMode = .analyzer
    @Option(help: "BM25F weight of the title field.")
    var titleWeight: Double = 1

    func run() throws {
        var options = IndexOptions()
        options.analysis.mode = tokenization
        options.fields = [FieldSpec("title", weight: titleWeight), FieldSpec("body"), FieldSpec("tags")]
        options.scoring = BM25Options(variant: variant, k1: k1, b: b)
        do {
            let report = try RetrievalEvaluation.run(corpus: URL(fileURLWithPath: corpus), queries: URL(fileURLWithPath: queries),
                                                     qrels: URL(fileURLWithPath: qrels), options: options)
            print(report.json)
        } catch let error as SearchError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
