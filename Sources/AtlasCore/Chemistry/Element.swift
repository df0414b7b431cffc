/// A chemical element, identified by its atomic number; the case name is its symbol.
///
/// All 118 elements are here so that any symbol a data set may print is recognised; whether an
/// element has a standard atomic weight (and so whether a molar mass can be computed) is a
/// separate question answered by ``standardAtomicWeight``.
///
/// ```swift
/// Element(symbol: "Li")          // .Li
/// Element.Li.atomicNumber        // 3
/// Element.Li.standardAtomicWeight  // 6.94
/// Element.Tc.standardAtomicWeight  // nil: no stable isotope
/// ```
public enum Element: Int, CaseIterable, Comparable, Sendable {
    case H = 1
    case He
    case Li, Be, B, C, N, O, F, Ne
    case Na, Mg, Al, Si, P, S, Cl, Ar
    case K, Ca, Sc, Ti, V, Cr, Mn, Fe, Co, Ni, Cu, Zn, Ga, Ge, As, Se, Br, Kr
    case Rb, Sr, Y, Zr, Nb, Mo, Tc, Ru, Rh, Pd, Ag, Cd, In, Sn, Sb, Te, I, Xe
    case Cs, Ba, La, Ce, Pr, Nd, Pm, Sm, Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu
    case Hf, Ta, W, Re, Os, Ir, Pt, Au, Hg, Tl, Pb, Bi, Po, At, Rn
    case Fr, Ra, Ac, Th, Pa, U, Np, Pu, Am, Cm, Bk, Cf, Es, Fm, Md, No, Lr
    case Rf, Db, Sg, Bh, Hs, Mt, Ds, Rg, Cn, Nh, Fl, Mc, Lv, Ts, Og

    public var atomicNumber: Int { rawValue }

    /// The IUPAC symbol (`"Li"`).
    public var symbol: String { String(describing: self) }

    /// The element with this exact symbol (case-sensitive: `"Co"` is cobalt, `"CO"` is not a symbol).
    public init?(symbol: some StringProtocol) {
        guard let element = Self.bySymbol[String(symbol)] else { return nil }
        self = element
    }

    private static let bySymbol: [String: Element] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.symbol, $0) })

    public static func < (a: Element, b: Element) -> Bool { a.rawValue < b.rawValue }

    /// The standard atomic weight (relative atomic mass, dimensionless; numerically the molar
    /// mass in g mol⁻¹), or `nil` for elements that have none because they have no stable
    /// isotope and no characteristic terrestrial isotopic composition (Tc, Pm, Po–Ac, Np and
    /// beyond).
    ///
    /// Source: IUPAC CIAAW, "Standard atomic weights of the elements 2021 (IUPAC Technical
    /// Report)", T. Prohaska et al., Pure Appl. Chem. 2022, 94(5), 573–600,
    /// doi:10.1515/pac-2019-0603, Table 1 (as listed on ciaaw.org/atomic-weights.htm), with
    /// uncertainties dropped. Fourteen elements (H, Li, B, C, N, O, Mg, Si, S, Cl, Ar, Br, Tl,
    /// Pb) have an interval rather than a single value, because their isotopic composition
    /// varies in nature; for those the CIAAW *conventional* value is used (e.g. Li 6.94 for
    /// the interval [6.938, 6.997], O 15.999 for [15.99903, 15.99977]), which is the value
    /// chemists use for molar masses of ordinary materials.
    public var standardAtomicWeight: Double? {
        let w = Self.standardAtomicWeights[rawValue - 1]
        return w.isNaN ? nil : w
    }

    /// Indexed by atomic number − 1; NaN where CIAAW 2021 gives no standard atomic weight.
    /// Conventional values (for interval elements) are marked `// conv. [low, high]`.
    private static let standardAtomicWeights: [Double] = [
        1.008,  // H conv. [1.00784, 1.00811]
        4.002602,  // He
        6.94,  // Li conv. [6.938, 6.997]
        9.0121831,  // Be
        10.81,  // B conv. [10.806, 10.821]
        12.011,  // C conv. [12.0096, 12.0116]
        14.007,  // N conv. [14.00643, 14.00728]
        15.999,  // O conv. [15.99903, 15.99977]
        18.998403162,  // F
        20.1797,  // Ne
        22.98976928,  // Na
        24.305,  // Mg conv. [24.304, 24.307]
        26.9815384,  // Al
        28.085,  // Si conv. [28.084, 28.086]
        30.973761998,  // P
        32.06,  // S conv. [32.059, 32.076]
        35.45,  // Cl conv. [35.446, 35.457]
        39.95,  // Ar conv. [39.792, 39.963]
        39.0983,  // K
        40.078,  // Ca
        44.955907,  // Sc
        47.867,  // Ti
        50.9415,  // V
        51.9961,  // Cr
        54.938043,  // Mn
        55.845,  // Fe
        58.933194,  // Co
        58.6934,  // Ni
        63.546,  // Cu
        65.38,  // Zn
        69.723,  // Ga
        72.630,  // Ge
        74.921595,  // As
        78.971,  // Se
        79.904,  // Br conv. [79.901, 79.907]
        83.798,  // Kr
        85.4678,  // Rb
        87.62,  // Sr
        88.905838,  // Y
        91.224,  // Zr
        92.90637,  // Nb
        95.95,  // Mo
        .nan,  // Tc
        101.07,  // Ru
        102.90549,  // Rh
        106.42,  // Pd
        107.8682,  // Ag
        112.414,  // Cd
        114.818,  // In
        118.710,  // Sn
        121.760,  // Sb
        127.60,  // Te
        126.90447,  // I
        131.293,  // Xe
        132.90545196,  // Cs
        137.327,  // Ba
        138.90547,  // La
        140.116,  // Ce
        140.90766,  // Pr
        144.242,  // Nd
        .nan,  // Pm
        150.36,  // Sm
        151.964,  // Eu
        157.25,  // Gd
        158.925354,  // Tb
        162.500,  // Dy
        164.930329,  // Ho
        167.259,  // Er
        168.934219,  // Tm
        173.045,  // Yb
        174.9668,  // Lu
        178.486,  // Hf
        180.94788,  // Ta
        183.84,  // W
        186.207,  // Re
        190.23,  // Os
        192.217,  // Ir
        195.084,  // Pt
        196.966570,  // Au
        200.592,  // Hg
        204.38,  // Tl conv. [204.382, 204.385]
        207.2,  // Pb conv. [206.14, 207.94]
        208.98040,  // Bi
        .nan, .nan, .nan, .nan, .nan, .nan,  // Po At Rn Fr Ra Ac
        232.0377,  // Th
        231.03588,  // Pa
        238.02891,  // U
        .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan,  // Np–Lr
        .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan,  // Rf–Og
    ]
}

extension Element: Codable {
    /// Encoded as its symbol (`"Li"`), so that data files stay readable.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let symbol = try container.decode(String.self)
        guard let element = Element(symbol: symbol) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown element '\(symbol)'")
        }
        self = element
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(symbol)
    }
}
