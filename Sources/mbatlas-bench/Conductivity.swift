import ArgumentParser
import AtlasAnalysis
import AtlasData
import AtlasStore
import Foundation

extension Bench {
    /// Times what the conductivity benchmark of BENCHMARKS.md measures, in one process: read both
    /// data sets (OBELiX bundled, Liverpool from PATH), write them into a new store, read every
    /// measurement back, and fit every series with ≥ 3 temperatures.
    struct ConductivityBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conductivity", abstract: "Time importing OBELiX and the Liverpool set and fitting every composition.")
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
                _ = try store.replaceMeasurements(of: .liverpool(file: "LiIonDatabase.csv", at: Date()), with: table.measurements)
                let all = try store.measurements(MeasurementQuery()).map(\.measurement)
                let fits = SeriesFit.all(all)
                times.append(Date().timeIntervalSince(start))
                summary = "\(obelix.rowsRead) OBELiX rows + \(table.rowsRead) Liverpool rows → \(all.count) measurements in the store, \(fits.count) fits"
            }
            let sorted = times.sorted()
            print(summary)
            print("runs: " + times.map { String(format: "%.3f", $0) }.joined(separator: " ") + " s")
            print(String(format: "median %.3f s", sorted[sorted.count / 2]))
        }
    }
}
