import AtlasCore

/// Parallel plates (walls) of width w and height h separated by trenches of width g — the
/// "interdigitated plates or 3D-trench" of the review's Fig. 1e(b) and Notten's trenches (ref. 263).
/// Coated conformally by cathode and electrolyte, with the anode filling the trenches, cathode and
/// anode plates interdigitate across the electrolyte.
///
/// Per period p = w + g the surface is p + 2h, so **AG = 1 + 2h/(w + g)**, independent of the
/// coating offset (a flat wall's offset surface has the same area). Wall section:
/// s(T) = (w + 2T)/p. Coatings from facing walls meet when 2T = g.
public struct PlateArray: CellGeometry, Equatable {
    public let width: Length
    public let gap: Length
    public let plateHeight: Length
    public let isActiveCathode: Bool

    public init(width: Length, gap: Length, height: Length, activeCathode: Bool = false) throws(PhysicsError) {
        try requirePositive(width, "plate width w")
        try requirePositive(gap, "plate gap")
        try requirePositive(height, "plate height h")
        self.width = width
        self.gap = gap
        self.plateHeight = height
        self.isActiveCathode = activeCathode
    }

    /// p = w + g.
    public var pitch: Length { width + gap }

    public var kind: String { "plates" }
    public var summary: String {
        "plates w = \(width), gap = \(gap), h = \(plateHeight) (p = \(pitch))\(isActiveCathode ? ", cathode plates" : "")"
    }
    public var height: Length { plateHeight }
    public func section(atOffset t: Double) -> Double { (width.si + 2 * t) / pitch.si }
    public func sectionSlope(atOffset t: Double) -> Double { 2 / pitch.si }
    public var coatingLimit: (thickness: Double, condition: String)? {
        (gap.si / 2, "2·(total coating) ≤ gap = \(gap)")
    }
    public var aspectRatio: (value: Double, definition: String)? { (plateHeight / width, "h/w") }
}
