import ArgumentParser
import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasStore
import Foundation

/// Benchmark helpers for BENCHMARKS.md: a synthetic store of N records, a CSV of N importable
/// rows, and in-process query timing. Not part of the product.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mbatlas-bench",
        abstract: "Generate synthetic data and time the store (see BENCHMARKS.md).",
        subcommands: [Synth.self, SynthCSV.self, Query.self, ConductivityBench.self])
}

/// Deterministic pseudo-random numbers (SplitMix64), so generated data is reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A variation of a review record: same shape, new id, perturbed conductivity, cycles and retention.
func synthetic(_ base: MicrobatteryRecord, id: Int, rng: inout SplitMix) throws -> MicrobatteryRecord {
    let sigma = pow(10, Double.random(in: -9 ... -2, using: &rng))
    let cycles = Int.random(in: 1...10_000, using: &rng)
    let retention = (Double.random(in: 10...100, using: &rng) * 10).rounded() / 10
    func cell(_ text: String, _ column: MicrobatteryRecord.QuantityColumn) throws -> ReportedCell {
        let value = try ReportedValue.parse(text)
        return ReportedCell(
            printed: text, value: value,
            kind: try ColumnKinds.kind(of: value, in: column, text: text, file: "", location: ""))
    }
    return MicrobatteryRecord(
        id: id, electrolyte: base.electrolyte + " #\(id)", composition: base.composition, family: base.family,
        variants: [], methodPrinted: base.methodPrinted, methods: base.methods, conditions: base.conditions,
        electrolyteThickness: base.electrolyteThickness, cathodeThickness: base.cathodeThickness,
        conductivity: [
            try cell(QuantityFormatter.ascii.string(from: Quantity(sigma, try Unit.parse("S/cm"))), .conductivity)
        ],
        cells: Array(base.cells.prefix(1)), structure: base.structure, capacity: Array(base.capacity.prefix(1)),
        voltage: Array(base.voltage.prefix(1)), current: Array(base.current.prefix(1)),
        cycles: [try cell(String(cycles), .cycles)], retention: [try cell("\(retention)%", .retention)],
        ref: base.ref, notes: [])
}

extension Bench {
    struct Synth: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill a new store with N synthetic records (ids from 1001) besides the review's 75.")
        @Option var count = 1_000_000
        @Option var db: String
        @Option var seed: UInt64 = 2021

        func run() throws {
            if FileManager.default.fileExists(atPath: db) { throw ValidationError("\(db) exists; give a new path") }
            let store = try SQLiteRecordStore(path: db)
            let review = try ReviewDataset.bundled()
            var rng = SplitMix(state: seed)
            let start = Date()
            let batch = 50_000
            var next = SQLiteRecordStore.firstImportedID
            while next < SQLiteRecordStore.firstImportedID + count {
                let end = min(next + batch, SQLiteRecordStore.firstImportedID + count)
                var records: [MicrobatteryRecord] = []
                for id in next..<end {
                    records.append(try synthetic(review.records[id % review.records.count], id: id, rng: &rng))
                }
                try store.insertSynthetic(records)
                next = end
                FileHandle.standardError.write(Data("\r\(next - SQLiteRecordStore.firstImportedID)/\(count)".utf8))
            }
            print("\n\(count) records in \(String(format: "%.1f", Date().timeIntervalSince(start))) s → \(db)")
        }
    }

    struct SynthCSV: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "synth-csv", abstract: "Write N importable CSV rows (the export format) to stdout.")
        @Option var count = 100_000
        @Option var seed: UInt64 = 7

        func run() throws {
            let review = try ReviewDataset.bundled()
            var rng = SplitMix(state: seed)
            var records: [StoredRecord] = []
            for i in 0..<count {
                var r = try synthetic(
                    review.records[i % review.records.count], id: SQLiteRecordStore.firstImportedID + i, rng: &rng)
                // New, distinct sources so the rows are not duplicates of each other or the review.
                r = MicrobatteryRecord(
                    id: r.id, electrolyte: r.electrolyte, composition: r.composition, family: r.family, variants: [],
                    methodPrinted: r.methodPrinted, methods: r.methods, conditions: r.conditions,
                    electrolyteThickness: r.electrolyteThickness, conductivity: r.conductivity, cells: r.cells,
                    structure: r.structure, capacity: r.capacity, voltage: r.voltage, current: r.current,
                    cycles: r.cycles,
                    retention: r.retention, ref: nil, doi: "10.5555/synthetic.\(i)", notes: [])
                records.append(
                    StoredRecord(record: r, origin: .imported(file: "synthetic", at: Date(timeIntervalSince1970: 0))))
            }
            FileHandle.standardOutput.write(Data(RecordInterchange.csv(records).utf8))
        }
    }

    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time a --where query in-process: median of N runs (count and first 100 rows).")
        @Option var db: String
        @Option(name: .customLong("where")) var filter: String
        @Option var repeats = 21

        func run() throws {
            let store = try SQLiteRecordStore(path: db)
            let query = try RecordQuery(where: filter, limit: 100)
            var times: [Double] = []
            var matched = 0
            for _ in 0..<repeats {
                let t0 = DispatchTime.now().uptimeNanoseconds
                matched = try store.count(query.filter)
                _ = try store.summaries(query)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            }
            times.sort()
            print(
                String(
                    format: "%@: %d matches; median %.2f ms (min %.2f, max %.2f) over %d runs", filter, matched,
                    times[times.count / 2], times[0], times[times.count - 1], repeats))
        }
    }
}

extension Bench {
    /// Times what the conductivity benchmark of BENCHMARKS.md measures, in one process: read both
    /// data sets (OBELiX bundled, Liverpool from PATH), write them into a new store, read every
    /// measurement back, and fit every series with ≥ 3 temperatures.
    struct ConductivityBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conductivity",
            abstract: "Time importing OBELiX and the Liverpool set and fitting every composition.")
        @Option(help: "The Liverpool Ionics Dataset (LiIonDatabase.csv).") var liverpool: String
        @Option(help: "Runs; the median is reported.") var runs = 7

        func run() throws {
            let text = try String(contentsOfFile: liverpool, encoding: .utf8)
            var times: [Double] = []
            var summary = ""
            for _ in 0..<runs {
                let start = Date()
                let obelix = try OBELiXDataset.bundled()
                let table = try LiverpoolDataset.read(csv: text, file: liverpool)
                let store = try SQLiteRecordStore(inMemory: true)  // builds the review and OBELiX measurements
                _ = try store.replaceMeasurements(
                    of: .liverpool(file: "LiIonDatabase.csv", at: Date()), with: table.measurements)
                let all = try store.measurements(MeasurementQuery()).map(\.measurement)
                let fits = SeriesFit.all(all)
                times.append(Date().timeIntervalSince(start))
                summary =
                    "\(obelix.rowsRead) OBELiX rows + \(table.rowsRead) Liverpool rows → \(all.count) measurements in the store, \(fits.count) fits"
            }
            let sorted = times.sorted()
            print(summary)
            print("runs: " + times.map { String(format: "%.3f", $0) }.joined(separator: " ") + " s")
            print(String(format: "median %.3f s", sorted[sorted.count / 2]))
        }
    }
}
