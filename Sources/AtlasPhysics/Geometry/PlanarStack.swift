import AtlasCore

/// A planar (2D) thin-film stack: the layers lie flat on the substrate. AG = 1 and every layer's
/// volume per footprint is its thickness.
public struct PlanarStack: CellGeometry, Equatable {
    public init() {}
    public var kind: String { "planar" }
    public var summary: String { "planar stack" }
    public var height: Length { .zero }
    public func section(atOffset offset: Double) -> Double { 0 }
    public func sectionSlope(atOffset offset: Double) -> Double { 0 }
    public var coatingLimit: (thickness: Double, condition: String)? { nil }
    public var aspectRatio: (value: Double, definition: String)? { nil }
    public var isActiveCathode: Bool { false }
}
