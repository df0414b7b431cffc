import AtlasCore

/// The formula unit a capacity is counted per, with its molar mass from AtlasCore's table of
/// IUPAC 2021 standard atomic weights (Prohaska et al., Pure Appl. Chem. 2022, 94, 573,
/// doi:10.1515/pac-2019-0603; conventional values where IUPAC gives an interval).
struct FormulaUnit: Sendable {
    /// The formula as written (`LiNi0.8Co0.15Al0.05O2`).
    let text: String
    /// g mol⁻¹.
    let molarMass: Double

    /// The materials library's formulas are fixed text checked by its tests; a formula that does
    /// not parse is a programming error in the library, reported with the formula.
    init(_ text: String) {
        guard let composition = try? Composition(parsing: text), let mass = composition.molarMass else {
            preconditionFailure("materials library formula '\(text)' must parse to a composition with a molar mass")
        }
        self.text = text
        self.molarMass = mass
    }
}
