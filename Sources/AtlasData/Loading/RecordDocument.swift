import AtlasCore
import Foundation

/// A record as one JSON document in the shape of a `table2.json` entry: the store keeps every
/// record this way so that nothing printed is lost, and reads it back through the same validation.
public enum RecordDocument {
    /// Compact, key-sorted JSON of `record`.
    public static func encode(_ record: MicrobatteryRecord) -> Data {
        DocumentWriter.encode(entry(record))
    }

    /// Decodes and validates a document written by ``encode(_:)``.
    public static func decode(_ data: Data) throws -> MicrobatteryRecord {
        let entry: Table2File.Entry
        do {
            entry = try JSONDecoder().decode(Table2File.Entry.self, from: data)
        } catch {
            throw DatasetError(file: "record document", location: "", reason: JSONErrors.describe(error))
        }
        return try Table2Loader.record(from: entry)
    }

    static func entry(_ r: MicrobatteryRecord) -> Table2File.Entry {
        func items(_ cells: [ReportedCell]) -> [Table2File.Item] {
            cells.map {
                .init(
                    printed: $0.printed, value: $0.parsedFrom, condition: $0.condition, variant: $0.variant,
                    source: $0.provenance == .table ? nil : $0.provenance.rawValue, prose: $0.prose)
            }
        }
        return Table2File.Entry(
            id: r.id, electrolyte: r.electrolyte, composition: r.composition, family: r.family.rawValue,
            class: r.electrolyteClass.rawValue, variants: r.variants.isEmpty ? nil : r.variants,
            method: .init(printed: r.methodPrinted, ids: r.methods.map(\.rawValue), source: r.methodSource),
            conditions: r.conditions,
            electrolyte_thickness: r.electrolyteThickness.isEmpty ? nil : items(r.electrolyteThickness),
            cathode_thickness: r.cathodeThickness.isEmpty ? nil : items(r.cathodeThickness),
            conductivity: items(r.conductivity), cells: r.cells,
            structure: .init(
                printed: r.structure.printed, architecture: r.structure.architecture?.rawValue,
                detail: r.structure.detail, source: r.structure.source),
            capacity: items(r.capacity), voltage: items(r.voltage), current: items(r.current),
            cycles: items(r.cycles), retention: items(r.retention), ref: r.ref, citation: r.citation, doi: r.doi,
            notes: r.notes)
    }
}
