/// A compressed sparse row (CSR) matrix of `Float` values: row `r` holds
/// `indices[rowStart[r]..<rowStart[r+1]]` with `values` alongside.
public struct SparseMatrix: Sendable, Hashable {
    /// Row offsets; `rowStart.count == rowCount + 1`.
    public var rowStart: [Int] = [0]
    /// Column (feature) indices.
    public var indices: [Int32] = []
    /// Values.
    public var values: [Float] = []
    /// The number of columns.
    public var columnCount: Int

    /// Creates an empty matrix with `columnCount` columns.
    public init(columnCount: Int) { self.columnCount = columnCount }

    /// The number of rows.
    public var rowCount: Int { rowStart.count - 1 }

    /// The half-open range of row `r` in ``indices`` and ``values``.
    @inline(__always)
    public func range(ofRow r: Int) -> Range<Int> { rowStart[r]..<rowStart[r + 1] }

    /// Closes the current row.
    package mutating func endRow() { rowStart.append(indices.count) }

    /// The rows at `rows`, in that order.
    public func rows(_ rows: [Int]) -> SparseMatrix {
        var m = SparseMatrix(columnCount: columnCount)
        for r in rows {
            let range = range(ofRow: r)
            m.indices.append(contentsOf: indices[range])
            m.values.append(contentsOf: values[range])
            m.endRow()
        }
        return m
    }

    /// These rows followed by `other`'s (same columns).
    public func appending(_ other: SparseMatrix) -> SparseMatrix {
        var m = self
        let offset = indices.count
        m.indices.append(contentsOf: other.indices)
        m.values.append(contentsOf: other.values)
        m.rowStart.append(contentsOf: other.rowStart.dropFirst().map { $0 + offset })
        return m
    }

    /// The same rows keeping only the entries whose column lies in `columns` (column ids unchanged), for
    /// training a model on one feature channel.
    public func keepingColumns(_ columns: Range<Int>) -> SparseMatrix {
        var m = SparseMatrix(columnCount: columnCount)
        m.rowStart.reserveCapacity(rowStart.count)
        for r in 0..<rowCount {
            for k in range(ofRow: r) where columns.contains(Int(indices[k])) {
                m.indices.append(indices[k])
                m.values.append(values[k])
            }
            m.endRow()
        }
        return m
    }
}
