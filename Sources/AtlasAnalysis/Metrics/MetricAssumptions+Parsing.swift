import AtlasCore

extension MetricAssumptions {
    /// The names under which the CLI (`--assume-…`) and the web API (`assume-…`) take each assumption.
    public static let optionNames = ["assume-cathode-thickness", "assume-cathode-density", "assume-area"]

    /// Reads the values a user passes for conversions the review's numbers cannot make alone
    /// (`1um`, `5.05 g/cm3`, `1 cm2`); a missing value stays unassumed. A value without a unit,
    /// of the wrong kind or not positive is an error naming its option.
    public static func parse(cathodeThickness: String?, cathodeDensity: String?, area: String?) throws(AnalysisError)
        -> MetricAssumptions
    {
        func read<K: PhysicalKind>(_ name: String, _ text: String?, as _: Measure<K>.Type) throws(AnalysisError)
            -> Measure<K>?
        {
            guard let text = text?.trimmingSpaces, !text.isEmpty else { return nil }
            if Double(text) != nil { throw .invalidOption(name, reason: "give a unit: '\(text)' alone is ambiguous") }
            let value: Measure<K>
            do {
                value = try Measure<K>(parsing: text)
            } catch {
                throw .invalidOption(name, reason: error.message)
            }
            guard value.canonical > 0, value.canonical.isFinite else {
                throw .invalidOption(name, reason: "must be positive, found '\(text)'")
            }
            return value
        }
        return MetricAssumptions(
            cathodeThickness: try read("assume-cathode-thickness", cathodeThickness, as: Length.self),
            cathodeDensity: try read("assume-cathode-density", cathodeDensity, as: MassDensity.self),
            area: try read("assume-area", area, as: Area.self))
    }
}
