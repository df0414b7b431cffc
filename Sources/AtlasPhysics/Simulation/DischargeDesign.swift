import AtlasCore

/// What a discharge simulation is asked about: one cell (materials, sizes, transport and
/// kinetic parameters, geometry, temperature) and one constant-current test (rate and cut-off).
///
/// Every field is a typed quantity or a plain dimensionless number; nothing is checked here.
/// ``CellModel/init(_:)`` validates the design and resolves it to SI numbers at the design's
/// temperature. ``defaultThinFilm`` is the Li/LiPON/LiCoO₂ thin-film cell of the CLI defaults.
public struct DischargeDesign: Sendable {
    /// How hard the cell is discharged.
    public enum Load: Sendable, Equatable {
        /// A multiple of the 1C current (1C discharges Q in one hour).
        case cRate(Double)
        /// A current per footprint area.
        case currentDensity(CurrentDensity)
    }

    public var cathode: IntercalationCathode
    public var cathodeThickness: Length
    /// Footprint area (the capacity per cm² of footprint does not depend on it; the totals do).
    public var area: Area
    public var diffusivity: Diffusivity
    public var maximumConcentration: Concentration
    public var lowerStoichiometry: Double
    public var upperStoichiometry: Double
    public var initialStoichiometry: Double
    /// Cathode rate constant k in i₀ = k·F·√(c_s(c_max − c_s)).
    public var cathodeRateConstant: RateConstant
    /// Exchange current density of the Li metal anode.
    public var anodeExchangeCurrentDensity: CurrentDensity
    public var electrolyteName: String
    /// Ionic conductivity at ``electrolyteReferenceTemperature`` (`nil`: must be given).
    public var electrolyteConductivity: Conductivity?
    /// The temperature ``electrolyteConductivity`` refers to (the library's, 25 °C for the
    /// electrolytes the simulator knows); the Arrhenius law carries it to ``temperature``.
    public var electrolyteReferenceTemperature: Temperature
    public var electrolyteThickness: Length
    public var electrolyteTransport: ElectrolyteTransport
    /// Salt diffusivity of a binary electrolyte.
    public var saltDiffusivity: Diffusivity?
    /// Salt concentration of a binary electrolyte at rest.
    public var saltConcentration: Concentration?
    /// Cathode–electrolyte interface area-specific resistance.
    public var interfaceResistance: ArealResistance
    public var temperature: Temperature
    /// Arrhenius activation energies; `nil` means the value does not change with temperature.
    public var conductivityActivationEnergy: ActivationEnergy?
    public var diffusivityActivationEnergy: ActivationEnergy?
    public var rateConstantActivationEnergy: ActivationEnergy?
    public var cutoff: Voltage
    public var load: Load
    public var geometry: SimulationGeometry
    /// A 3D structure spec (`pillars:d=2um,gap=4um,h=20um`, see ``GeometrySpec``). When set, the
    /// model takes its area factors from the structure coated by this cathode and electrolyte
    /// (``SimulationGeometry/init(structure:cathodeThickness:electrolyteThickness:)``) instead of
    /// ``geometry``.
    public var structure: String? = nil

    /// The Li/LiPON/LiCoO₂ thin-film cell: 1 µm LiCoO₂ (x 0.5 → 1, c_max 51 385 mol m⁻³,
    /// D 10⁻¹⁵ m² s⁻¹, k 4.66 × 10⁻¹⁰ m s⁻¹), 1 µm LiPON (3 µS cm⁻¹), Li metal (i₀ 10 A m⁻²),
    /// 1 cm², 25 °C, discharged at 1C to 3.0 V. These are the values the CLI shows as defaults.
    public static let defaultThinFilm = DischargeDesign(
        cathode: .licoo2,
        cathodeThickness: Length(canonical: 1),
        area: Area(canonical: 1),
        diffusivity: Diffusivity(si: 1e-15),
        maximumConcentration: IntercalationCathode.licoo2.maximumConcentration,
        lowerStoichiometry: 0.5, upperStoichiometry: 1.0, initialStoichiometry: 0.5,
        cathodeRateConstant: RateConstant(si: 4.66e-10),
        anodeExchangeCurrentDensity: CurrentDensity(si: 10),
        electrolyteName: ElectrolyteMaterial.lipon.name,
        electrolyteConductivity: ElectrolyteMaterial.lipon.conductivity,
        electrolyteReferenceTemperature: ElectrolyteMaterial.lipon.referenceTemperature,
        electrolyteThickness: Length(canonical: 1),
        electrolyteTransport: .singleIon,
        saltDiffusivity: nil, saltConcentration: nil,
        interfaceResistance: .zero,
        temperature: Temperature(si: 298.15),
        conductivityActivationEnergy: ElectrolyteMaterial.lipon.activationEnergy,
        diffusivityActivationEnergy: nil, rateConstantActivationEnergy: nil,
        cutoff: Voltage(si: 3.0),
        load: .cRate(1),
        geometry: .planar
    )

    /// Selects a cathode and takes its c_max, window, and (if it has them) diffusivity and
    /// cut-off.
    public mutating func useCathode(_ material: IntercalationCathode) {
        cathode = material
        maximumConcentration = material.maximumConcentration
        lowerStoichiometry = material.lowerStoichiometry
        upperStoichiometry = material.upperStoichiometry
        initialStoichiometry = material.lowerStoichiometry
        if let d = material.diffusivity { diffusivity = d }
        if let v = material.cutoff { cutoff = v }
    }

    /// Selects an electrolyte and takes its conductivity (and the temperature it refers to),
    /// activation energy and transport.
    public mutating func useElectrolyte(_ material: ElectrolyteMaterial) {
        electrolyteName = material.name
        electrolyteConductivity = material.conductivity
        electrolyteReferenceTemperature = material.referenceTemperature
        conductivityActivationEnergy = material.activationEnergy
        electrolyteTransport = material.transport
    }
}
