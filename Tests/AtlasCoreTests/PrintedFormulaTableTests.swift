import Testing

@testable import AtlasCore

/// Formulas exactly as they are printed in the review's extracted text (seed
/// 000_8680331f6954a357.txt: TeX subscripts, Unicode subscripts, spaced subscripts, decimal
/// commas, stacks trimmed to one layer) and in the two outside data sets (quotes, spaces, nested
/// groups, adducts), each with its element amounts worked out by hand.
@Suite("Printed formulas")
struct PrintedFormulaTableTests {
    /// (printed text, where it comes from, expected amounts per formula unit)
    static let table: [(String, String, String)] = [
        // — the review —
        ("Li_{3.3}PO_{3.9}N_{0.17}", "review, LiPON", "Li 3.3, P 1, O 3.9, N 0.17"),
        ("Li _{2.64} P _{1.0} O _{2.81} N _{0.33}", "review Table 1, LiPON", "Li 2.64, P 1, O 2.81, N 0.33"),
        ("Li_{3.09}BO_{2.53}N_{0.52}", "review, LiBON", "Li 3.09, B 1, O 2.53, N 0.52"),
        (
            #"\mathrm{Li}_{3.4} \mathrm{V}_{0.6} \mathrm{Si}_{0.4} \mathrm{O}_4"#, "review Table 1, LVSO",
            "Li 3.4, V 0.6, Si 0.4, O 4"
        ),
        ("Li_{1.9}Si_{0.28}P_{1.0}O_{1.1}N_{1.0}", "review, LiSiPON", "Li 1.9, Si 0.28, P 1, O 1.1, N 1"),
        ("Li2PO2N", "review, LiPON(Li2PO2N)", "Li 2, P 1, O 2, N 1"),
        ("Li ₂ PO ₂ N", "review, LiPON (Li ₂ PO ₂ N)", "Li 2, P 1, O 2, N 1"),
        ("Li10GeP2S12", "review, LGPS", "Li 10, Ge 1, P 2, S 12"),
        ("Li_{3,25}Ge_{0,25}P_{0,75}S₄", "review, thio-LISICON (decimal commas)", "Li 3.25, Ge 0.25, P 0.75, S 4"),
        (
            "Li_{9.54}Si_{1.74}P_{1.44}S_{11.7}Cl_{0.3}", "review, LGPS family",
            "Li 9.54, Si 1.74, P 1.44, S 11.7, Cl 0.3"
        ),
        ("Li_{10}GeP_2S_{11.7}O_{0.3}", "review", "Li 10, Ge 1, P 2, S 11.7, O 0.3"),
        ("Li₁₄Zn(GeO₄)₄", "review, LISICON", "Li 14, Zn 1, Ge 4, O 16"),
        ("Li3/8Sr7/16Ta3/4Hf1/4O3", "review, perovskite", "Li 3/8, Sr 7/16, Ta 3/4, Hf 1/4, O 3"),
        ("Li_{3/8}Sr_{7/16}Ta_{3/4}Zr_{1/4}O₃", "review, perovskite", "Li 3/8, Sr 7/16, Ta 3/4, Zr 1/4, O 3"),
        ("Li10.42Si1.5P1.5Cl0.08O11.92", "review", "Li 10.42, Si 1.5, P 1.5, Cl 0.08, O 11.92"),
        ("Li_{6.25}Al_{0.25}La₃Zr₂O₁₂", "review, Al-doped LLZO", "Li 6.25, Al 0.25, La 3, Zr 2, O 12"),
        ("Li_7La_3Zr_2O_{12}", "review, LLZO", "Li 7, La 3, Zr 2, O 12"),
        ("Li_{4/3}Ti_{5/3}O₄", "review, LTO as fractions", "Li 4/3, Ti 5/3, O 4"),
        ("Li₄Ti₅O₁₂", "review, LTO", "Li 4, Ti 5, O 12"),
        ("Li_{3,3}PO₄", "review", "Li 3.3, P 1, O 4"),
        ("LiNi_{0.5}Mn_{1.5}O_4", "review, LNMO", "Li 1, Ni 0.5, Mn 1.5, O 4"),
        ("LiMn_{1.485}Ni_{0.45}Cr_{0.05}O₄", "review", "Li 1, Mn 1.485, Ni 0.45, Cr 0.05, O 4"),
        ("LiNi_{0.8}Co_{0.15}Al_{0.05}O₂", "review, NCA", "Li 1, Ni 0.8, Co 0.15, Al 0.05, O 2"),
        ("LiNi0.8Co0.2O2", "review", "Li 1, Ni 0.8, Co 0.2, O 2"),
        ("LiCo_{0.8}Zr_{0.2}O₂", "review", "Li 1, Co 0.8, Zr 0.2, O 2"),
        ("Ag_{0.3}V₂O₅", "review", "Ag 0.3, V 2, O 5"),
        ("LiFe(WO₄)₂", "review", "Li 1, Fe 1, W 2, O 8"),
        ("CuWO4", "review", "Cu 1, W 1, O 4"),
        ("Li1.5Al0.5Ge1.5(PO4)3", "review, LAGP", "Li 1.5, Al 0.5, Ge 1.5, P 3, O 12"),
        (
            #"\text{Li}_{1.5}\text{Al}_{0.5}\text{Ti}_{1.5}(\text{PO}_4)_3"#, "review, LATP",
            "Li 1.5, Al 0.5, Ti 1.5, P 3, O 12"
        ),
        (#"$\text{LiTi}_2(\text{PO}_4)_3$"#, "review, NASICON", "Li 1, Ti 2, P 3, O 12"),
        ("Li₇P₃S₁₁", "review", "Li 7, P 3, S 11"),
        ("Li₂O–SiO₂–P₂O₅", "review, glass system (equal parts)", "Li 2, Si 1, P 2, O 8"),
        ("Li2O-V2O5-SiO2", "review, glass system (equal parts)", "Li 2, V 2, Si 1, O 8"),
        ("LiMn₂O₄", "review", "Li 1, Mn 2, O 4"),
        ("LiCoO₂", "review, LCO", "Li 1, Co 1, O 2"),
        ("LiFePO₄", "review, LFP", "Li 1, Fe 1, P 1, O 4"),
        ("LiV₂O₅", "review", "Li 1, V 2, O 5"),
        ("(Li₃N)", "review", "Li 3, N 1"),
        ("Sn3N4", "review", "Sn 3, N 4"),
        (#"\text{g}-\text{Li}_3\text{PO}_4"#, "review, glassy Li3PO4", "Li 3, P 1, O 4"),
        // — OBELiX (obelix/all.csv) —
        ("Li1.4Al0.4Ti1.6 (PO4)3", "OBELiX", "Li 1.4, Al 0.4, Ti 1.6, P 3, O 12"),
        ("Li0.6[Li0.2Sn0.8S2]", "OBELiX", "Li 0.8, Sn 0.8, S 2"),
        ("La0.62 Li0.14(Mg0.5W0.5)O3", "OBELiX", "La 0.62, Li 0.14, Mg 0.5, W 0.5, O 3"),
        ("(Li0.55Mg0.45)(Li0.445Mg0.055)Ti1.5O4", "OBELiX", "Li 0.995, Mg 0.505, Ti 1.5, O 4"),
        ("Fe1.28La23.6Li45.44Zr16.0O96.0", "OBELiX, true composition", "Fe 1.28, La 23.6, Li 45.44, Zr 16, O 96"),
        (" Li6.4Al0.19La3Zr2O11.8", "OBELiX, leading space", "Li 6.4, Al 0.19, La 3, Zr 2, O 11.8"),
        // Li3 + [Mo8 S8 O8 (OH)8 (HWO5(H2O))] + 18 H2O: O 8+8+5+1+18, H 8+1+2+36.
        ("Li3(Mo8S8O8(OH)8(HWO5(H2O)))*(H2O)18", "OBELiX, adduct", "Li 3, Mo 8, S 8, W 1, O 40, H 47"),
        // — Liverpool (LiIonDatabase.csv) —
        ("Li6.4La3Zr1.4Ta0.6O12 ", "Liverpool, trailing space", "Li 6.4, La 3, Zr 1.4, Ta 0.6, O 12"),
        (
            "Li0.022 La0.115 Ti0.165 Al0.055 O0.618", "Liverpool, spaced",
            "Li 0.022, La 0.115, Ti 0.165, Al 0.055, O 0.618"
        ),
        ("Li6.02P0.98Si0.02S5 Br", "Liverpool", "Li 6.02, P 0.98, Si 0.02, S 5, Br 1"),
        ("\"(Li2S)0.75 (P2S5)0.25\"", "Liverpool, quoted cell", "Li 1.5, S 2, P 0.5"),
        ("\"(Li2O)50 (Al2O3)2 (P2O5)48\"", "Liverpool", "Li 100, Al 4, P 96, O 296"),
        // (Li2S)0.6(SiS2)0.4 ×95 = Li 114, Si 38, S 133; (Li4SiO4)5 = Li 20, Si 5, O 20.
        ("\"((Li2S)0.6 (SiS2)0.4 )95 (Li4SiO4)5\"", "Liverpool, nested", "Li 134, Si 43, S 133, O 20"),
        // LiI 0.3; ((Li2S)0.3 ((Ga2S3)0.1 (GeS2)0.9)0.7)0.7 = Li 0.42, S (0.3 + 2.1×0.7)×0.7, Ga 0.098, Ge 0.441.
        (
            "\"(LiI)0.3 ((Li2S)0.3 ((Ga2S3)0.1 (GeS2)0.9)0.7)0.7\"", "Liverpool, nested",
            "Li 0.72, I 0.3, S 1.239, Ga 0.098, Ge 0.441"
        ),
        ("Li1.4Al0.4(Ge0.67Ti0.33)1.6(PO4)3", "Liverpool", "Li 1.4, Al 0.4, Ge 1.072, Ti 0.528, P 3, O 12"),
        ("Li5PS4(BH4)2", "Liverpool", "Li 5, P 1, S 4, B 2, H 8"),
        ("Li2Ca(NH)2", "Liverpool", "Li 2, Ca 1, N 2, H 2"),
        ("Li3O(Cl0.5Br0.5)", "Liverpool, antiperovskite", "Li 3, O 1, Cl 0.5, Br 0.5"),
        ("Li1.3Al0.3Ti1.7(PO4)3", "Liverpool, LATP", "Li 1.3, Al 0.3, Ti 1.7, P 3, O 12"),
        ("Li6PS5Cl", "Liverpool, argyrodite", "Li 6, P 1, S 5, Cl 1"),
    ]

    @Test("the table has at least 40 printed formulas")
    func tableSize() {
        #expect(Self.table.count >= 40)
    }

    @Test("each printed formula parses to the element amounts worked out by hand", arguments: table)
    func amounts(text: String, source: String, expected: String) throws {
        let composition = try Composition(parsing: text)
        #expect(composition.amounts == ExpectedAmounts.parse(expected), "\(text) (\(source)) → \(composition)")
    }

    /// Molar masses from the CIAAW 2021 values in `Element.standardAtomicWeight`, by hand:
    /// - Li7La3Zr2O12: 7×6.94 + 3×138.90547 + 2×91.224 + 12×15.999
    ///   = 48.58 + 416.71641 + 182.448 + 191.988 = 839.73241
    /// - Li3PO4: 3×6.94 + 30.973761998 + 4×15.999 = 20.82 + 30.973761998 + 63.996 = 115.789761998
    /// - LiCoO2: 6.94 + 58.933194 + 2×15.999 = 97.871194
    /// - Li10GeP2S12: 69.4 + 72.630 + 61.947523996 + 12×32.06 (384.72) = 588.697523996
    /// - Li4Ti5O12: 27.76 + 5×47.867 (239.335) + 191.988 = 459.083
    /// - Li3.3PO3.9N0.17: 22.902 + 30.973761998 + 62.3961 + 2.38119 = 118.653051998
    /// - Li1.3Al0.3Ti1.7(PO4)3: 9.022 + 8.09446152 + 81.3739 + 92.921285994 + 191.988 = 383.399647514
    static let molarMasses: [(String, Double)] = [
        ("Li7La3Zr2O12", 839.73241), ("Li₃PO₄", 115.789761998), ("LiCoO2", 97.871194),
        ("Li10GeP2S12", 588.697523996), ("Li₄Ti₅O₁₂", 459.083), ("Li_{3.3}PO_{3.9}N_{0.17}", 118.653051998),
        ("Li1.3Al0.3Ti1.7(PO4)3", 383.399647514),
    ]

    @Test("molar masses match the hand computation from CIAAW 2021 weights", arguments: molarMasses)
    func molarMass(text: String, grams: Double) throws {
        let mass = try #require(try Composition(parsing: text).molarMass)
        // Same sum in a different order: agreement to rounding of a dozen additions.
        #expect(mass.isApproximatelyEqual(to: grams, relativeTolerance: 1e-12), "\(text): \(mass)")
    }
}
