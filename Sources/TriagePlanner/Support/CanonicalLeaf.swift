/// A small record the canonical writer prints directly, without going through `Encoder` containers.
///
/// The Decision carries dozens of tiny records (term weights, hypotheses, evidence): building a coding tree
/// for each cost more than the rest of the JSON line. A conforming type writes its members with
/// ``CanonicalLeafWriter`` **in canonical key order** and must print exactly what its `Encodable`
/// conformance prints through ``CanonicalJSON`` (a test compares both for every conforming type).
package protocol CanonicalJSONLeaf {
    /// Writes this value as one JSON object.
    func writeCanonical(_ writer: inout CanonicalLeafWriter)
}

/// Writes a ``CanonicalJSONLeaf`` object: members in the order given (the caller's keys must already be
/// sorted by their UTF-8 bytes), numbers and strings exactly as ``CanonicalJSON`` prints them.
package struct CanonicalLeafWriter {
    var out: JSONByteBuffer
    let options: CanonicalJSON.Options
    var depth: Int
    /// Set when a number was NaN or infinite (the caller then encodes through Codable, which reports it).
    var nonFinite = false

    init(out: JSONByteBuffer, options: CanonicalJSON.Options, depth: Int) {
        self.out = out
        self.options = options
        self.depth = depth
    }

    /// Opens an object.
    package mutating func beginObject() {
        out.append(0x7B)
        depth += 1
    }

    /// Closes the object opened last (`{}` when it got no member).
    ///
    /// Whether the object got members is read from the output: only an empty object ends in `{`.
    package mutating func endObject() {
        depth -= 1
        if out.last != 0x7B { newline(depth) }
        out.append(0x7D)
    }

    @inline(__always)
    private mutating func key(_ key: StaticString) {
        if !options.pretty && key.hasPointerRepresentation {
            out.appendMemberKey(key)
            return
        }
        // A member follows either the object's `{` or a complete value (which never ends in `{`).
        if out.last != 0x7B { out.append(0x2C) }
        newline(depth)
        out.append(0x22)
        key.withUTF8Buffer { out.append(bytes: $0) }
        out.append(0x22)
        out.append(0x3A)
        if options.pretty { out.append(0x20) }
    }

    private mutating func literal(_ text: StaticString) {
        text.withUTF8Buffer { out.append(bytes: $0) }
    }

    private mutating func newline(_ depth: Int) {
        guard options.pretty else { return }
        out.append(0x0A)
        out.append(repeating: 0x20, count: 2 * depth)
    }

    /// A string member.
    package mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        CanonicalJSON.quote(value, into: &out)
    }

    /// A string member printed as `null` when absent.
    package mutating func member(_ name: StaticString, _ value: String?) {
        key(name)
        if let value { CanonicalJSON.quote(value, into: &out) } else { literal("null") }
    }

    /// A number member (fixed decimals).
    package mutating func member(_ name: StaticString, _ value: Double) {
        key(name)
        if !value.isFinite { nonFinite = true }
        CanonicalJSON.appendFixed(value, digits: options.fractionDigits, into: &out)
    }

    /// An integer member.
    package mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        CanonicalJSON.appendInteger(Int64(value), into: &out)
    }

    /// A boolean member.
    package mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        literal(value ? "true" : "false")
    }

    /// A nested object member, printed as `null` when absent.
    package mutating func member<T: CanonicalJSONLeaf>(_ name: StaticString, object value: T?) {
        key(name)
        if let value { value.writeCanonical(&self) } else { literal("null") }
    }

    /// An array of leaves (`[]` when empty).
    package mutating func member<T: CanonicalJSONLeaf>(_ name: StaticString, _ values: [T]) {
        key(name)
        array(values)
    }

    /// An array of leaves as a value (`[]` when empty).
    @_specialize(exported: false, where T == TermWeight)
    @_specialize(exported: false, where T == IntentScore)
    @_specialize(exported: false, where T == EvidenceDocument)
    @_specialize(exported: false, where T == SimilarTicket)
    @_specialize(exported: false, where T == SummaryLine)
    @_specialize(exported: false, where T == PriorityReason)
    @_specialize(exported: false, where T == ExtractedField)
    @_specialize(exported: false, where T == MissingField)
    @_specialize(exported: false, where T == Citation)
    @_specialize(exported: false, where T == Explanation.ThresholdCheck)
    @_specialize(exported: false, where T == String)
    package mutating func array<T: CanonicalJSONLeaf>(_ values: [T]) {
        if values.isEmpty { out.append(0x5B); out.append(0x5D); return }
        out.append(0x5B)
        depth += 1
        // Elements are written in place (no copy of each one, so no retain and release of its strings).
        values.withUnsafeBufferPointer { elements in
            for i in elements.indices {
                if i > 0 { out.append(0x2C) }
                newline(depth)
                elements[i].writeCanonical(&self)
            }
        }
        depth -= 1
        newline(depth)
        out.append(0x5D)
    }
}

/// A string is a leaf value: arrays of strings print directly too.
extension String: CanonicalJSONLeaf {
    package func writeCanonical(_ writer: inout CanonicalLeafWriter) {
        CanonicalJSON.quote(self, into: &writer.out)
    }
}

/// An array of leaves is printed directly too (one dynamic check per array instead of one per element).
extension Array: CanonicalJSONLeaf where Element: CanonicalJSONLeaf {
    package func writeCanonical(_ writer: inout CanonicalLeafWriter) {
        writer.array(self)
    }
}
