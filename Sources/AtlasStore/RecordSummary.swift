import AtlasCore
import AtlasData
import Foundation
import GRDB

/// One record as the list, the export and the JSON API show it: primary values in canonical
/// units beside the printed texts. Read straight from the store's columns (no document decoding),
/// so listing a million records stays fast.
public struct RecordSummary: Hashable, Sendable, Identifiable {
    public var id: Int
    public var electrolyte: String
    public var composition: String?
    public var family: String
    public var electrolyteClass: String
    public var method: String?
    public var methods: [String]
    public var conditions: String?
    /// S cm⁻¹.
    public var conductivity: Double?
    /// µm.
    public var thickness: Double?
    public var cell: String?
    public var anode: String?
    public var cathode: String?
    /// "2D" or "3D".
    public var structure: String?
    public var structureDetail: String?
    public var capacityRaw: String?
    public var capacityValue: Double?
    public var capacityUnit: String?
    public var capacityKind: String?
    public var capacityAreal: Double?
    public var capacityVolumetric: Double?
    public var capacitySpecific: Double?
    public var voltageMin: Double?
    public var voltageMax: Double?
    public var currentRaw: String?
    public var cRate: Double?
    public var cycles: Int?
    /// %.
    public var retention: Double?
    public var ref: Int?
    public var citation: String?
    public var doi: String?
    public var origin: String
    public var importFile: String?

    static let selectColumns = """
        record.id, record.electrolyte, record.composition, record.family, record.class, record.method_printed,
        (SELECT group_concat(method, ',') FROM (SELECT method FROM record_method WHERE record_id = record.id ORDER BY position)) AS methods,
        record.conditions, record.conductivity, record.thickness, record.cell, record.anode, record.cathode,
        record.structure, record.structure_detail, record.capacity_raw, record.capacity_value, record.capacity_unit,
        record.capacity_kind, record.capacity_areal, record.capacity_volumetric, record.capacity_specific,
        record.voltage_min, record.voltage_max, record.current_raw, record.c_rate, record.cycles, record.retention,
        record.ref, record.citation, record.doi, record.origin, record.import_file
        """

    init(row: Row) {
        id = row[0]
        electrolyte = row[1]
        composition = row[2]
        family = row[3]
        electrolyteClass = row[4]
        method = row[5]
        methods = (row[6] as String?)?.split(separator: ",").map(String.init) ?? []
        conditions = row[7]
        conductivity = row[8]
        thickness = row[9]
        cell = row[10]
        anode = row[11]
        cathode = row[12]
        structure = row[13]
        structureDetail = row[14]
        capacityRaw = row[15]
        capacityValue = row[16]
        capacityUnit = row[17]
        capacityKind = row[18]
        capacityAreal = row[19]
        capacityVolumetric = row[20]
        capacitySpecific = row[21]
        voltageMin = row[22]
        voltageMax = row[23]
        currentRaw = row[24]
        cRate = row[25]
        cycles = row[26]
        retention = row[27]
        ref = row[28]
        citation = row[29]
        doi = row[30]
        origin = row[31]
        importFile = row[32]
    }

    /// The summary of a record without going through the store.
    public init(_ stored: StoredRecord) {
        let r = stored.record
        let p = r.primary
        id = r.id
        electrolyte = r.electrolyte
        composition = r.composition
        family = r.family.rawValue
        electrolyteClass = r.electrolyteClass.rawValue
        method = r.methodPrinted
        methods = r.methods.map(\.rawValue)
        conditions = r.conditions
        conductivity = p.conductivity
        thickness = p.electrolyteThickness
        cell = r.primaryCell?.printed
        anode = r.primaryCell?.anode
        cathode = r.primaryCell?.cathode
        structure = r.structure.architecture?.rawValue
        structureDetail = r.structure.detail
        capacityRaw = p.capacity?.printed
        capacityValue = p.capacity?.quantity?.representative.magnitude
        capacityUnit = p.capacity?.quantity?.unit.description
        capacityKind = p.capacity?.kind?.name
        capacityAreal = p.capacityAreal
        capacityVolumetric = p.capacityVolumetric
        capacitySpecific = p.capacitySpecific
        voltageMin = p.voltageMin
        voltageMax = p.voltageMax
        currentRaw = p.current?.printed
        cRate = p.cRate
        cycles = p.cycles
        retention = p.retention
        ref = r.ref
        citation = r.citation
        doi = r.doi
        origin = stored.origin.name
        if case .imported(let file, _) = stored.origin { importFile = file }
    }
}

extension RecordStore {
    /// Summaries of the records matching `query`. Stores that can read flat columns directly
    /// override this; the default decodes the records.
    public func summaries(_ query: RecordQuery) throws -> [RecordSummary] {
        try records(query).map(RecordSummary.init)
    }
}
