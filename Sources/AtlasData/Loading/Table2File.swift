import AtlasCore
import Foundation

/// The on-disk shape of `table2.json` (schema `mbatlas.table2/1`, documented in docs/DATA.md).
struct Table2File: Codable {
    let schema: String
    let entries: [Entry]

    struct Entry: Codable {
        let id: Int
        let electrolyte: String
        let composition: String?
        let family: String
        let `class`: String
        let variants: [String]?
        let method: Method
        let conditions: String?
        let electrolyte_thickness: [Item]?
        let cathode_thickness: [Item]?
        let conductivity: [Item]
        let cells: [CellStack]
        let structure: StructureDTO
        let capacity: [Item]
        let voltage: [Item]
        let current: [Item]
        let cycles: [Item]
        let retention: [Item]
        let ref: Int?
        let citation: String?
        let doi: String?
        let notes: [EntryNote]
    }

    struct Method: Codable {
        let printed: String
        let ids: [String]
        let source: String?
    }

    struct StructureDTO: Codable {
        let printed: String
        let architecture: String?
        let detail: String?
        let source: String?
    }

    struct Item: Codable {
        let printed: String
        let value: String?
        let condition: String?
        let variant: Int?
        let source: String?
        let prose: String?
    }
}

/// Converts the decoded file into validated ``MicrobatteryRecord`` values.
enum Table2Loader {
    static let file = "table2.json"

    static func load(_ data: Data) throws -> [MicrobatteryRecord] {
        let decoded: Table2File
        do {
            decoded = try JSONDecoder().decode(Table2File.self, from: data)
        } catch {
            throw DatasetError(file: file, location: "", reason: "not valid table2 JSON: \(JSONErrors.describe(error))")
        }
        guard decoded.schema == "mbatlas.table2/1" else {
            throw DatasetError(
                file: file, location: "schema", reason: "expected mbatlas.table2/1, found \(decoded.schema)")
        }
        return try decoded.entries.map(record(from:))
    }

    static func record(from e: Table2File.Entry) throws -> MicrobatteryRecord {
        let here = "entry \(e.id)"
        guard let family = ElectrolyteFamily(name: e.family) else {
            throw DatasetError(file: file, location: "\(here), family", reason: "unknown family '\(e.family)'")
        }
        guard ElectrolyteClass(name: e.class) == family.electrolyteClass else {
            throw DatasetError(
                file: file, location: "\(here), class",
                reason:
                    "class '\(e.class)' does not match family \(family.rawValue) (\(family.electrolyteClass.rawValue))")
        }
        let methods = try e.method.ids.map { id -> PreparationMethod in
            guard let m = PreparationMethod(rawValue: id) else {
                throw DatasetError(file: file, location: "\(here), method", reason: "unknown method id '\(id)'")
            }
            return m
        }
        let variants = e.variants ?? []
        func column(_ items: [Table2File.Item], _ col: MicrobatteryRecord.QuantityColumn) throws -> [ReportedCell] {
            try items.enumerated().map { index, item in
                try cell(item, column: col, variants: variants, location: "\(here), \(col.rawValue)[\(index)]")
            }
        }
        let architecture: Architecture?
        if let a = e.structure.architecture {
            guard let parsed = Architecture(name: a) else {
                throw DatasetError(
                    file: file, location: "\(here), structure", reason: "architecture must be 2D or 3D, found '\(a)'")
            }
            architecture = parsed
        } else {
            architecture = nil
        }
        return MicrobatteryRecord(
            id: e.id, electrolyte: e.electrolyte, composition: e.composition, family: family,
            variants: variants, methodPrinted: e.method.printed, methodSource: e.method.source, methods: methods,
            conditions: e.conditions,
            electrolyteThickness: try column(e.electrolyte_thickness ?? [], .electrolyteThickness),
            cathodeThickness: try column(e.cathode_thickness ?? [], .cathodeThickness),
            conductivity: try column(e.conductivity, .conductivity), cells: e.cells,
            structure: Structure(
                printed: e.structure.printed, architecture: architecture, detail: e.structure.detail,
                source: e.structure.source),
            capacity: try column(e.capacity, .capacity), voltage: try column(e.voltage, .voltage),
            current: try column(e.current, .current), cycles: try column(e.cycles, .cycles),
            retention: try column(e.retention, .retention), ref: e.ref, citation: e.citation, doi: e.doi,
            notes: e.notes)
    }

    /// Parses one item and checks its unit against the column.
    static func cell(
        _ item: Table2File.Item, column: MicrobatteryRecord.QuantityColumn, variants: [String], location: String
    ) throws -> ReportedCell {
        let text = item.value ?? item.printed
        let value: ReportedValue
        do {
            value = try ReportedValue.parse(text)
        } catch {
            throw DatasetError(file: file, location: location, reason: "'\(text)': \(error.message)")
        }
        let kind = try ColumnKinds.kind(of: value, in: column, text: text, file: file, location: location)
        if let v = item.variant, !variants.indices.contains(v) {
            throw DatasetError(
                file: file, location: location,
                reason: "variant \(v) is not one of the \(variants.count) listed variants")
        }
        let provenance: ReportedCell.Provenance
        switch item.source {
        case nil, "table": provenance = .table
        case "prose": provenance = .prose
        case "imported": provenance = .imported  // the store's documents of imported records
        case let other?:
            throw DatasetError(
                file: file, location: location, reason: "source must be 'table' or 'prose', found '\(other)'")
        }
        return ReportedCell(
            printed: item.printed, value: value, kind: kind, condition: item.condition, variant: item.variant,
            provenance: provenance, prose: item.prose, parsedFrom: item.value)
    }
}

/// Checks that a value's unit fits its column and says which kind it expresses.
public enum ColumnKinds {
    public static func kind(
        of value: ReportedValue, in column: MicrobatteryRecord.QuantityColumn, text: String, file: String,
        location: String
    ) throws -> QuantityKind? {
        guard case .quantity(let q) = value else { return nil }
        // Retention must be printed as a percentage; a bare number would be a count.
        if column == .retention, q.unit != Unit(.percent) {
            throw DatasetError(file: file, location: location, reason: "'\(text)': retention must be a percentage")
        }
        if column == .cycles {
            guard q.unit == .one, let v = q.magnitude.lowerBound, v == v.rounded(), v >= 0 else {
                throw DatasetError(file: file, location: location, reason: "'\(text)': cycles must be a whole number")
            }
        }
        if column == .voltage, case .range = q.magnitude {
        } else if column == .voltage {
            throw DatasetError(
                file: file, location: location, reason: "'\(text)': a voltage window must be a range a–b V")
        }
        guard let kind = column.acceptedKinds.first(where: { $0.accepts(q.unit) }) else {
            let expected = column.acceptedKinds.map(\.name).joined(separator: ", ")
            throw DatasetError(
                file: file, location: location,
                reason: "'\(text)' is \(QuantityKind.name(of: q.unit.dimension)), expected \(expected)")
        }
        return kind
    }
}

/// Turns a DecodingError into one readable line with its coding path.
enum JSONErrors {
    static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return SystemErrors.describe(error) ?? "\(error)" }
        func path(_ ctx: DecodingError.Context) -> String {
            ctx.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        }
        switch e {
        case .keyNotFound(let key, let ctx): return "missing key '\(key.stringValue)' at \(path(ctx))"
        case .typeMismatch(_, let ctx): return "wrong type at \(path(ctx)): \(ctx.debugDescription)"
        case .valueNotFound(_, let ctx): return "missing value at \(path(ctx))"
        case .dataCorrupted(let ctx): return "corrupted data at \(path(ctx)): \(ctx.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
