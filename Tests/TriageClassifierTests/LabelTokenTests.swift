import Foundation
import Testing
import TriageClassifier

/// Shared label-token components (``LabelTokenGroups``, ``LinearModelOptions/labelTokenRate``).
@Suite struct LabelTokenTests {
    @Test func groupsComeFromWordsSharedByTwoOrMoreLabels() {
        let labels = ["pending_top_up", "top_up_failed", "top_up_reverted", "pending_transfer", "card_arrival", "visa_or_mastercard"]
        let g = LabelTokenGroups(labels: labels)
        // "top" and "up" name the same three intents: one group, named after the first token.
        // "failed", "transfer", "card", "arrival" occur once; "or" is a stop word.
        #expect(g.tokens == ["pending", "top"])
        #expect(g.members == [[0, 3], [0, 1, 2]])
        #expect(g.groupsOfClass == [[0, 1], [1], [1], [0], [], []])
    }

    @Test func aWordInEveryLabelAndOpaqueLabelsGiveNoGroups() {
        #expect(LabelTokenGroups(labels: ["intent_1", "intent_2", "intent_3"]).isEmpty)
        #expect(LabelTokenGroups(labels: ["A", "B", "C"]).isEmpty)
        let g = LabelTokenGroups(labels: ["card-lost", "Card stolen", "phone lost"])
        #expect(g.tokens == ["card", "lost"])
        #expect(g.members == [[0, 1], [0, 2]])
    }

    /// Four intents from two families and two outcomes, symmetric except for a word seen only in `alpha_xray`
    /// examples ("zulu") and one seen only in `alpha_yoke` examples ("quux"). With shared tokens, "zulu" raises
    /// `bravo_xray` (shares "xray" with `alpha_xray`) against `bravo_yoke`, and "quux" the other way round; without
    /// them the two bravo intents see both words alike, up to the example order.
    @Test func sharedTokensCarryEvidenceAcrossAnIntentFamily() throws {
        let labels = ["alpha_xray", "alpha_yoke", "bravo_xray", "bravo_yoke"]
        var examples: [LabeledExample] = []
        for (c, words) in [["alpha", "xray"], ["alpha", "yoke"], ["bravo", "xray"], ["bravo", "yoke"]].enumerated() {
            for k in 0..<12 { examples.append(LabeledExample(text: "\(words[0]) \(words[1]) note\(k)", label: labels[c])) }
        }
        for k in 0..<6 {
            examples.append(LabeledExample(text: "zulu memo\(k)", label: labels[0]))
            examples.append(LabeledExample(text: "quux memo\(k)", label: labels[1]))
        }
        let (vectorizer, x) = try TextVectorizer.fit(examples.map(\.text), options: VectorizerOptions())
        let y = examples.map { Int32(labels.firstIndex(of: $0.label) ?? 0) }
        let groups = LabelTokenGroups(labels: labels)
        #expect(groups.tokens == ["alpha", "bravo", "xray", "yoke"])
        var options = LinearModelOptions()
        func gaps(rate: Double) throws -> (zulu: Float, quux: Float) {
            options.labelTokenRate = rate
            let m = SoftmaxTrainer(options: options).fit(x, labels: y, classCount: 4, labelGroups: groups)
            let zulu = try #require(vectorizer.featureNames.firstIndex(of: "zulu"))
            let quux = try #require(vectorizer.featureNames.firstIndex(of: "quux"))
            return (m.weight(feature: zulu, class: 2) - m.weight(feature: zulu, class: 3),
                    m.weight(feature: quux, class: 3) - m.weight(feature: quux, class: 2))
        }
        let shared = try gaps(rate: 0.5), plain = try gaps(rate: 0)
        print("label-token gaps: shared \(shared), plain \(plain)")
        #expect(shared.zulu > plain.zulu + 0.3)
        #expect(shared.quux > plain.quux + 0.3)
    }

    @Test func rateZeroOrNoGroupsIsThePlainModelBitForBit() throws {
        let (labels, y, _, x) = try Fixtures.smallMatrix()
        var options = LinearModelOptions()
        options.epochs = 2
        // Made-up compositional names for the classes (the data's own names may share no word).
        let names = labels.indices.map { ["north", "south", "east"][$0 % 3] + "_" + ["red", "green", "blue", "gold"][$0 % 4] }
        let groups = LabelTokenGroups(labels: names)
        #expect(groups.count == 7 || labels.count < 12)
        options.labelTokenRate = 0
        let plain = SoftmaxTrainer(options: options).fit(x, labels: y, classCount: labels.count)
        #expect(SoftmaxTrainer(options: options).fit(x, labels: y, classCount: labels.count, labelGroups: groups) == plain)
        options.labelTokenRate = 0.5
        #expect(SoftmaxTrainer(options: options).fit(x, labels: y, classCount: labels.count, labelGroups: groups) != plain)
        // Groups made for another number of intents are not used.
        #expect(SoftmaxTrainer(options: options).fit(x, labels: y, classCount: labels.count,
                                                     labelGroups: LabelTokenGroups(labels: ["card_a", "card_b", "other"])) == plain)
        let opaque = LabelTokenGroups(labels: labels.indices.map { "intent\($0)" })
        #expect(SoftmaxTrainer(options: options).fit(x, labels: y, classCount: labels.count, labelGroups: opaque) == plain)
    }

    @Test func theNaiveBayesPreconditionerIsRefusedWithSharing() {
        var c = Fixtures.quick
        c.linear.naiveBayesExponent = 1
        #expect(throws: ClassifierError.invalidOption(name: "labelTokenRate", reason: "shared label-token components need naiveBayesExponent 0")) {
            try IntentClassifier.train(examples: Fixtures.synthetic, configuration: c)
        }
        c.linear.labelTokenRate = 0
        #expect(throws: Never.self) { try IntentClassifier.train(examples: Fixtures.synthetic, configuration: c) }
    }

    @Test func oldManifestsDecodeWithoutSharing() throws {
        #expect(LinearModelOptions().labelTokenRate == 0.5)
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(LinearModelOptions())) as? [String: Any])
        #expect(object.removeValue(forKey: "labelTokenRate") as? Double == 0.5)
        let old = try JSONDecoder().decode(LinearModelOptions.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.labelTokenRate == 0)
        var off = LinearModelOptions()
        off.labelTokenRate = 0
        #expect(!String(decoding: try JSONEncoder().encode(off), as: UTF8.self).contains("labelTokenRate"))
    }
}
