import AtlasCore
import Foundation

/// One stated value or sentence as stored in families.json, specifications.json and
/// techniques.json (all keys optional but `refs`).
struct StatementDTO: Decodable {
    let id: String?
    let printed: String?
    let text: String?
    let refs: [Int]?
    let quote: String?
    let condition: String?
    let material: String?
    let aspect: String?
    let role: String?
    let section: String?
    let note: String?
    let method: String?
    let property: String?
    let criterion: String?
    let rating: String?

    func statement(aspect override: String? = nil) -> Statement {
        Statement(
            printed: printed, value: printed.flatMap(ProseValue.parse), text: text, refs: refs ?? [],
            quote: quote, condition: condition, material: material, aspect: override ?? aspect ?? role,
            note: note)
    }
}

private func decode<T: Decodable>(_ type: T.Type, _ data: Data, file: String) throws -> T {
    do {
        return try JSONDecoder().decode(type, from: data)
    } catch {
        throw DatasetError(
            file: file, location: "", reason: "not valid JSON for its schema: \(JSONErrors.describe(error))")
    }
}

private func rating(_ dto: StatementDTO, file: String, location: String) throws -> Rating {
    guard let c = dto.criterion.flatMap(Criterion.init(rawValue:)) else {
        throw DatasetError(file: file, location: location, reason: "unknown criterion '\(dto.criterion ?? "")'")
    }
    guard let level = dto.rating.flatMap(RatingLevel.init(rawValue:)) else {
        throw DatasetError(
            file: file, location: location, reason: "rating must be good, moderate or poor, found '\(dto.rating ?? "")'"
        )
    }
    return Rating(criterion: c, level: level, statement: dto.statement())
}

/// Loads `families.json` (schema `mbatlas.families/1`).
enum FamiliesLoader {
    static let file = "families.json"

    struct FileShape: Decodable {
        let schema: String
        let families: [Entry]
    }

    struct Entry: Decodable {
        let id: String
        let name: String
        let `class`: String
        let parent: String?
        let section: String?
        let examples: [String]?
        let properties: [StatementDTO]
        let ratings: [StatementDTO]
        let advantages: [StatementDTO]
        let issues: [StatementDTO]
        let note: String?
    }

    static func load(_ data: Data) throws -> [FamilyProfile] {
        let decoded = try decode(FileShape.self, data, file: file)
        guard decoded.schema == "mbatlas.families/1" else {
            throw DatasetError(
                file: file, location: "schema", reason: "expected mbatlas.families/1, found \(decoded.schema)")
        }
        return try decoded.families.map { e in
            let here = "family \(e.id)"
            guard let cls = ElectrolyteClass(name: e.class) else {
                throw DatasetError(file: file, location: here, reason: "unknown class '\(e.class)'")
            }
            let family = ElectrolyteFamily(name: e.id)
            if family == nil, ElectrolyteClass(name: e.id) == nil {
                throw DatasetError(file: file, location: here, reason: "'\(e.id)' is neither a family nor a class")
            }
            if let family, family.electrolyteClass != cls {
                throw DatasetError(
                    file: file, location: here, reason: "class \(cls.rawValue) does not match the family's")
            }
            let properties = try e.properties.enumerated().map { index, p -> FamilyProfile.PropertyValue in
                guard let prop = p.property.flatMap(FamilyProfile.Property.init(rawValue:)) else {
                    throw DatasetError(
                        file: file, location: "\(here), properties[\(index)]",
                        reason: "unknown property '\(p.property ?? "")'")
                }
                return .init(
                    property: prop, statement: p.statement(),
                    method: p.method.flatMap(PreparationMethod.init(rawValue:)))
            }
            let ratings = try e.ratings.enumerated().map { index, r in
                try rating(r, file: file, location: "\(here), ratings[\(index)]")
            }
            return FamilyProfile(
                id: e.id, name: e.name, family: family, electrolyteClass: cls, parent: e.parent, section: e.section,
                examples: e.examples ?? [], properties: properties, ratings: ratings,
                advantages: e.advantages.map { $0.statement() }, issues: e.issues.map { $0.statement() }, note: e.note)
        }
    }
}

/// Loads `specifications.json` (schema `mbatlas.specifications/1`).
enum SpecificationsLoader {
    static let file = "specifications.json"

    struct FileShape: Decodable {
        let schema: String
        let refs: [Int]
        let criteria: [CriterionDTO]
        let context: [StatementDTO]
    }

    struct CriterionDTO: Decodable {
        let id: String
        let printed: String
        let refs: [Int]
        let quote: String?
        let kind: String
        let thresholds: [ThresholdDTO]?
        let examples: [StatementDTO]?
        let supporting: Supporting?
        let unit_anomalies: [StatementDTO]?
        let context: [StatementDTO]?
        let note: String?
    }

    struct Supporting: Decodable {
        let note: String?
        let values: [String: [StatementDTO]]

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            var values: [String: [StatementDTO]] = [:]
            var note: String? = nil
            for key in c.allKeys {
                if key.stringValue == "note" {
                    note = try c.decode(String.self, forKey: key)
                } else {
                    values[key.stringValue] = try c.decode([StatementDTO].self, forKey: key)
                }
            }
            self.note = note
            self.values = values
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct ThresholdDTO: Decodable {
        let role: String
        let printed: String
        let condition: String?
        let refs: [Int]
        let interpretation: String?
        let used: String?
        let reason: String?
    }

    static func load(_ data: Data) throws -> Specifications {
        let decoded = try decode(FileShape.self, data, file: file)
        guard decoded.schema == "mbatlas.specifications/1" else {
            throw DatasetError(
                file: file, location: "schema", reason: "expected mbatlas.specifications/1, found \(decoded.schema)")
        }
        let criteria = try decoded.criteria.map { c -> Specifications.Criterion in
            let thresholds = try (c.thresholds ?? []).enumerated().map { index, t -> Specifications.Threshold in
                let location = "criterion \(c.id), thresholds[\(index)]"
                guard let role = Specifications.Threshold.Role(rawValue: t.role) else {
                    throw DatasetError(file: file, location: location, reason: "unknown role '\(t.role)'")
                }
                guard let printed = ProseValue.parse(t.printed) else {
                    throw DatasetError(file: file, location: location, reason: "'\(t.printed)' is not a value")
                }
                let interpreted = t.interpretation.flatMap(ProseValue.parse)
                if t.interpretation != nil && interpreted == nil {
                    throw DatasetError(
                        file: file, location: location, reason: "interpretation '\(t.interpretation!)' is not a value")
                }
                return .init(
                    role: role, printed: t.printed, printedValue: printed, interpretation: t.interpretation,
                    interpretedValue: interpreted, usesInterpretation: t.used == "interpretation", reason: t.reason,
                    condition: t.condition, refs: t.refs)
            }
            var examples = (c.examples ?? []).map { $0.statement() }
            for (key, values) in (c.supporting?.values ?? [:]).sorted(by: { $0.key < $1.key }) {
                examples += values.map { $0.statement(aspect: "supporting \(key)") }
            }
            examples += (c.unit_anomalies ?? []).map { $0.statement(aspect: "unit anomaly") }
            examples += (c.context ?? []).map { $0.statement(aspect: "context") }
            return .init(
                id: c.id, printed: c.printed, refs: c.refs, quote: c.quote, kind: c.kind, thresholds: thresholds,
                examples: examples, note: c.note)
        }
        let context = decoded.context.map { Specifications.ContextItem(id: $0.id ?? "", statement: $0.statement()) }
        return Specifications(refs: decoded.refs, criteria: criteria, context: context)
    }
}

/// Loads `techniques.json` (schema `mbatlas.techniques/1`).
enum TechniquesLoader {
    static let file = "techniques.json"

    struct FileShape: Decodable {
        let schema: String
        let techniques: [Entry]
    }

    struct Entry: Decodable {
        let id: String
        let name: String
        let abbreviation: String?
        let aliases: [String]?
        let kind: String
        let electrolytes: [String]?
        let deposition_rate: [StatementDTO]?
        let process_temperature: [StatementDTO]?
        let conformality_3d: StatementDTO?
        let advantages: [StatementDTO]?
        let drawbacks: [StatementDTO]?
        let parameters: [StatementDTO]?
        let note: String?
    }

    static func load(_ data: Data) throws -> [Technique] {
        let decoded = try decode(FileShape.self, data, file: file)
        guard decoded.schema == "mbatlas.techniques/1" else {
            throw DatasetError(
                file: file, location: "schema", reason: "expected mbatlas.techniques/1, found \(decoded.schema)")
        }
        return try decoded.techniques.map { e in
            let here = "technique \(e.id)"
            guard let method = PreparationMethod(rawValue: e.id) else {
                throw DatasetError(file: file, location: here, reason: "unknown method id '\(e.id)'")
            }
            guard let kind = Technique.Kind(rawValue: e.kind) else {
                throw DatasetError(
                    file: file, location: here, reason: "kind must be vacuum, solution or bulk, found '\(e.kind)'")
            }
            var conformality: Rating? = nil
            if let c = e.conformality_3d {
                guard let level = c.rating.flatMap(RatingLevel.init(rawValue:)) else {
                    throw DatasetError(
                        file: file, location: "\(here), conformality_3d",
                        reason: "rating must be good, moderate or poor")
                }
                conformality = Rating(criterion: .conformality3D, level: level, statement: c.statement())
            }
            return Technique(
                method: method, name: e.name, abbreviation: e.abbreviation, aliases: e.aliases ?? [], kind: kind,
                electrolytes: e.electrolytes ?? [], depositionRates: (e.deposition_rate ?? []).map { $0.statement() },
                processTemperatures: (e.process_temperature ?? []).map { $0.statement() }, conformality: conformality,
                advantages: (e.advantages ?? []).map { $0.statement() },
                drawbacks: (e.drawbacks ?? []).map { $0.statement() },
                parameters: (e.parameters ?? []).map { $0.statement() }, note: e.note)
        }
    }
}
