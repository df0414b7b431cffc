import AtlasCore

/// A crystallographic unit cell, from which the X-ray (theoretical) density follows:
/// ρ = Z·M / (N_A·V_cell), with M the formula mass from IUPAC 2021 atomic weights.
public struct CrystalCell: Sendable, Equatable {
    /// Cell volume, Å³.
    public let volumeA3: Double
    /// Formula units per cell (Z).
    public let formulaUnits: Double
    /// The lattice as printed (`R-3m, a = 2.8156 Å, c = 14.0542 Å, Z = 3`).
    public let lattice: String
    /// Where the lattice parameters come from.
    public let source: Citation

    /// A hexagonal (or trigonal in hexagonal setting) cell: V = (√3/2)·a²·c.
    public static func hexagonal(a: Double, c: Double, z: Double, spaceGroup: String, source: Citation) -> CrystalCell {
        CrystalCell(
            volumeA3: 3.0.squareRoot() / 2 * a * a * c, formulaUnits: z,
            lattice: "\(spaceGroup), a = \(a) Å, c = \(c) Å, Z = \(Self.z(z))", source: source)
    }

    /// A cubic cell: V = a³.
    public static func cubic(a: Double, z: Double, spaceGroup: String, source: Citation) -> CrystalCell {
        CrystalCell(
            volumeA3: a * a * a, formulaUnits: z,
            lattice: "\(spaceGroup), a = \(a) Å, Z = \(Self.z(z))", source: source)
    }

    /// A tetragonal cell: V = a²·c.
    public static func tetragonal(a: Double, c: Double, z: Double, spaceGroup: String, source: Citation) -> CrystalCell
    {
        CrystalCell(
            volumeA3: a * a * c, formulaUnits: z,
            lattice: "\(spaceGroup), a = \(a) Å, c = \(c) Å, Z = \(Self.z(z))", source: source)
    }

    /// The X-ray density for a formula of molar mass `molarMass` (g mol⁻¹).
    public func density(molarMass: Double) -> MassDensity {
        // g per cell / cm³ per cell; 1 Å³ = 1e-24 cm³.
        let gramsPerCubicCentimetre = formulaUnits * molarMass / (PhysicalConstants.avogadro * volumeA3 * 1e-24)
        return MassDensity(canonical: gramsPerCubicCentimetre)
    }

    private static func z(_ z: Double) -> String {
        z == z.rounded() ? String(Int(z)) : QuantityFormatter(significantDigits: 4).number(z)
    }
}
