import AtlasCore

/// An array of hollow microtubes — single or several concentric tubes per site — of outer diameter
/// D, wall thickness w and height h, on a lattice of pitch p = D + g (g the gap between
/// neighbouring tube sites); concentric tubes are separated by a radial spacing. These are the
/// single and double microtubes (SMT, DMT) of the review's Li₃PO₄/TiO₂ cells (ref. 274).
///
/// Each tube i has outer radius Rᵢ = D/2 − i·(w + spacing) and inner radius Rᵢ − w; both its outer
/// and inner faces are surface, so per cell the walls add 2π·(2Rᵢ − w)·h and
/// **AG = 1 + 2π·h·Σᵢ(2Rᵢ − w)/A_cell** (A_cell = p² square, (√3/2)·p² hexagonal); for one tube,
/// AG = 1 + 2π·h·(D − w)/p². The wall section is s(T) = Σᵢ π[(Rᵢ + T)² − (Rᵢ − w − T)²]/A_cell, so
/// AG does not depend on the coating offset. Coatings meet when 2T reaches the smallest of: the gap
/// between sites, the radial spacing between tubes, and the bore of the innermost tube.
public struct TubeArray: CellGeometry, Equatable {
    public let outerDiameter: Length
    public let wall: Length
    public let gap: Length
    public let tubeHeight: Length
    public let count: Int
    public let spacing: Length
    public let lattice: Lattice

    public init(
        outerDiameter: Length, wall: Length, gap: Length, height: Length, count: Int = 1,
        spacing: Length = .zero, lattice: Lattice = .square
    ) throws(PhysicsError) {
        try requirePositive(outerDiameter, "tube diameter D")
        try requirePositive(wall, "tube wall")
        try requirePositive(gap, "tube gap")
        try requirePositive(height, "tube height h")
        guard count >= 1 else { throw .nonPositive(parameter: "tube count", value: String(count)) }
        if count > 1 { try requirePositive(spacing, "spacing between concentric tubes") }
        self.outerDiameter = outerDiameter
        self.wall = wall
        self.gap = gap
        self.tubeHeight = height
        self.count = count
        self.spacing = spacing
        self.lattice = lattice
        guard innermostBore.si > 0 else {
            throw .geometryDoesNotFit(
                condition:
                    "\(count) tube(s) of wall \(wall) with spacing \(spacing) need D > \(Length(si: 2 * (Double(count) * wall.si + Double(count - 1) * spacing.si))), got D = \(outerDiameter)"
            )
        }
    }

    /// p = D + g.
    public var pitch: Length { outerDiameter + gap }
    var cellArea: Double { lattice.cellArea(pitch: pitch.si) }
    /// Outer radius of tube i (0 = outermost).
    func outerRadius(_ i: Int) -> Double { outerDiameter.si / 2 - Double(i) * (wall.si + spacing.si) }
    /// Diameter of the bore of the innermost tube.
    public var innermostBore: Length { Length(si: 2 * (outerRadius(count - 1) - wall.si)) }

    public var kind: String { "tubes" }
    public var summary: String {
        let which = count == 1 ? "single" : "\(count) concentric"
        return
            "\(lattice.rawValue) array of \(which) tubes D = \(outerDiameter), wall = \(wall), gap = \(gap), h = \(tubeHeight)"
            + (count > 1 ? ", spacing = \(spacing)" : "") + " (p = \(pitch))"
    }
    public var height: Length { tubeHeight }
    public func section(atOffset t: Double) -> Double {
        var sum = 0.0
        for i in 0..<count {
            let r = outerRadius(i)
            let inner = r - wall.si
            sum += Double.pi * ((r + t) * (r + t) - (inner - t) * (inner - t))
        }
        return sum / cellArea
    }
    public func sectionSlope(atOffset t: Double) -> Double {
        var sum = 0.0
        for i in 0..<count { sum += 2 * Double.pi * (2 * outerRadius(i) - wall.si) }
        return sum / cellArea
    }
    public var coatingLimit: (thickness: Double, condition: String)? {
        var limits: [(Double, String)] = [(gap.si / 2, "2·(total coating) ≤ gap = \(gap)")]
        if count > 1 { limits.append((spacing.si / 2, "2·(total coating) ≤ spacing = \(spacing)")) }
        limits.append((innermostBore.si / 2, "2·(total coating) ≤ bore of the innermost tube = \(innermostBore)"))
        return limits.min { $0.0 < $1.0 }.map { (thickness: $0.0, condition: $0.1) }
    }
    public var aspectRatio: (value: Double, definition: String)? { (tubeHeight / wall, "h/wall") }
    public var isActiveCathode: Bool { false }
}
