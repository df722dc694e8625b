import Foundation
import Testing
import TriagePlanner

/// The bundled default workspace loads without error and is internally consistent.
@Suite struct CorpusWorkspaceTests {
    @Test func corpusWorkspaceLoads() throws {
        let directory = Fixtures.corpusDirectory
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("triage.yml").path) else {
            print("SKIP corpusWorkspaceLoads: Corpus/triage.yml not found")
            return
        }
        let workspace: Workspace
        do {
            workspace = try Workspace.load(from: directory)
        } catch {
            Issue.record("Corpus failed to load: \(error)")
            return
        }
        #expect(workspace.policy.intents.count >= 30)
        #expect(workspace.articles.count >= 60)
        for intent in workspace.policy.intents.values {
            for article in intent.articles { #expect(workspace.articles[article] != nil) }
            for field in intent.requiredFields { #expect(!field.question.isEmpty) }
        }
        for article in workspace.articles.values {
            let answer = try #require(article.answer)
            #expect(!answer.isEmpty, "\(article.id) has an empty answer")
        }
        let labelled = Set(workspace.examples.map(\.intent))
        #expect(labelled.isSubset(of: Set(workspace.policy.intentNames)))
    }
}
