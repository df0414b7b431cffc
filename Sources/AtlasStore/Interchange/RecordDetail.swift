import AtlasCore
import AtlasData

/// The full, machine-readable form of one record (`mbatlas show --format json`, the API's
/// `records/{id}`): every printed value beside its parsed value in the printed unit and in the
/// atlas's canonical unit, with its provenance, the curator's notes and the full citation.
public enum RecordDetail {
    public static func json(_ stored: StoredRecord, reference: Reference?) -> JSONValue {
        let r = stored.record
        var pairs: [(String, JSONValue)] = [
            ("id", .integer(r.id)),
            ("origin", .string(stored.origin.name)),
        ]
        if case .imported(let file, let at) = stored.origin {
            pairs.append(("import_file", .string(file)))
            pairs.append(("imported_at", .number(at.timeIntervalSince1970)))
        }
        pairs += [
            ("electrolyte", .string(r.electrolyte)),
            ("composition", .string(r.composition)),
            ("family", .string(r.family.rawValue)),
            ("class", .string(r.electrolyteClass.rawValue)),
            ("variants", .array(r.variants.map(JSONValue.string))),
            (
                "method",
                .object([
                    ("printed", .string(r.methodPrinted)),
                    ("ids", .array(r.methods.map { .string($0.rawValue) })),
                    ("names", .array(r.methods.map { .string($0.name) })),
                    ("source", .string(r.methodSource ?? "table")),
                ])
            ),
            ("conditions", .string(r.conditions)),
            ("electrolyte_thickness", cells(r.electrolyteThickness, r)),
            ("cathode_thickness", cells(r.cathodeThickness, r)),
            ("conductivity", cells(r.conductivity, r)),
            (
                "cells",
                .array(
                    r.cells.map { c in
                        .object([
                            ("printed", .string(c.printed)), ("anode", .string(c.anode)),
                            ("electrolyte", .string(c.electrolyte)), ("cathode", .string(c.cathode)),
                            ("layers", .array(c.layers.map(JSONValue.string))),
                            ("source", .string(c.source ?? "table")),
                        ])
                    })
            ),
            (
                "structure",
                .object([
                    ("printed", .string(r.structure.printed)),
                    ("architecture", .string(r.structure.architecture?.rawValue)),
                    ("detail", .string(r.structure.detail)),
                    ("source", .string(r.structure.source ?? "table")),
                ])
            ),
            ("capacity", cells(r.capacity, r)),
            ("voltage", cells(r.voltage, r)),
            ("current", cells(r.current, r)),
            ("cycles", cells(r.cycles, r)),
            ("retention", cells(r.retention, r)),
            ("ref", .integer(r.ref)),
            ("citation", citation(r, reference)),
            ("doi", .string(r.doi)),
            (
                "notes",
                .array(
                    r.notes.map { n in
                        .object([
                            ("field", .string(n.field)), ("extracted", .string(n.extracted)), ("text", .string(n.text)),
                            ("prose", .string(n.prose)),
                        ])
                    })
            ),
        ]
        return .object(pairs)
    }

    static func citation(_ r: MicrobatteryRecord, _ reference: Reference?) -> JSONValue {
        if let reference {
            return .object([
                ("number", .integer(reference.number)),
                ("text", .string(reference.printed)),
                ("short", .string(reference.shortCitation)),
                ("authors", .array(reference.authors.map(JSONValue.string))),
                ("journal", .string(reference.journal)),
                ("year", .integer(reference.year)),
                ("volume", .string(reference.volume)),
                ("pages", .string(reference.pages)),
                (
                    "in_review",
                    .string("Jetybayeva et al., J. Mater. Chem. A, 2021, 9, 15140, ref. \(reference.number)")
                ),
            ])
        }
        guard r.citation != nil || r.doi != nil else { return .null }
        return .object([("text", .string(r.citation)), ("doi", .string(r.doi))])
    }

    /// A column's cells with parsed values.
    public static func cells(_ cells: [ReportedCell], _ record: MicrobatteryRecord) -> JSONValue {
        .array(cells.map { cell($0, record) })
    }

    public static func cell(_ c: ReportedCell, _ record: MicrobatteryRecord) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("printed", .string(c.printed)), ("value", value(c))]
        pairs.append(("condition", .string(c.condition)))
        if let v = c.variant {
            pairs.append(("variant", .integer(v)))
            pairs.append(("variant_label", .string(record.variants.indices.contains(v) ? record.variants[v] : nil)))
        }
        pairs.append(("source", .string(c.provenance.rawValue)))
        pairs.append(("prose", .string(c.prose)))
        return .object(pairs)
    }

    /// `{kind, form, value|lower/upper, unit, canonical: {value, lower, upper, unit}}`, or null for NA.
    public static func value(_ c: ReportedCell) -> JSONValue {
        guard let q = c.quantity else { return .null }
        var pairs: [(String, JSONValue)] = [("kind", .string(c.kind?.name))]
        pairs += magnitude(q)
        if let kind = c.kind, let canonical = try? q.converted(to: kind.canonicalUnit), kind.canonicalUnit != q.unit {
            pairs.append(("canonical", .object(magnitude(canonical))))
        }
        return .object(pairs)
    }

    static func magnitude(_ q: ReportedQuantity) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = []
        switch q.magnitude {
        case .exact(let v): pairs = [("form", .string("exact")), ("value", .number(v))]
        case .approximate(let v): pairs = [("form", .string("approximate")), ("value", .number(v))]
        case .range(let a, let b, let approx):
            pairs = [
                ("form", .string(approx ? "approximate range" : "range")), ("lower", .number(min(a, b))),
                ("upper", .number(max(a, b))), ("representative", .number(q.representative.magnitude)),
            ]
        case .below(let v, let inclusive):
            pairs = [("form", .string(inclusive ? "at most" : "below")), ("upper", .number(v))]
        case .above(let v, let inclusive):
            pairs = [("form", .string(inclusive ? "at least" : "above")), ("lower", .number(v))]
        case .plusMinus(let v, let d):
            pairs = [("form", .string("plus-minus")), ("value", .number(v)), ("uncertainty", .number(d))]
        }
        pairs.append(("unit", .string(q.unit == .one ? nil : q.unit.description)))
        return pairs
    }
}
