/// The family vocabulary of conductivity measurements: every ``ElectrolyteFamily`` of the review,
/// plus the structure types and chemistries that the outside data sets (OBELiX, the Liverpool
/// Ionics Dataset, user tables) contain and the review does not treat.
///
/// The review's families keep their names (`garnet`, `NASICON`, `thio-LISICON`…), so a query
/// `family = garnet` finds the review's garnets and the data sets' garnets alike. How each data
/// set's labels map onto this vocabulary is documented in docs/CONDUCTIVITY.md; every
/// measurement also keeps the label its source printed.
///
/// ```swift
/// MeasurementFamily(.garnet).rawValue          // "garnet"
/// MeasurementFamily.argyrodite.electrolyteClass // .crystalline
/// MeasurementFamily(name: "Anti-Perovskite")   // .antiPerovskite
/// MeasurementFamily.thioLisicon.parent          // .lisicon (as in the review)
/// ```
public enum MeasurementFamily: String, CaseIterable, Codable, Sendable {
    // The review's families (ElectrolyteFamily), same names.
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

    // Families the review does not treat.
    /// Li6PS5X and related argyrodites.
    case argyrodite
    /// Li3OCl, Li2OHCl and related lithium-rich anti-perovskites.
    case antiPerovskite = "anti-perovskite"
    /// Crystalline Li–P–S compounds outside the LGPS/thio-LISICON type (Li4P2S6, Li7P3S11 crystals).
    case thiophosphate
    /// Other crystalline sulfides and selenides (Li2SnS3, Li4SnS4, layered Li–Sn–S).
    case sulfide
    /// Chlorides, bromides, iodides and fluorides (Li3YCl6, Li3InCl6, Li2MgCl4, Li3AlF6).
    case halide
    /// Complex and simple hydrides (LiAlH4, Li3AlH6, amides).
    case hydride
    /// Borohydrides (LiBH4 and its solid solutions).
    case borohydride
    /// Nitrides (Li3N, Li3BN2, LiSi2N3).
    case nitride
    /// Oxides of no named family here (Li7BiO6, Li6Zr2O7, molybdates).
    case oxide
    /// Phosphates of no named family here (Li4P2O7, borophosphates, tavorite LiVPO4F).
    case phosphate
    /// Borates (Li6CuB4O10, LiB6O9F, boracites).
    case borate
    /// Silicates of no named family here.
    case silicate
    /// Rock-salt-type oxides and halides (Li2TiO3, Li6FeCl8).
    case rocksalt
    /// Olivine-type phosphates (LiMgPO4).
    case olivine
    /// Zircon-type (YPO4–Li3PO4).
    case zircon
    /// Phenakite-type (LiGaSiO4).
    case phenakite
    /// Lyonsite-type molybdates and phosphates (the Liverpool set spells it "Lysonite").
    case lyonsite
    /// Pyrochlore-type oxyfluorides (LiSrNb2O6F).
    case pyrochlore
    /// Oxide, oxyhalide and phosphate glasses outside the review's named glass families.
    case oxideGlass = "oxide glass"
    /// Glass-ceramics (partly crystallized glasses: Li7P3S11, LAGP glass-ceramics).
    case glassCeramic = "glass-ceramic"
    /// The source gives no family, or one that means "other".
    case unclassified

    /// The measurement family of one of the review's families.
    public init(_ family: ElectrolyteFamily) {
        // Raw values are shared by construction (checked by a test).
        self = MeasurementFamily(rawValue: family.rawValue) ?? .unclassified
    }

    /// The review family this is, or nil for a family the review does not treat.
    public var reviewFamily: ElectrolyteFamily? { ElectrolyteFamily(rawValue: rawValue) }

    /// The class: the review family's class; crystalline for the added structure types and
    /// glass-ceramics; glass for oxide glasses; nil for unclassified measurements.
    public var electrolyteClass: ElectrolyteClass? {
        if let reviewFamily { return reviewFamily.electrolyteClass }
        switch self {
        case .oxideGlass: return .glass
        case .unclassified: return nil
        default: return .crystalline
        }
    }

    /// The family this one is a variant of, as in ``ElectrolyteFamily/parent``.
    public var parent: MeasurementFamily? { reviewFamily?.parent.map(MeasurementFamily.init) }

    /// Looks a family up by its name, case-insensitively ("nasicon", "Anti-Perovskite").
    public init?(name: String) {
        let key = name.trimmingSpaces.lowercased()
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) else { return nil }
        self = match
    }
}
