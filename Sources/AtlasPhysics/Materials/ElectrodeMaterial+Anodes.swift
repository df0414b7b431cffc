import AtlasCore

// The anodes of the review (§2 and Table 2).

extension ElectrodeMaterial {
    /// Lithium metal: Li ⇄ Li⁺ + e⁻; 0 V vs Li/Li⁺ by definition.
    public static let lithiumMetal = ElectrodeMaterial(
        id: "Li", aliases: ["lithium"], name: "Li metal", role: .anode,
        reaction: LithiumReaction(
            "Li ⇄ Li⁺ + e⁻", electrons: 1, per: FormulaUnit("Li"),
            source: .computed("one electron per Li atom")),
        density: .crystal(
            .cubic(
                a: 3.51004, z: 2, spaceGroup: "Im-3m (bcc)",
                source: Citation(
                    "bcc lithium at 25 °C, a = 3.51004 ± 0.00041 Å: Nadler & Kempter, Anal. Chem. 1959, 31, 2109 (as quoted by WebElements, stored page; the paper itself not read here)"
                ))),
        voltageRange: Cited(0...0, .computed("the reference electrode itself: 0 V vs Li/Li⁺")),
        statedPotential: Cited(0...0, Citation("the reference electrode: 0 V vs Li/Li⁺ by definition")),
        volumeChange: Cited(
            "none in the host sense: Li is plated and stripped; dendrites are 'of less concern' with solid electrolytes",
            .review(7, section: "2")))

    /// Silicon, lithiated to Li₁₅Si₄ (3.75 Li per Si): the review's 3580 mA h g⁻¹.
    public static let silicon = ElectrodeMaterial(
        id: "Si", aliases: ["silicon"], name: "Si", role: .anode,
        reaction: LithiumReaction(
            "4 Si + 15 Li⁺ + 15 e⁻ ⇄ Li₁₅Si₄", electrons: 3.75, per: FormulaUnit("Si"),
            source: .computed("3.75 Li per Si (Li₁₅Si₄), the phase that reproduces the review's 3580 mA h g⁻¹")),
        citedSpecificCapacity: Cited(
            SpecificCapacity(canonical: 3580), .review(37, 71, 72, 82, section: "2"),
            note: "'Li-Si alloy … (3580 mA h g⁻¹)'"),
        density: .crystal(
            .cubic(
                a: 5.431_020_511, z: 8, spaceGroup: "Fd-3m (diamond)",
                source: Citation(
                    "CODATA 2018 recommended lattice parameter of Si: Tiesinga et al., Rev. Mod. Phys. 2021, 93, 025010, doi:10.1103/RevModPhys.93.025010"
                ))),
        voltageRange: Cited(
            0.05...1.0, .review(247, section: "Table 2, entry 42"), note: "of a Si/LiPONB/Li half cell"),
        volumeChange: Cited("large: 'Si volume expansion' is the main concern", .review(37, 71, 72, 82, section: "2")))

    /// Li₄Ti₅O₁₂ (LTO): Li₄Ti₅O₁₂ + 3 Li ⇄ Li₇Ti₅O₁₂. The review's 160 mA h g⁻¹ is a practical value;
    /// its "charge-discharge potential of 1.5–1.6 V" is the material's own potential (mid-point 1.55 V).
    public static let lithiumTitanate = ElectrodeMaterial(
        id: "Li4Ti5O12", aliases: ["LTO"], name: "Li₄Ti₅O₁₂", role: .anode,
        reaction: LithiumReaction(
            "Li₄Ti₅O₁₂ + 3 Li⁺ + 3 e⁻ ⇄ Li₇Ti₅O₁₂", electrons: 3,
            per: FormulaUnit("Li4Ti5O12"),
            source: .computed("three Li per formula unit (to Li₇Ti₅O₁₂)")),
        statedPracticalSpecificCapacity: Cited(
            SpecificCapacity(canonical: 160), .review(7, 73, 74, 75, 83, section: "2"),
            note: "'low capacity (160 mA h g⁻¹)'"),
        density: .crystal(
            .cubic(
                a: 8.355, z: 8.0 / 3.0, spaceGroup: "Fd-3m (Li[Li₁/₃Ti₅/₃]O₄, 8 per cell)",
                source: Citation(
                    "a = 8.355(4) Å, single-crystal XRD: Kataoka, Takahashi, Kijima, Akimoto & Ohshima, AsCA 2006 abstract (stored page)"
                ))),
        voltageRange: Cited(
            1.5...1.6, .review(37, section: "2"), note: "'high charge-discharge potential of 1.5–1.6 V'"),
        statedPotential: Cited(
            1.5...1.6, .review(37, section: "2"), note: "'high charge-discharge potential of 1.5–1.6 V'"),
        volumeChange: Cited(
            "'small volume change' (review); 'zero-strain' insertion host (Ohzuku, Ueda & Yamamoto, J. Electrochem. Soc. 1995, 142, 1431)",
            .review(7, 73, 74, 75, 83, section: "2")))

    /// TiO₂ (anatase), counted for one Li per TiO₂ (LiTiO₂). That whole reaction is a theoretical
    /// upper bound: practical films reach less, and no source for their window was confirmed, so the
    /// design calculator says so whenever it uses TiO₂'s capacity.
    public static let titaniumDioxide = ElectrodeMaterial(
        id: "TiO2", aliases: ["anatase"], name: "TiO₂ (anatase)", role: .anode,
        reaction: LithiumReaction(
            "TiO₂ + Li⁺ + e⁻ ⇄ LiTiO₂", electrons: 1, per: FormulaUnit("TiO2"),
            source: .computed("one Li per TiO₂ (Ti⁴⁺/Ti³⁺)")),
        usableFraction: Cited(
            1, .computed("the whole reaction is counted (LiTiO₂)"),
            note:
                "a theoretical upper bound: practical TiO₂ films reach less, and no source for their usable window was confirmed"
        ),
        density: .crystal(
            .tetragonal(
                a: 3.7845, c: 9.5143, z: 4, spaceGroup: "I4₁/amd",
                source: Citation(
                    "anatase cell a = 3.7845 Å, c = 9.5143 Å, Z = 4 as listed in mineral data pages (Wikipedia 'Anatase'; ICSD 63711 per the AFLOW prototype library)"
                ))),
        voltageRange: Cited(
            1.1...2.3, .review(274, section: "Table 2, entry 72"), note: "of a Li/Li₃PO₄/TiO₂ microtube cell"))

    /// Tin nitride SnNₓ, taken as Sn₃N₄; the reversible capacity is Sn alloying to Li₄.₄Sn after an
    /// irreversible first conversion (Sn₃N₄ + 12 Li → 3 Sn + 4 Li₃N). Both are assumptions of this
    /// library: the review gives only SnNₓ / SnₓN_y (x sets the mA h g⁻¹), and no source for the
    /// films' stoichiometry or for 4.4 Li per Sn was confirmed.
    public static let tinNitride = ElectrodeMaterial(
        id: "Sn3N4", aliases: ["SnNx", "SnN"], name: "Sn₃N₄ (SnNₓ)", role: .anode,
        reaction: LithiumReaction(
            "3 Sn + 13.2 Li⁺ + 13.2 e⁻ ⇄ 3 Li₄.₄Sn (after Sn₃N₄ + 12 Li → 3 Sn + 4 Li₃N)", electrons: 13.2,
            per: FormulaUnit("Sn3N4"),
            source: .computed(
                "assumed: SnNₓ taken as Sn₃N₄ and reversible Sn alloying to Li₄.₄Sn (4.4 Li per Sn), per Sn₃N₄ formula unit; neither is sourced"
            )),
        density: nil, voltageRange: nil)

    /// SnO: reversible Sn alloying (4.4 Li per Sn) after SnO + 2 Li → Sn + Li₂O.
    public static let tinMonoxide = ElectrodeMaterial(
        id: "SnO", aliases: [], name: "SnO", role: .anode,
        reaction: LithiumReaction(
            "Sn + 4.4 Li⁺ + 4.4 e⁻ ⇄ Li₄.₄Sn (after SnO + 2 Li → Sn + Li₂O)", electrons: 4.4,
            per: FormulaUnit("SnO"),
            source: .computed(
                "assumed: reversible Sn alloying to Li₄.₄Sn (4.4 Li per Sn), per SnO formula unit; not sourced")),
        density: nil, voltageRange: nil)

    /// Nb₂O₅, counted for two Li per formula unit (Li₂Nb₂O₅).
    public static let niobiumPentoxide = ElectrodeMaterial(
        id: "Nb2O5", aliases: [], name: "Nb₂O₅", role: .anode,
        reaction: LithiumReaction(
            "Nb₂O₅ + 2 Li⁺ + 2 e⁻ ⇄ Li₂Nb₂O₅", electrons: 2,
            per: FormulaUnit("Nb2O5"),
            source: .computed("two Li per Nb₂O₅ (Nb⁵⁺/Nb⁴⁺)")),
        density: nil, voltageRange: nil)

    /// Graphite, LiC₆: one Li per six C. Window and potentials from the source of its OCV fit:
    /// x 0.0682 → 0.630, the discharge of the PyBaMM NCA_Kim2011 cell from its stated charged
    /// state to its 2.7 V cut-off (``KimGraphiteNCACell``); mean potential 0.138 V, the fit's
    /// average over it; usable fraction its width Δx = 0.562.
    ///
    /// Density: the X-ray density of hexagonal graphite, 2.26 g cm⁻³ (Trucano & Chen 1975). The
    /// set's c_max = 28 700 mol m⁻³ would imply 2.068 g cm⁻³, 8.5 % less: a fitted parameter of its
    /// porous-electrode model, not graphite's density. The window itself uses the set's c_max.
    public static let graphite = ElectrodeMaterial(
        id: "graphite", aliases: ["C", "LiC6"], name: "graphite", role: .anode,
        reaction: LithiumReaction(
            "6 C + Li⁺ + e⁻ ⇄ LiC₆", electrons: 1, per: FormulaUnit("C6"),
            source: .computed("one Li per C₆")),
        usableFraction: Cited(
            KimGraphiteNCACell.dischargeWindows.negative.upperBound
                - KimGraphiteNCACell.dischargeWindows.negative.lowerBound,
            .computed("Δx of the window the mean potential is averaged over, so capacity and voltage share one window"),
            note: KimGraphiteNCACell.source.text),
        density: .crystal(
            .hexagonal(
                a: 2.464, c: 6.711, z: 4.0 / 6.0, spaceGroup: "P6₃/mmc (4 C, i.e. 2/3 C₆, per cell)",
                source: Citation(
                    "hexagonal graphite a = 2.464(2) Å, c = 6.711(4) Å, Z = 4 C: Trucano & Chen, Nature 1975, 258, 136 (neutron diffraction), as tabulated on stored structure pages (AIST, MINCRYST: X-ray density 2.26 g cm⁻³)"
                ))),
        voltageRange: Cited(
            KimGraphiteNCACell.potentialRange(.graphiteKim2011, over: KimGraphiteNCACell.dischargeWindows.negative),
            .computed("the Kim 2011 OCV fit over the NCA_Kim2011 cell's discharge window"),
            note: KimGraphiteNCACell.source.text),
        openCircuitVoltage: .graphiteKim2011, ocvWindow: KimGraphiteNCACell.dischargeWindows.negative,
        ocvWindowSource: KimGraphiteNCACell.window,
        diffusivity: Cited(
            9e-14...9e-14,
            Citation("PyBaMM NCA_Kim2011 set (graphite_diffusivity_Kim2011); \(KimGraphiteNCACell.kim2011)"),
            note: "reference value at 298.15 K; a fitted parameter of a porous-electrode cell model"))

    /// Cu₂Sb: Cu₂Sb + 3 Li → Li₃Sb + 2 Cu.
    public static let copperAntimonide = ElectrodeMaterial(
        id: "Cu2Sb", aliases: [], name: "Cu₂Sb", role: .anode,
        reaction: LithiumReaction(
            "Cu₂Sb + 3 Li⁺ + 3 e⁻ ⇄ Li₃Sb + 2 Cu", electrons: 3,
            per: FormulaUnit("Cu2Sb"),
            source: .computed("three Li per Cu₂Sb (to Li₃Sb)")),
        density: nil,
        voltageRange: Cited(
            0.01...1.5, .review(105, section: "Table 2, entry 60"), note: "of a Li/PPDGA-PEA-LiTFSI/Cu₂Sb cell"))

    /// The anodes, in the order of the issue that asked for them.
    public static let anodes: [ElectrodeMaterial] = [
        lithiumMetal, silicon, lithiumTitanate, titaniumDioxide, tinNitride, tinMonoxide,
        niobiumPentoxide, graphite, copperAntimonide,
    ]
}
