import AtlasData
import Foundation
import Testing

@testable import AtlasStore

/// Imports read, check and write a file batch by batch inside one transaction.
@Suite("Streaming imports")
struct StreamingImportTests {
    /// `count` distinct, valid rows (the cell differs, so none is a duplicate of another).
    static func csv(rows count: Int, replacing: [Int: String] = [:]) -> String {
        var lines = ["electrolyte,family,structure,cell,cycles,doi"]
        for k in 1...count {
            lines.append(replacing[k] ?? "LiPON,LiPON,2D,Li/LiPON/LiCoO2 (cell \(k)),\(100 + k),10.1000/stream")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func importCSV(
        _ text: String, into store: SQLiteRecordStore, batchSize: Int, dryRun: Bool = false
    ) throws -> ImportReport {
        try store.importRecords(options: .init(dryRun: dryRun, sourceName: "s.csv")) { add in
            try RecordInterchange.candidateBatches(csv: text, batchSize: batchSize) { candidates, rejected, fileError in
                try add(candidates, rejected + (fileError.map { [$0] } ?? []))
            }
        }
    }

    @Test("a file read in many small batches is written whole, with ids in file order")
    func manyBatches() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let report = try Self.importCSV(Self.csv(rows: 25), into: store, batchSize: 4)
        #expect(report.succeeded && report.accepted == 25)
        #expect(report.written == Array(1001...1025))
        let cycles = try store.records(try RecordQuery(where: "origin = import", sort: ["cycles"])).map {
            $0.record.primary.cycles
        }
        #expect(cycles == (1...25).map { 100 + $0 })
    }

    @Test("bad rows late in the file, in later batches, leave nothing written and are all reported in line order")
    func lateRejectionsRollBack() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let before = try store.count(nil)
        let text = Self.csv(
            rows: 25,
            replacing: [
                23: "LiPON,ceramic,2D,Li/LiPON/LiCoO2 (bad family),5,10.1000/stream",
                7: "LiPON,LiPON,2D,Li/LiPON/LiCoO2 (cell 6),106,10.1000/stream",
            ])
        let report = try Self.importCSV(text, into: store, batchSize: 4)
        #expect(!report.succeeded && report.written.isEmpty)
        #expect(report.rejected.map(\.line) == [8, 24])
        #expect(report.rejected[0].reason.hasPrefix("duplicate of an earlier row"))
        #expect(report.accepted == 23)
        #expect(try store.count(nil) == before)
    }

    @Test("an unterminated quote at the end of a file rolls back the batches already written")
    func fileErrorAfterBatches() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let before = try store.count(nil)
        let report = try Self.importCSV(Self.csv(rows: 12) + "\"LiPON,LiPON\n", into: store, batchSize: 5)
        #expect(report.rejected.map(\.description) == ["14:1: unterminated quoted field"])
        #expect(report.written.isEmpty)
        #expect(report.accepted == 12, "every batch before the unreadable part is still checked")
        #expect(try store.count(nil) == before)
    }

    @Test("reading in batches gives the same candidates and rejections as reading at once")
    func batchesEqualWhole() {
        let text = Self.csv(rows: 17, replacing: [5: "LiPON,LiPON,2D", 11: "X,ceramic,2D,a/b/c,1,10.1/x"])
        let whole = RecordInterchange.candidates(csv: text)
        var lines: [Int] = []
        var rejected: [String] = []
        RecordInterchange.candidateBatches(csv: text, batchSize: 3) { candidates, rejections, fileError in
            lines += candidates.map(\.line)
            rejected += rejections.map(\.description)
            #expect(fileError == nil)
        }
        #expect(lines == whole.candidates.map(\.line))
        #expect(rejected == whole.rejected.map(\.description))
        #expect(rejected.count == 2)
    }
}
