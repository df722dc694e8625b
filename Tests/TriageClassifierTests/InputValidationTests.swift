import Testing
import TriageClassifier

@Suite struct InputValidationTests {
    @Test func emptyTextInTrainingDataNamesTheLine() {
        let csv = Array("text,label\nhello there,a\n   ,b\n".utf8)
        #expect(throws: ClassifierError.emptyText(file: "d.csv", line: 3)) { try ExampleReader().readCSV(csv, file: "d.csv") }
        let examples = Fixtures.synthetic + [LabeledExample(text: "", label: "refund")]
        #expect(throws: ClassifierError.emptyText(file: nil, line: examples.count)) { try IntentClassifier.train(examples: examples) }
    }

    @Test func emptyTextToClassifyThrows() throws {
        let model = try #require(Fixtures.smallModel)
        #expect(throws: ClassifierError.emptyText(file: nil, line: nil)) { try model.prediction(for: "  \n") }
        #expect(model.predictedLabel(for: "") == nil)
        #expect(model.predictedLabelHypotheses(for: "", maximumCount: 3).isEmpty)
    }

    @Test func aLabelWithOneExampleIsReported() {
        let examples = Fixtures.synthetic + [LabeledExample(text: "where is my parcel", label: "delivery")]
        #expect(throws: ClassifierError.tooFewExamples(label: "delivery", count: 1, minimum: 2)) {
            try IntentClassifier.train(examples: examples)
        }
    }

    @Test func aMissingColumnIsReported() {
        let csv = Array("utterance,category\nhello,a\n".utf8)
        #expect(throws: ClassifierError.missingColumn(file: "x.csv", column: "text", available: ["utterance", "category"])) {
            try ExampleReader().readCSV(csv, file: "x.csv")
        }
        #expect(throws: ClassifierError.missingColumn(file: "x.csv", column: "intent_name", available: ["utterance", "category"])) {
            try ExampleReader(textColumn: "utterance", labelColumn: "intent_name").readCSV(csv, file: "x.csv")
        }
    }

    @Test func csvQuotingAndJSONLAreRead() throws {
        let csv = Array("text,category\n\"Hello, \"\"world\"\"\nsecond line\",greet\r\nbye,leave\n".utf8)
        let rows = try ExampleReader().readCSV(csv)
        #expect(rows == [LabeledExample(text: "Hello, \"world\"\nsecond line", label: "greet"), LabeledExample(text: "bye", label: "leave")])
        let jsonl = Array("{\"text\": \"hi\", \"intent\": \"greet\"}\n\n{\"text\": \"bye\", \"intent\": \"leave\"}\n".utf8)
        #expect(try ExampleReader().readJSONL(jsonl) == [LabeledExample(text: "hi", label: "greet"), LabeledExample(text: "bye", label: "leave")])
        #expect(throws: ClassifierError.malformedRecord(file: nil, line: 1, reason: "not valid JSON")) { try ExampleReader().readJSONL(Array("{oops\n".utf8)) }
        #expect(throws: ClassifierError.malformedRecord(file: nil, line: 2, reason: "unterminated quoted field")) {
            try ExampleReader().readCSV(Array("text,label\n\"open,a\n".utf8))
        }
    }

    @Test func oneLabelIsNotEnough() {
        let examples = Fixtures.synthetic.filter { $0.label == "refund" }
        #expect(throws: ClassifierError.tooFewLabels(found: 1)) { try IntentClassifier.train(examples: examples) }
    }
}
