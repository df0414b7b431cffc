import AtlasCore

// The cathodes of the review (§2 and Table 2). Every number carries its source; capacities are
// computed from the reaction (see ElectrodeMaterial). Numbers quoted from web pages read during
// development say so in their citation text, so a reviewer can check them against a primary source.

extension ElectrodeMaterial {
    /// LiCoO₂ (LCO). The review's "LCO theoretical capacity (69 µA h cm⁻² µm⁻¹)" (§5.1.1.1, ref. 234)
    /// is reproduced by the x = 0.5 window of LiₓCoO₂ at the X-ray density: 273.8 mA h g⁻¹ × 0.5 ×
    /// 5.05 g cm⁻³ (the review does not state x; 0.5 is chosen to reproduce its number).
    ///
    /// The mean potential is the Dualfoil fit's average over the part of the window x 0.5–1.0 above
    /// the cited 3.0 V cut-off (x 0.5–0.967, 3.946 V, ``meanVoltage``): beyond x = 0.967 the fit
    /// falls to 0.006 V at x = 1, outside the data it was fitted to and below any cited LiCoO₂ cell.
    /// The capacity still counts the whole x = 0.5 window, as the review's 69 does.
    public static let lithiumCobaltOxide = ElectrodeMaterial(
        id: "LiCoO2", aliases: ["LCO"], name: "LiCoO₂", role: .cathode,
        reaction: LithiumReaction(
            "LiCoO₂ ⇄ CoO₂ + Li⁺ + e⁻", electrons: 1,
            per: FormulaUnit("LiCoO2"),
            source: .computed("one Li per formula unit (Co³⁺/Co⁴⁺)")),
        usableFraction: Cited(
            0.5,
            .computed(
                "x = 0.5 of LiₓCoO₂, chosen because at the X-ray density it reproduces the review's 'LCO theoretical capacity (69 µA h cm⁻² µm⁻¹)' (§5.1.1.1, ref. 234); the review does not state x"
            ),
            note: "charged to about 4.2 V: the Dualfoil fit gives 4.186 V at x = 0.5"),
        density: .crystal(
            .hexagonal(
                a: 2.8156, c: 14.0542, z: 3, spaceGroup: "R-3m (hexagonal setting)",
                source: Citation(
                    "a = 2.8156 Å, c = 14.0542 Å as listed on a stored encyclopaedia page (a translated Russian Wikipedia mirror); its only CRC Handbook footnote (89th ed., p. 4-71) is attached to the solubility, not to the lattice, so the primary source of a and c is not verified (the page's own Z = 1 and 1.68 g cm⁻³ are not used; Z = 3 for the hexagonal setting of R-3m)"
                ))),
        statedVolumetricCapacity: Cited(
            VolumetricCapacity(canonical: 69), .review(234, section: "5.1.1.1"),
            note: "the review's 'LCO theoretical capacity'"),
        voltageRange: Cited(3.0...4.2, .review(56, 223, 224, section: "Table 2"), note: "of Li/LiPON/LiCoO₂ cells"),
        openCircuitVoltage: .licoo2Dualfoil, ocvWindow: 0.5...1.0,
        diffusivity: Cited(
            5.387e-15...1e-13,
            Citation(
                "PyBaMM parameter sets: 1 × 10⁻¹³ m² s⁻¹ (lico2_diffusivity_Dualfoil1998 in Marquis2019) and 5.387 × 10⁻¹⁵ m² s⁻¹ (Ai2020, for Ai et al., J. Electrochem. Soc. 2020, 167, 013512, doi:10.1149/2.0122001JES — PyBaMM names that function after Dualfoil too, so the attribution to Ai et al. is PyBaMM's)"
            ),
            note:
                "reference values at 298.15 K (the sets' activation energies, 18 550 and 5000 J mol⁻¹, are not used); fitted parameters of porous-electrode cell models, not thin-film measurements"
        ))

    /// LiMn₂O₄ (LMO) spinel, 4 V plateau: one Li per formula unit. Its OCV fit and particle
    /// diffusivity are Fuller, Doyle & Newman's (1994) as MPET carries them.
    public static let lithiumManganeseOxide = ElectrodeMaterial(
        id: "LiMn2O4", aliases: ["LMO"], name: "LiMn₂O₄", role: .cathode,
        reaction: LithiumReaction(
            "LiMn₂O₄ ⇄ Mn₂O₄ + Li⁺ + e⁻", electrons: 1,
            per: FormulaUnit("LiMn2O4"),
            source: .computed("one Li per formula unit (the 4 V plateau; Mn³⁺/Mn⁴⁺)")),
        statedPracticalSpecificCapacity: Cited(
            SpecificCapacity(canonical: 110), .review(229, section: "5.1.1.1"),
            note: "initial capacity of a Li/LiPON/LMO thin-film cell"),
        density: .crystal(
            .cubic(
                a: 8.2476, z: 8, spaceGroup: "Fd-3m",
                source: Citation(
                    "a = 8.2476 Å as listed in the German Wikipedia article 'Lithiummangan(III,IV)-oxid' (stored page); primary source not verified"
                ))),
        statedVolumetricCapacity: Cited(
            VolumetricCapacity(canonical: 48), .review(228, section: "5.1.1.1"),
            note: "Li/LiPON/LMO thin-film cell, 3.7–4.3 V"),
        voltageRange: Cited(3.7...4.3, .review(228, section: "5.1.1.1"), note: "of a Li/LiPON/LiMn₂O₄ thin-film cell"),
        // No ocvWindow: the design capacity counts the whole reaction (x 0 → 1), while the fit
        // holds only from x = 0.2; the potential stays the (labelled) mid-point of the cycling window.
        openCircuitVoltage: .lmoFuller1994,
        diffusivity: Cited(
            1e-13...1e-13,
            Citation(
                "Fuller, Doyle & Newman, J. Electrochem. Soc. 1994, 141, 1, doi:10.1149/1.2054684, as in MPET's params_Mn2O4_Fuller94.cfg (D = 1e-13 m² s⁻¹); paper not read here"
            )))

    /// LiNi₀.₅Mn₁.₅O₄ (LNMO) high-voltage spinel: one Li per formula unit (Ni²⁺/Ni⁴⁺). Its potential
    /// is the 4.7 V operating voltage stated by the source the library cites for its capacity; the
    /// review's 3.2–5 V is a cell's cycling window (mid-point 4.1 V), kept as the voltage range.
    ///
    /// No capacity per µm: no LNMO density is cited, and the review's "150 mA h g⁻¹
    /// (70 µA h cm⁻² µm⁻¹)" (§3.1.2.1, ref. 74) is not an LNMO figure — it is a TiO₂-nanotube/LNMO
    /// full cell, and 150 mA h g⁻¹ exceeds LNMO's theoretical 146.7, so it cannot be normalised to
    /// the LNMO (Table 2 entry 48's "30 µA h cm⁻² µm⁻¹ (= 80 mA h g⁻¹)" for the same cell family
    /// implies 3.75 g cm⁻³, near anatase TiO₂'s 3.89, not a cathode value).
    public static let lithiumNickelManganeseOxide = ElectrodeMaterial(
        id: "LiNi0.5Mn1.5O4", aliases: ["LNMO"], name: "LiNi₀.₅Mn₁.₅O₄", role: .cathode,
        reaction: LithiumReaction(
            "LiNi₀.₅Mn₁.₅O₄ ⇄ Ni₀.₅Mn₁.₅O₄ + Li⁺ + e⁻", electrons: 1,
            per: FormulaUnit("LiNi0.5Mn1.5O4"),
            source: .computed("one Li per formula unit (Ni²⁺/Ni⁴⁺)")),
        citedSpecificCapacity: Cited(
            SpecificCapacity(canonical: 147), sciRep2015,
            note: "'a theoretical capacity of 147 mAh/g'"),
        statedPracticalSpecificCapacity: Cited(
            SpecificCapacity(canonical: 122), .review(230, section: "5.1.1.1"), note: "Li/LiPON/LNMO thin-film cell"),
        density: nil,
        voltageRange: Cited(3.2...5.0, .review(230, section: "5.1.1.1"), note: "of a Li/LiPON/LNMO thin-film cell"),
        statedPotential: Cited(4.7...4.7, sciRep2015, note: "'a high operating voltage of 4.7 V'"),
        volumeChange: Cited("≈3 % and ≈3.3 % for its two two-phase steps", sciRep2015))

    /// Kuppan, Duncan & Chen's study of LiₓMn₁.₅Ni₀.₅O₄, cited for LNMO's theoretical capacity,
    /// operating voltage and volume changes (each quoted from its introduction).
    static let sciRep2015 = Citation(
        "Kuppan, Duncan & Chen, Sci. Rep. 2015, 5, 8027, doi:10.1038/srep08027, introduction")

    /// LiFePO₄ (LFP) olivine: one Li per formula unit (Fe²⁺/Fe³⁺). Density (c_max), OCV fit and
    /// diffusivity from PyBaMM's Prada2013 set. Its voltage range is the fit's span over the window
    /// (2.49–3.91 V vs Li/Li⁺), not the set's 2.0/3.6 V cut-offs, which belong to its graphite/LFP
    /// full cell ("3.6 V OCV at 100% SOC and 2.0 V OCV at 0% SOC").
    public static let lithiumIronPhosphate = ElectrodeMaterial(
        id: "LiFePO4", aliases: ["LFP"], name: "LiFePO₄", role: .cathode,
        reaction: LithiumReaction(
            "LiFePO₄ ⇄ FePO₄ + Li⁺ + e⁻", electrons: 1,
            per: FormulaUnit("LiFePO4"),
            source: .computed("one Li per formula unit (Fe²⁺/Fe³⁺)")),
        density: .maximumConcentration(
            molPerCubicMetre: 22_806,
            source: Citation("PyBaMM Prada2013 set, 'Maximum concentration in positive electrode'; \(prada2013)")),
        voltageRange: Cited(
            OpenCircuitVoltage.lfpAfshar2017.span(over: 0...1),
            .computed("the Afshar 2017 OCV fit (PyBaMM Prada2013) over the window x 0–1"),
            note: "vs Li/Li⁺; the set's 2.0–3.6 V cut-offs are those of its graphite/LFP full cell and are not used"),
        openCircuitVoltage: .lfpAfshar2017, ocvWindow: 0...1,
        diffusivity: Cited(
            5.9e-18...5.9e-18,
            Citation(
                "PyBaMM Prada2013 set, 'Positive particle diffusivity [m2.s-1]': 5.9e-18 (pybamm-team/PyBaMM, src/pybamm/input/parameters/lithium_ion/Prada2013.py); \(prada2013)"
            ),
            note:
                "a constant at the set's 298 K reference temperature; a fitted parameter of a porous-electrode cell model, not a thin-film measurement"
        ))

    /// Prada et al.'s LiFePO₄/graphite model, the source of PyBaMM's Prada2013 set.
    static let prada2013 = "Prada et al., J. Electrochem. Soc. 2013, 160, A616, doi:10.1149/2.053304jes"

    /// V₂O₅ (VO): counted here for one Li per formula unit (LiV₂O₅); the review compares VO and LCO
    /// "at the relatively similar theoretical capacity" (§5.1.1.1, ref. 231). No plateau potential is
    /// cited: the mean voltage is the mid-point of a cell's 2.15–3.8 V cycling window, and says so.
    public static let vanadiumPentoxide = ElectrodeMaterial(
        id: "V2O5", aliases: ["VO"], name: "V₂O₅", role: .cathode,
        reaction: LithiumReaction(
            "V₂O₅ + Li⁺ + e⁻ ⇄ LiV₂O₅", electrons: 1,
            per: FormulaUnit("V2O5"),
            source: .computed(
                "one Li per V₂O₅; deeper lithiation (2–3 Li) is possible at lower potential and is not counted")),
        citedSpecificCapacity: Cited(
            SpecificCapacity(canonical: 294.0 / 2),
            Citation(
                "Enhanced lithium storage performance of V₂O₅ with oxygen vacancy, RSC Adv. 2018, 8, 39371, doi:10.1039/C8RA07326K, introduction"
            ),
            note: "'theoretical capacity (294 mA h g⁻¹, when storing two Li⁺)', halved for the one Li counted here"),
        density: .tabulated(
            Cited(
                MassDensity(canonical: 3.35),
                Citation(
                    "3.35 g cm⁻³, the CRC Handbook of Chemistry and Physics (Haynes ed., p. 4-94) as cited by the Wikipedia 'Vanadium(V) oxide' infobox (read via stored mirror pages); the handbook itself not read here"
                ))),
        statedVolumetricCapacity: Cited(
            VolumetricCapacity(canonical: 45), .review(231, section: "Table 2, entry 6"),
            note: "initial capacity of Li/LiPON/V₂O₅"),
        voltageRange: Cited(2.15...3.8, .review(231, section: "Table 2, entry 6"), note: "of a Li/LiPON/V₂O₅ cell"))

    /// LiV₂O₅: the ALD cathode of the review's 3D pore-array cell (ref. 31), counted for one Li
    /// per formula unit (LiV₂O₅ ⇄ V₂O₅).
    public static let lithiumVanadiumOxide = ElectrodeMaterial(
        id: "LiV2O5", aliases: [], name: "LiV₂O₅", role: .cathode,
        reaction: LithiumReaction(
            "LiV₂O₅ ⇄ V₂O₅ + Li⁺ + e⁻", electrons: 1,
            per: FormulaUnit("LiV2O5"),
            source: .computed("one Li per formula unit")),
        density: nil,
        statedVolumetricCapacity: Cited(
            VolumetricCapacity(canonical: 30.0 / (10 * 0.070)), .review(31, section: "5.1.3"),
            note:
                "derived from the review's 3D cell: ≈30 µA h cm⁻² with area enhancement factor 10 and a 70 nm film (Fig. 9a(h)): 30/(10 × 0.07 µm); the same passage calls this '9.3 times larger capacity than that of the planar cell', which would give 30/(9.3 × 0.07 µm) = 46.1 referred to the planar cell; the cell's 10 nm SnNₓ anode may also limit it"
        ),
        voltageRange: Cited(0.5...3.5, .review(31, section: "5.1.3"), note: "of the SnNₓ/LiPON/LiV₂O₅ full cell"))

    /// MoO₃, counted for 1.5 Li per formula unit (Li₁.₅MoO₃); no cited theoretical value is checked.
    public static let molybdenumTrioxide = ElectrodeMaterial(
        id: "MoO3", aliases: [], name: "MoO₃", role: .cathode,
        reaction: LithiumReaction(
            "MoO₃ + 1.5 Li⁺ + 1.5 e⁻ ⇄ Li₁.₅MoO₃", electrons: 1.5,
            per: FormulaUnit("MoO3"),
            source: .computed("1.5 Li per MoO₃ chosen as the definition here; not checked against a cited value")),
        statedPracticalSpecificCapacity: Cited(
            SpecificCapacity(canonical: 266), .review(79, section: "5.1.1.2"),
            note: "3D α-MoO₃₋ₓ nanoflakes at 500 mA g⁻¹"),
        density: .tabulated(
            Cited(
                MassDensity(canonical: 4.70),
                Citation(
                    "4.70 g cm⁻³ as in the Wikipedia 'Molybdenum trioxide' infobox (its ref. 1, a handbook); primary source not verified"
                ))),
        voltageRange: Cited(
            1.5...3.5, .review(79, 287, section: "Table 2"), note: "of the Li/LiPON/α-MoO₃₋ₓ and Li/LVSO/MoO₃ cells"))

    /// TiOS (TiOᵧS_z thin film): the review states a practical capacity only.
    public static let titaniumOxysulfide = ElectrodeMaterial(
        id: "TiOS", aliases: ["TiOySz"], name: "TiOᵧS_z", role: .cathode,
        reaction: nil, density: nil,
        statedVolumetricCapacity: Cited(
            VolumetricCapacity(canonical: 90), .review(245, section: "5.1.1.1"),
            note: "Li/LiPONB/TiOS at 100 µA cm⁻², 1–3 V"),
        voltageRange: Cited(1.0...3.0, .review(245, section: "5.1.1.1"), note: "of a Li/LiPONB/TiOS cell"))

    /// LiCo₀.₈Ni₀.₂O₂: one Li per formula unit.
    public static let lithiumCobaltNickelOxide = ElectrodeMaterial(
        id: "LiCo0.8Ni0.2O2", aliases: [], name: "LiCo₀.₈Ni₀.₂O₂", role: .cathode,
        reaction: LithiumReaction(
            "LiCo₀.₈Ni₀.₂O₂ ⇄ Co₀.₈Ni₀.₂O₂ + Li⁺ + e⁻", electrons: 1,
            per: FormulaUnit("LiCo0.8Ni0.2O2"),
            source: .computed("one Li per formula unit")),
        density: nil,
        statedVolumetricCapacity: Cited(
            VolumetricCapacity(canonical: 62), .review(234, section: "5.1.1.1"),
            note: "initial capacity of Li/LiPON/LiCo₀.₈Ni₀.₂O₂"),
        voltageRange: Cited(
            3.0...4.2, .review(234, section: "Table 2, entry 24"), note: "of a Li/LiPON/LiCo₀.₈Ni₀.₂O₂ cell"))

    /// LiNi₀.₈Co₀.₁₅Al₀.₀₅O₂ (NCA): one Li per formula unit. Window and potentials from the
    /// source of its OCV fit: x 0.41 → 0.983, the discharge of the PyBaMM NCA_Kim2011 cell from its
    /// stated charged state to its 2.7 V cut-off (``KimGraphiteNCACell``); the mean potential is the
    /// fit's average over it (3.756 V), the range the fit's span (3.02–4.11 V), and the usable
    /// fraction its width Δx = 0.573, so that capacity and voltage describe the same window. That
    /// fraction is this model cell's utilisation, not a limit of the material: charged to the set's
    /// 4.2 V upper cut-off the same cell would use more (``KimGraphiteNCACell``).
    public static let nickelCobaltAluminiumOxide = ElectrodeMaterial(
        id: "LiNi0.8Co0.15Al0.05O2", aliases: ["NCA"], name: "LiNi₀.₈Co₀.₁₅Al₀.₀₅O₂", role: .cathode,
        reaction: LithiumReaction(
            "LiNi₀.₈Co₀.₁₅Al₀.₀₅O₂ ⇄ Ni₀.₈Co₀.₁₅Al₀.₀₅O₂ + Li⁺ + e⁻", electrons: 1,
            per: FormulaUnit("LiNi0.8Co0.15Al0.05O2"),
            source: .computed("one Li per formula unit")),
        usableFraction: Cited(
            KimGraphiteNCACell.dischargeWindows.positive.upperBound
                - KimGraphiteNCACell.dischargeWindows.positive.lowerBound,
            .computed("Δx of the window the mean potential is averaged over, so capacity and voltage share one window"),
            note: KimGraphiteNCACell.source.text),
        density: .maximumConcentration(
            molPerCubicMetre: 49_000,
            source: Citation(
                "PyBaMM NCA_Kim2011 set, 'Maximum concentration in positive electrode'; \(KimGraphiteNCACell.kim2011)")),
        voltageRange: Cited(
            KimGraphiteNCACell.potentialRange(.ncaKim2011, over: KimGraphiteNCACell.dischargeWindows.positive),
            .computed("the Kim 2011 OCV fit over the NCA_Kim2011 cell's discharge window"),
            note: KimGraphiteNCACell.source.text),
        openCircuitVoltage: .ncaKim2011, ocvWindow: KimGraphiteNCACell.dischargeWindows.positive,
        ocvWindowSource: KimGraphiteNCACell.window,
        diffusivity: Cited(
            3e-15...3e-15, Citation("PyBaMM NCA_Kim2011 set (nca_diffusivity_Kim2011); \(KimGraphiteNCACell.kim2011)"),
            note: "reference value at 298.15 K; a fitted parameter of a porous-electrode cell model"))

    /// The cathodes, in the order of the issue that asked for them.
    public static let cathodes: [ElectrodeMaterial] = [
        lithiumCobaltOxide, lithiumManganeseOxide, lithiumNickelManganeseOxide, lithiumIronPhosphate,
        vanadiumPentoxide, lithiumVanadiumOxide, molybdenumTrioxide, titaniumOxysulfide,
        lithiumCobaltNickelOxide, nickelCobaltAluminiumOxide,
    ]
}
