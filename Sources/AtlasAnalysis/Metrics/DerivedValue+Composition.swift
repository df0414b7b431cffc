import AtlasCore

extension DerivedValue {
    /// The inputs that are user assumptions ("area 1 cm² (assumption given by the user)"),
    /// including those of the values this one was computed from.
    public var assumptions: [String] { inputs.filter { $0.hasSuffix(MetricAssumptions.marker) } }

    /// Whether the value rests on a user assumption rather than on the record's values alone.
    public var restsOnAssumption: Bool { !assumptions.isEmpty }

    /// This value as one input of another: its value and formula ("energy 245.3 µW h cm⁻²: E = C·V
    /// …"). A value computed from it lists this summary and then the ``assumptions`` of all its
    /// inputs, so that it names every assumption it rests on — a power from a discharge time from an
    /// assumed cathode thickness says so, and a reader of the power alone sees it.
    func summary(_ name: String) -> String { "\(name) \(text): \(provenance)" }
}

extension Array where Element == String {
    /// The strings in order, each once (flags and assumptions met through two inputs).
    var uniqued: [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}
