/// The JSON string literal the Decision writer must print for a text, built character by character: `"`, `\`
/// and control characters escaped (`\n`, `\r`, `\t` by name, others as `\u00xx`), U+2028/2029 as
/// `\u2028`/`\u2029`, everything else as is. The reference the fast quoting paths are checked against.
enum JSONQuotingReference {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
