/// Single-byte charset tables, written from the published code charts (ISO/IEC 8859-15, Microsoft's Windows-1252).
enum CharsetTables {
    /// ISO-8859-15: ISO-8859-1 with eight positions replaced (euro sign, Š š Ž ž Œ œ Ÿ).
    static func iso8859_15(_ byte: UInt8) -> Unicode.Scalar? {
        let code: UInt32
        switch byte {
        case 0xA4: code = 0x20AC
        case 0xA6: code = 0x0160
        case 0xA8: code = 0x0161
        case 0xB4: code = 0x017D
        case 0xB8: code = 0x017E
        case 0xBC: code = 0x0152
        case 0xBD: code = 0x0153
        case 0xBE: code = 0x0178
        default: code = UInt32(byte)
        }
        return Unicode.Scalar(code)
    }

    /// Windows-1252 positions 0x80–0x9F; 0 marks the five undefined positions (0x81, 0x8D, 0x8F, 0x90, 0x9D).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Windows-1252: ISO-8859-1 with typographic characters in 0x80–0x9F; undefined positions give `nil`.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let code = windows1252High[Int(byte - 0x80)]
        return code == 0 ? nil : Unicode.Scalar(code)
    }
}
