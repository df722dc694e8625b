import Foundation
import TriageClassifier
import TriageText

/// Shared data and models, loaded or trained once per test process.
enum Fixtures {
    struct Banking: Sendable {
        var train: [LabeledExample]
        var test: [LabeledExample]
    }

    /// Banking77 train/test, or nil (tests skip) when ../shared/data is absent.
    static let banking: Banking? = {
        guard let train = SharedData.url("banking77/train.csv", notice: "TriageClassifierTests"),
              let test = SharedData.url("banking77/test.csv", notice: "TriageClassifierTests") else { return nil }
        let reader = ExampleReader(textColumn: "text", labelColumn: "category")
        guard let tr = try? reader.read(path: train.path), let te = try? reader.read(path: test.path) else { return nil }
        return Banking(train: tr, test: te)
    }()

    /// The default model trained on all of Banking77's training split.
    static let bankingModel: IntentClassifier? = {
        guard let b = banking else { return nil }
        return try? IntentClassifier.train(examples: b.train, configuration: .init())
    }()

    /// A small, fast training set: the first 12 Banking77 intents (or a synthetic set without data).
    static let small: [LabeledExample] = {
        if let b = banking {
            let labels = Set(Array(Set(b.train.map(\.label))).sorted().prefix(12))
            return b.train.filter { labels.contains($0.label) }
        }
        return synthetic
    }()

    static let synthetic: [LabeledExample] = {
        let templates: [(String, [String])] = [
            ("refund", ["I want my money back for order", "please refund the charge", "refund request for my purchase", "how do I get a refund", "return and refund the item"]),
            ("card_lost", ["I lost my card", "my card was stolen yesterday", "card missing, please block it", "can't find my bank card", "someone stole my card"]),
            ("password", ["reset my password", "I forgot my password", "can't log in, password not working", "change password please", "password reset link expired"]),
        ]
        var out: [LabeledExample] = []
        for (label, texts) in templates { for t in texts { out.append(LabeledExample(text: t, label: label)) } }
        return out
    }()

    /// A fast configuration for structural tests.
    static var quick: ClassifierConfiguration {
        var c = ClassifierConfiguration()
        c.linear.epochs = 3
        return c
    }

    static let smallModel: IntentClassifier? = try? IntentClassifier.train(examples: small, configuration: quick)

    /// ``small`` as training rows: its sorted labels, each example's class, the fitted default vectorizer and
    /// the feature matrix.
    static func smallMatrix() throws -> (labels: [String], y: [Int32], vectorizer: TextVectorizer, x: SparseMatrix) {
        let labels = Array(Set(small.map(\.label))).sorted()
        let y = small.map { Int32(labels.firstIndex(of: $0.label) ?? 0) }
        let (vectorizer, x) = try TextVectorizer.fit(small.map(\.text), options: VectorizerOptions())
        return (labels, y, vectorizer, x)
    }

    static func temporaryPath(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("triage-clf-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }
}
