import AtlasCore
import AtlasData
import AtlasStore

extension DerivedValue {
    /// `{value, unit, kind, provenance, inputs, flags}`.
    public var json: JSONValue {
        .object([
            ("value", .number(value)),
            ("unit", .string(kind.canonicalUnit == .one ? nil : kind.canonicalUnit.description)),
            ("kind", .string(kind.name)), ("provenance", .string(provenance)),
            ("inputs", .array(inputs.map(JSONValue.string))), ("flags", .array(flags.map(JSONValue.string))),
        ])
    }
}

extension RecordMetrics {
    /// Derived values by name; absent values are omitted, never zero.
    public var json: JSONValue { .object(all.map { ($0.name, $0.value.json) }) }
}

/// The full record as the record page and `show --format json` give it: the printed and parsed
/// values (``RecordDetail``) plus the derived metrics with their provenance.
public enum RecordReport {
    public static func json(_ stored: StoredRecord, reference: Reference?, calculator: MetricsCalculator = .init())
        -> JSONValue
    {
        guard case .object(var pairs) = RecordDetail.json(stored, reference: reference) else {
            return RecordDetail.json(stored, reference: reference)
        }
        let derived = calculator.metrics(for: stored.record).json
        if let i = pairs.firstIndex(where: { $0.0 == "citation" }) {
            pairs.insert(("derived", derived), at: i)
        } else {
            pairs.append(("derived", derived))
        }
        return .object(pairs)
    }
}
