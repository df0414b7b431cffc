import AtlasCore
import Foundation

/// One axis of a design sweep: a parameter and the values it takes.
///
/// Written `key=lo..hi:n` (n values evenly spaced), `key=lo..hi:log:n` (n values evenly spaced
/// in log), or `key=a,b,c` (a list). The ends carry units (`0.5um..5um`); an end without a
/// unit takes the other end's (`0.5..5um`). Values keep the unit of the ends, so
/// `cathode-thickness=0.5um..5um:10` varies the thickness in µm.
public struct SweepAxis: Sendable {
    public let parameter: DesignParameter
    /// The key as given (`cathode-thickness`, `geometry.h`).
    public let key: String
    /// The values as numbers in ``unit`` (or as the names given, for name-valued parameters).
    public let labels: [String]
    /// The unit the values are in (empty for plain numbers and names).
    public let unit: String
    /// The parsed change each value makes to a design, in the order of ``labels``.
    let setters: [@Sendable (inout DischargeDesign) -> Void]

    public var count: Int { labels.count }

    /// Parses `key=spec`.
    public init(parsing text: String) throws(SimulationError) {
        guard let eq = text.firstIndex(of: "=") else {
            throw .unreadableParameter(text, reason: "expected key=lo..hi:n, key=lo..hi:log:n or key=a,b,c")
        }
        let key = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
        let spec = String(text[text.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        let geometrySubkey = key.hasPrefix("geometry.") ? String(key.dropFirst("geometry.".count)) : nil
        if let sub = geometrySubkey, sub.isEmpty { throw .unknownParameter(key) }
        let parameter = geometrySubkey == nil ? try DesignParameter.named(key) : .geometry
        var labels: [String] = []
        var unit = ""
        if let range = spec.range(of: "..") {
            guard parameter.isNumeric || geometrySubkey != nil else {
                throw .unreadableParameter(key, reason: "a range needs a numeric parameter")
            }
            let lowText = String(spec[..<range.lowerBound])
            var rest = spec[range.upperBound...].split(separator: ":", omittingEmptySubsequences: false).map(
                String.init)
            guard rest.count == 2 || rest.count == 3 else {
                throw .unreadableParameter(key, reason: "expected lo..hi:n or lo..hi:log:n, got '\(spec)'")
            }
            let highText = rest.removeFirst()
            let logarithmic = rest.count == 2
            if logarithmic && rest[0].lowercased() != "log" {
                throw .unreadableParameter(
                    key, reason: "expected 'log' between the range and the count, got '\(rest[0])'")
            }
            guard let n = Int(rest.last!), n >= 1 else {
                throw .unreadableParameter(key, reason: "expected a count of at least 1, got '\(rest.last!)'")
            }
            let (lo, loUnit) = try Self.split(lowText, key)
            let (hi, hiUnit) = try Self.split(highText, key)
            unit = loUnit.isEmpty ? hiUnit : loUnit
            var high = hi
            if !loUnit.isEmpty && !hiUnit.isEmpty && loUnit != hiUnit {
                // Express the upper end in the lower end's unit.
                do {
                    high = hi * (try Unit.parse(hiUnit).conversionFactor(to: Unit.parse(loUnit)))
                } catch {
                    throw .unreadableParameter(key, reason: error.message)
                }
            }
            if logarithmic && !(lo > 0 && high > 0) {
                throw .unreadableParameter(key, reason: "a log range needs positive ends")
            }
            for k in 0..<n {
                let f = n == 1 ? 0 : Double(k) / Double(n - 1)
                let value = logarithmic ? lo * pow(high / lo, f) : lo + (high - lo) * f
                labels.append(Self.format(value))
            }
        } else {
            let items = spec.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !items.isEmpty else { throw .unreadableParameter(key, reason: "no values") }
            if parameter.isNumeric || geometrySubkey != nil {
                var units: Set<String> = []
                for item in items {
                    let (value, u) = try Self.split(item, key)
                    labels.append(Self.format(value))
                    if !u.isEmpty { units.insert(u) }
                }
                guard units.count <= 1 else {
                    throw .unreadableParameter(key, reason: "list values must share one unit")
                }
                unit = units.first ?? ""
            } else {
                labels = items
            }
        }
        var setters: [@Sendable (inout DischargeDesign) -> Void] = []
        for label in labels {
            let text = unit.isEmpty ? label : label + " " + unit
            if let sub = geometrySubkey {
                setters.append(DesignParameter.geometrySetter(sub, text))
            } else {
                setters.append(try parameter.setter(text))
            }
        }
        self.parameter = parameter
        self.key = key
        self.labels = labels
        self.unit = unit
        self.setters = setters
    }

    /// The column header: `cathode-thickness (um)`.
    public var header: String { unit.isEmpty ? key : "\(key) (\(unit))" }

    /// Splits `0.5um` into 0.5 and `um` (the longest numeric prefix).
    static func split(_ text: String, _ key: String) throws(SimulationError) -> (Double, String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        var end = t.endIndex
        while end > t.startIndex {
            if let value = Double(t[..<end]), value.isFinite {
                return (value, t[end...].trimmingCharacters(in: .whitespaces))
            }
            end = t.index(before: end)
        }
        throw .unreadableParameter(key, reason: "expected a number at the start of '\(text)'")
    }

    /// The value to 10 significant digits (`0.5`, `1e-15`, `5000`): generated values such as
    /// 5 µm in nm are rounded back to what a person would type.
    static func format(_ value: Double) -> String { String(format: "%.10g", value) }
}
