/// A named kind of quantity the atlas deals in, with its dimension and the canonical unit the
/// atlas stores and compares it in.
///
/// Several kinds can share a dimension: an areal capacity per µm of cathode (µA h cm⁻² µm⁻¹) *is*
/// a volumetric capacity (1 µA h cm⁻² µm⁻¹ = 10 mA h cm⁻³), and a sputtering power density has the
/// dimension of an areal battery power. The kind says which reading is meant.
public struct QuantityKind: Hashable, Sendable {
    /// Human name used in messages and docs ("conductivity", "areal capacity").
    public let name: String
    public let dimension: Dimension
    /// Unit the atlas stores this kind in and that bare numbers in queries mean.
    public let canonicalUnit: Unit

    public init(name: String, canonicalUnit: Unit) {
        self.name = name
        self.dimension = canonicalUnit.dimension
        self.canonicalUnit = canonicalUnit
    }

    /// Whether `unit` can express this kind.
    public func accepts(_ unit: Unit) -> Bool { unit.dimension == dimension }
}

extension QuantityKind {
    private static func u(_ text: String) -> Unit {
        // The catalogue below is fixed text; a failure is a programming error caught by tests.
        (try? Unit.parse(text)) ?? .one
    }

    public static let conductivity = QuantityKind(name: "conductivity", canonicalUnit: u("S cm⁻¹"))
    public static let charge = QuantityKind(name: "capacity", canonicalUnit: u("µA h"))
    public static let arealCapacity = QuantityKind(name: "areal capacity", canonicalUnit: u("µA h cm⁻²"))
    /// Capacity per footprint area and per µm of electrode thickness, i.e. a volumetric capacity.
    public static let volumetricCapacity = QuantityKind(
        name: "areal capacity per thickness", canonicalUnit: u("µA h cm⁻² µm⁻¹"))
    public static let specificCapacity = QuantityKind(name: "specific capacity", canonicalUnit: u("mA h g⁻¹"))
    public static let energy = QuantityKind(name: "energy", canonicalUnit: u("µW h"))
    public static let arealEnergy = QuantityKind(name: "areal energy", canonicalUnit: u("µW h cm⁻²"))
    public static let volumetricEnergy = QuantityKind(name: "volumetric energy", canonicalUnit: u("mW h cm⁻³"))
    public static let specificEnergy = QuantityKind(name: "specific energy", canonicalUnit: u("W h kg⁻¹"))
    public static let power = QuantityKind(name: "power", canonicalUnit: u("µW"))
    public static let arealPower = QuantityKind(name: "areal power", canonicalUnit: u("µW cm⁻²"))
    public static let volumetricPower = QuantityKind(name: "volumetric power", canonicalUnit: u("mW cm⁻³"))
    public static let specificPower = QuantityKind(name: "specific power", canonicalUnit: u("W kg⁻¹"))
    public static let current = QuantityKind(name: "current", canonicalUnit: u("µA"))
    public static let currentDensity = QuantityKind(name: "current density", canonicalUnit: u("µA cm⁻²"))
    public static let specificCurrent = QuantityKind(name: "specific current", canonicalUnit: u("mA g⁻¹"))
    public static let cRate = QuantityKind(name: "C-rate", canonicalUnit: u("C"))
    public static let voltage = QuantityKind(name: "voltage", canonicalUnit: u("V"))
    public static let length = QuantityKind(name: "thickness", canonicalUnit: u("µm"))
    public static let area = QuantityKind(name: "area", canonicalUnit: u("cm²"))
    public static let volume = QuantityKind(name: "volume", canonicalUnit: u("mm³"))
    public static let mass = QuantityKind(name: "mass", canonicalUnit: u("g"))
    public static let time = QuantityKind(name: "time", canonicalUnit: u("h"))
    public static let temperature = QuantityKind(name: "temperature", canonicalUnit: u("K"))
    public static let sputteringPowerDensity = QuantityKind(
        name: "power density", canonicalUnit: u("W cm⁻²"))
    public static let fluence = QuantityKind(name: "fluence", canonicalUnit: u("J cm⁻²"))
    public static let pressure = QuantityKind(name: "pressure", canonicalUnit: u("Pa"))
    public static let depositionRate = QuantityKind(name: "deposition rate", canonicalUnit: u("nm min⁻¹"))
    public static let growthPerCycle = QuantityKind(name: "growth per cycle", canonicalUnit: u("Å cycle⁻¹"))
    public static let resistance = QuantityKind(name: "resistance", canonicalUnit: u("Ω"))
    public static let arealResistance = QuantityKind(name: "area-specific resistance", canonicalUnit: u("Ω cm²"))
    public static let diffusivity = QuantityKind(name: "diffusivity", canonicalUnit: u("m² s⁻¹"))
    public static let concentration = QuantityKind(name: "concentration", canonicalUnit: u("mol m⁻³"))
    public static let rateConstant = QuantityKind(name: "rate constant", canonicalUnit: u("m s⁻¹"))
    public static let activationEnergy = QuantityKind(name: "activation energy", canonicalUnit: u("eV"))
    public static let density = QuantityKind(name: "density", canonicalUnit: u("g cm⁻³"))
    public static let fraction = QuantityKind(name: "percentage", canonicalUnit: u("%"))
    public static let count = QuantityKind(name: "number", canonicalUnit: .one)
    public static let frequency = QuantityKind(name: "frequency", canonicalUnit: u("s⁻¹"))

    /// Every kind, first-listed wins when a dimension is named.
    public static let all: [QuantityKind] = [
        conductivity, charge, arealCapacity, volumetricCapacity, specificCapacity, energy,
        arealEnergy, volumetricEnergy, specificEnergy, power, arealPower, volumetricPower,
        specificPower, current, currentDensity, specificCurrent, cRate, voltage, length, area,
        volume, mass, time, temperature, fluence, pressure, depositionRate, growthPerCycle,
        resistance, arealResistance, diffusivity, concentration, rateConstant, activationEnergy,
        density, count,
    ]

    /// The name of the first kind with this dimension, or its SI base-unit notation.
    public static func name(of dimension: Dimension) -> String {
        all.first { $0.dimension == dimension }?.name ?? dimension.baseUnitDescription
    }
}
