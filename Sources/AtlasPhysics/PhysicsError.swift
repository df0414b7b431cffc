import AtlasCore

/// Everything that can go wrong in AtlasPhysics: an unknown material, a size that is not positive,
/// a geometry that does not fit, a property the library has no cited value for, or a design target
/// that cannot be met. Each case names the violated condition or the parameter, so the CLI and the
/// web can print it as it is.
public enum PhysicsError: Error, Equatable, Sendable {
    /// No material of this role goes by `name`; `known` lists the names that do.
    case unknownMaterial(String, role: String, known: [String])
    /// A length, area, rate… that must be strictly positive was zero or negative.
    case nonPositive(parameter: String, value: String)
    /// A value outside its allowed interval (`usable fraction must be in (0, 1]`).
    case outOfRange(parameter: String, value: String, allowed: String)
    /// A geometric condition does not hold: `condition` is written out with the numbers
    /// (`2·(t_cathode + t_electrolyte + t_anode) = 5 µm ≤ gap = 4 µm`).
    case geometryDoesNotFit(condition: String)
    /// A layer is thinner than the minimum the literature gives for it (LiPON pin-holes).
    case layerTooThin(layer: String, thickness: String, minimum: String, source: String)
    /// The height-to-width ratio of the structure (`definition`: `h/d`, `h/w`…) exceeds the limit
    /// in force; `isDefault` when that limit is ``CellDesign/defaultMaxAspectRatio``.
    case aspectRatioExceeded(actual: Double, limit: Double, definition: String, isDefault: Bool)
    /// The library holds no cited value for `property` of `material`, so the computation that
    /// needs it cannot be made without inventing a number.
    case missingProperty(material: String, property: String)
    /// The electrolyte conductivity cannot be moved to `temperature` because no activation energy
    /// is cited for it.
    case noTemperatureDependence(electrolyte: String, temperature: String, reference: String)
    /// Text that should describe a layer, geometry or option could not be read; `reason` says why.
    case malformedSpec(String, reason: String)
    /// Two options that exclude each other were both given (`--rate` and `--current`).
    case conflictingOptions(String, String)
    /// The inverse design cannot meet its target; `reason` names the binding constraint.
    case targetUnreachable(reason: String)

    /// One line, no trailing period, naming the parameter or condition and the reason.
    public var message: String {
        switch self {
        case .unknownMaterial(let name, let role, let known):
            return "unknown \(role) '\(name)' (known: \(known.joined(separator: ", ")))"
        case .nonPositive(let parameter, let value):
            return "\(parameter) must be greater than zero, got \(value)"
        case .outOfRange(let parameter, let value, let allowed):
            return "\(parameter) = \(value) is outside \(allowed)"
        case .geometryDoesNotFit(let condition):
            return "geometry does not fit: \(condition)"
        case .layerTooThin(let layer, let thickness, let minimum, let source):
            return "\(layer) thickness \(thickness) is below the minimum \(minimum) against pin-holes (\(source))"
        case .aspectRatioExceeded(let actual, let limit, let definition, let isDefault):
            return "aspect ratio \(definition) = \(Self.short(actual)) exceeds the limit \(Self.short(limit))"
                + (isDefault ? " (the default limit, a bound of this tool, not a literature value)" : "")
        case .missingProperty(let material, let property):
            return "the library has no cited \(property) for \(material)"
        case .noTemperatureDependence(let electrolyte, let temperature, let reference):
            return
                "no cited activation energy for \(electrolyte): its conductivity is known at \(reference) only, not at \(temperature)"
        case .malformedSpec(let text, let reason):
            return "cannot read '\(text)': \(reason)"
        case .conflictingOptions(let a, let b):
            return "\(a) and \(b) cannot be used together"
        case .targetUnreachable(let reason):
            return "target cannot be met: \(reason)"
        }
    }

    private static func short(_ x: Double) -> String {
        QuantityFormatter(significantDigits: 3).number(x)
    }
}

extension PhysicsError: CustomStringConvertible {
    public var description: String { message }
}
