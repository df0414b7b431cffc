import AtlasCore
import Foundation

/// A solid electrolyte as the design calculator uses it: one ionic conductivity at a reference
/// temperature (with the span the review reports), an Arrhenius activation energy where one is
/// cited, the electronic conductivity and the minimum thickness against pin-holes where stated.
///
/// `family` links it to the atlas vocabulary (``ElectrolyteFamily``) so design electrolytes can be
/// matched to the dataset's families and records.
public struct DesignElectrolyte: Sendable, Identifiable {
    /// Command-line name (`LiPON`, `PVDF-HFP`).
    public let id: String
    public let aliases: [String]
    public let name: String
    public let family: ElectrolyteFamily
    /// The conductivity used for design, at ``referenceTemperature``; nil when the review gives none.
    public let conductivity: Cited<Conductivity>?
    /// The span of ionic conductivities reported for the family (S cm⁻¹).
    public let reportedRange: Cited<ClosedRange<Double>>?
    public let referenceTemperature: Cited<Temperature>
    public let activationEnergy: Cited<ActivationEnergy>?
    public let electronicConductivity: Cited<Conductivity>?
    /// Thinnest layer free of pin-holes / short circuits, where the literature gives one.
    public let minimumThickness: Cited<Length>?
    /// A thickness at which problems were still seen, above the hard minimum (LiPON: >180 nm).
    public let recommendedThickness: Cited<Length>?
    /// The thickness range used in practice (µm).
    public let typicalThickness: Cited<ClosedRange<Double>>?

    /// The ionic conductivity at `temperature`:
    /// σ(T) = σ_ref · exp[−(E_a/k_B)·(1/T − 1/T_ref)].
    ///
    /// Throws when the library holds no conductivity, or when `temperature` differs from the
    /// reference by more than 0.5 K and no activation energy is cited.
    public func conductivity(at temperature: Temperature) throws(PhysicsError) -> Conductivity {
        guard let sigma = conductivity else {
            throw .missingProperty(material: name, property: "ionic conductivity")
        }
        let reference = referenceTemperature.value
        if abs(temperature.si - reference.si) <= Self.referenceTemperatureTolerance { return sigma.value }
        guard temperature.si > 0 else {
            throw .nonPositive(parameter: "temperature", value: "\(Self.celsius(temperature)) = \(temperature)")
        }
        guard let ea = activationEnergy else {
            throw .noTemperatureDependence(
                electrolyte: name, temperature: Self.celsius(temperature), reference: Self.celsius(reference))
        }
        let eaOverK = ea.value.si / (PhysicalConstants.boltzmannEV * 1.602_176_634e-19)  // J → K
        return sigma.value * exp(-eaOverK * (1 / temperature.si - 1 / reference.si))
    }

    /// How far (K) a temperature may be from the reference and still take the reference value
    /// without an activation energy: below the precision of any of the cited room-temperature
    /// measurements. The simulator applies the same rule.
    public static let referenceTemperatureTolerance = 0.5

    static func celsius(_ t: Temperature) -> String {
        QuantityFormatter(significantDigits: 4).number(t.si - PhysicalConstants.zeroCelsius) + " °C"
    }
}

extension DesignElectrolyte {
    /// Room temperature as the review reports it, taken as 25 °C.
    static let roomTemperature = Cited(
        Temperature(si: PhysicalConstants.zeroCelsius + 25), Citation("reported as room temperature; taken as 25 °C"))

    static func sigma(_ sCm: Double) -> Conductivity { Conductivity(canonical: sCm) }
}
