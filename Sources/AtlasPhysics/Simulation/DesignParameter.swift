import AtlasCore
import Foundation

/// The vocabulary of a design: every parameter a design file, a CLI option or a sweep axis can
/// set, by one key. The key is the CLI option without `--` (`cathode-thickness`), so a design
/// file, `mbatlas simulate --cathode-thickness 2um` and `--vary cathode-thickness=1um..5um:5`
/// all speak the same language.
///
/// Values are text with units (`"2 um"`, `"3e-6 S/cm"`, `"25C"` or `"298 K"`); a bare number is
/// in the quantity's canonical unit (µm, cm², m² s⁻¹, mol m⁻³, m s⁻¹, µA cm⁻², S cm⁻¹, Ω cm², K,
/// V, C) or is a plain number for stoichiometries, t₊ and area factors.
public enum DesignParameter: String, CaseIterable, Sendable {
    case cathode
    case cathodeThickness = "cathode-thickness"
    case area
    case diffusivity
    case cmax
    case xMin = "x-min"
    case xMax = "x-max"
    case x0
    case kCathode = "k-cathode"
    case i0Anode = "i0-anode"
    case electrolyte
    case electrolyteConductivity = "electrolyte-conductivity"
    case electrolyteThickness = "electrolyte-thickness"
    case interfaceResistance = "interface-resistance"
    case transferenceNumber = "transference-number"
    case saltDiffusivity = "salt-diffusivity"
    case saltConcentration = "salt-concentration"
    case temperature
    case electrolyteActivationEnergy = "electrolyte-activation-energy"
    case diffusivityActivationEnergy = "diffusivity-activation-energy"
    case kActivationEnergy = "k-activation-energy"
    case cutoff
    case rate
    case currentDensity = "current-density"
    case geometry
    case areaGain = "area-gain"
    case electrolyteAreaFactor = "electrolyte-area-factor"
    case anodeAreaFactor = "anode-area-factor"
    case electrolytePathLength = "electrolyte-path-length"

    /// The key as written in design files and on the command line.
    public var key: String { rawValue }

    /// Looks a key up; `geometry.h` and other geometry sub-keys are reported as needing the
    /// geometry module.
    public static func named(_ key: String) throws(SimulationError) -> DesignParameter {
        if let p = DesignParameter(rawValue: key) { return p }
        if key.hasPrefix("geometry.") { throw .unsupportedGeometry(key) }
        throw .unknownParameter(key)
    }

    /// Whether sweeps can vary this parameter numerically (names such as `cathode` cannot).
    public var isNumeric: Bool {
        switch self {
        case .cathode, .electrolyte, .geometry: return false
        default: return true
        }
    }

    /// Sets this parameter of `design` from text; errors name the key.
    public func apply(_ text: String, to design: inout CellDesign) throws(SimulationError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch self {
        case .cathode:
            guard let material = IntercalationCathode.named(trimmed) else {
                let known = IntercalationCathode.all.map(\.name).joined(separator: ", ")
                throw .unreadableParameter(key, reason: "unknown cathode '\(trimmed)' (known: \(known))")
            }
            design.useCathode(material)
        case .cathodeThickness: design.cathodeThickness = try measure(trimmed)
        case .area: design.area = try measure(trimmed)
        case .diffusivity: design.diffusivity = try measure(trimmed)
        case .cmax: design.maximumConcentration = try measure(trimmed)
        case .xMin: design.lowerStoichiometry = try number(trimmed)
        case .xMax: design.upperStoichiometry = try number(trimmed)
        case .x0: design.initialStoichiometry = try number(trimmed)
        case .kCathode: design.cathodeRateConstant = try measure(trimmed)
        case .i0Anode: design.anodeExchangeCurrentDensity = try measure(trimmed)
        case .electrolyte:
            guard let material = ElectrolyteMaterial.named(trimmed) else {
                let known = ElectrolyteMaterial.all.map(\.name).joined(separator: ", ")
                throw .unreadableParameter(key, reason: "unknown electrolyte '\(trimmed)' (known: \(known))")
            }
            design.useElectrolyte(material)
        case .electrolyteConductivity: design.electrolyteConductivity = try measure(trimmed)
        case .electrolyteThickness: design.electrolyteThickness = try measure(trimmed)
        case .interfaceResistance: design.interfaceResistance = try measure(Self.productDots(trimmed))
        case .transferenceNumber:
            let t = try number(trimmed)
            design.electrolyteTransport = t == 1 ? .singleIon : .binary(transferenceNumber: t)
        case .saltDiffusivity: design.saltDiffusivity = try measure(trimmed)
        case .saltConcentration: design.saltConcentration = try measure(trimmed)
        case .temperature: design.temperature = try measure(Self.celsiusSuffix(trimmed))
        case .electrolyteActivationEnergy: design.conductivityActivationEnergy = try measure(trimmed)
        case .diffusivityActivationEnergy: design.diffusivityActivationEnergy = try measure(trimmed)
        case .kActivationEnergy: design.rateConstantActivationEnergy = try measure(trimmed)
        case .cutoff: design.cutoff = try measure(trimmed)
        case .rate:
            let rate: CRate = try measure(trimmed)
            design.load = .cRate(rate.canonical)
        case .currentDensity: design.load = .currentDensity(try measure(trimmed))
        case .geometry:
            guard trimmed.lowercased() == "planar" else { throw .unsupportedGeometry(trimmed) }
            design.geometry = .planar
        case .areaGain:
            design.geometry = .conformal(areaGain: try number(trimmed))
        case .electrolyteAreaFactor: design.geometry.electrolyteAreaFactor = try number(trimmed)
        case .anodeAreaFactor: design.geometry.anodeAreaFactor = try number(trimmed)
        case .electrolytePathLength: design.geometry.electrolytePathLength = try measure(trimmed)
        }
    }

    private func measure<K>(_ text: String) throws(SimulationError) -> Measure<K> {
        do {
            return try Measure<K>(parsing: text)
        } catch {
            throw .unreadableParameter(key, reason: error.message)
        }
    }

    private func number(_ text: String) throws(SimulationError) -> Double {
        guard let value = Double(text), value.isFinite else {
            throw .unreadableParameter(key, reason: "expected a number, got '\(text)'")
        }
        return value
    }

    /// `25C` means 25 °C when a temperature is expected (C alone would read as a C-rate).
    static func celsiusSuffix(_ text: String) -> String {
        guard text.hasSuffix("C"), !text.hasSuffix("°C"), !text.hasSuffix("ºC") else { return text }
        let number = text.dropLast().trimmingCharacters(in: .whitespaces)
        return Double(number) != nil ? number + " °C" : text
    }

    /// `ohm.cm2` (a dot between two unit symbols) is a product, as in `Ω·cm²`.
    static func productDots(_ text: String) -> String {
        var out = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            if c == ".", i > 0, i + 1 < chars.count, chars[i - 1].isLetter, chars[i + 1].isLetter {
                out.append("·")
            } else {
                out.append(c)
            }
        }
        return out
    }
}

extension CellDesign {
    /// Applies `key = value` pairs in order (later ones win), naming the key on error.
    public mutating func apply(_ settings: [(key: String, value: String)]) throws(SimulationError) {
        for (key, value) in settings {
            try DesignParameter.named(key).apply(value, to: &self)
        }
    }
}
