import AtlasCore
import AtlasData
import AtlasStore

/// JSON forms of the review's curated data: statements, family profiles, techniques, references.
/// Keys are snake_case; absent values are `null`; references are numbers in the review's list.
enum ReviewJSON {
    static func statement(_ s: Statement) -> JSONValue {
        .object([
            ("printed", .string(s.printed)),
            ("value", s.value.flatMap(\.reportedQuantity).map(quantity) ?? .null),
            ("text", .string(s.text)),
            ("condition", .string(s.condition)),
            ("material", .string(s.material)),
            ("aspect", .string(s.aspect)),
            ("refs", .array(s.refs.map(JSONValue.integer))),
            ("quote", .string(s.quote)),
            ("note", .string(s.note)),
        ])
    }

    /// `{form, value | lower/upper, unit}` in the unit printed.
    static func quantity(_ q: ReportedQuantity) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let lower = q.magnitude.lowerBound { pairs.append(("lower", .number(lower))) }
        if let upper = q.magnitude.upperBound { pairs.append(("upper", .number(upper))) }
        pairs.append(("representative", .number(q.magnitude.representative)))
        pairs.append(("approximate", .bool(q.magnitude.isApproximate)))
        pairs.append(("unit", .string(q.unit == .one ? nil : q.unit.description)))
        return .object(pairs)
    }

    static func rating(_ r: Rating) -> JSONValue {
        .object([
            ("criterion", .string(r.criterion.rawValue)),
            ("label", .string(r.criterion.label)),
            ("level", .string(r.level.rawValue)),
            ("score", .number(r.level.score)),
            ("statement", statement(r.statement)),
        ])
    }

    static func family(_ p: FamilyProfile, filter: String, count: Int) -> JSONValue {
        .object([
            ("id", .string(p.id)),
            ("name", .string(p.name)),
            ("family", .string(p.family?.rawValue)),
            ("class", .string(p.electrolyteClass.rawValue)),
            ("is_class", .bool(p.isClass)),
            ("parent", .string(p.parent)),
            ("section", .string(p.section)),
            ("examples", .array(p.examples.map(JSONValue.string))),
            (
                "properties",
                .array(
                    p.properties.map { v in
                        .object([
                            ("property", .string(v.property.rawValue)),
                            ("method", .string(v.method?.rawValue)),
                            ("statement", statement(v.statement)),
                        ])
                    })
            ),
            ("ratings", .array(p.ratings.map(rating))),
            ("advantages", .array(p.advantages.map(statement))),
            ("issues", .array(p.issues.map(statement))),
            ("note", .string(p.note)),
            ("record_filter", .string(filter)),
            ("record_count", .integer(count)),
        ])
    }

    static func technique(_ t: Technique, filter: String, count: Int) -> JSONValue {
        .object([
            ("id", .string(t.id)),
            ("name", .string(t.name)),
            ("abbreviation", .string(t.abbreviation)),
            ("aliases", .array(t.aliases.map(JSONValue.string))),
            ("kind", .string(t.kind.rawValue)),
            ("electrolytes", .array(t.electrolytes.map(JSONValue.string))),
            ("deposition_rates", .array(t.depositionRates.map(statement))),
            ("process_temperatures", .array(t.processTemperatures.map(statement))),
            ("conformality", t.conformality.map(rating) ?? .null),
            ("advantages", .array(t.advantages.map(statement))),
            ("drawbacks", .array(t.drawbacks.map(statement))),
            ("parameters", .array(t.parameters.map(statement))),
            ("note", .string(t.note)),
            ("record_filter", .string(filter)),
            ("record_count", .integer(count)),
        ])
    }

    static func reference(_ r: Reference, recordIDs: [Int]) -> JSONValue {
        .object([
            ("number", .integer(r.number)),
            ("kind", .string(r.kind.rawValue)),
            ("authors", .array(r.authors.map(JSONValue.string))),
            ("journal", .string(r.journal)),
            ("year", .integer(r.year)),
            ("volume", .string(r.volume)),
            ("issue", .string(r.issue)),
            ("pages", .string(r.pages)),
            ("title", .string(r.title)),
            ("publisher", .string(r.publisher)),
            ("patent_office", .string(r.patentOffice)),
            ("patent_number", .string(r.patentNumber)),
            ("printed", .string(r.printed)),
            ("short", .string(r.shortCitation)),
            ("note", .string(r.note)),
            ("bibtex", .string(Citations.bibtex(r))),
            ("records", .array(recordIDs.map(JSONValue.integer))),
        ])
    }
}
