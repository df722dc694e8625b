/// Cue words and phrases that mark a unit's role in a layout (a request, an attempt, a state, a step…).
///
/// `words` match whole lower-case words, `prefixes` match word starts (`crash` matches `crashes`),
/// `phrases` match anywhere in the lower-cased text (padded with spaces, so `" go to "` needs word edges).
package struct CueMatcher: Sendable, Hashable {
    package var words: Set<String> = []
    package var prefixes: [String] = []
    package var phrases: [String] = []

    /// Number of distinct cues present in `text`.
    package func count(in text: String) -> Int {
        let tokens = SocialPhrases.lowercaseWords(text)
        var hits = 0
        var seen = Set<String>()
        for t in tokens where !seen.contains(t) {
            if words.contains(t) || prefixes.contains(where: { t.hasPrefix($0) }) { hits += 1; seen.insert(t) }
        }
        if !phrases.isEmpty {
            let padded = " " + tokens.joined(separator: " ") + " "
            for p in phrases where padded.contains(p) { hits += 1 }
        }
        return hits
    }

    /// Whether any cue is present.
    package func matches(_ text: String) -> Bool { count(in: text) > 0 }
}

/// The cue lists used by ``SupportSummary`` and ``BugReportDraft``.
package enum Cues {
    package static let request = CueMatcher(
        words: ["need", "want", "please", "unable", "cannot", "can't", "won't", "doesn't", "isn't", "refund",
                "charged", "error", "help", "cancel", "broken", "wrong", "missing", "failed", "fails"],
        prefixes: [], phrases: [" i would like ", " i'd like ", " could you ", " can you ", " how do i ", " not working "])
    package static let attempt = CueMatcher(
        words: ["tried", "attempted", "already", "reinstalled", "restarted", "rebooted", "cleared", "reset",
                "workaround", "retried", "reinstalling", "restarting", "clearing", "updated", "downgraded"],
        prefixes: [],
        phrases: [" didn't help ", " did not help ", " didn't work ", " did not work ", " no luck ", " same error ",
                  " same result ", " no change ", " i followed ", " we followed ", " re install "])
    package static let state = CueMatcher(
        words: ["resolved", "fixed", "escalated", "escalating", "waiting", "pending", "issued", "deployed",
                "scheduled", "credited", "refunded", "closing", "closed", "investigating", "confirmed", "released"],
        prefixes: [], phrases: [" will be ", " we will ", " i will ", " we'll ", " works now ", " working now ",
                                " is now ", " has been ", " have been "])
    package static let defect = CueMatcher(
        words: ["error", "bug", "broken", "unable", "cannot", "can't", "won't", "doesn't", "blank", "wrong",
                "missing", "slow", "timeout", "exception", "stuck", "fails", "failed", "failing", "failure"],
        prefixes: ["crash", "freez", "hang"], phrases: [" not working ", " does not ", " stopped working "])
    package static let step = CueMatcher(
        words: ["click", "clicked", "tap", "tapped", "select", "selected", "open", "opened", "enter", "entered",
                "press", "pressed", "navigate", "upload", "uploaded", "choose"],
        prefixes: [], phrases: [" steps to reproduce ", " to reproduce ", " go to ", " went to ", " then i ", " first i ",
                                " when i ", " after i "])
    package static let expected = CueMatcher(
        words: ["expected", "expect", "should", "supposed"], prefixes: [], phrases: [])
    package static let actual = CueMatcher(
        words: ["actual", "actually", "instead", "shows", "displays", "returns", "getting", "showed", "appears"],
        prefixes: [], phrases: [" but it ", " but the ", " i get ", " i see ", " we get ", " we see "])
    package static let environment = CueMatcher(
        words: ["ios", "android", "windows", "macos", "linux", "ubuntu", "chrome", "firefox", "safari", "edge",
                "iphone", "ipad", "pixel", "samsung", "galaxy", "browser", "device", "version", "build", "firmware",
                "os", "laptop", "desktop"],
        prefixes: [], phrases: [" mac os "])
}
