import AtlasCore

/// The shape of a microbattery cell, repeated over its footprint: a planar stack or a periodic 3D
/// structure (pillars, pores, plates/trenches, concentric tubes) whose surface is coated
/// conformally by the cell's layers.
///
/// Every geometry is described by one function, the wall cross-section per footprint area at a
/// coating offset T, s(T) (dimensionless). From it, with h the structure height:
///
/// - the volume per footprint of everything within T of the structure's surface is
///   V(T) = T + h·[s(T) − s(0)]  (a floor film of thickness T plus the coating on the walls);
/// - the surface area per footprint at offset T — the **area gain** — is AG(T) = dV/dT = 1 + h·s′(T).
///
/// Sharp edges are assumed: the coating on a wall's top edge is counted as a square corner, not a
/// rounded one, which over-counts by at most ≈ T²/(width·h) of the coating volume.
public protocol CellGeometry: Sendable {
    /// `planar`, `pillars`, `pores`, `plates`, `tubes`.
    var kind: String { get }
    /// The dimensions as text, e.g. `square pillars d = 2 µm, gap = 2 µm, h = 20 µm`.
    var summary: String { get }
    /// Height (depth for pores) of the 3D structure; zero for a planar stack.
    var height: Length { get }
    /// Wall cross-section per footprint at coating offset `offset` (metres), dimensionless.
    func section(atOffset offset: Double) -> Double
    /// ds/dT at `offset`, per metre.
    func sectionSlope(atOffset offset: Double) -> Double
    /// The largest total conformal coating (m) that fits, and the condition that sets it.
    var coatingLimit: (thickness: Double, condition: String)? { get }
    /// Height over the narrowest lateral feature (pillar diameter, plate width…); nil for planar.
    var aspectRatio: (value: Double, definition: String)? { get }
    /// Whether the structure itself is cathode material (true) or an inert scaffold (false).
    var isActiveCathode: Bool { get }
}

extension CellGeometry {
    /// The area gain at coating offset `offset`: AG(T) = 1 + h·s′(T).
    public func areaGain(atOffset offset: Length = .zero) -> Double {
        1 + height.si * sectionSlope(atOffset: offset.si)
    }

    /// Volume per footprint area (a thickness) of everything within `offset` of the surface:
    /// V(T) = T + h·[s(T) − s(0)].
    public func coatedVolumePerFootprint(offset: Length) -> Length {
        Length(si: offset.si + height.si * (section(atOffset: offset.si) - section(atOffset: 0)))
    }

    /// Volume per footprint of the shell between offsets `inner` and `outer`.
    public func shellVolumePerFootprint(from inner: Length, to outer: Length) -> Length {
        coatedVolumePerFootprint(offset: outer) - coatedVolumePerFootprint(offset: inner)
    }

    /// Volume per footprint of the structure itself (the walls): h·s(0).
    public var structureVolumePerFootprint: Length { Length(si: height.si * section(atOffset: 0)) }
}

/// How pillars, pores and tubes are arranged on the substrate.
public enum Lattice: String, Sendable, Codable, CaseIterable {
    /// Square lattice: unit-cell area p².
    case square
    /// Hexagonal (triangular) lattice: unit-cell area (√3/2)·p².
    case hexagonal

    /// Footprint area of one lattice cell of pitch `p`.
    public func cellArea(pitch p: Double) -> Double {
        switch self {
        case .square: return p * p
        case .hexagonal: return 3.0.squareRoot() / 2 * p * p
        }
    }
}

/// Positive-size check shared by the geometry initialisers.
func requirePositive<K: PhysicalKind>(_ value: Measure<K>, _ name: String) throws(PhysicsError) {
    guard value.si > 0, value.si.isFinite else {
        throw .nonPositive(parameter: name, value: value.description)
    }
}

/// A 3D geometry whose height can be varied, for the inverse design.
public protocol HeightAdjustable: CellGeometry {
    /// The same structure with height (or depth) `height`.
    func withHeight(_ height: Length) throws(PhysicsError) -> Self
    /// The lateral feature the aspect ratio divides the height by.
    var aspectRatioBase: Length { get }
}

extension PillarArray: HeightAdjustable {
    public func withHeight(_ height: Length) throws(PhysicsError) -> PillarArray {
        try PillarArray(diameter: diameter, gap: gap, height: height, lattice: lattice, activeCathode: isActiveCathode)
    }
    public var aspectRatioBase: Length { diameter }
}

extension PoreArray: HeightAdjustable {
    public func withHeight(_ height: Length) throws(PhysicsError) -> PoreArray {
        try PoreArray(diameter: diameter, wall: wall, depth: height, lattice: lattice)
    }
    public var aspectRatioBase: Length { diameter }
}

extension PlateArray: HeightAdjustable {
    public func withHeight(_ height: Length) throws(PhysicsError) -> PlateArray {
        try PlateArray(width: width, gap: gap, height: height, activeCathode: isActiveCathode)
    }
    public var aspectRatioBase: Length { width }
}

extension TubeArray: HeightAdjustable {
    public func withHeight(_ height: Length) throws(PhysicsError) -> TubeArray {
        try TubeArray(
            outerDiameter: outerDiameter, wall: wall, gap: gap, height: height, count: count, spacing: spacing,
            lattice: lattice)
    }
    public var aspectRatioBase: Length { wall }
}

/// A 3D geometry whose coating limit is set by one lateral dimension (the clearance), which the
/// design calculator can widen to say what would fit when the layers do not: the gap between
/// pillars or plates, the diameter of pores. Tubes are limited by the smallest of three spaces
/// and are not adjustable this way.
public protocol ClearanceAdjustable: CellGeometry {
    /// The dimension's name as the geometry spec writes it (`gap`, `pore diameter d`) and its value.
    var clearance: (name: String, value: Length) { get }
    /// The same structure with the clearance set to `value`, every other dimension unchanged.
    func withClearance(_ value: Length) throws(PhysicsError) -> Self
}

extension PillarArray: ClearanceAdjustable {
    public var clearance: (name: String, value: Length) { ("gap", gap) }
    public func withClearance(_ value: Length) throws(PhysicsError) -> PillarArray {
        try PillarArray(
            diameter: diameter, gap: value, height: height, lattice: lattice, activeCathode: isActiveCathode)
    }
}

extension PlateArray: ClearanceAdjustable {
    public var clearance: (name: String, value: Length) { ("gap", gap) }
    public func withClearance(_ value: Length) throws(PhysicsError) -> PlateArray {
        try PlateArray(width: width, gap: value, height: height, activeCathode: isActiveCathode)
    }
}

extension PoreArray: ClearanceAdjustable {
    public var clearance: (name: String, value: Length) { ("pore diameter d", diameter) }
    public func withClearance(_ value: Length) throws(PhysicsError) -> PoreArray {
        try PoreArray(diameter: value, wall: wall, depth: depth, lattice: lattice)
    }
}
