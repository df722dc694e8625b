// StemBench: words per second of TriageText's Snowball English stemmer on two workloads, as JSON.
//
//   vocabulary: the Snowball test vocabulary (42,649 distinct words), no cache: `EnglishStemmer.stem`.
//   text:       running text (dialogue and banking words, lower-cased, split on non-letters), with a
//               warm `StemCache` (created once, kept across runs, like PyStemmer's built-in cache).
//
// Each figure is the median of `--runs` timed runs after one warm-up (BenchSupport's `Timing.median`;
// this tool depends on TriageText alone so that rebuilding it after a stemmer change stays quick).
// Usage: StemBench [--vocabulary FILE] [--text FILE] [--runs N]
//   FILE: one word per line. Without --text, the words of ../shared/data/dialogsum/dev.jsonl dialogues
//   are used (Benchmarks/scripts/stemmer.sh passes the exact list it gives PyStemmer).
import BenchSupport
import Foundation
import TriageText


struct Options {
    var vocabulary: String?
    var text: String?
    var runs = 7

    init(_ arguments: [String]) {
        var i = 1
        while i + 1 < arguments.count {
            switch arguments[i] {
            case "--vocabulary": vocabulary = arguments[i + 1]
            case "--text": text = arguments[i + 1]
            case "--runs": runs = max(5, Int(arguments[i + 1]) ?? 7)
            default: break
            }
            i += 2
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("StemBench: \(message)\n".utf8))
    exit(1)
}

func wordList(_ path: String) -> [String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    return text.split(separator: "\n").map(String.init)
}

/// Lower-cased runs of ASCII letters in the dialogues of dialogsum/dev.jsonl.
func dialogueWords(_ data: URL) -> [String] {
    let path = data.appendingPathComponent("dialogsum/dev.jsonl").path
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    var words: [String] = []
    for line in text.split(separator: "\n") {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let dialogue = object["dialogue"] as? String else { continue }
        let lower = dialogue.lowercased()
        words += lower.split(whereSeparator: { !("a" ... "z").contains($0) }).map(String.init)
    }
    return words
}

let options = Options(CommandLine.arguments)
let data = Timing.dataDirectory()
guard let vocabularyPath = options.vocabulary ?? data?.appendingPathComponent("snowball-english/voc.txt").path else {
    fail("no data directory; pass --vocabulary and --text")
}
let vocabulary = wordList(vocabularyPath)
let text: [String]
if let path = options.text {
    text = wordList(path)
} else if let data {
    text = dialogueWords(data)
} else {
    fail("no data directory; pass --text")
}

let stemmer = EnglishStemmer()
var sink = 0

// (a) Vocabulary, no cache: a new array of stems per run, as PyStemmer's stemWords returns a list.
let vocabularySeconds = Timing.median(runs: options.runs) {
    var stems: [String] = []
    stems.reserveCapacity(vocabulary.count)
    for word in vocabulary { stems.append(stemmer.stem(word)) }
    sink &+= stems.count
}

// (b) Running text through one warm cache.
var cache = StemCache()
let textCachedSeconds = Timing.median(runs: options.runs) {
    var stems: [String] = []
    stems.reserveCapacity(text.count)
    for word in text { stems.append(cache.stem(word)) }
    sink &+= stems.count
}

// For reference: running text without a cache, and the allocation-free byte API on the vocabulary.
let textUncachedSeconds = Timing.median(runs: options.runs) {
    var stems: [String] = []
    stems.reserveCapacity(text.count)
    for word in text { stems.append(stemmer.stem(word)) }
    sink &+= stems.count
}
let vocabularyBytes = vocabulary.map { Array($0.utf8) }
let vocabularyBytesSeconds = Timing.median(runs: options.runs) {
    var total = 0
    for word in vocabularyBytes {
        total &+= word.withUnsafeBufferPointer { stemmer.withStem(ofUTF8: $0) { $0.count } }
    }
    sink &+= total
}

func rate(_ count: Int, _ seconds: Double) -> String {
    String(format: "%.0f", Double(count) / seconds)
}

print("""
{"vocabulary_words": \(vocabulary.count), "text_words": \(text.count), "runs": \(options.runs), \
"vocabulary_nocache_words_per_s": \(rate(vocabulary.count, vocabularySeconds)), \
"text_cache_words_per_s": \(rate(text.count, textCachedSeconds)), \
"text_nocache_words_per_s": \(rate(text.count, textUncachedSeconds)), \
"vocabulary_utf8_api_words_per_s": \(rate(vocabulary.count, vocabularyBytesSeconds)), \
"checksum": \(sink % 1000)}
""")
