import AtlasCore
import AtlasData
import AtlasStore

/// JSON forms of screening results (shared by `mbatlas screen --format json` and `/api/v1/screen`).
public enum ScreeningReport {
    public static func json(_ candidates: [Candidate], criteria: ScreeningCriteria) -> JSONValue {
        .object([
            ("criteria", .object(criteriaPairs(criteria))),
            (
                "ranking",
                .string(
                    "score = criteria passed ÷ criteria applied (unknown is not pass); ties: fewer unknowns, then higher ionic conductivity"
                )
            ),
            (
                "candidates",
                .array(
                    candidates.enumerated().map { index, c in
                        var subject: [(String, JSONValue)]
                        switch c.subject {
                        case .family(let id): subject = [("kind", .string("family")), ("family", .string(id))]
                        case .record(let id):
                            subject = [
                                ("kind", .string("record")), ("record_id", .integer(id)),
                                ("family", .string(c.family?.rawValue)),
                            ]
                        }
                        return .object(
                            [("rank", .integer(index + 1)), ("name", .string(c.name))] + subject + [
                                ("class", .string(c.electrolyteClass.rawValue)), ("score", .number(c.score)),
                                ("passes", .integer(c.passes)), ("unknowns", .integer(c.unknowns)),
                                ("conductivity_S_per_cm", .number(c.conductivity)),
                                (
                                    "results",
                                    .array(
                                        c.results.map { r in
                                            .object([
                                                ("criterion", .string(r.criterion)),
                                                ("outcome", .string(r.outcome.rawValue)),
                                                ("value", .string(r.value)), ("source", .string(r.source)),
                                                ("note", .string(r.note)),
                                            ])
                                        })
                                ),
                            ])
                    })
            ),
        ])
    }

    static func criteriaPairs(_ c: ScreeningCriteria) -> [(String, JSONValue)] {
        [
            ("min_conductivity_S_per_cm", .number(c.minConductivity.canonical)),
            ("target_conductivity_S_per_cm", .number(c.targetConductivity?.canonical)),
            ("max_electronic_S_per_cm", .number(c.maxElectronic?.canonical)),
            ("window_V", c.window.map { .array([.number($0.lowerBound), .number($0.upperBound)]) } ?? .null),
            ("stable_with", .string(c.stableWith)), ("conformal_3d", .bool(c.conformal3D)),
            ("max_process_temperature_C", .number(c.maxProcessTemperature.map { $0.si - 273.15 })),
            ("class", .string(c.electrolyteClass?.rawValue)),
        ]
    }
}

/// JSON of Pareto rankings (`mbatlas rank --format json`, `/api/v1/rank`).
public enum RankingReport {
    public static func json(_ groups: [RankingGroup]) -> JSONValue {
        .array(
            groups.map { g in
                .object([
                    ("architecture", .string(g.architecture?.rawValue)),
                    ("capacity_kind", .string(g.capacityKind?.name)),
                    ("objectives", .array(g.objectives.map { .string($0.rawValue) })),
                    ("units", .array(g.units.map(JSONValue.string))),
                    ("front", .array(g.front.map(record))),
                    ("dominated", .array(g.records.filter { !$0.isOnFront }.map(record))),
                ])
            })
    }

    static func record(_ r: RankedRecord) -> JSONValue {
        .object([
            ("record_id", .integer(r.recordID)), ("electrolyte", .string(r.electrolyte)), ("cell", .string(r.cell)),
            ("ref", .integer(r.ref)), ("values", .array(r.values.map(JSONValue.number))),
            ("dominated_by", .array(r.dominatedBy.map(JSONValue.integer))),
            ("flags", .array(r.flags.map(JSONValue.string))),
        ])
    }
}

/// JSON of family and method statistics (`families`, `methods`, `/api/v1/families|methods`).
public enum GroupReport {
    public static func json(_ groups: [GroupStatistics], profiles: [FamilyProfile]) -> JSONValue {
        let byID = Dictionary(profiles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return .array(
            groups.map { g in
                guard case .object(var pairs) = g.json else { return g.json }
                if let p = byID[g.key] {
                    pairs.append(("class", .string(p.electrolyteClass.rawValue)))
                    pairs.append(("profile", profileJSON(p)))
                }
                return .object(pairs)
            })
    }

    public static func json(_ groups: [GroupStatistics], techniques: [Technique]) -> JSONValue {
        let byID = Dictionary(techniques.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return .array(
            groups.map { g in
                guard case .object(var pairs) = g.json else { return g.json }
                if let t = byID[g.key] { pairs.append(("technique", techniqueJSON(t))) }
                return .object(pairs)
            })
    }

    public static func statementJSON(_ s: Statement) -> JSONValue {
        .object([
            ("printed", .string(s.printed)), ("text", .string(s.text)), ("aspect", .string(s.aspect)),
            ("condition", .string(s.condition)), ("material", .string(s.material)),
            ("refs", .array(s.refs.map(JSONValue.integer))), ("quote", .string(s.quote)), ("note", .string(s.note)),
        ])
    }

    public static func profileJSON(_ p: FamilyProfile) -> JSONValue {
        .object([
            ("id", .string(p.id)), ("name", .string(p.name)), ("class", .string(p.electrolyteClass.rawValue)),
            ("parent", .string(p.parent)), ("section", .string(p.section)),
            ("examples", .array(p.examples.map(JSONValue.string))),
            (
                "properties",
                .array(
                    p.properties.map { pv in
                        guard case .object(let pairs) = statementJSON(pv.statement) else { return .null }
                        return .object([("property", .string(pv.property.rawValue))] + pairs)
                    })
            ),
            (
                "ratings",
                .array(
                    p.ratings.map { r in
                        guard case .object(let pairs) = statementJSON(r.statement) else { return .null }
                        return .object(
                            [("criterion", .string(r.criterion.rawValue)), ("rating", .string(r.level.rawValue))]
                                + pairs)
                    })
            ),
            ("advantages", .array(p.advantages.map(statementJSON))), ("issues", .array(p.issues.map(statementJSON))),
        ])
    }

    public static func techniqueJSON(_ t: Technique) -> JSONValue {
        .object([
            ("id", .string(t.id)), ("name", .string(t.name)), ("kind", .string(t.kind.rawValue)),
            ("electrolytes", .array(t.electrolytes.map(JSONValue.string))),
            ("deposition_rates", .array(t.depositionRates.map(statementJSON))),
            ("process_temperatures", .array(t.processTemperatures.map(statementJSON))),
            (
                "conformality_3d",
                t.conformality.map { r in
                    guard case .object(let pairs) = statementJSON(r.statement) else { return .null }
                    return .object([("rating", .string(r.level.rawValue))] + pairs)
                } ?? .null
            ),
            ("advantages", .array(t.advantages.map(statementJSON))),
            ("drawbacks", .array(t.drawbacks.map(statementJSON))),
        ])
    }
}
