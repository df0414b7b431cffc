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

    /// Looks a key up (geometry sub-keys such as `geometry.h` are handled by
    /// ``geometrySetter(_:_:)``).
    public static func named(_ key: String) throws(SimulationError) -> DesignParameter {
        if let p = DesignParameter(rawValue: key) { return p }
        throw .unknownParameter(key)
    }

    /// Whether sweeps can vary this parameter numerically (names such as `cathode` cannot).
    public var isNumeric: Bool {
        switch self {
        case .cathode, .electrolyte, .geometry: return false
        default: return true
        }
    }

    /// Whether ``CellModel/init(_:)``'s range check of this parameter (positive, at least 1, not
    /// negative) depends on its value alone — so that no other setting can make a bad value good.
    /// A sweep whose base design fails such a check, on a parameter it does not vary, would give
    /// nothing but error rows; `mbatlas sweep` refuses it up front instead.
    public var isRangeCheckedAlone: Bool {
        switch self {
        case .cathodeThickness, .area, .diffusivity, .cmax, .kCathode, .i0Anode, .electrolyteConductivity,
            .electrolyteThickness, .interfaceResistance, .transferenceNumber, .saltDiffusivity, .saltConcentration,
            .temperature, .cutoff, .rate, .currentDensity, .areaGain, .electrolyteAreaFactor, .anodeAreaFactor,
            .electrolytePathLength:
            return true
        case .cathode, .xMin, .xMax, .x0, .electrolyte, .electrolyteActivationEnergy, .diffusivityActivationEnergy,
            .kActivationEnergy, .geometry:
            return false
        }
    }

    /// Sets this parameter of `design` from text; errors name the key.
    public func apply(_ text: String, to design: inout DischargeDesign) throws(SimulationError) {
        try setter(text)(&design)
    }

    /// Reads `text` once and returns the change it makes to a design, so that sweeps parse each
    /// axis value once rather than once per design.
    public func setter(_ text: String) throws(SimulationError) -> @Sendable (inout DischargeDesign) -> Void {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch self {
        case .cathode:
            guard let material = IntercalationCathode.named(trimmed) else {
                let known = IntercalationCathode.all.map(\.name).joined(separator: ", ")
                throw .unreadableParameter(key, reason: "unknown cathode '\(trimmed)' (known: \(known))")
            }
            return { $0.useCathode(material) }
        case .cathodeThickness:
            let v: Length = try measure(trimmed)
            return { $0.cathodeThickness = v }
        case .area:
            let v: Area = try measure(trimmed)
            return { $0.area = v }
        case .diffusivity:
            let v: Diffusivity = try measure(trimmed)
            return { $0.diffusivity = v }
        case .cmax:
            let v: Concentration = try measure(trimmed)
            return { $0.maximumConcentration = v }
        case .xMin:
            let v = try number(trimmed)
            return { $0.lowerStoichiometry = v }
        case .xMax:
            let v = try number(trimmed)
            return { $0.upperStoichiometry = v }
        case .x0:
            let v = try number(trimmed)
            return { $0.initialStoichiometry = v }
        case .kCathode:
            let v: RateConstant = try measure(trimmed)
            return { $0.cathodeRateConstant = v }
        case .i0Anode:
            let v: CurrentDensity = try measure(trimmed)
            return { $0.anodeExchangeCurrentDensity = v }
        case .electrolyte:
            guard let material = ElectrolyteMaterial.named(trimmed) else {
                let known = ElectrolyteMaterial.all.map(\.name).joined(separator: ", ")
                throw .unreadableParameter(key, reason: "unknown electrolyte '\(trimmed)' (known: \(known))")
            }
            return { $0.useElectrolyte(material) }
        case .electrolyteConductivity:
            let v: Conductivity = try measure(trimmed)
            return { $0.electrolyteConductivity = v }
        case .electrolyteThickness:
            let v: Length = try measure(trimmed)
            return { $0.electrolyteThickness = v }
        case .interfaceResistance:
            let v: ArealResistance = try measure(Self.productDots(trimmed))
            return { $0.interfaceResistance = v }
        case .transferenceNumber:
            let t = try number(trimmed)
            return { $0.electrolyteTransport = t == 1 ? .singleIon : .binary(transferenceNumber: t) }
        case .saltDiffusivity:
            let v: Diffusivity = try measure(trimmed)
            return { $0.saltDiffusivity = v }
        case .saltConcentration:
            let v: Concentration = try measure(trimmed)
            return { $0.saltConcentration = v }
        case .temperature:
            let v: Temperature = try measure(Self.celsiusSuffix(trimmed))
            return { $0.temperature = v }
        case .electrolyteActivationEnergy:
            let v: ActivationEnergy = try measure(trimmed)
            return { $0.conductivityActivationEnergy = v }
        case .diffusivityActivationEnergy:
            let v: ActivationEnergy = try measure(trimmed)
            return { $0.diffusivityActivationEnergy = v }
        case .kActivationEnergy:
            let v: ActivationEnergy = try measure(trimmed)
            return { $0.rateConstantActivationEnergy = v }
        case .cutoff:
            let v: Voltage = try measure(trimmed)
            return { $0.cutoff = v }
        case .rate:
            let rate: CRate = try measure(trimmed)
            let c = rate.canonical
            return { $0.load = .cRate(c) }
        case .currentDensity:
            let v: CurrentDensity = try measure(trimmed)
            return { $0.load = .currentDensity(v) }
        case .geometry:
            if trimmed.lowercased() == "planar" {
                return {
                    $0.geometry = .planar
                    $0.structure = nil
                }
            }
            do {
                _ = try GeometrySpec.parse(trimmed)
            } catch {
                throw .unreadableParameter(key, reason: error.message)
            }
            return { $0.structure = trimmed }
        case .areaGain:
            let v = try number(trimmed)
            return { $0.geometry = .conformal(areaGain: v) }
        case .electrolyteAreaFactor:
            let v = try number(trimmed)
            return { $0.geometry.electrolyteAreaFactor = v }
        case .anodeAreaFactor:
            let v = try number(trimmed)
            return { $0.geometry.anodeAreaFactor = v }
        case .electrolytePathLength:
            let v: Length = try measure(trimmed)
            return { $0.geometry.electrolytePathLength = v }
        }
    }

    /// A change of one dimension of the design's 3D structure (`geometry.h` = `30 um`): the
    /// structure spec is rewritten with the new value. A value the structure does not take (or a
    /// planar design) is reported, naming `geometry`, when the design is checked.
    public static func geometrySetter(_ subkey: String, _ value: String) -> @Sendable (inout DischargeDesign) -> Void {
        let compact = value.filter { !$0.isWhitespace }
        return { design in
            design.structure = GeometrySpec.rewrite(subkey, with: compact, in: design.structure ?? "planar")
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

extension DischargeDesign {
    /// Applies `key = value` pairs in order (later ones win), naming the key on error.
    /// `geometry.X` keys change one dimension of the 3D structure, as sweep axes do.
    public mutating func apply(_ settings: [(key: String, value: String)]) throws(SimulationError) {
        for (key, value) in settings {
            if key.hasPrefix("geometry."), key.count > "geometry.".count {
                DesignParameter.geometrySetter(String(key.dropFirst("geometry.".count)), value)(&self)
            } else {
                try DesignParameter.named(key).apply(value, to: &self)
            }
        }
    }
}
