import Foundation

/// Reads a JSON document holding one ticket object or an array of ticket objects.
///
/// In an array each element is decoded on its own: a bad element yields an ``IntakeError`` naming the file,
/// its record index and the field, and the other elements still come through.
public enum JSONIntake {
    /// Decodes `bytes` into one result per ticket.
    public static func records(in bytes: [UInt8], file: String) -> [IntakeResult] {
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) else {
            return [.failure(IntakeError(file: file, reason: .empty))]
        }
        var bytes = bytes
        var repaired = false
        if String(validating: bytes, as: UTF8.self) == nil {
            bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
            repaired = true
        }
        let decoder = JSONDecoder()
        func mark(_ result: IntakeResult) -> IntakeResult {
            guard repaired else { return result }
            return result.map { ticket in
                var ticket = ticket
                ticket.defects.append("invalid UTF-8 replaced by U+FFFD")
                return ticket
            }
        }
        if first == 0x5B {
            do {
                let slots = try decoder.decode([Slot].self, from: Data(bytes))
                return slots.enumerated().map { index, slot in
                    switch slot.result {
                    case .success(let ticket): return mark(.success(ticket))
                    case .failure(let error): return .failure(IntakeError.decoding(error, file: file, line: nil, record: index))
                    }
                }
            } catch {
                return [.failure(IntakeError.decoding(error, file: file, line: nil, data: Data(bytes)))]
            }
        }
        do {
            return [mark(.success(try decoder.decode(Ticket.self, from: Data(bytes))))]
        } catch {
            return [.failure(IntakeError.decoding(error, file: file, line: nil, data: Data(bytes)))]
        }
    }

    /// One array element, decoded without failing the array.
    private struct Slot: Decodable {
        var result: Result<Ticket, any Error>
        init(from decoder: any Decoder) throws {
            do {
                result = .success(try Ticket(from: decoder))
            } catch {
                result = .failure(error)
            }
        }
    }
}
