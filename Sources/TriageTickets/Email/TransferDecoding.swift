/// Content-Transfer-Encoding decoders (RFC 2045 §6.7 quoted-printable, §6.8 base64).
enum TransferDecoding {
    /// Decodes quoted-printable leniently: `=XX` (either case) is a byte, `=` before a line break is a soft
    /// break, and any other `=` is kept literally. Line endings and trailing blanks are kept.
    ///
    /// - Complexity: O(*n*).
    static func quotedPrintable(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        let count = input.count
        while index < count {
            let byte = input[index]
            guard byte == 0x3D else {
                output.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < count else { break }
            let next = input[index]
            if next == 0x0A || next == 0x0D {
                if next == 0x0D {
                    while index < count, input[index] != 0x0A { index += 1 }
                }
                if index < count { index += 1 }
            } else if next == 0x3D {
                output.append(0x3D)
                index += 1
            } else if index + 1 < count, let high = hexValue(next), let low = hexValue(input[index + 1]) {
                output.append(high << 4 | low)
                index += 2
            } else {
                output.append(0x3D)
            }
        }
        return output
    }

    /// Decodes base64, skipping characters outside the alphabet (line breaks included) and stopping at padding.
    ///
    /// - Returns: The bytes and the defects met: characters outside the alphabet, missing padding,
    ///   or a dangling final character (dropped).
    /// - Complexity: O(*n*).
    static func base64(_ input: [UInt8]) -> ([UInt8], [EmailDefect.Kind]) {
        var output: [UInt8] = []
        output.reserveCapacity(input.count / 4 * 3)
        var defects: [EmailDefect.Kind] = []
        var accumulator: UInt32 = 0
        var pending = 0
        var invalid = false
        var sawPadding = false
        for byte in input {
            let value: UInt32
            switch byte {
            case 0x41...0x5A: value = UInt32(byte - 0x41)
            case 0x61...0x7A: value = UInt32(byte - 0x61 + 26)
            case 0x30...0x39: value = UInt32(byte - 0x30 + 52)
            case 0x2B: value = 62
            case 0x2F: value = 63
            case 0x3D:
                sawPadding = true
                continue
            case 0x0D, 0x0A:
                continue
            default:
                invalid = true
                continue
            }
            if sawPadding {
                // Data after padding: a concatenated second stream; keep decoding (best effort).
                sawPadding = false
            }
            accumulator = accumulator << 6 | value
            pending += 1
            if pending == 4 {
                output.append(UInt8(truncatingIfNeeded: accumulator >> 16))
                output.append(UInt8(truncatingIfNeeded: accumulator >> 8))
                output.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator = 0
                pending = 0
            }
        }
        switch pending {
        case 2:
            output.append(UInt8(truncatingIfNeeded: accumulator >> 4))
        case 3:
            output.append(UInt8(truncatingIfNeeded: accumulator >> 10))
            output.append(UInt8(truncatingIfNeeded: accumulator >> 2))
        default:
            break
        }
        if invalid { defects.append(.invalidBase64Characters) }
        if pending == 1 || (pending > 1 && !sawPadding) { defects.append(.invalidBase64Padding) }
        return (output, defects)
    }
}
