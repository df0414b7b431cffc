import AtlasCore

/// What the design calculator reports for one cell: per footprint area, per cell volume and per
/// electrode mass, with the electrolyte's resistance and the rate limits it implies. Every number
/// is computed from the design's inputs and the materials library; `notes` says which basis was
/// used where there was a choice.
public struct DesignResult: Sendable {
    // Layers
    public let cathodeName: String
    public let cathodeThickness: Length?
    /// Capacity per footprint and per µm of cathode film used, and how it was obtained.
    public let cathodeVolumetricCapacity: VolumetricCapacity
    public let cathodeCapacityBasis: String
    public let cathodeDensity: MassDensity?
    public let electrolyteName: String
    public let electrolyteFamily: ElectrolyteFamily
    public let electrolyteThickness: Length
    public let conductivity: Conductivity
    public let temperature: Temperature
    public let anodeName: String
    public let anodeThickness: Length
    /// `given` or `matched to the cathode capacity (N/P = 1)`.
    public let anodeThicknessBasis: String

    // Geometry
    public let geometrySummary: String
    /// Area gain of the bare structure (Fig. 1d of the review).
    public let areaGain: Double
    /// Area gain at the cathode/electrolyte interface (outer surface of the cathode shell).
    public let interfaceAreaGain: Double
    public let aspectRatio: (value: Double, definition: String)?
    /// Cathode volume per footprint area (µm³ per µm²: a thickness).
    public let cathodeVolumePerFootprint: Length
    public let anodeVolumePerFootprint: Length
    public let electrolyteVolumePerFootprint: Length
    /// Height of the stack above the substrate: structure height plus coatings.
    public let stackHeight: Length
    /// Ionic path across the electrolyte (its thickness for conformal shells).
    public let electrolytePathLength: Length
    /// Cathode capacity per footprint relative to a planar cell with the same cathode thickness.
    public let footprintCapacityGain: Double?

    // Per footprint
    public let arealCapacity: ArealCapacity
    /// `cathode` or `anode`: the electrode that limits the capacity.
    public let limitingElectrode: String
    public let cellVoltage: Voltage
    public let cellVoltageBasis: String
    public let arealEnergy: ArealEnergy
    public let volumetricEnergy: VolumetricEnergy
    /// Eqn (1) with θ·ρ of the cathode only.
    public let specificEnergyCathode: SpecificEnergy?
    /// Eqn (1) with θ·ρ summed over cathode and anode (electrolyte mass not included).
    public let specificEnergyElectrodes: SpecificEnergy?

    // Rate
    public let cRate: CRate
    public let currentDensity: CurrentDensity
    public let dischargeTime: Duration
    /// Eqn (2): areal energy over discharge time.
    public let arealPower: ArealPower
    public let volumetricPower: VolumetricPower
    public let specificPowerCathode: SpecificPower?

    // Electrolyte resistance
    /// θ/σ divided by the interface area gain, per footprint.
    public let arealResistance: ArealResistance
    public let ohmicDrop: Voltage
    public let maxDrop: Voltage
    /// The largest C-rate whose ohmic drop stays under ``maxDrop``.
    public let maxCRateForDrop: CRate

    // Totals for the footprint, when one was given
    public let footprint: Area?
    public let capacity: Charge?
    public let energy: Energy?
    public let power: Power?
    public let current: Current?
    public let cellVolume: Volume?

    public let notes: [String]
}
