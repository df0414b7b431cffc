import AtlasCore

/// An array of cylindrical pores (holes) of diameter d and depth h etched into a substrate, on a
/// lattice of pitch p = d + w, w being the wall between neighbouring pores — the "cylindrical pore
/// arrays" of the review's all-ALD cell (ref. 31).
///
/// Area gain of the bare array: AG = 1 + π·d·h/A_cell (square: **AG = 1 + π·d·h/p²**; hexagonal:
/// AG = 1 + 2π·d·h/(√3·p²)) — the same as pillars, since the pore wall replaces the pillar wall.
/// Coating shrinks the pore: at offset T the interface is AG = 1 + π·(d − 2T)·h/A_cell, and the
/// wall section is s(T) = −π·(d/2 − T)²/A_cell (the hole, counted negative). A coating closes the
/// pore when 2T = d.
public struct PoreArray: CellGeometry, Equatable {
    public let diameter: Length
    public let wall: Length
    public let depth: Length
    public let lattice: Lattice

    public init(diameter: Length, wall: Length, depth: Length, lattice: Lattice = .square) throws(PhysicsError) {
        try requirePositive(diameter, "pore diameter d")
        try requirePositive(wall, "pore wall (gap)")
        try requirePositive(depth, "pore depth h")
        self.diameter = diameter
        self.wall = wall
        self.depth = depth
        self.lattice = lattice
    }

    /// p = d + w.
    public var pitch: Length { diameter + wall }
    var cellArea: Double { lattice.cellArea(pitch: pitch.si) }

    public var kind: String { "pores" }
    public var summary: String {
        "\(lattice.rawValue) pores d = \(diameter), wall = \(wall), depth = \(depth) (p = \(pitch))"
    }
    public var height: Length { depth }
    public func section(atOffset t: Double) -> Double {
        let r = diameter.si / 2 - t
        return -Double.pi * r * r / cellArea
    }
    public func sectionSlope(atOffset t: Double) -> Double {
        2 * Double.pi * (diameter.si / 2 - t) / cellArea
    }
    public var coatingLimit: (thickness: Double, condition: String)? {
        (diameter.si / 2, "2·(total coating) ≤ pore diameter d = \(diameter)")
    }
    public var aspectRatio: (value: Double, definition: String)? { (depth / diameter, "depth/d") }
    public var isActiveCathode: Bool { false }
}
