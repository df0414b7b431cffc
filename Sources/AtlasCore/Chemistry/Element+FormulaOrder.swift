extension Element {
    /// Electronegativity on the Pauling scale, used only to put elements in the conventional
    /// order when a composition is written out; `nil` where no Pauling value is tabulated
    /// (noble gases He, Ne, Ar; Pm, Eu, Tb, Yb; Rn; elements past No).
    ///
    /// Source: the Pauling-scale table of A. L. Allred, "Electronegativity values from
    /// thermochemical data", J. Inorg. Nucl. Chem. 1961, 17, 215–221, with L. Pauling's values
    /// for the remaining elements, as tabulated by WebElements and the Chemistry Development Kit
    /// (`electroneg-pauling.txt`). Two decimals are more than ordering needs.
    public var paulingElectronegativity: Double? {
        let x = Self.pauling[rawValue - 1]
        return x.isNaN ? nil : x
    }

    /// Indexed by atomic number − 1; NaN where no value is tabulated.
    private static let pauling: [Double] = [
        2.20, .nan,  // H He
        0.98, 1.57, 2.04, 2.55, 3.04, 3.44, 3.98, .nan,  // Li–Ne
        0.93, 1.31, 1.61, 1.90, 2.19, 2.58, 3.16, .nan,  // Na–Ar
        0.82, 1.00, 1.36, 1.54, 1.63, 1.66, 1.55, 1.83, 1.88, 1.91, 1.90, 1.65,  // K–Zn
        1.81, 2.01, 2.18, 2.55, 2.96, 3.00,  // Ga–Kr
        0.82, 0.95, 1.22, 1.33, 1.6, 2.16, 1.9, 2.2, 2.28, 2.20, 1.93, 1.69,  // Rb–Cd
        1.78, 1.96, 2.05, 2.1, 2.66, 2.6,  // In–Xe
        0.79, 0.89,  // Cs Ba
        1.10, 1.12, 1.13, 1.14, .nan, 1.17, .nan, 1.20, .nan, 1.22, 1.23, 1.24, 1.25, .nan, 1.27,  // La–Lu
        1.3, 1.5, 2.36, 1.9, 2.2, 2.20, 2.28, 2.54, 2.00,  // Hf–Hg
        1.62, 2.33, 2.02, 2.0, 2.2, .nan,  // Tl–Rn
        0.7, 0.9,  // Fr Ra
        1.1, 1.3, 1.5, 1.38, 1.36, 1.28, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, .nan,  // Ac–Lr
        .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan,  // Rf–Og
    ]

    /// The order in which the atlas writes elements in a formula: lithium first (this is an
    /// atlas of lithium conductors, and the review writes them that way: Li7La3Zr2O12,
    /// Li3PO4, Li10GeP2S12), then the others from electropositive to electronegative
    /// (increasing Pauling electronegativity, as in La3Zr2O12, PS4, Ti(PO4)), ties and elements
    /// without a Pauling value last by atomic number.
    ///
    /// This is the ordering chemists use for inorganic solids and that materials databases
    /// (e.g. pymatgen's `Composition.formula`) use; Hill order would write LLZO as LaLi7O12Zr2.
    public static func precedesInFormula(_ a: Element, _ b: Element) -> Bool {
        if a == b { return false }
        if a == .Li { return true }
        if b == .Li { return false }
        switch (a.paulingElectronegativity, b.paulingElectronegativity) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.rawValue < b.rawValue
        }
    }
}
