// Direct canonical JSON for the Decision and its sections (see CanonicalJSONLeaf): the whole line is written
// in one pass, without a coding tree. Keys in UTF-8 order; absent sections and optionals print as `null`,
// exactly as the Encodable conformances print them through CanonicalJSON (CanonicalLeafTests compares both).

extension Decision: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("action", action.rawValue)
        w.member("answer", object: answer)
        w.member("ask", object: ask)
        w.member("evidence", object: evidence)
        w.member("explanation", object: explanation)
        w.member("fields", object: fields)
        w.member("handoff", object: handoff)
        w.member("intent", object: intent)
        w.member("model", object: model)
        w.member("priority", object: priority)
        w.member("sla", object: sla)
        w.member("ticket_id", ticketID)
        w.endObject()
    }
}

extension Decision.Intent: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("alternatives", alternatives)
        w.member("confidence", confidence)
        w.member("in_scope", inScope)
        w.member("label", label)
        w.endObject()
    }
}

extension Decision.Priority: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("level", level.rawValue)
        w.member("reasons", reasons)
        w.endObject()
    }
}

extension PriorityReason: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("code", code.rawValue)
        w.member("detail", detail)
        w.member("from", from?.rawValue)
        w.member("to", to.rawValue)
        w.endObject()
    }
}

extension Decision.Fields: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("found", found)
        w.member("missing", missing)
        w.endObject()
    }
}

extension ExtractedField: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("name", name)
        w.member("origin", origin.rawValue)
        w.member("problem", problem)
        w.member("redact", redact)
        w.member("span", object: span)
        w.member("type", type.rawValue)
        w.member("valid", valid)
        w.member("value", value)
        w.endObject()
    }
}

extension SourceSpan: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("end", end)
        w.member("message", message)
        w.member("start", start)
        w.endObject()
    }
}

extension MissingField: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("detail", detail)
        w.member("name", name)
        w.member("question", question)
        w.member("reason", reason.rawValue)
        w.member("type", type.rawValue)
        w.endObject()
    }
}

extension Decision.Answer: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("citations", citations)
        w.member("generated_by", generatedBy)
        w.member("text", text)
        w.endObject()
    }
}

extension Citation: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("article_id", articleID)
        w.member("section", section)
        w.member("title", title)
        w.endObject()
    }
}

extension Decision.Ask: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("fields", fields)
        w.member("text", text)
        w.endObject()
    }
}

extension Decision.Handoff: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("context", object: context)
        w.member("reason", reason.rawValue)
        w.member("summary", summary)
        w.member("team", team)
        w.endObject()
    }
}

extension HandoffContext: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("bug_report", object: bugReport)
        w.member("escalations", escalations)
        w.member("hypotheses", hypotheses)
        w.member("notes", notes)
        w.endObject()
    }
}

extension BugReportDraft: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("actual", actual)
        w.member("environment", environment)
        w.member("expected", expected)
        w.member("steps", steps)
        w.member("symptom", symptom)
        w.member("version", version)
        w.endObject()
    }
}

extension Decision.Evidence: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("documents", documents)
        w.member("similar_tickets", similarTickets)
        w.endObject()
    }
}

extension Decision.SLA: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("first_response_due", firstResponseDue)
        w.member("resolution_due", resolutionDue)
        w.endObject()
    }
}

extension Explanation: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("rule", rule)
        w.member("terms", terms)
        w.member("thresholds", thresholds)
        w.endObject()
    }
}

extension Explanation.ThresholdCheck: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("name", name)
        w.member("passed", passed)
        w.member("threshold", threshold)
        w.member("value", value)
        w.endObject()
    }
}

extension Decision.Model: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("id", id)
        w.member("sha256", sha256)
        w.endObject()
    }
}
