import Testing
import TriagePlanner

@Suite struct PriorityAssessorTests {
    private func assessor() throws -> PriorityAssessor {
        PriorityAssessor(policy: try Workspace.load(from: try Fixtures.validWorkspace()).policy.escalation)
    }

    @Test func phrasesMatchOnlyAtWordBoundaries() {
        let matcher = PhraseMatcher(phrases: ["sue", "is down", "!!!", "503"])
        #expect(matcher.matches(in: "This is an issue with tissues").isEmpty)
        #expect(matcher.matches(in: "We will SUE you").map(\.phrase) == ["sue"])
        #expect(matcher.matches(in: "the app is\n  down").map(\.phrase) == ["is down"])
        #expect(matcher.matches(in: "why!!!!").map(\.phrase) == ["!!!"])
        #expect(matcher.matches(in: "error 5030").isEmpty)
        #expect(matcher.matches(in: "got a 503.").map(\.phrase) == ["503"])
    }

    /// One matcher over many phrases finds, for each phrase, what a matcher of that phrase alone finds: the
    /// first occurrence at word boundaries, overlapping phrases and shared first letters included.
    @Test func manyPhrasesMatchLikeEachAlone() {
        let phrases = ["sue", "sued", "is down", "is", "down", "data loss", "data", "!!!", "!!", "503", "50", "s",
                       "lawyer", "law", "charge back", "chargeback", "", "  refund  "]
        let texts = ["We will SUE you, our lawyer says the site is down!!! 503 503", "issues tissues sues sued",
                     "Data\tloss; data-loss; the DATA  LOSS again!!", "refund refunds refunded charge backs chargebacks",
                     "", "s", "50 503 5030 is is down down"]
        let many = PhraseMatcher(phrases: phrases)
        for text in texts {
            let folded = PhraseMatcher.fold(text)
            var expected: [String] = []
            for (index, phrase) in phrases.enumerated() {
                for m in PhraseMatcher(phrases: [phrase]).matches(inFolded: folded) {
                    expected.append("\(index):\(m.phrase):\(m.range)")
                }
            }
            #expect(many.matches(inFolded: folded).map { "\($0.phraseIndex):\($0.phrase):\($0.range)" } == expected, "\(text)")
        }
        #expect(many.matches(in: "we will sue").map(\.phrase) == ["sue"])
    }

    @Test func baseOnlyWhenNothingFires() throws {
        let result = try assessor().assess(base: .normal, text: "How do I export shifts?")
        #expect(result.level == .normal)
        #expect(result.reasons.map(\.code) == [.base])
        #expect(!result.forcesHandoff)
    }

    @Test func outageRuleRaisesToUrgentAndForcesHandoffToItsTeam() throws {
        let result = try assessor().assess(base: .normal, text: "The dashboard is down for all of us")
        #expect(result.level == .urgent)
        #expect(result.forcesHandoff)
        #expect(result.handoffTeam == "incident-response")
        #expect(result.reasons.last == PriorityReason(code: .escalationRule, detail: "outage: \"is down\"", from: .normal, to: .urgent))
    }

    @Test func tierFrustrationAndRepeatContactStack() throws {
        let result = try assessor().assess(base: .low, text: "This is unacceptable", tier: "Enterprise", previousCustomerMessages: 2)
        #expect(result.reasons.map(\.code) == [.base, .tier, .frustration, .repeatContact])
        #expect(result.reasons.map(\.to) == [.low, .high, .urgent, .urgent])
        #expect(result.level == .urgent)
        #expect(!result.forcesHandoff)
    }

    @Test func repeatContactNeedsEnoughEarlierMessages() throws {
        let result = try assessor().assess(base: .normal, text: "hello again", previousCustomerMessages: 1)
        #expect(result.level == .normal)
    }

    @Test func levelsNeverGoDown() throws {
        let result = try assessor().assess(base: .urgent, text: "my lawyer will call", tier: "enterprise")
        #expect(result.level == .urgent)
        #expect(result.firedRules.map(\.name) == ["legal"])
    }
}
