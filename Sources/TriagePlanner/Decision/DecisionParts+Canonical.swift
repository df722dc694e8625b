// Direct canonical JSON for the Decision's numerous small records (see CanonicalJSONLeaf): keys in UTF-8 order,
// exactly what their Encodable conformances print.

extension TermWeight: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("term", term)
        w.member("weight", weight)
        w.endObject()
    }
}

extension IntentScore: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("confidence", confidence)
        w.member("label", label)
        w.endObject()
    }
}

extension EvidenceDocument: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("id", id)
        w.member("matched_terms", matchedTerms)
        w.member("score", score)
        w.member("snippet", snippet)
        w.member("title", title)
        w.endObject()
    }
}

extension SimilarTicket: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("article", article)
        w.member("id", id)
        w.member("intent", intent)
        w.member("score", score)
        w.member("snippet", snippet)
        w.member("team", team)
        w.endObject()
    }
}

extension SummaryLine: CanonicalJSONLeaf {
    package func writeCanonical(_ w: inout CanonicalLeafWriter) {
        w.beginObject()
        w.member("message_id", messageID)
        w.member("section", section.rawValue)
        w.member("speaker", speaker)
        w.member("text", text)
        w.endObject()
    }
}
