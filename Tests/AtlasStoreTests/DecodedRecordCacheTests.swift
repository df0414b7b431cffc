import AtlasCore
import AtlasData
import Foundation
import Testing

@testable import AtlasStore

@Suite("Decoded record cache")
struct DecodedRecordCacheTests {
    @Test("unchanged bytes are decoded once; changed bytes for the same id are decoded again")
    func decodesOnlyChangedDocuments() throws {
        let cache = DecodedRecordCache(capacity: 10)
        let review = try ReviewDataset.bundled()
        let a = RecordDocument.encode(review.records[0])
        let b = RecordDocument.encode(review.records[1])
        var decodes = 0
        let decode: (Data) throws -> MicrobatteryRecord = {
            decodes += 1
            return try RecordDocument.decode($0)
        }
        #expect(try cache.record(id: 1, document: a, decode: decode) == review.records[0])
        #expect(try cache.record(id: 1, document: a, decode: decode) == review.records[0])
        #expect(decodes == 1)
        // Same id, other bytes (the record was rewritten): never the stale record.
        #expect(try cache.record(id: 1, document: b, decode: decode) == review.records[1])
        #expect(decodes == 2)
    }

    @Test("a full cache starts over instead of growing")
    func bounded() throws {
        let cache = DecodedRecordCache(capacity: 2)
        let review = try ReviewDataset.bundled()
        var decodes = 0
        let decode: (Data) throws -> MicrobatteryRecord = {
            decodes += 1
            return try RecordDocument.decode($0)
        }
        for id in 1...3 {
            _ = try cache.record(id: id, document: RecordDocument.encode(review.records[id - 1]), decode: decode)
        }
        _ = try cache.record(id: 1, document: RecordDocument.encode(review.records[0]), decode: decode)
        #expect(decodes == 4)
    }

    @Test("a store reading an id whose record was replaced by another writer returns the new record")
    func storeNeverServesStaleRecords() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("atlas.sqlite").path
        let reader = try SQLiteRecordStore(path: path)
        let writer = try SQLiteRecordStore(path: path)
        func importOne(_ name: String) throws -> Int {
            let csv = "id,electrolyte,family,structure,cell,ref\n1001,\(name),LiPON,2D,Li/LiPON/LiCoO2 (cache),56\n"
            let parsed = RecordInterchange.candidates(csv: csv)
            return try #require(
                try writer.importRecords(parsed.candidates, options: .init(sourceName: "t.csv")).written.first)
        }
        let id = try importOne("first")
        #expect(try reader.record(id: id)?.record.electrolyte == "first")
        _ = try writer.deleteImported()
        #expect(try importOne("second") == id)
        #expect(try reader.record(id: id)?.record.electrolyte == "second")
        #expect(try reader.records(try RecordQuery(where: "origin = import")).map(\.record.electrolyte) == ["second"])
    }
}

@Suite("Store data version")
struct DataVersionTests {
    @Test(
        "the data version changes with every import or deletion of records or measurements, from this store or another one on the file"
    )
    func changesWithWrites() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("version-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("atlas.sqlite").path
        let reader = try SQLiteRecordStore(path: path)
        let writer = try SQLiteRecordStore(path: path)
        let v0 = try #require(try reader.dataVersion())
        #expect(try reader.dataVersion() == v0)
        let csv = "electrolyte,family,structure,cell,ref\nX,LiPON,2D,Li/LiPON/LiCoO2 (version),56\n"
        _ = try writer.importRecords(
            RecordInterchange.candidates(csv: csv).candidates, options: .init(sourceName: "v.csv"))
        let v1 = try #require(try reader.dataVersion())
        #expect(v1 != v0)
        _ = try writer.importRecords(
            RecordInterchange.candidates(csv: csv).candidates,
            options: .init(dryRun: true, allowDuplicates: true, sourceName: "v.csv"))
        #expect(try reader.dataVersion() == v1, "a dry run writes nothing")
        _ = try reader.deleteImported()
        let v2 = try #require(try reader.dataVersion())
        #expect(v2 != v1)
        #expect(try reader.deleteImported() == 0)
        #expect(try reader.dataVersion() == v2, "deleting nothing changes nothing")
        let source = MeasurementSource(
            id: "lab", name: "lab", kind: .imported, licence: nil, attribution: "me", reference: nil, origin: nil,
            importFile: "lab.csv", importedAt: Date(timeIntervalSince1970: 0))
        let lab = ConductivityMeasurement(
            source: "lab", location: "line 2", compositionPrinted: "Li6PS5Cl",
            composition: CompositionKey.parse("Li6PS5Cl"),
            family: .argyrodite, familyLabel: nil, temperature: Temperature(canonical: 300), temperatureBasis: .stated,
            conductivity: Conductivity(canonical: 2e-3))
        _ = try writer.replaceMeasurements(of: source, with: [lab])
        let v3 = try #require(try reader.dataVersion())
        #expect(v3 != v2)
        _ = try writer.deleteMeasurementSource("lab")
        #expect(try reader.dataVersion() != v3)
    }
}
