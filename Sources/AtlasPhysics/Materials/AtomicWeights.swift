/// The few chemical elements the materials library needs, with their standard atomic weights.
///
/// Values are the IUPAC 2021 standard atomic weights (abridged to five significant figures where
/// IUPAC gives an interval, i.e. the "conventional" values): Prohaska et al., Pure Appl. Chem. 2022,
/// 94, 573, doi:10.1515/pac-2019-0603. A full formula parser lives in AtlasCore; this table is kept
/// internal and minimal on purpose.
enum Element: String, CaseIterable, Sendable {
    case li = "Li", b = "B", c = "C", n = "N", o = "O", al = "Al", si = "Si", p = "P", s = "S"
    case ti = "Ti", v = "V", mn = "Mn", fe = "Fe", co = "Co", ni = "Ni", cu = "Cu", nb = "Nb"
    case mo = "Mo", sn = "Sn", sb = "Sb"

    /// Standard atomic weight, g mol⁻¹ (IUPAC 2021; conventional value where an interval is given).
    var atomicWeight: Double {
        switch self {
        case .li: return 6.94  // interval [6.938, 6.997]; conventional 6.94
        case .b: return 10.81  // interval [10.806, 10.821]; conventional 10.81
        case .c: return 12.011  // interval [12.0096, 12.0116]; conventional 12.011
        case .n: return 14.007  // interval [14.006 43, 14.007 28]; conventional 14.007
        case .o: return 15.999  // interval [15.999 03, 15.999 77]; conventional 15.999
        case .al: return 26.981_538_4
        case .si: return 28.085  // interval [28.084, 28.086]; conventional 28.085
        case .p: return 30.973_761_998
        case .s: return 32.06  // interval [32.059, 32.076]; conventional 32.06
        case .ti: return 47.867
        case .v: return 50.941_5
        case .mn: return 54.938_043
        case .fe: return 55.845
        case .co: return 58.933_194
        case .ni: return 58.693_4
        case .cu: return 63.546
        case .nb: return 92.906_37
        case .mo: return 95.95
        case .sn: return 118.71
        case .sb: return 121.760
        }
    }
}

/// A chemical composition as element amounts per formula unit (fractional amounts allowed:
/// LiNi₀.₈Co₀.₁₅Al₀.₀₅O₂). Internal: the public API exposes the formula text and its mass.
struct Composition: Sendable {
    let amounts: [(Element, Double)]

    init(_ amounts: [(Element, Double)]) { self.amounts = amounts }

    /// Molar mass of one formula unit, g mol⁻¹, from IUPAC 2021 standard atomic weights.
    var molarMass: Double { amounts.reduce(0) { $0 + $1.0.atomicWeight * $1.1 } }
}
