/// The normalized vocabulary of electrolyte preparation and deposition methods (Table 2's
/// "Preparation method" column and the techniques of sections 3–5 and 7).
///
/// Raw values are stable identifiers used in the data files and in queries (`method = ald`);
/// ``name`` and ``abbreviation`` are what people type too (`method = ALD`, `method = "RF MS"`).
public enum PreparationMethod: String, CaseIterable, Codable, Sendable {
    case rfSputtering = "rf-sputtering"
    case pld
    case ald
    case mocvd
    case cvd
    case pvd
    case eBeamEvaporation = "e-beam-evaporation"
    case ibad
    case thermalEvaporation = "thermal-evaporation"
    case plasmaAssistedDVD = "plasma-assisted-dvd"
    case aerosolDeposition = "aerosol-deposition"
    case electrodeposition
    case dropCasting = "drop-casting"
    case dipCoating = "dip-coating"
    case spinCoating = "spin-coating"
    case photolithography
    case uvCuring = "uv-curing"
    case solventCasting = "solvent-casting"
    case inkJetting = "ink-jetting"
    case stereolithography
    case solGel = "sol-gel"
    case solidStateReaction = "solid-state-reaction"
    case chemicalReaction = "chemical-reaction"
    case commercial

    /// Display name.
    public var name: String {
        switch self {
        case .rfSputtering: return "RF magnetron sputtering"
        case .pld: return "Pulsed laser deposition"
        case .ald: return "Atomic layer deposition"
        case .mocvd: return "Metalorganic chemical vapour deposition"
        case .cvd: return "Chemical vapour deposition"
        case .pvd: return "Physical vapour deposition"
        case .eBeamEvaporation: return "E-beam evaporation"
        case .ibad: return "Ion beam assisted deposition"
        case .thermalEvaporation: return "Thermal evaporation"
        case .plasmaAssistedDVD: return "Plasma-assisted directed vapour deposition"
        case .aerosolDeposition: return "Aerosol deposition"
        case .electrodeposition: return "Electrodeposition"
        case .dropCasting: return "Drop casting"
        case .dipCoating: return "Dip coating"
        case .spinCoating: return "Spin coating"
        case .photolithography: return "Photolithography"
        case .uvCuring: return "UV curing"
        case .solventCasting: return "Solvent/hand casting"
        case .inkJetting: return "Ink-jet printing"
        case .stereolithography: return "Stereolithography"
        case .solGel: return "Sol-gel"
        case .solidStateReaction: return "Solid-state reaction"
        case .chemicalReaction: return "Chemical reaction"
        case .commercial: return "Commercial"
        }
    }

    /// Short label for tables (`RF MS`, `PLD`, `ALD`, `drop cast`).
    public var abbreviation: String {
        switch self {
        case .rfSputtering: return "RF MS"
        case .pld: return "PLD"
        case .ald: return "ALD"
        case .mocvd: return "MOCVD"
        case .cvd: return "CVD"
        case .pvd: return "PVD"
        case .eBeamEvaporation: return "e-beam"
        case .ibad: return "IBAD"
        case .thermalEvaporation: return "TE"
        case .plasmaAssistedDVD: return "PA-DVD"
        case .aerosolDeposition: return "aerosol"
        case .electrodeposition: return "ED"
        case .dropCasting: return "drop cast"
        case .dipCoating: return "dip coat"
        case .spinCoating: return "spin coat"
        case .photolithography: return "photolith."
        case .uvCuring: return "UV cure"
        case .solventCasting: return "solv. cast"
        case .inkJetting: return "ink-jet"
        case .stereolithography: return "SLA"
        case .solGel: return "sol-gel"
        case .solidStateReaction: return "SSR"
        case .chemicalReaction: return "chem. react."
        case .commercial: return "commercial"
        }
    }

    /// Looks a method up by identifier, name or abbreviation, case-insensitively
    /// ("ALD", "rf-sputtering", "RF MS", "sputtering", "drop casting").
    public init?(name: String) {
        let key = Self.normalize(name)
        if let m = Self.byNormalizedName[key] {
            self = m
            return
        }
        switch key {
        case "sputtering", "rfsputtering", "magnetronsputtering", "ms", "rfms": self = .rfSputtering
        case "ebeam", "ebeamevaporation", "electronbeamevaporation", "ebevaporation": self = .eBeamEvaporation
        case "electropolymerization", "electrochemicaldeposition", "ed": self = .electrodeposition
        case "uvpolymerization", "uvinducedphotopolymerization", "photopolymerization": self = .uvCuring
        case "solutioncasting", "handcasting", "solventcasting", "casting": self = .solventCasting
        case "inkjet", "inkjetting", "inkjetprinting": self = .inkJetting
        case "3dprinting": self = .stereolithography
        default: return nil
        }
    }

    /// Every case under its normalized identifier, name and abbreviation; the first case wins a clash,
    /// as a linear search in declaration order would.
    private static let byNormalizedName: [String: PreparationMethod] = {
        var table: [String: PreparationMethod] = [:]
        for m in allCases {
            for key in [m.rawValue, m.name, m.abbreviation].map(normalize) where table[key] == nil { table[key] = m }
        }
        return table
    }()

    private static func normalize(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
