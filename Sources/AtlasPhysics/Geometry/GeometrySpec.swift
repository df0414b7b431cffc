import AtlasCore

/// Reads a geometry from the text a user types on the command line or in a web form:
///
/// ```text
/// planar
/// pillars:d=2um,gap=2um,h=20um[,lattice=hex][,active]
/// pores:d=1um,gap=1um,h=10um[,lattice=hex]
/// plates:w=5um,gap=5um,h=50um[,active]
/// tubes:D=10um,wall=1um,gap=5um,h=50um[,count=2,spacing=2um][,lattice=hex]
/// ```
///
/// Lengths take any length unit (`2um`, `2 µm`, `500nm`); a bare number is in µm. `active` makes
/// the structure cathode material instead of a scaffold. Errors name the parameter.
public enum GeometrySpec {
    public static let grammar =
        "planar | pillars:d=…,gap=…,h=…[,lattice=hex][,active] | pores:d=…,gap=…,h=…[,lattice=hex] | plates:w=…,gap=…,h=…[,active] | tubes:D=…,wall=…,gap=…,h=…[,count=N,spacing=…][,lattice=hex]"

    public static func parse(_ text: String) throws(PhysicsError) -> any CellGeometry {
        let trimmed = text.trimmingSpaces
        let (kind, rest) = split(trimmed, at: ":")
        var params = try parameters(rest ?? "", spec: trimmed)
        let geometry: any CellGeometry
        switch kind.lowercased() {
        case "planar", "2d", "flat":
            geometry = PlanarStack()
        case "pillars", "pillar", "rods":
            geometry = try PillarArray(
                diameter: length(&params, ["d"], kind), gap: length(&params, ["gap", "s"], kind),
                height: length(&params, ["h"], kind), lattice: lattice(&params), activeCathode: flag(&params, "active"))
        case "pores", "pore":
            geometry = try PoreArray(
                diameter: length(&params, ["d"], kind), wall: length(&params, ["gap", "wall", "w"], kind),
                depth: length(&params, ["h", "depth"], kind), lattice: lattice(&params))
        case "plates", "plate", "trenches", "trench":
            geometry = try PlateArray(
                width: length(&params, ["w"], kind), gap: length(&params, ["gap", "g"], kind),
                height: length(&params, ["h"], kind), activeCathode: flag(&params, "active"))
        case "tubes", "tube":
            let count = try integer(&params, "count") ?? 1
            let spacing = count > 1 ? try length(&params, ["spacing"], kind) : .zero
            geometry = try TubeArray(
                outerDiameter: length(&params, ["d"], kind), wall: length(&params, ["wall"], kind),
                gap: length(&params, ["gap"], kind), height: length(&params, ["h"], kind),
                count: count, spacing: spacing, lattice: lattice(&params))
        default:
            throw .malformedSpec(trimmed, reason: "unknown geometry '\(kind)'; expected \(grammar)")
        }
        if let extra = params.keys.sorted().first {
            throw .malformedSpec(trimmed, reason: "unknown parameter '\(extra)' for \(kind.lowercased())")
        }
        return geometry
    }

    /// `spec` with parameter `name` set to `value` (added if absent); the result is parsed to
    /// check it (`pillars:d=2um,gap=2um,h=20um` with h = 30um → `pillars:d=2um,gap=2um,h=30um`).
    public static func replacing(_ name: String, with value: String, in spec: String) throws(PhysicsError) -> String {
        let rewritten = rewrite(name, with: value, in: spec)
        _ = try parse(rewritten)
        return rewritten
    }

    /// ``replacing(_:with:in:)`` without the check.
    public static func rewrite(_ name: String, with value: String, in spec: String) -> String {
        let (kind, rest) = split(spec.trimmingSpaces, at: ":")
        var pairs = (rest ?? "").split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        if let i = pairs.firstIndex(where: { $0.split(separator: "=").first.map(String.init)?.trimmingSpaces == name })
        {
            pairs[i] = "\(name)=\(value)"
        } else {
            pairs.append("\(name)=\(value)")
        }
        return kind + ":" + pairs.joined(separator: ",")
    }

    static func split(_ text: String, at separator: Character) -> (String, String?) {
        guard let i = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<i]).trimmingSpaces, String(text[text.index(after: i)...]))
    }

    /// `key=value` pairs separated by commas; a bare word is a flag with an empty value. Keys are
    /// lower-cased (so `D` and `d` are the same).
    static func parameters(_ text: String, spec: String) throws(PhysicsError) -> [String: String] {
        var result: [String: String] = [:]
        for part in text.split(separator: ",") {
            let (key, value) = split(String(part), at: "=")
            let k = key.lowercased()
            guard !k.isEmpty else { throw .malformedSpec(spec, reason: "empty parameter name") }
            guard result[k] == nil else { throw .malformedSpec(spec, reason: "parameter '\(k)' given twice") }
            result[k] = value?.trimmingSpaces ?? ""
        }
        return result
    }

    static func length(_ params: inout [String: String], _ names: [String], _ kind: String) throws(PhysicsError)
        -> Length
    {
        for name in names {
            guard let text = params.removeValue(forKey: name) else { continue }
            do {
                return try Length(parsing: text)
            } catch {
                throw .malformedSpec("\(name)=\(text)", reason: "\(kind) \(name): \(error.message)")
            }
        }
        throw .malformedSpec(kind, reason: "missing \(names[0])=<length> for \(kind.lowercased())")
    }

    static func lattice(_ params: inout [String: String]) throws(PhysicsError) -> Lattice {
        guard let text = params.removeValue(forKey: "lattice") else { return .square }
        switch text.lowercased() {
        case "square", "sq": return .square
        case "hex", "hexagonal", "triangular": return .hexagonal
        default: throw .malformedSpec("lattice=\(text)", reason: "lattice must be square or hex")
        }
    }

    static func flag(_ params: inout [String: String], _ name: String) throws(PhysicsError) -> Bool {
        guard let value = params.removeValue(forKey: name) else { return false }
        guard value.isEmpty else { throw .malformedSpec("\(name)=\(value)", reason: "'\(name)' takes no value") }
        return true
    }

    static func integer(_ params: inout [String: String], _ name: String) throws(PhysicsError) -> Int? {
        guard let text = params.removeValue(forKey: name) else { return nil }
        guard let n = Int(text) else {
            throw .malformedSpec("\(name)=\(text)", reason: "\(name) must be a whole number")
        }
        guard n >= 1 else { throw .nonPositive(parameter: name, value: text) }
        return n
    }
}

/// One layer of the cell as typed: a material name and, optionally, its thickness
/// (`LiCoO2:1um`, `LiPON:1.5 µm`, `Li`).
public struct LayerSpec: Equatable, Sendable {
    public let material: String
    public let thickness: Length?

    public init(material: String, thickness: Length?) {
        self.material = material
        self.thickness = thickness
    }

    /// Parses `NAME[:THICKNESS]`; `layer` names the layer in errors (`cathode`).
    public static func parse(_ text: String, layer: String) throws(PhysicsError) -> LayerSpec {
        let (name, rest) = GeometrySpec.split(text.trimmingSpaces, at: ":")
        guard !name.isEmpty else { throw .malformedSpec(text, reason: "missing \(layer) material name") }
        guard let thicknessText = rest else { return LayerSpec(material: name, thickness: nil) }
        let thickness: Length
        do {
            thickness = try Length(parsing: thicknessText)
        } catch {
            throw .malformedSpec(text, reason: "\(layer) thickness: \(error.message)")
        }
        try requirePositive(thickness, "\(layer) thickness")
        return LayerSpec(material: name, thickness: thickness)
    }
}
