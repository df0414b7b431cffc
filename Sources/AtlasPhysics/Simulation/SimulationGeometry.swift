import AtlasCore

/// How a 2D or 3D cell enters the 1-D model, as plain numbers (the geometry module computes
/// them from pillars, plates or tubes; this type only carries them).
///
/// The cathode is a dense shell of thickness L over an interface whose area is AG times the
/// footprint, so its volume — and its capacity per footprint — is AG times that of a planar film,
/// and the current density crossing the cathode interface is i/AG. The electrolyte conducts over
/// `electrolyteAreaFactor` × footprint along `electrolytePathLength` (default: its thickness);
/// the Li anode reacts over `anodeAreaFactor` × footprint.
///
/// `planar` is AG = 1 everywhere. ``conformal(areaGain:)`` is the usual 3D thin-film stack in
/// which electrolyte and anode are conformal coatings on the 3D cathode, so all three interfaces
/// have area AG.
public struct SimulationGeometry: Sendable, Equatable {
    /// Cathode–electrolyte interface area per footprint area (AG ≥ 1 for 3D).
    public var areaGain: Double
    /// Electrolyte conduction area per footprint area.
    public var electrolyteAreaFactor: Double
    /// Anode–electrolyte interface area per footprint area.
    public var anodeAreaFactor: Double
    /// Effective ionic path through the electrolyte; `nil` means the electrolyte thickness.
    public var electrolytePathLength: Length?

    public init(
        areaGain: Double, electrolyteAreaFactor: Double, anodeAreaFactor: Double,
        electrolytePathLength: Length? = nil
    ) {
        self.areaGain = areaGain
        self.electrolyteAreaFactor = electrolyteAreaFactor
        self.anodeAreaFactor = anodeAreaFactor
        self.electrolytePathLength = electrolytePathLength
    }

    /// A thin-film stack on a flat substrate.
    public static let planar = SimulationGeometry(areaGain: 1, electrolyteAreaFactor: 1, anodeAreaFactor: 1)

    /// A 3D stack with every layer conformal to a cathode whose interface area is AG × footprint.
    public static func conformal(areaGain: Double) -> SimulationGeometry {
        SimulationGeometry(areaGain: areaGain, electrolyteAreaFactor: areaGain, anodeAreaFactor: areaGain)
    }

    /// Whether every factor is 1 and the path is the electrolyte thickness.
    public var isPlanar: Bool { self == .planar }
}

extension SimulationGeometry {
    /// The area factors of a cathode shell of thickness L and an electrolyte of thickness Lₑ
    /// coated on a 3D scaffold (pillars, pores, plates, tubes):
    ///
    /// - AG = V_cathode / L, the shell's mean area gain (so the capacity F·c_max·Δx·L·AG is
    ///   exactly that of the shell's volume; on curved shells the outer interface differs from it
    ///   by O(L/R));
    /// - electrolyte area factor = V_electrolyte / Lₑ, its mean conduction area;
    /// - anode area factor = AG at offset L + Lₑ, the outer surface the Li anode covers.
    ///
    /// Structures that are themselves the cathode (`active`) do not fit the shell model, and the
    /// cathode and electrolyte must fit in the structure's openings: both are errors naming the
    /// `geometry` parameter.
    public init(structure g: any CellGeometry, cathodeThickness: Length, electrolyteThickness: Length)
        throws(SimulationError)
    {
        let key = DesignParameter.geometry.key
        guard !g.isActiveCathode else {
            throw .invalidParameter(
                key,
                reason:
                    "the simulator models a cathode shell on a scaffold; \(g.summary) is itself the cathode (drop ',active')"
            )
        }
        let l = cathodeThickness.si
        let le = electrolyteThickness.si
        guard l > 0, le > 0 else {
            throw .invalidParameter(
                key, reason: "cathode and electrolyte thicknesses must be positive to coat \(g.summary)")
        }
        if let limit = g.coatingLimit, l + le > limit.thickness {
            throw .invalidParameter(
                key, reason: "cathode + electrolyte (\(Length(si: l + le))) do not fit \(g.summary): \(limit.condition)"
            )
        }
        let cathodeGain = g.shellVolumePerFootprint(from: .zero, to: cathodeThickness).si / l
        let electrolyteGain =
            g.shellVolumePerFootprint(from: cathodeThickness, to: cathodeThickness + electrolyteThickness).si / le
        let anodeGain = g.areaGain(atOffset: cathodeThickness + electrolyteThickness)
        self.init(areaGain: cathodeGain, electrolyteAreaFactor: electrolyteGain, anodeAreaFactor: max(1, anodeGain))
    }
}
