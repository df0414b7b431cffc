import Foundation

/// A design file: a JSON object whose keys are ``DesignParameter`` keys (the CLI option names
/// without `--`) and whose values are text with units or plain numbers, plus an optional
/// `"name"` and `"description"`:
///
/// ```json
/// {
///   "name": "thick LiCoO2 on LiPON",
///   "cathode": "LiCoO2",
///   "cathode-thickness": "4.2 um",
///   "electrolyte-conductivity": "2.4 uS/cm",
///   "rate": "1C"
/// }
/// ```
///
/// Keys left out keep the defaults of ``DischargeDesign/defaultThinFilm``. Settings are applied in the
/// order of ``DesignParameter/allCases`` (so choosing a cathode or electrolyte comes before the
/// values that override its defaults), whatever their order in the file.
public struct DesignFile: Sendable {
    public let name: String?
    public let description: String?
    /// The settings in application order.
    public let settings: [(key: String, value: String)]

    /// A JSON value as a design file may hold it.
    private enum Value: Decodable {
        case text(String)
        case number(Double)
        case other

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let s = try? container.decode(String.self) {
                self = .text(s)
            } else if (try? container.decode(Bool.self)) != nil {
                self = .other
            } else if let x = try? container.decode(Double.self) {
                self = .number(x)
            } else {
                self = .other
            }
        }
    }

    public init(data: Data) throws(SimulationError) {
        let dictionary: [String: Value]
        do {
            dictionary = try JSONDecoder().decode([String: Value].self, from: data)
        } catch {
            throw .malformedDesignFile("expected a JSON object of parameter names to values")
        }
        var name: String?
        var description: String?
        var found: [DesignParameter: String] = [:]
        for (key, value) in dictionary {
            if key == "name" || key == "description" {
                guard case .text(let text) = value else { throw .unreadableParameter(key, reason: "expected text") }
                if key == "name" { name = text } else { description = text }
                continue
            }
            let parameter = try DesignParameter.named(key)
            switch value {
            case .text(let text): found[parameter] = text
            case .number(let x): found[parameter] = "\(x)"
            case .other: throw .unreadableParameter(key, reason: "expected text such as \"2 um\" or a number")
            }
        }
        if found[.rate] != nil && found[.currentDensity] != nil {
            throw .malformedDesignFile("give either rate or current-density, not both")
        }
        self.name = name
        self.description = description
        self.settings = DesignParameter.allCases.compactMap { p in found[p].map { (key: p.key, value: $0) } }
    }

    public init(contentsOf url: URL) throws(SimulationError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .malformedDesignFile("cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(data: data)
    }

    /// The default design with this file's settings applied.
    public func design(startingFrom base: DischargeDesign = .defaultThinFilm) throws(SimulationError) -> DischargeDesign
    {
        var d = base
        try d.apply(settings)
        return d
    }
}
