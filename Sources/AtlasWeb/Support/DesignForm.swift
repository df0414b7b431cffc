import AtlasCore
import AtlasPhysics
import Foundation

/// The design calculator's inputs as text fields — the `/design` form, the query of
/// `GET /api/v1/design` and the object of `POST /api/v1/design` — read into a ``CellDesign`` the
/// same way `mbatlas design` reads its options. Errors name the field (`area: unknown unit…`).
struct DesignForm: Sendable {
    /// A field: its parameter name, label and help (the `mbatlas design` option it mirrors).
    struct Field: Sendable {
        let name: String
        let label: String
        let help: String
    }

    static let fields: [Field] = [
        Field(name: "cathode", label: "Cathode", help: "material, or NAME:THICKNESS (e.g. LiCoO2:1um)"),
        Field(
            name: "cathode_thickness", label: "Cathode thickness",
            help: "any length unit, µm if bare; empty for an 'active' 3D structure"),
        Field(name: "electrolyte", label: "Electrolyte", help: "material, or NAME:THICKNESS (e.g. LiPON:1.5um)"),
        Field(name: "electrolyte_thickness", label: "Electrolyte thickness", help: "any length unit, µm if bare"),
        Field(name: "anode", label: "Anode", help: "material, or NAME:THICKNESS"),
        Field(name: "anode_thickness", label: "Anode thickness", help: "empty: sized to the cathode (N/P = 1)"),
        Field(name: "geometry", label: "Geometry", help: GeometrySpec.grammar),
        Field(name: "area", label: "Footprint area", help: "e.g. 1 mm2; empty: per-area values only"),
        Field(name: "rate", label: "C-rate", help: "e.g. 1C or C/10 (default 1C)"),
        Field(
            name: "current", label: "Current",
            help: "a density (10 uA/cm2) or a current (10 uA, needs an area); instead of a C-rate"),
        Field(name: "temperature", label: "Temperature", help: "e.g. 25C or 333K (default 25 °C)"),
        Field(name: "max_drop", label: "Largest ohmic drop", help: "e.g. 0.1 V (default)"),
        Field(
            name: "cell_voltage", label: "Cell voltage", help: "overrides the electrodes' mean potentials, e.g. 3.5 V"),
        Field(
            name: "max_aspect_ratio", label: "Largest aspect ratio h/w",
            help:
                "a number; checked in forward design, the height bound of inverse design (default 20, a bound of this tool)"
        ),
        Field(name: "target_energy", label: "Target energy", help: "inverse design, e.g. 24 uWh"),
        Field(name: "target_power", label: "Target power", help: "inverse design, e.g. 10 uW"),
        Field(name: "max_volume", label: "Largest volume", help: "inverse design, e.g. 10 mm3"),
        Field(
            name: "allow_thin_electrolyte", label: "Allow an electrolyte thinner than its pin-hole minimum",
            help: "true or false"),
    ]

    /// The text of each field given (blank fields are absent).
    var values: [String: String]

    init(_ values: [String: String]) {
        self.values = values.compactMapValues { v in
            let t = v.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
    }

    /// The fields of a query string; unknown parameters are a 400 so typos do not pass silently.
    init(query: QueryString) throws(WebError) {
        var values: [String: String] = [:]
        for (name, value) in query.pairs {
            guard Self.fields.contains(where: { $0.name == name }) else { throw Self.unknown(name) }
            values[name] = value
        }
        self.init(values)
    }

    /// The members of a JSON object (strings, numbers or booleans).
    init(json data: Data) throws(WebError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .badRequest("the body is not valid JSON")
        }
        guard let dict = object as? [String: Any] else { throw .badRequest("expected a JSON object of design fields") }
        var values: [String: String] = [:]
        for (name, value) in dict {
            guard Self.fields.contains(where: { $0.name == name }) else { throw Self.unknown(name) }
            switch value {
            case let s as String: values[name] = s
            case let n as NSNumber:
                // The one boolean field reads true/false and 1/0 alike.
                values[name] =
                    name == "allow_thin_electrolyte"
                    ? (n.boolValue ? "true" : "false") : QuantityFormatter.shortest(n.doubleValue)
            case is NSNull: continue
            default: throw .badRequest("\(name): expected text or a number")
            }
        }
        self.init(values)
    }

    static func unknown(_ name: String) -> WebError {
        .badRequest("unknown design field '\(name)' (fields: \(fields.map(\.name).joined(separator: ", ")))")
    }

    /// Whether any input was given (an empty form shows no result).
    var isEmpty: Bool { values.isEmpty }

    /// A forward design, or an inverse one when a target energy is given.
    enum Outcome {
        case forward(DesignResult)
        case inverse(InverseDesignResult, DesignTarget)

        /// The JSON `mbatlas design --format json` prints.
        func jsonString() throws -> String {
            switch self {
            case .forward(let r): return try r.jsonString()
            case .inverse(let s, _): return try s.jsonString()
            }
        }
    }

    /// Reads the fields and runs the calculator (or its inverse).
    func evaluate() throws -> Outcome {
        // Physics errors about layers and geometry name the layer themselves ("unknown cathode 'X'").
        var design = try CellDesign(
            cathode: try layer("cathode"), electrolyte: try layer("electrolyte"), anode: try layer("anode"),
            geometry: values["geometry"] ?? "planar")
        design.enforceMinimumThickness = !(try flag("allow_thin_electrolyte"))
        if let area = values["area"] { design.footprint = try field("area") { try Area(parsing: area) } }
        if values["rate"] != nil, values["current"] != nil {
            throw WebError.badRequest(PhysicsError.conflictingOptions("rate", "current").message)
        }
        if let rate = values["rate"] { design.load = .cRate(try field("rate") { try CRate(parsing: rate) }) }
        if let current = values["current"] { design.load = try field("current") { try Self.load(current) } }
        if let t = values["temperature"] {
            design.temperature = try field("temperature") { try CellDesign.parseTemperature(t) }
        }
        if let v = values["max_drop"] { design.maxDrop = try field("max_drop") { try Voltage(parsing: v) } }
        if let v = values["cell_voltage"] { design.cellVoltage = try field("cell_voltage") { try Voltage(parsing: v) } }
        let aspect = try values["max_aspect_ratio"].map { text throws -> Double in
            guard let x = Double(text), x > 0 else {
                throw WebError.badRequest("max_aspect_ratio: expected a positive number, found '\(text)'")
            }
            return x
        }
        if let energy = values["target_energy"] {
            var target = DesignTarget(energy: try field("target_energy") { try Energy(parsing: energy) })
            if let p = values["target_power"] { target.power = try field("target_power") { try Power(parsing: p) } }
            if let v = values["max_volume"] { target.maxVolume = try field("max_volume") { try Volume(parsing: v) } }
            if let aspect { target.maxAspectRatio = aspect }
            return .inverse(try InverseDesign.solve(design, target: target), target)
        }
        if values["target_power"] != nil || values["max_volume"] != nil {
            throw WebError.badRequest("target_power and max_volume need target_energy")
        }
        if let aspect { design.maxAspectRatio = aspect }
        return .forward(try DesignCalculator.evaluate(design))
    }

    /// `NAME` plus its separate thickness field as the `NAME:THICKNESS` spec the library reads.
    func layer(_ name: String) throws -> String {
        guard let spec = values[name] else {
            throw WebError.badRequest("\(name): required (e.g. \(Self.examples[name] ?? name))")
        }
        guard let thickness = values[name + "_thickness"] else { return spec }
        if spec.contains(":") {
            throw WebError.badRequest(
                "\(name): give the thickness either in '\(spec)' or in \(name)_thickness, not both")
        }
        return spec + ":" + thickness
    }

    static let examples = ["cathode": "LiCoO2", "electrolyte": "LiPON:1.5um", "anode": "Li"]

    func flag(_ name: String) throws -> Bool {
        guard let v = values[name]?.lowercased() else { return false }
        switch v {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default: throw WebError.badRequest("\(name): expected true or false, found '\(v)'")
        }
    }

    /// Runs `body`, prefixing a parse error with the field name (`area: unknown unit 'xx'…`).
    /// Physics errors about the design itself pass through unchanged (they map to 400 or 422).
    func field<T>(_ name: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as CoreError {
            throw WebError.badRequest("\(name): \(e.message)")
        } catch let e as PhysicsError {
            var web = WebError.physics(e)
            web.message = "\(name): \(web.message)"
            throw web
        }
    }

    /// A current density (A per area) or a current (A), as `mbatlas design --current` reads it.
    static func load(_ text: String) throws -> Load {
        let q = try Quantity.parse(text)
        if q.dimension == QuantityKind.currentDensity.dimension { return .currentDensity(try CurrentDensity(q)) }
        if q.dimension == QuantityKind.current.dimension { return .current(try Current(q)) }
        throw WebError.badRequest("current: '\(text)' is neither a current (µA) nor a current density (µA/cm²)")
    }
}
