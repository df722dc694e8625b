import Foundation

/// Whether two files hold the same bytes, as one Bool: comparing the `Data` values inside `#expect` would make
/// the testing library diff megabytes of output on a failure.
func sameBytes(_ a: URL, _ b: URL) throws -> Bool {
    try Data(contentsOf: a) == Data(contentsOf: b)
}
