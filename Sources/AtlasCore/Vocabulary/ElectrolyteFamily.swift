/// The electrolyte families the atlas classifies every electrolyte into, following the review's
/// sections: polymer (3.1–3.2), crystalline (4.1–4.4) and glass (5.1–5.2).
///
/// LiPONB, LiSiPON and LiPWON are boron-, silicon- and tungsten-containing variants of LiPON: their
/// ``parent`` is ``lipon`` and a query `family ~ LiPON` finds them all.
public enum ElectrolyteFamily: String, CaseIterable, Codable, Sendable {
    case solidPolymer = "solid polymer"
    case compositePolymer = "composite polymer"
    case gelPolymer = "gel polymer"
    case ionogel
    case garnet
    case nasicon = "NASICON"
    case lisicon = "LISICON"
    case thioLisicon = "thio-LISICON"
    case perovskite
    case lipon = "LiPON"
    case liponb = "LiPONB"
    case lisipon = "LiSiPON"
    case lipwon = "LiPWON"
    case libon = "LiBON"
    case lvso = "LVSO"
    case lithiumPhosphate = "Li3PO4"
    case lithiumOrthosilicate = "Li4SiO4"
    case sulfideGlass = "sulfide glass"

    /// The class the family belongs to.
    public var electrolyteClass: ElectrolyteClass {
        switch self {
        case .solidPolymer, .compositePolymer, .gelPolymer, .ionogel: return .polymer
        case .garnet, .nasicon, .lisicon, .thioLisicon, .perovskite: return .crystalline
        case .lipon, .liponb, .lisipon, .lipwon, .libon, .lvso, .lithiumPhosphate,
            .lithiumOrthosilicate, .sulfideGlass:
            return .glass
        }
    }

    /// The family this one is a variant of, if any.
    public var parent: ElectrolyteFamily? {
        switch self {
        case .liponb, .lisipon, .lipwon: return .lipon
        case .thioLisicon: return .lisicon
        default: return nil
        }
    }

    /// Looks a family up by its name, case-insensitively ("nasicon", "Gel polymer").
    public init?(name: String) {
        let key = name.trimmingSpaces.lowercased()
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) else { return nil }
        self = match
    }
}
