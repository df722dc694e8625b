/// Builds an answer from a knowledge-base article: its `## Answer` section with `{{placeholders}}` filled
/// from extracted fields and ticket context, plus a citation.
///
/// An answer is only produced when every placeholder can be filled; otherwise ``compose(article:fields:context:)``
/// reports the unresolved names, which is a reason not to answer.
public struct AnswerComposer: Sendable {
    /// Why an article could not become an answer.
    public enum Failure: Error, Sendable, Hashable {
        /// The article has no `## Answer` section (or it is empty).
        case noAnswerSection(articleID: String)
        /// Placeholders with no value.
        case unresolvedPlaceholders(articleID: String, names: [String])
    }

    public init() {}

    /// The placeholder values available for a ticket: valid found fields by name (cards as "ending 1234"),
    /// then `context` (customer_name, product, ticket_id…), which does not override fields.
    public static func values(fields: [ExtractedField], context: [String: String]) -> [String: String] {
        var values = context.filter { !$0.value.isEmpty }
        for field in fields where field.valid {
            let shown = field.redact ? "ending \(field.value)" : field.value
            values[field.name] = shown
            if values[field.type.rawValue] == nil { values[field.type.rawValue] = shown }
        }
        return values
    }

    /// Fills the article's answer.
    ///
    /// - Parameters:
    ///   - article: The article to answer from.
    ///   - fields: Extracted fields (only valid ones fill placeholders).
    ///   - context: Other values (`customer_name`, `product`, `ticket_id`, `team`…).
    /// - Returns: The answer section, or the failure that prevents answering.
    public func compose(article: KBArticle, fields: [ExtractedField],
                        context: [String: String] = [:]) -> Result<Decision.Answer, Failure> {
        guard let template = article.answer, !template.isEmpty else { return .failure(.noAnswerSection(articleID: article.id)) }
        var values = Self.values(fields: fields, context: context)
        if values["customer_name"] == nil { values["customer_name"] = "there" }
        let filled = Placeholders.fill(template, values: values)
        guard filled.unresolved.isEmpty else {
            return .failure(.unresolvedPlaceholders(articleID: article.id, names: filled.unresolved))
        }
        return .success(Decision.Answer(text: filled.text, citations: [Citation(articleID: article.id, title: article.title)],
                                        generatedBy: "template"))
    }
}

import Foundation
