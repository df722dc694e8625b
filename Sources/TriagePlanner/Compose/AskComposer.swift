/// Writes one polite message that asks for every missing field at once, saying why an invalid value is not
/// accepted.
///
/// One field: greeting, the reason (if invalid), the question, a closing line. Several: greeting, a lead-in,
/// one bullet per field (reason then question), a closing line. The text is deterministic.
public struct AskComposer: Sendable {
    /// Options of the ask message.
    public struct Options: Sendable, Hashable, Codable {
        /// The closing line. The default says we continue once we have the details.
        public var closing: String = "As soon as we have this, we'll take it from there."
        /// The sign-off (empty for none). The default is "Thanks!".
        public var signOff: String = "Thanks!"
        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The ask section for `missing` fields.
    ///
    /// - Parameters:
    ///   - missing: The missing fields, in the order to ask.
    ///   - customerName: Used in the greeting when known.
    ///   - product: The product name, for the opening line (optional).
    public func compose(missing: [MissingField], customerName: String? = nil, product: String? = nil) -> Decision.Ask {
        let name = customerName?.trimmedWhitespace
        var lines: [String] = []
        lines.append(name.map { $0.isEmpty ? "Hello," : "Hi \(Self.firstName($0))," } ?? "Hello,")
        lines.append("")
        let product = product.map { $0.isEmpty ? "" : " \($0)" } ?? ""
        if missing.count == 1, let field = missing.first {
            lines.append("Thanks for contacting\(product.isEmpty ? " us" : product) support. " + Self.item(field))
        } else {
            lines.append("Thanks for contacting\(product.isEmpty ? " us" : product) support. To help you with this, we need a few details:")
            lines.append("")
            for field in missing { lines.append("- " + Self.item(field)) }
        }
        lines.append("")
        lines.append(options.closing)
        if !options.signOff.isEmpty { lines.append(options.signOff) }
        return Decision.Ask(fields: missing.map(\.name), text: lines.joined(separator: "\n"))
    }

    static func item(_ field: MissingField) -> String {
        let question = field.question.trimmedWhitespace
        if field.reason == .invalid, let detail = field.detail, !detail.isEmpty { return detail + " " + question }
        return question
    }

    static func firstName(_ name: String) -> String {
        String(name.split(separator: " ").first ?? Substring(name))
    }
}

import Foundation
