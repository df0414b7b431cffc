import AtlasCore

/// Why a discharge ended.
public enum Termination: String, Sendable, Codable {
    /// The terminal voltage fell to the cut-off.
    case voltageCutoff = "voltage cut-off"
    /// The surface stoichiometry reached 0.999·x_max.
    case fullLithiation = "surface fully lithiated"
}

/// One sample of a discharge curve.
public struct DischargePoint: Sendable, Equatable {
    /// Time since the start of the discharge (s).
    public let time: Double
    /// Charge delivered per footprint area so far (C m⁻²).
    public let chargeDensity: Double
    /// Terminal voltage (V).
    public let voltage: Double
    /// Surface stoichiometry x_s.
    public let surfaceStoichiometry: Double

    /// Delivered capacity per footprint area.
    public var capacity: ArealCapacity { ArealCapacity(si: chargeDensity) }
}

/// What a constant-current discharge delivered, per footprint area.
public struct DischargeSummary: Sendable, Equatable {
    /// C-rate relative to the design's 1C current.
    public let cRate: Double
    public let currentDensity: CurrentDensity
    public let capacity: ArealCapacity
    /// Energy / capacity.
    public let meanVoltage: Voltage
    public let energy: ArealEnergy
    /// Energy / duration.
    public let averagePower: ArealPower
    public let duration: Duration
    public let termination: Termination
    /// The capacity the window x-min…x-max holds (Q per footprint area).
    public let theoreticalCapacity: ArealCapacity

    /// Delivered / theoretical capacity.
    public var utilization: Double { capacity.si / theoreticalCapacity.si }
}

/// A simulated discharge: the summary and the curve it came from.
public struct DischargeResult: Sendable {
    public let summary: DischargeSummary
    public let curve: [DischargePoint]
}
