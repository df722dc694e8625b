/// First-response and resolution targets, in business time.
public struct SLATargets: Sendable, Hashable, Codable {
    /// Time to the first human or automatic reply. The built-in default is `8h`.
    public var firstResponse: BusinessDuration
    /// Time to resolution. The built-in default is `3d`.
    public var resolution: BusinessDuration

    public init(firstResponse: BusinessDuration = .init(amount: 8, unit: .hours),
                resolution: BusinessDuration = .init(amount: 3, unit: .days)) {
        self.firstResponse = firstResponse
        self.resolution = resolution
    }
}
