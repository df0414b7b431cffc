import AtlasCore

/// A cathode material the simulator knows: its OCV fit, the lithium site concentration c_max,
/// the stoichiometry window it is cycled over, its solid diffusivity where the source of the fit
/// gives one, and a default cut-off. Choosing a cathode sets these; any of them can still be
/// overridden.
///
/// Where the materials library has the cathode (``record``), the shared quantities are read from
/// it — the OCV fit, c_max (n·ρ/M, ``ElectrodeMaterial/lithiumSiteConcentration``), a single cited
/// diffusivity, and the cut-off (the lower end of its cited voltage window) — so there is one
/// source for each number. What the library does not hold (the model's cycling window, NMC811)
/// is given here with its citation. One deliberate exception, LiCoO₂'s
/// c_max, is explained at ``licoo2``; a test asserts the agreement of every shared quantity.
public struct IntercalationCathode: Sendable {
    /// Name as typed on the command line (`LiCoO2`).
    public let name: String
    /// The materials-library record the shared values come from, if the library has this cathode.
    public let record: ElectrodeMaterial?
    public let openCircuitVoltage: OpenCircuitVoltage
    public let maximumConcentration: Concentration
    /// Default x_min (and x0: the cell starts charged).
    public let lowerStoichiometry: Double
    /// Default x_max.
    public let upperStoichiometry: Double
    /// Solid diffusivity from the same source as the fit, if any.
    public let diffusivity: Diffusivity?
    /// The cut-off this cathode is discharged to by default (nil: the design's, 3.0 V).
    public let cutoff: Voltage?
    /// Where c_max, the window, D and the cut-off come from.
    public let source: String
    /// U(x) tabulated on [0, 1] with ``tableIntervals`` intervals for fast evaluation; the tests
    /// bound its deviation from the fit (below 1 µV for every cathode here).
    public let openCircuitTable: HermiteTable

    /// Grid of ``openCircuitTable``: h = 1/8192.
    public static let tableIntervals = 8192

    public init(
        name: String, record: ElectrodeMaterial? = nil, openCircuitVoltage: OpenCircuitVoltage,
        maximumConcentration: Concentration, lowerStoichiometry: Double, upperStoichiometry: Double,
        diffusivity: Diffusivity?, cutoff: Voltage? = nil, source: String
    ) {
        self.name = name
        self.record = record
        self.openCircuitVoltage = openCircuitVoltage
        self.maximumConcentration = maximumConcentration
        self.lowerStoichiometry = lowerStoichiometry
        self.upperStoichiometry = upperStoichiometry
        self.diffusivity = diffusivity
        self.cutoff = cutoff
        self.source = source
        openCircuitTable = HermiteTable(
            from: 0, to: 1, intervals: Self.tableIntervals,
            function: openCircuitVoltage.potential, derivative: openCircuitVoltage.slope)
    }

    /// A cathode whose OCV fit, c_max, diffusivity (a single cited value) and cut-off (the lower
    /// end of the cited voltage window) are read from the materials library's `record`; the
    /// window, and any value the library lacks, are given. `maximumConcentration` overrides the
    /// library's c_max (LiCoO₂ only, see ``licoo2``).
    init(
        name: String, record: ElectrodeMaterial, maximumConcentration: Concentration? = nil,
        lowerStoichiometry: Double, upperStoichiometry: Double, diffusivity: Diffusivity? = nil, source: String
    ) {
        guard let ocv = record.openCircuitVoltage else {
            preconditionFailure("\(record.id): the materials library holds no OCV fit")
        }
        guard let cMax = maximumConcentration ?? record.lithiumSiteConcentration else {
            preconditionFailure("\(record.id): the materials library holds no density or c_max")
        }
        let cited = record.diffusivity.flatMap { range in
            range.value.lowerBound == range.value.upperBound ? Diffusivity(si: range.value.lowerBound) : nil
        }
        self.init(
            name: name, record: record, openCircuitVoltage: ocv, maximumConcentration: cMax,
            lowerStoichiometry: lowerStoichiometry, upperStoichiometry: upperStoichiometry,
            diffusivity: diffusivity ?? cited, cutoff: record.voltageRange.map { Voltage(si: $0.value.lowerBound) },
            source: source)
    }

    /// Every cathode the simulator can model, in the order listed in help text.
    public static let all: [IntercalationCathode] = [.licoo2, .limn2o4, .lifepo4, .nmc811, .nca]

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
    /// LiCoO₂ between x = 0.5 (charged to ≈ 4.2 V) and x = 1 — the library's window (its usable
    /// fraction 0.5, chosen to reproduce the review's 69, and OCV window), OCV fit and 3.0–4.2 V
    /// cycling window. The fit collapses beyond x ≈ 0.94 (0.006 V at x = 1); the 3.0 V cut-off,
    /// which the fit reaches at x = 0.967, ends every discharge before the surface gets there.
    ///
    /// c_max = 51 385 mol m⁻³ is the atlas's default thin-film cell (issue 6 fixes
    /// `--cmax 51385mol/m3` as the default): with Δx = 0.5 it gives F·c_max·Δx = 68.86 µA h cm⁻² µm⁻¹,
    /// the review's theoretical 69 (§5.1.1.1), i.e. a density of 5.03 g cm⁻³ at M = 97.87 g mol⁻¹.
    /// The library's X-ray density (5.053 g cm⁻³, CRC lattice) implies 51 628 mol m⁻³, 0.47 % more;
    /// the simulator keeps the default cell's value, which its validation (PyBaMM peer fixtures,
    /// literature table) was made with. A test bounds the difference at 0.5 %.
    public static let licoo2 = IntercalationCathode(
        name: "LiCoO2", record: .lithiumCobaltOxide, maximumConcentration: Concentration(si: 51_385),
        lowerStoichiometry: ElectrodeMaterial.lithiumCobaltOxide.ocvWindow?.lowerBound ?? 0.5,
        upperStoichiometry: ElectrodeMaterial.lithiumCobaltOxide.ocvWindow?.upperBound ?? 1.0,
        source:
            "OCV, window 0.5–1 and cut-off 3.0 V: materials library (review §5.1.1.1, Table 2); c_max 51385 mol/m3: "
            + "the atlas's default thin-film cell (69 µAh cm⁻² µm⁻¹ theoretical, review §5.1.1.1)"
    )

    /// LiMn₂O₄ between x = 0.2 and 1. OCV: Fuller, Doyle & Newman (1994), as in MPET. c_max is
    /// derived from the library's X-ray density: c_max = ρ/M = Z/(N_A·a³) = 8/(N_A·(8.2476 Å)³)
    /// = 23 678 mol m⁻³ (the same relation that links LiFePO₄'s c_max to its density; MPET's
    /// Fuller 1994 configuration uses 23 720 mol m⁻³, 0.2 % more). x_min = 0.2 is MPET's initial
    /// cathode filling for that cell and the lower end of the fit's range; D = 10⁻¹³ m² s⁻¹ is
    /// Fuller et al.'s, as in MPET; the 3.7 V cut-off is the lower end of the review's Li/LiPON/LMO
    /// thin-film window (ref. 228, 3.7–4.3 V). The window holds 0.8 × 63.5 = 50.8 µA h cm⁻² µm⁻¹;
    /// that cell delivered 48.
    public static let limn2o4 = IntercalationCathode(
        name: "LiMn2O4", record: .lithiumManganeseOxide, lowerStoichiometry: 0.2, upperStoichiometry: 1.0,
        source:
            "OCV and D: Fuller, Doyle & Newman, J. Electrochem. Soc. 141 (1994) 1, as in MPET; c_max = ρ/M from the "
            + "library's X-ray density; x 0.2–1: MPET's Fuller 1994 configuration; cut-off 3.7 V: review ref. 228"
    )

    /// LiFePO₄ (PyBaMM Prada2013: c_max 22 806 mol m⁻³ — the library's, which derives the density
    /// from it — initial x 0.0038, and D 5.9 × 10⁻¹⁸ m² s⁻¹, the library's). The cut-off is the lower
    /// end of the library's range, the Afshar fit's OCV at x = 1 (2.487 V vs Li/Li⁺); the set's own
    /// 2.0 V is its graphite/LFP full cell's and is not a Li/LFP cut-off.
    public static let lifepo4 = IntercalationCathode(
        name: "LiFePO4", record: .lithiumIronPhosphate, lowerStoichiometry: 0.0038, upperStoichiometry: 1.0,
        source: "Prada et al., J. Electrochem. Soc. 160 (2013) A616, doi:10.1149/2.053304jes, as in PyBaMM Prada2013"
    )

    /// NMC811 (PyBaMM Chen2020: c_max 63 104 mol m⁻³, initial 17 038 mol m⁻³ → x 0.27, D 4 × 10⁻¹⁵ m² s⁻¹).
    /// The materials library has no NMC811 record (only its OCV fit), so the values live here.
    public static let nmc811 = IntercalationCathode(
        name: "NMC811", openCircuitVoltage: .nmc811Chen2020,
        maximumConcentration: Concentration(si: 63_104), lowerStoichiometry: 17_038.0 / 63_104.0,
        upperStoichiometry: 1.0, diffusivity: Diffusivity(si: 4e-15),
        source: "Chen et al., J. Electrochem. Soc. 167 (2020) 080534, as in PyBaMM Chen2020"
    )

    /// NCA (PyBaMM NCA_Kim2011: c_max 49 000 mol m⁻³ and D 3 × 10⁻¹⁵ m² s⁻¹ from the library;
    /// the window is the library's, x 0.41 (initial 20 090 mol m⁻³) → 0.983, the discharge of the
    /// set's cell to 2.7 V, whose cathode OCV there, 3.02 V, is the cut-off).
    public static let nca = IntercalationCathode(
        name: "NCA", record: .nickelCobaltAluminiumOxide, lowerStoichiometry: 20_090.0 / 49_000.0,
        upperStoichiometry: ElectrodeMaterial.nickelCobaltAluminiumOxide.ocvWindow?.upperBound ?? 1.0,
        source: "Kim et al., J. Electrochem. Soc. 158 (2011) A955, as in PyBaMM NCA_Kim2011"
    )
}
