import AtlasCore

/// An array of cylindrical pillars (rods) of diameter d and height h on a lattice of pitch
/// p = d + s, s being the gap between neighbouring pillars (Fig. 1d of the review).
///
/// Area gain of the bare array: AG = 1 + π·d·h/A_cell, i.e.
/// - square lattice (A_cell = p²): **AG = 1 + π·d·h/p²**;
/// - hexagonal lattice (A_cell = (√3/2)·p²): **AG = 1 + 2π·d·h/(√3·p²)**.
///
/// Coated conformally to an offset T, the pillar diameter becomes d + 2T, so the interface at the
/// outside of a cathode shell of thickness t has AG = 1 + π·(d + 2t)·h/A_cell. The wall section is
/// s(T) = π·(d/2 + T)²/A_cell. Coatings from neighbouring pillars meet when 2T = s.
public struct PillarArray: CellGeometry, Equatable {
    public let diameter: Length
    public let gap: Length
    public let pillarHeight: Length
    public let lattice: Lattice
    /// True when the pillars are cathode material; false when they are a scaffold that the cathode
    /// coats.
    public let isActiveCathode: Bool

    public init(diameter: Length, gap: Length, height: Length, lattice: Lattice = .square, activeCathode: Bool = false)
        throws(PhysicsError)
    {
        try requirePositive(diameter, "pillar diameter d")
        try requirePositive(gap, "pillar gap")
        try requirePositive(height, "pillar height h")
        self.diameter = diameter
        self.gap = gap
        self.pillarHeight = height
        self.lattice = lattice
        self.isActiveCathode = activeCathode
    }

    /// p = d + s.
    public var pitch: Length { diameter + gap }
    var cellArea: Double { lattice.cellArea(pitch: pitch.si) }

    public var kind: String { "pillars" }
    public var summary: String {
        "\(lattice.rawValue) pillars d = \(diameter), gap = \(gap), h = \(pillarHeight) (p = \(pitch))\(isActiveCathode ? ", cathode pillars" : "")"
    }
    public var height: Length { pillarHeight }
    public func section(atOffset t: Double) -> Double {
        let r = diameter.si / 2 + t
        return Double.pi * r * r / cellArea
    }
    public func sectionSlope(atOffset t: Double) -> Double {
        2 * Double.pi * (diameter.si / 2 + t) / cellArea
    }
    public var coatingLimit: (thickness: Double, condition: String)? {
        (gap.si / 2, "2·(total coating) ≤ gap = \(gap)")
    }
    public var aspectRatio: (value: Double, definition: String)? { (pillarHeight / diameter, "h/d") }
}
