import AtlasCore

/// A cathode material the simulator knows: its OCV fit, the lithium site concentration c_max,
/// the stoichiometry window it is cycled over and, where the same publication gives one, its
/// solid diffusivity. Choosing a cathode sets these; any of them can still be overridden.
///
/// These are the simulator's own cited values; when the materials library lands they should be
/// read from it instead (the records carry the same citations).
public struct IntercalationCathode: Sendable {
    /// Name as typed on the command line (`LiCoO2`).
    public let name: String
    public let openCircuitVoltage: OpenCircuitVoltage
    public let maximumConcentration: Concentration
    /// Default x_min (and x0: the cell starts charged).
    public let lowerStoichiometry: Double
    /// Default x_max.
    public let upperStoichiometry: Double
    /// Solid diffusivity from the same source, if any.
    public let diffusivity: Diffusivity?
    /// Where c_max, the window and D come from.
    public let source: String
    /// U(x) tabulated on [0, 1] with ``tableIntervals`` intervals for fast evaluation; the tests
    /// bound its deviation from the fit (below 1 µV for every cathode here).
    public let openCircuitTable: HermiteTable

    /// Grid of ``openCircuitTable``: h = 1/8192.
    public static let tableIntervals = 8192

    public init(
        name: String, openCircuitVoltage: OpenCircuitVoltage, maximumConcentration: Concentration,
        lowerStoichiometry: Double, upperStoichiometry: Double, diffusivity: Diffusivity?, source: String
    ) {
        self.name = name
        self.openCircuitVoltage = openCircuitVoltage
        self.maximumConcentration = maximumConcentration
        self.lowerStoichiometry = lowerStoichiometry
        self.upperStoichiometry = upperStoichiometry
        self.diffusivity = diffusivity
        self.source = source
        openCircuitTable = HermiteTable(
            from: 0, to: 1, intervals: Self.tableIntervals,
            function: openCircuitVoltage.potential, derivative: openCircuitVoltage.slope)
    }

    /// Every cathode the simulator can model, in the order listed in help text.
    public static let all: [IntercalationCathode] = [.licoo2, .lifepo4, .nmc811, .nca]

    /// Looks a cathode up by name, ignoring case and subscript digits (`LiCoO₂` = `licoo2`).
    public static func named(_ text: String) -> IntercalationCathode? {
        let key = normalized(text)
        return all.first { normalized($0.name) == key }
    }

    static func normalized(_ s: String) -> String {
        let subscripts: [Character: Character] = ["₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₈": "8"]
        return String(s.lowercased().map { subscripts[$0] ?? $0 }.filter { $0 != " " && $0 != "-" })
    }
}

extension IntercalationCathode {
    /// LiCoO₂ between x = 0.5 (charged to ≈ 4.2 V) and x = 1. c_max = 51 385 mol m⁻³: with
    /// Δx = 0.5 this gives F·c_max·Δx = 68.8 µA h cm⁻² µm⁻¹, the theoretical thin-film LiCoO₂
    /// capacity of 69 µA h cm⁻² µm⁻¹ quoted in the review (§5.1.1.1), and corresponds to a
    /// density of 5.03 g cm⁻³ at M = 97.87 g mol⁻¹.
    public static let licoo2 = IntercalationCathode(
        name: "LiCoO2", openCircuitVoltage: .licoo2Dualfoil,
        maximumConcentration: Concentration(si: 51_385), lowerStoichiometry: 0.5, upperStoichiometry: 1.0,
        diffusivity: nil,
        source:
            "c_max 51385 mol/m3 and window 0.5–1: the atlas's default thin-film cell (69 µAh cm⁻² µm⁻¹ theoretical, review §5.1.1.1)"
    )

    /// LiFePO₄ (PyBaMM Prada2013: c_max 22 806 mol m⁻³, initial x 0.0038, D 5.9 × 10⁻¹⁸ m² s⁻¹).
    public static let lifepo4 = IntercalationCathode(
        name: "LiFePO4", openCircuitVoltage: .lfpAfshar2017,
        maximumConcentration: Concentration(si: 22_806), lowerStoichiometry: 0.0038, upperStoichiometry: 1.0,
        diffusivity: Diffusivity(si: 5.9e-18),
        source: "Prada et al., J. Electrochem. Soc. 160 (2013) A616, doi:10.1149/2.053304jes, as in PyBaMM Prada2013"
    )

    /// NMC811 (PyBaMM Chen2020: c_max 63 104 mol m⁻³, initial 17 038 mol m⁻³ → x 0.27, D 4 × 10⁻¹⁵ m² s⁻¹).
    public static let nmc811 = IntercalationCathode(
        name: "NMC811", openCircuitVoltage: .nmc811Chen2020,
        maximumConcentration: Concentration(si: 63_104), lowerStoichiometry: 17_038.0 / 63_104.0,
        upperStoichiometry: 1.0, diffusivity: Diffusivity(si: 4e-15),
        source: "Chen et al., J. Electrochem. Soc. 167 (2020) 080534, as in PyBaMM Chen2020"
    )

    /// NCA (PyBaMM NCA_Kim2011: c_max 49 000 mol m⁻³, initial 20 090 mol m⁻³ → x 0.41).
    public static let nca = IntercalationCathode(
        name: "NCA", openCircuitVoltage: .ncaKim2011,
        maximumConcentration: Concentration(si: 49_000), lowerStoichiometry: 20_090.0 / 49_000.0,
        upperStoichiometry: 1.0, diffusivity: nil,
        source: "Kim et al., J. Electrochem. Soc. 158 (2011) A955, as in PyBaMM NCA_Kim2011"
    )
}
