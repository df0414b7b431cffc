import AtlasCore
import AtlasData
import Foundation
import GRDB

/// The flat, queryable columns of a record: its primary values in canonical units (see
/// ``PrimaryValues``) plus the printed texts the list output shows. The full record travels in
/// the `document` column.
struct RecordColumns {
    static let names = [
        "id", "origin", "import_file", "imported_at", "electrolyte", "composition", "family", "class",
        "method_printed", "method_primary", "conditions", "structure", "structure_detail", "cell", "anode",
        "electrolyte_layer", "cathode", "conductivity", "thickness", "cathode_thickness", "capacity_raw",
        "capacity_value", "capacity_unit", "capacity_kind", "capacity_areal", "capacity_volumetric",
        "capacity_specific", "capacity_charge", "voltage_min", "voltage_max", "current_raw", "c_rate",
        "current_density", "current_abs", "current_specific", "cycles", "retention", "ref", "citation", "doi",
        "duplicate_key", "document",
    ]

    static let insertSQL =
        "INSERT INTO record (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))"

    /// Values in ``names`` order, as the arguments of ``insertSQL``.
    static func values(_ record: MicrobatteryRecord, origin: RecordOrigin) -> StatementArguments {
        let p = record.primary
        let cell = record.primaryCell
        var importFile: String? = nil
        var importedAt: Double? = nil
        if case .imported(let file, let at) = origin {
            importFile = file
            importedAt = at.timeIntervalSince1970
        }
        let capacity = p.capacity
        let capacityQuantity = capacity?.quantity
        let values: [(any DatabaseValueConvertible)?] = [
            record.id, origin.name, importFile, importedAt, record.electrolyte, record.composition,
            record.family.rawValue, record.electrolyteClass.rawValue, record.methodPrinted,
            record.methods.first?.rawValue, record.conditions, record.structure.architecture?.rawValue,
            record.structure.detail, cell?.printed, cell?.anode, cell?.electrolyte, cell?.cathode, p.conductivity,
            p.electrolyteThickness, p.cathodeThickness, capacity?.printed, capacityQuantity?.representative.magnitude,
            capacityQuantity.map { $0.unit.description }, capacity?.kind?.name, p.capacityAreal, p.capacityVolumetric,
            p.capacitySpecific, p.capacityCharge, p.voltageMin, p.voltageMax, p.current?.printed, p.cRate,
            p.currentDensity, p.currentAbsolute, p.currentSpecific, p.cycles, p.retention, record.ref, record.citation,
            record.doi, duplicateKey(record), RecordDocument.encode(record),
        ]
        return StatementArguments(values)
    }

    /// Records with the same printed cell and the same source are duplicates.
    static func duplicateKey(_ record: MicrobatteryRecord) -> String {
        let cell = (record.primaryCell?.printed ?? record.electrolyte).lowercased().filter { !$0.isWhitespace }
        let source =
            record.ref.map { "ref:\($0)" } ?? record.doi.map { "doi:\($0.lowercased())" }
            ?? "cite:" + (record.citation ?? "").lowercased().filter { !$0.isWhitespace }
        return cell + "|" + source
    }
}
