/// Small helpers for writing inline SVG and HTML text: escaping, fixed-precision numbers, colour ramps.
enum SVG {
    /// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// `value` with `digits` decimals (no locale, no exponent), for coordinates and labels.
    static func num(_ value: Double, _ digits: Int = 1) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (value * scale).rounded() / scale
        var s = String(Int((abs(r) * scale).rounded()))
        if digits > 0 {
            while s.count <= digits { s = "0" + s }
            s.insert(".", at: s.index(s.endIndex, offsetBy: -digits))
        }
        return (r < 0 ? "-" : "") + s
    }

    /// A percentage with one decimal.
    static func percent(_ value: Double) -> String { num(value * 100, 1) + "%" }

    /// A blue ramp from white (0) to deep blue (1).
    static func blue(_ t: Double) -> String {
        let x = min(1, max(0, t))
        let r = Int(247 - x * (247 - 8)), g = Int(251 - x * (251 - 69)), b = Int(255 - x * (255 - 148))
        return "rgb(\(r),\(g),\(b))"
    }

    /// A red ramp from white (0) to deep red (1), for errors.
    static func red(_ t: Double) -> String {
        let x = min(1, max(0, t))
        let r = Int(255 - x * (255 - 165)), g = Int(245 - x * (245 - 15)), b = Int(240 - x * (240 - 21))
        return "rgb(\(r),\(g),\(b))"
    }

    /// A label shortened to `limit` characters with an ellipsis.
    static func short(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))) + "…"
    }
}
