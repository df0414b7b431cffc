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
