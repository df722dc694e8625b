import Foundation
import Testing
import TriagePlanner

/// Every kind of invalid workspace gives a typed error with the file, the line and the key.
@Suite struct WorkspaceErrorTests {
    private func policyError(replacing old: String, with new: String) throws -> (WorkspaceError, String) {
        let yaml = Fixtures.policyYAML.replacingOccurrences(of: old, with: new)
        #expect(yaml != Fixtures.policyYAML, "fixture edit did not apply")
        let error = try #require(Fixtures.loadError(try Fixtures.validWorkspace(["triage.yml": yaml])))
        return (error, yaml)
    }

    @Test func unknownFieldTypeNamesLineAndKey() throws {
        let (error, yaml) = try policyError(replacing: "type: invoice_id", with: "type: invoice_number")
        #expect(error.kind == .unknownFieldType("invoice_number"))
        #expect(error.file == "triage.yml")
        #expect(error.line == Fixtures.line(of: "type: invoice_number", in: yaml))
        #expect(error.key == "intents.billing_double_charge.required_fields[0].type")
        #expect(error.description.contains("triage.yml:\(error.line ?? 0)"))
    }

    @Test func badRegexIsRejectedAtLoad() throws {
        let (error, yaml) = try policyError(replacing: #"pattern: "^INV-\\d{6}$""#, with: #"pattern: "^INV-(\\d{6}$""#)
        #expect(error.kind == .invalidPattern(#"^INV-(\d{6}$"#))
        #expect(error.line == Fixtures.line(of: "pattern:", in: yaml))
        #expect(error.key == "intents.billing_double_charge.required_fields[0].pattern")
    }

    @Test func duplicateIntentPointsAtTheSecondDeclaration() throws {
        let (error, yaml) = try policyError(replacing: "  general_question:\n", with: "  general_question:\n    team: support\n  billing_double_charge:\n    team: billing\n")
        #expect(error.kind == .duplicateKey("billing_double_charge"))
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let second = lines.indices.filter { lines[$0] == "  billing_double_charge:" }.last.map { $0 + 1 }
        #expect(error.line == second)
    }

    @Test func missingArticleNamesTheReference() throws {
        let (error, yaml) = try policyError(replacing: "articles: [kb-double-charge]", with: "articles: [kb-double-charge, kb-nope]")
        #expect(error.kind == .unknownArticle("kb-nope"))
        #expect(error.line == Fixtures.line(of: "kb-nope", in: yaml))
        #expect(error.key == "intents.billing_double_charge.articles[1]")
    }

    @Test func badDurationIsRejected() throws {
        let (error, yaml) = try policyError(replacing: "first_response: 4h", with: "first_response: 4 hours")
        #expect(error.kind == .invalidDuration("4 hours"))
        #expect(error.line == Fixtures.line(of: "4 hours", in: yaml))
        #expect(error.key == "intents.billing_double_charge.sla.first_response")
    }

    @Test func unknownTimeZoneIsRejected() throws {
        let (error, yaml) = try policyError(replacing: "Europe/Berlin", with: "Europe/Atlantis")
        #expect(error.kind == .unknownTimeZone("Europe/Atlantis"))
        #expect(error.line == Fixtures.line(of: "Europe/Atlantis", in: yaml))
    }

    @Test func missingQuestionIsAMissingKeyOnItsFieldEntry() throws {
        let (error, yaml) = try policyError(
            replacing: "        question: \"Could you send the invoice number (it looks like INV-123456)?\"\n", with: "")
        #expect(error.kind == .missingKey("question"))
        #expect(error.line == Fixtures.line(of: "- name: invoice_id", in: yaml).map { $0 })
        #expect(error.key == "intents.billing_double_charge.required_fields[0]")
    }

    @Test func missingIntentsSectionIsReported() throws {
        let yaml = String(Fixtures.policyYAML.prefix { _ in true }.split(separator: "\n").prefix { !$0.hasPrefix("intents:") }
            .joined(separator: "\n"))
        let error = try #require(Fixtures.loadError(try Fixtures.validWorkspace(["triage.yml": yaml])))
        #expect(error.kind == .missingKey("intents"))
    }

    @Test func misspelledKeyIsAnUnknownKey() throws {
        let (error, yaml) = try policyError(replacing: "    required_fields:\n", with: "    requird_fields:\n")
        #expect(error.kind == .unknownKey("requird_fields"))
        #expect(error.line == Fixtures.line(of: "requird_fields", in: yaml))
    }

    @Test func yamlSyntaxErrorHasALine() throws {
        let (error, _) = try policyError(replacing: "  tiers: {enterprise: high}", with: "  tiers: {enterprise: high")
        guard case .syntax = error.kind else { Issue.record("expected a syntax error, got \(error)"); return }
        #expect(error.line != nil)
    }

    @Test func missingPolicyFileIsMissingFile() throws {
        let url = try Fixtures.workspace(["kb/kb-double-charge.md": Fixtures.article])
        #expect(Fixtures.loadError(url) == WorkspaceError(file: "triage.yml", line: nil, key: nil, kind: .missingFile))
    }

    @Test func articleWithoutAnswerSectionIsRejected() throws {
        let article = Fixtures.article.replacingOccurrences(of: "## Answer", with: "## Reply")
        let error = try #require(Fixtures.loadError(try Fixtures.validWorkspace(["kb/kb-double-charge.md": article])))
        #expect(error.file == "kb/kb-double-charge.md")
        #expect(error.kind == .missingKey("## Answer section"))
    }

    @Test func articleIntentMustBeDeclared() throws {
        let article = Fixtures.article.replacingOccurrences(of: "intents: [billing_double_charge]", with: "intents: [billing_refund]")
        let error = try #require(Fixtures.loadError(try Fixtures.validWorkspace(["kb/kb-double-charge.md": article])))
        #expect(error.kind == .unknownIntent("billing_refund"))
        #expect(error.line == Fixtures.line(of: "intents:", in: article))
    }

    @Test func articleFrontMatterErrorsCountFileLines() throws {
        let article = Fixtures.article.replacingOccurrences(of: "tags: [billing]", with: "tags: [billing]\ncolour: red")
        let error = try #require(Fixtures.loadError(try Fixtures.validWorkspace(["kb/kb-double-charge.md": article])))
        #expect(error.kind == .unknownKey("colour"))
        #expect(error.line == Fixtures.line(of: "colour", in: article))
    }

    @Test func exampleWithUndeclaredIntentNamesItsLine() throws {
        let jsonl = "{\"text\": \"a\", \"intent\": \"billing_double_charge\"}\n\n{\"text\": \"b\", \"intent\": \"refunds\"}\n"
        let error = try #require(Fixtures.loadError(try Fixtures.validWorkspace(["intents/billing_double_charge.jsonl": jsonl])))
        #expect(error.kind == .unknownIntent("refunds"))
        #expect(error.line == 3)
    }

    @Test func malformedExampleLineIsASyntaxError() throws {
        let jsonl = "{\"text\": \"a\", \"intent\": \"billing_double_charge\"}\n{\"text\": \"b\"\n"
        let error = try #require(Fixtures.loadError(try Fixtures.validWorkspace(["intents/billing_double_charge.jsonl": jsonl])))
        #expect(error.file == "intents/billing_double_charge.jsonl")
        #expect(error.line == 2)
    }
}
