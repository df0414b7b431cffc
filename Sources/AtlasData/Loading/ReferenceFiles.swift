import AtlasCore
import Foundation

/// Loads `references.json` (schema `mbatlas.references/1`).
enum ReferencesLoader {
    static let file = "references.json"

    struct FileShape: Decodable {
        let schema: String
        let references: [Reference]
    }

    static func load(_ data: Data) throws -> [Reference] {
        let decoded: FileShape
        do {
            decoded = try JSONDecoder().decode(FileShape.self, from: data)
        } catch {
            throw DatasetError(
                file: file, location: "", reason: "not valid references JSON: \(JSONErrors.describe(error))")
        }
        guard decoded.schema == "mbatlas.references/1" else {
            throw DatasetError(
                file: file, location: "schema", reason: "expected mbatlas.references/1, found \(decoded.schema)")
        }
        for (index, ref) in decoded.references.enumerated() where ref.number != index + 1 {
            throw DatasetError(
                file: file, location: "references[\(index)]",
                reason: "expected reference \(index + 1), found \(ref.number)")
        }
        return decoded.references
    }
}

/// Loads `table1.json` (schema `mbatlas.table1/1`).
enum Table1Loader {
    static let file = "table1.json"

    struct FileShape: Decodable {
        let schema: String
        let refs: [Int]
        let entries: [Entry]
    }

    struct Entry: Decodable {
        let number: Int
        let manufacturer: String
        let chain: ChainDTO
        let specifications: SpecsDTO
    }

    struct ChainDTO: Decodable {
        let printed: String
        let product: String?
        let cathode: String?
        let electrolyte: String?
        let anode: String?
        let note: String?
    }

    struct SpecsDTO: Decodable {
        let printed: String
        let values: [ValueDTO]
    }

    struct ValueDTO: Decodable {
        let kind: String
        let printed: String
        /// The text to parse when the printed text lacks something (Varta's unitless "3.7").
        let value: String?
        let note: String?
    }

    static func load(_ data: Data) throws -> (refs: [Int], cells: [CommercialCell]) {
        let decoded: FileShape
        do {
            decoded = try JSONDecoder().decode(FileShape.self, from: data)
        } catch {
            throw DatasetError(file: file, location: "", reason: "not valid table1 JSON: \(JSONErrors.describe(error))")
        }
        guard decoded.schema == "mbatlas.table1/1" else {
            throw DatasetError(
                file: file, location: "schema", reason: "expected mbatlas.table1/1, found \(decoded.schema)")
        }
        let cells = try decoded.entries.map { e -> CommercialCell in
            let specs = try e.specifications.values.enumerated().map { index, v -> CommercialCell.Specification in
                let location = "entry \(e.number), specifications[\(index)]"
                guard let kind = CommercialCell.Specification.Kind(rawValue: v.kind) else {
                    throw DatasetError(file: file, location: location, reason: "unknown kind '\(v.kind)'")
                }
                var value: ReportedValue? = nil
                if kind != .other {
                    do {
                        value = try ReportedValue.parse(v.value ?? v.printed)
                    } catch let error as CoreError {
                        throw DatasetError(
                            file: file, location: location, reason: "'\(v.value ?? v.printed)': \(error.message)")
                    }
                    try check(value!, kind: kind, text: v.value ?? v.printed, location: location)
                }
                return .init(kind: kind, printed: v.printed, value: value, note: v.note)
            }
            let c = e.chain
            return CommercialCell(
                number: e.number, manufacturer: e.manufacturer,
                chain: .init(
                    printed: c.printed, product: c.product, cathode: c.cathode, electrolyte: c.electrolyte,
                    anode: c.anode, note: c.note),
                specificationsPrinted: e.specifications.printed, specifications: specs)
        }
        return (decoded.refs, cells)
    }

    private static func check(
        _ value: ReportedValue, kind: CommercialCell.Specification.Kind, text: String, location: String
    ) throws {
        guard case .quantity(let q) = value else { return }
        let accepted: [QuantityKind]
        switch kind {
        case .capacity: accepted = [.charge, .arealCapacity, .volumetricCapacity, .specificCapacity]
        case .cycles: accepted = [.count]
        case .voltage: accepted = [.voltage]
        case .thickness: accepted = [.length]
        case .current: accepted = [.current]
        case .other: return
        }
        guard accepted.contains(where: { $0.accepts(q.unit) }) else {
            throw DatasetError(file: file, location: location, reason: "'\(text)' is not a \(kind.rawValue)")
        }
    }
}
