/// An incremental parser for `text/event-stream` bodies (server-sent events).
///
/// Feed it bytes as they arrive, in chunks of any size: an event (or even a UTF-8 sequence or a line
/// ending) may be split across reads. It yields the `data` payload of each complete event, with
/// multi-line `data:` fields joined by `\n`, comments (`:` lines) and other fields ignored.
public struct ServerSentEventParser: Sendable {
    private var pending: [UInt8] = []
    private var data: [UInt8] = []
    private var hasData = false
    private var lastWasCR = false

    public init() {}

    /// Consumes `bytes` and returns the data payloads of the events they complete.
    public mutating func feed(_ bytes: [UInt8]) -> [String] {
        var events: [String] = []
        for b in bytes {
            if lastWasCR {
                lastWasCR = false
                if b == 0x0A { continue }  // CR LF counts as one line ending
            }
            if b == 0x0D || b == 0x0A {
                lastWasCR = b == 0x0D
                processLine(&events)
                pending.removeAll(keepingCapacity: true)
            } else {
                pending.append(b)
            }
        }
        return events
    }

    /// Returns the payload of a final event that was not followed by a blank line, if any
    /// (a truncated stream); call when the transfer ends.
    public mutating func finish() -> String? {
        var events: [String] = []
        if !pending.isEmpty { processLine(&events); pending.removeAll() }
        if let e = events.first { return e }
        guard hasData else { return nil }
        hasData = false
        defer { data.removeAll() }
        return String(decoding: data, as: UTF8.self)
    }

    private mutating func processLine(_ events: inout [String]) {
        if pending.isEmpty {
            if hasData {
                events.append(String(decoding: data, as: UTF8.self))
                data.removeAll(keepingCapacity: true)
                hasData = false
            }
            return
        }
        if pending.first == 0x3A { return }  // comment
        var field = pending[...]
        var value: ArraySlice<UInt8> = []
        if let colon = pending.firstIndex(of: 0x3A) {
            field = pending[..<colon]
            value = pending[(colon + 1)...]
            if value.first == 0x20 { value = value.dropFirst() }
        }
        guard field.elementsEqual("data".utf8) else { return }
        if hasData { data.append(0x0A) }
        data.append(contentsOf: value)
        hasData = true
    }
}
