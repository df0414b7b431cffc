import AtlasCore
import AtlasData
import Foundation
import Testing

@testable import AtlasStore

/// Queries against the bundled review, with expected counts computed from the dataset itself.
@Suite("SQLite store on the bundled review")
struct StoreQueryTests {
    static let review = Result { try ReviewDataset.bundled() }
    static let store = Result { try SQLiteRecordStore(inMemory: true) }

    func ids(_ text: String) throws -> [Int] {
        try Self.store.get().records(RecordQuery(where: text)).map(\.id)
    }

    func expected(_ predicate: (MicrobatteryRecord) -> Bool) throws -> [Int] {
        try Self.review.get().records.filter(predicate).map(\.id)
    }

    @Test("the store holds all 75 records and 310 references")
    func counts() throws {
        let store = try Self.store.get()
        #expect(try store.count(nil) == 75)
        #expect(try store.references().count == 310)
        #expect(try store.reference(56)?.authors.first == "J. B. Bates")
    }

    @Test("3D cells with an electrolyte above 1 µS/cm")
    func threeDConductive() throws {
        let want = try expected {
            $0.structure.architecture == .threeDimensional && ($0.primary.conductivity ?? 0) >= 1e-6
        }
        #expect(try ids("structure = 3D and conductivity >= 1 uS/cm") == want)
        #expect(!want.isEmpty)
    }

    @Test("LiPON (and its variants) made by anything but sputtering")
    func liponNotSputtered() throws {
        let want = try expected {
            [.lipon, .liponb, .lisipon, .lipwon].contains($0.family) && !$0.methods.isEmpty
                && !$0.methods.contains(.rfSputtering)
        }
        #expect(try ids("family = LiPON and method != rf-sputtering") == want)
        #expect(try ids("family = LiPON and method != \"RF MS\"") == want)
        #expect(want.count >= 5)
    }

    @Test("over 500 cycles with at least 90 % retention")
    func longLived() throws {
        let want = try expected { ($0.primary.cycles ?? 0) > 500 && ($0.primary.retention ?? 0) >= 90 }
        #expect(try ids("cycles > 500 and retention >= 90 %") == want)
        #expect(try ids("cycles > 500 and retention >= 90") == want)
    }

    @Test("a capacity printed in µA h does not match an areal-capacity question and shows as NA")
    func incompatibleCapacity() throws {
        let areal = try ids("capacity_areal >= 0 uAh/cm2")
        #expect(!areal.contains(1))  // entry 1 prints 150 μA h
        let na = try ids("capacity_areal is na")
        #expect(na.contains(1) && na.contains(2) && na.contains(53))
        #expect(Set(areal).isDisjoint(with: na))
        #expect(areal.count + na.count == 75)
    }

    @Test("families, classes and methods by vocabulary")
    func vocabularies() throws {
        #expect(try ids("family in (garnet, NASICON)") == expected { [.garnet, .nasicon].contains($0.family) })
        #expect(try ids("class = polymer") == expected { $0.electrolyteClass == .polymer })
        #expect(try ids("method = ALD") == expected { $0.methods.contains(.ald) })
        #expect(
            try ids("cathode ~ LiCoO2") == expected { $0.primaryCell?.cathode?.lowercased().contains("licoo2") == true }
        )
        #expect(try ids("anode = Li") == expected { $0.primaryCell?.anode?.lowercased() == "li" })
        #expect(try ids("ref = 230") == expected { $0.ref == 230 })
    }

    @Test("thickness compares electrolyte thickness in µm")
    func thickness() throws {
        let want = try expected { ($0.primary.electrolyteThickness ?? .infinity) < 2 }
        #expect(try ids("thickness < 2 um") == want)
        #expect(try ids("thickness < 2000 nm") == want)
    }

    @Test("an injection attempt is matched literally and finds nothing")
    func injection() throws {
        #expect(try ids("electrolyte ~ \"x' or 1=1 --\"").isEmpty)
        #expect(try Self.store.get().count(nil) == 75)
    }

    @Test("sorting puts records without a value last")
    func sorting() throws {
        let store = try Self.store.get()
        let sorted = try store.summaries(RecordQuery(where: "class = glass", sort: ["cycles:desc"]))
        let cycles = sorted.map(\.cycles)
        let known = cycles.compactMap { $0 }
        #expect(known == known.sorted(by: >))
        #expect(cycles.drop(while: { $0 != nil }).allSatisfy { $0 == nil })
        #expect(sorted.first?.cycles == 10_000)
    }

    @Test("limit and offset page through the results")
    func paging() throws {
        let store = try Self.store.get()
        let page = try store.summaries(RecordQuery(where: nil, limit: 10, offset: 20)).map(\.id)
        #expect(page == Array(21...30))
    }
}

@Suite("Import and export")
struct ImportExportTests {
    @Test("export → import into an empty store → export gives the same bytes (CSV and JSON)")
    func roundTrip() throws {
        let source = try SQLiteRecordStore(inMemory: true)
        let records = try source.records(RecordQuery(where: nil))
        for format in ["csv", "json"] {
            let first = format == "csv" ? RecordInterchange.csv(records) : RecordInterchange.json(records)
            let empty = try SQLiteRecordStore(inMemory: false)
            #expect(try empty.count(nil) == 0)
            let parsed =
                format == "csv" ? RecordInterchange.candidates(csv: first) : RecordInterchange.candidates(json: first)
            #expect(parsed.rejected.isEmpty, "\(parsed.rejected.prefix(3))")
            let report = try empty.importRecords(parsed.candidates, options: .init(sourceName: "export.\(format)"))
            #expect(report.succeeded && report.written.count == 75, "\(report.rejected.prefix(3))")
            let again = try empty.records(RecordQuery(where: nil))
            let second = format == "csv" ? RecordInterchange.csv(again) : RecordInterchange.json(again)
            #expect(second == first)
        }
    }

    static let goodCSV = """
        electrolyte,family,structure,cell,conductivity_raw,capacity_raw,voltage_raw,current_raw,cycles,retention_raw,method,doi
        LiPON,LiPON,3D,Li/LiPON/LiCoO2,2.5 uS/cm,120 uAh/cm2,3-4.2 V,1C,300,95%,ALD,10.1000/example.1
        Li3PO4,Li3PO4,2D,Li/Li3PO4/LiMn2O4,0.5 µS cm⁻¹,55 μA h cm⁻² μm⁻¹,3.5–4.3 V,10 uA/cm2,120,88%,PLD,10.1000/example.2

        """

    @Test("imported records get ids from 1001, their source file, and are queryable")
    func importGood() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let parsed = RecordInterchange.candidates(csv: Self.goodCSV)
        #expect(parsed.rejected.isEmpty)
        let report = try store.importRecords(parsed.candidates, options: .init(sourceName: "lab.csv"))
        #expect(report.written == [1001, 1002])
        let stored = try #require(try store.record(id: 1001))
        guard case .imported(let file, _) = stored.origin else {
            Issue.record("expected an imported record")
            return
        }
        #expect(file == "lab.csv")
        #expect(try store.records(RecordQuery(where: "origin = import and method = ALD")).map(\.id) == [1001])
        #expect(try store.count(nil) == 77)
    }

    @Test("a bad row is reported with line:column and nothing is written")
    func allOrNothing() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let csv = Self.goodCSV + "LiBON,LiBON,2D,Li/LiBON/LiCoO2,3 furlong,50 uAh/cm2,3-4 V,1C,10,90%,RF MS,10.1000/x\n"
        let parsed = RecordInterchange.candidates(csv: csv)
        #expect(
            parsed.rejected.map(\.description) == [
                "4:32: conductivity_raw: '3 furlong': unknown unit 'furlong' at column 3"
            ])
        #expect(parsed.candidates.count == 2)
        #expect(try store.count(nil) == 75)
    }

    @Test("unknown columns, broken quoting, missing fields and vocabulary errors are named")
    func badInput() {
        #expect(
            RecordInterchange.candidates(csv: "electrolyte,famly\nLiPON,LiPON\n").rejected.map(\.description)
                == ["1:13: unknown column 'famly' (did you mean 'family'?)"])
        #expect(
            RecordInterchange.candidates(csv: "electrolyte,family\n\"LiPON,LiPON\n").rejected.map(\.description)
                == ["2:1: unterminated quoted field"])
        let missing = RecordInterchange.candidates(
            csv: "electrolyte,family,structure,cell\nLiPON,LiPON,2D,Li/LiPON/LiCoO2\n")
        #expect(
            missing.rejected.map(\.description) == [
                "2:1: ref: a record needs its source: ref (review reference number), citation or doi"
            ])
        let family = RecordInterchange.candidates(csv: "electrolyte,family,structure,cell,ref\nX,ceramic,2D,a/b/c,12\n")
        #expect(family.rejected.first?.description.hasPrefix("2:3: family: unknown family 'ceramic'") == true)
        // A printed method with no known method in it would leave the record out of every `method = …`.
        let method = RecordInterchange.candidates(
            csv: "electrolyte,family,structure,cell,ref,method\nX,LiPON,2D,a/b/c,12,RF MS + laser\n")
        #expect(
            method.rejected.first?.description.hasPrefix("2:21: method: 'laser' is no known preparation method")
                == true,
            "\(method.rejected)")
        #expect(method.candidates.isEmpty)
        let short = RecordInterchange.candidates(csv: "electrolyte,family,structure\nLiPON,LiPON\n")
        #expect(short.rejected.map(\.description) == ["2:7: expected 3 fields, found 2"])
    }

    @Test("duplicates (same cell, same source) are refused unless allowed")
    func duplicates() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let csv = "electrolyte,family,structure,cell,ref,capacity_raw\nLiPON,LiPON,2D,Li/LiPON/LiCoO2,56,150 uAh\n"
        let parsed = RecordInterchange.candidates(csv: csv)
        let refused = try store.importRecords(parsed.candidates, options: .init(sourceName: "dup.csv"))
        #expect(!refused.succeeded)
        #expect(refused.rejected.first?.reason.contains("duplicate of record 1") == true)
        #expect(try store.count(nil) == 75)
        let allowed = try store.importRecords(
            parsed.candidates, options: .init(allowDuplicates: true, sourceName: "dup.csv"))
        #expect(allowed.written == [1001])
    }

    @Test("a dry run validates and writes nothing")
    func dryRun() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let parsed = RecordInterchange.candidates(csv: Self.goodCSV)
        let report = try store.importRecords(parsed.candidates, options: .init(dryRun: true, sourceName: "lab.csv"))
        #expect(report.accepted == 2 && report.written.isEmpty)
        #expect(try store.count(nil) == 75)
    }

    @Test("JSON import errors name the record's line")
    func jsonErrors() {
        let json = """
            [
              {"electrolyte": "LiPON", "family": "LiPON", "structure": "2D", "cell": "Li/LiPON/LiCoO2", "ref": 56},
              {"electrolyte": "LiPON", "family": "LiPON", "structure": "2D", "cell": "Li/LiPON/LiCoO2", "doi": "x", "voltage": "3 V"}
            ]
            """
        let parsed = RecordInterchange.candidates(json: json)
        #expect(
            parsed.rejected.map(\.description) == [
                "3:3: record 2: unknown field 'voltage' (did you mean 'voltage_raw'?)"
            ])
        #expect(
            RecordInterchange.candidates(json: "{\"a\": 1}").rejected.first?.reason
                == "expected a JSON array of record objects")
    }

    @Test("a file store survives reopening and keeps imported records across a rebuild")
    func persistence() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mbatlas-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("atlas.sqlite").path
        do {
            let store = try SQLiteRecordStore(path: path)
            _ = try store.importRecords(
                RecordInterchange.candidates(csv: Self.goodCSV).candidates, options: .init(sourceName: "lab.csv"))
            // Pretend the bundled data changed since the store was built.
            try store.writer.write { try $0.execute(sql: "UPDATE meta SET value = 'old' WHERE key = 'bundled'") }
        }
        let reopened = try SQLiteRecordStore(path: path)
        #expect(try reopened.count(nil) == 77)
        #expect(try reopened.record(id: 1002)?.record.electrolyte == "Li3PO4")
        #expect(
            try reopened.writer.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'bundled'") }
                != "old")
    }
}
