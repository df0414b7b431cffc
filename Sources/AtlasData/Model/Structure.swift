import AtlasCore

/// A cell's architecture as printed ("3D, slanted nanowires") and normalized.
public struct Structure: Hashable, Sendable {
    public let printed: String
    public let architecture: Architecture?
    /// The 3D detail ("nanopillars", "interdigitated", "gyroid"); nil for 2D.
    public let detail: String?
    /// "prose" when reconstructed from the review's prose.
    public let source: String?

    public init(printed: String, architecture: Architecture?, detail: String?, source: String? = nil) {
        self.source = source
        self.printed = printed
        self.architecture = architecture
        self.detail = detail
    }
}
