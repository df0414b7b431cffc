import AtlasCore

/// How the electrolyte carries current.
public enum ElectrolyteTransport: Sendable, Equatable {
    /// Only Li⁺ moves (t₊ = 1): glasses and ceramics such as LiPON. The electrolyte is a resistor.
    case singleIon
    /// A binary salt in a polymer host (t₊ < 1): the anion also moves, so the salt piles up at
    /// the anode and is depleted at the cathode (concentration polarization).
    case binary(transferenceNumber: Double)
}

/// An electrolyte the simulator knows by name, with the values it implies.
///
/// The cited numbers — conductivity at the reference temperature, its activation energy and their
/// sources — are read from the materials library (``DesignElectrolyte``), the one place they are
/// kept; the simulator adds only how the electrolyte carries current (``transport``), which the
/// library does not describe. Values the library leaves `nil` must be given explicitly: an
/// electrolyte without an activation energy can only be simulated at its reference temperature
/// unless one is given (``CellModel/init(_:)`` refuses otherwise).
public struct ElectrolyteMaterial: Sendable {
    public let name: String
    /// The materials-library record the cited values come from.
    public let record: DesignElectrolyte
    public let transport: ElectrolyteTransport
    /// Where ``transport`` comes from.
    public let transportSource: String

    /// Ionic conductivity at ``referenceTemperature`` (the library's design value).
    public var conductivity: Conductivity? { record.conductivity?.value }
    /// Arrhenius activation energy of the conductivity, where the library cites one.
    public var activationEnergy: ActivationEnergy? { record.activationEnergy?.value }
    /// The temperature ``conductivity`` refers to.
    public var referenceTemperature: Temperature { record.referenceTemperature.value }

    /// The sources of every value, in one line.
    public var source: String {
        var parts: [String] = []
        if let sigma = record.conductivity { parts.append("σ: \(sigma.source)") }
        if let ea = record.activationEnergy { parts.append("Ea: \(ea.source)") }
        parts.append("transport: \(transportSource)")
        return parts.joined(separator: "; ")
    }

    public static let all: [ElectrolyteMaterial] = [.lipon, .peo]

    public static func named(_ text: String) -> ElectrolyteMaterial? {
        let key = IntercalationCathode.normalized(text)
        return all.first { IntercalationCathode.normalized($0.name) == key }
    }

    /// LiPON: single-ion glass, with the library's σ = 3 µS cm⁻¹ at 25 °C and E_a = 0.58 eV
    /// (review ref. 266, Zhao, Fu & Qin 2002). The simulator used to carry its own 0.53 eV (Put et
    /// al., ACS Appl. Mater. Interfaces 8 (2016) 7060, nitrogen-rich films, 0.53–0.63 eV with N
    /// content); both are cited, from different papers, so the library's value is kept and the
    /// simulator reads it — docs/SIMULATOR.md §1 says so.
    public static let lipon = ElectrolyteMaterial(
        name: "LiPON", record: .lipon, transport: .singleIon,
        transportSource: "single-ion glass (t₊ = 1), review §5.1.1")

    /// PEO-based salt-in-polymer: t₊ = 0.2, the low end of the 0.2–0.3 the review reports for
    /// PEO-based electrolytes (§3, refs 120, 122, 127, 128). The conductivity is the library's
    /// design value for PEO-type polymers (a SiO₂–PEG hybrid, 2.6 × 10⁻⁵ S cm⁻¹ at room
    /// temperature, review ref. 63); the library cites no activation energy, and the salt
    /// diffusivity and concentration vary by orders of magnitude with salt and processing, so
    /// those must be given.
    public static let peo = ElectrolyteMaterial(
        name: "PEO", record: .peo, transport: .binary(transferenceNumber: 0.2),
        transportSource: "binary salt, t₊ 0.2: review §3 (PEO-based electrolytes, t₊ 0.2–0.3)")
}
