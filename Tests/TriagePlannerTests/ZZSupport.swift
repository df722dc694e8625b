import Foundation
import Testing
import TriagePlanner
import TriageTickets

@Suite struct ZZSupport {
    @Test func supportDistribution() throws {
        let workspace = try Workspace.load(from: Fixtures.corpusDirectory)
        let scorer = ArticleSupportScorer(articles: workspace.articles)
        var answer: [Double] = []
        var wrong: [Double] = []
        for gold in workspace.gold {
            let t = GoldPolicyReplayTests.goldTicket(gold)
            let q = scorer.queryTerms(t.triageText)
            if gold.expected.action == .answer, let a = gold.expected.article {
                answer.append(scorer.support(query: q, article: a))
                // support of an unrelated article (next id in sorted order)
                let ids = workspace.articleIDs
                if let i = ids.firstIndex(of: a) { wrong.append(scorer.support(query: q, article: ids[(i + 7) % ids.count])) }
            }
        }
        answer.sort(); wrong.sort()
        func pct(_ a: [Double], _ p: Double) -> Double { a[min(a.count - 1, Int(Double(a.count) * p))] }
        print("SUPPORT right p10 \(pct(answer, 0.1)) p15 \(pct(answer, 0.15)) p25 \(pct(answer, 0.25)) p50 \(pct(answer, 0.5))")
        print("SUPPORT wrong p50 \(pct(wrong, 0.5)) p75 \(pct(wrong, 0.75)) p90 \(pct(wrong, 0.9)) p95 \(pct(wrong, 0.95))")
    }
}
