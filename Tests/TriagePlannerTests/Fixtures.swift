import Foundation
import TriagePlanner

/// Shared test helpers: temporary workspaces and extraction contexts.
enum Fixtures {
    /// The package's `Corpus/` directory (found from this file's path).
    static var corpusDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus")
    }

    /// A context at 2026-11-27 (a Friday) 10:00 UTC in Europe/Berlin.
    static func context(_ iso: String = "2026-11-27T10:00:00Z", zone: String = "Europe/Berlin") -> FieldContext {
        FieldContext(reference: ISOTimestamp.date(from: iso) ?? Date(timeIntervalSince1970: 0),
                     timeZone: TimeZone(identifier: zone) ?? TimeZone(secondsFromGMT: 0)!)
    }

    /// Runs an extractor over a text.
    static func scan(_ extractor: any FieldExtractor, _ text: String, context: FieldContext = context()) -> [FieldCandidate] {
        extractor.candidates(in: TextBytes(text), context: context)
    }

    static let policyYAML = """
    version: 1
    product: "Acme"
    business_hours:
      time_zone: "Europe/Berlin"
      days: [mon, tue, wed, thu, fri]
      start: "09:00"
      end: "17:00"
      holidays: ["2026-12-24", "2026-12-25"]
    defaults:
      team: support
      priority: normal
      sla: {first_response: 8h, resolution: 3d}
      autonomy: ask-only
      min_confidence: 0.6
    relevance_floor: 0.35
    escalation:
      rules:
        - name: outage
          phrases: ["outage", "is down", "503"]
          priority: urgent
          handoff: true
          team: incident-response
        - name: legal
          phrases: ["lawyer", "sue"]
          priority: high
          handoff: true
          team: legal
      tiers: {enterprise: high}
      frustration: {phrases: ["unacceptable", "!!!"], raise_by: 1}
      repeat_contact: {min_previous: 2, raise_by: 1}
    intents:
      billing_double_charge:
        description: "Charged twice"
        team: billing
        priority: normal
        sla: {first_response: 4h, resolution: 2d}
        autonomy: answer
        min_confidence: 0.7
        required_fields:
          - name: invoice_id
            type: invoice_id
            pattern: "^INV-\\\\d{6}$"
            question: "Could you send the invoice number (it looks like INV-123456)?"
        articles: [kb-double-charge]
      general_question:
        description: "Anything else"
    """

    static let article = """
    ---
    id: kb-double-charge
    title: "Charged twice"
    intents: [billing_double_charge]
    tags: [billing]
    ---
    When a card is charged twice.

    ## Answer
    Hi {{customer_name}}, we have refunded the duplicate charge for {{invoice_id}}.

    ## Internal notes
    Check the payment provider first.
    """

    /// Writes a workspace into a fresh temporary directory; `files` maps relative paths to contents.
    static func workspace(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("triage-ws-\(UUID().uuidString)")
        for (path, content) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return root
    }

    /// A valid small workspace, with `overrides` replacing or adding files.
    static func validWorkspace(_ overrides: [String: String] = [:]) throws -> URL {
        var files = ["triage.yml": policyYAML, "kb/kb-double-charge.md": article,
                     "intents/billing_double_charge.jsonl": "{\"text\": \"I was charged twice\", \"intent\": \"billing_double_charge\"}\n"]
        for (key, value) in overrides { files[key] = value }
        return try workspace(files)
    }

    /// The error loading a workspace throws, or `nil` when it loads.
    static func loadError(_ url: URL) -> WorkspaceError? {
        do {
            _ = try Workspace.load(from: url)
            return nil
        } catch {
            return error
        }
    }

    /// The 1-based line in `text` of the first line containing `needle`.
    static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }
}
