import AtlasCore
import AtlasData
import Foundation
import Testing

@testable import AtlasStore

/// Conductivity measurements in the store: one query over the review, OBELiX and imports.
@Suite("Measurement store")
struct MeasurementStoreTests {
    static func store() throws -> SQLiteRecordStore { try SQLiteRecordStore(inMemory: true) }

    @Test("a new store holds the review's and OBELiX's 626 measurements, with both sources")
    func bundled() throws {
        let store = try Self.store()
        let sources = try store.measurementSources()
        #expect(sources.map(\.source.id) == ["review", "obelix"])
        #expect(sources[1].measurements == 626)
        #expect(sources[1].source.licence == "CC BY 4.0")
        #expect(try store.measurementCount(nil) == sources[0].measurements + 626)
        #expect(sources[0].measurements == ReviewMeasurements.all(try ReviewDataset.bundled()).count)
    }

    @Test("family = garnet and temperature between 20 C and 30 C finds garnets of every source at 20–30 °C")
    func oneQuery() throws {
        let store = try Self.store()
        let query = try MeasurementQuery(where: "family = garnet and temperature between 20 C and 30 C")
        let ms = try store.measurements(query).map(\.measurement)
        #expect(!ms.isEmpty)
        #expect(
            ms.allSatisfy {
                $0.family == .garnet && $0.temperature.canonical >= 293.15 && $0.temperature.canonical <= 303.15
            })
        #expect(Set(ms.map(\.source)) == ["review", "obelix"])
        // The review's LLZO at 30 °C is inside; OBELiX's garnets are at room temperature (25 °C).
        #expect(ms.contains { $0.source == "review" && $0.compositionPrinted == "LLZO" })
        // Kelvin and °C give the same rows.
        let kelvin = try store.measurements(
            try MeasurementQuery(where: "family = garnet and temperature between 293.15 K and 303.15 K"))
        #expect(kelvin.map(\.id) == (try store.measurements(query).map(\.id)))
    }

    @Test("measurement fields are their own catalogue: record-only fields are refused with a hint")
    func catalogue() throws {
        #expect(throws: QueryError.self) { try MeasurementQuery(where: "cycles > 10") }
        do {
            _ = try MeasurementQuery(where: "temprature > 300")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "unknown field 'temprature' at column 1 (did you mean 'temperature'?)")
        }
        do {
            _ = try MeasurementQuery(where: "family = garnett")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "unknown family 'garnett' at column 10 (did you mean 'garnet'?)")
        }
        #expect(try SQLCompiler(catalogue: .measurements).compile("temperature > 25 C").arguments == [.real(298.15)])
        #expect(try SQLCompiler(catalogue: .measurements).compile("temperature < 300").arguments == [.real(300)])
        #expect(
            try SQLCompiler(catalogue: .measurements).compile("family = LISICON").arguments == [
                .text("LISICON"), .text("thio-LISICON"),
            ])
    }

    @Test("a composition is found in every source per atom (Li7La3Zr2O12 = Li14La6Zr4O24); an abbreviation by text")
    func lookup() throws {
        let store = try Self.store()
        let llzo = try store.measurements(ofComposition: "Li14La6Zr4O24")
        guard case .perAtom = llzo.method else {
            Issue.record("expected a per-atom match")
            return
        }
        #expect(llzo.measurements.count >= 5)
        #expect(llzo.measurements.allSatisfy { $0.measurement.normalizedFormula == "Li7La3Zr2O12" })
        let text = try store.measurements(ofComposition: "llzo")
        #expect(text.method == .textOnly)
        #expect(text.measurements.map(\.measurement.source) == ["review"])
    }

    @Test("importing a source replaces its earlier measurements; bundled ids are refused")
    func replace() throws {
        let store = try Self.store()
        let source = MeasurementSource(
            id: "lab", name: "lab", kind: .imported, licence: nil, attribution: "me", reference: nil, origin: nil,
            importFile: "lab.csv", importedAt: Date(timeIntervalSince1970: 0))
        let m = ConductivityMeasurement(
            source: "lab", location: "line 2", compositionPrinted: "Li6PS5Cl",
            composition: CompositionKey.parse("Li6PS5Cl"),
            family: .argyrodite, familyLabel: nil, temperature: Temperature(canonical: 300), temperatureBasis: .stated,
            conductivity: Conductivity(canonical: 2e-3))
        #expect(
            try store.replaceMeasurements(of: source, with: [m, m])
                == MeasurementWriteReport(source: "lab", written: 2, replaced: 0))
        #expect(
            try store.replaceMeasurements(of: source, with: [m])
                == MeasurementWriteReport(source: "lab", written: 1, replaced: 2))
        #expect(try store.measurementCount(try MeasurementQuery(where: "source = lab").filter) == 1)
        #expect(try store.measurementSources().last?.source.importFile == "lab.csv")
        let obelix = MeasurementSource(
            id: "obelix", name: "x", kind: .imported, licence: nil, attribution: "x", reference: nil, origin: nil)
        #expect(throws: DatasetError.self) { try store.replaceMeasurements(of: obelix, with: []) }
        #expect(try store.deleteMeasurementSource("lab") == 1)
        #expect(throws: DatasetError.self) { try store.deleteMeasurementSource("review") }
    }

    @Test("every write of measurements changes the data version once; reads do not")
    func dataVersionFollowsMeasurements() throws {
        let store = try Self.store()
        let source = MeasurementSource(
            id: "lab", name: "lab", kind: .imported, licence: nil, attribution: "me", reference: nil, origin: nil)
        let m = ConductivityMeasurement(
            source: "lab", location: "line 2", compositionPrinted: "LiF", family: .halide, familyLabel: nil,
            temperature: .roomTemperature, temperatureBasis: .assumedRoomTemperature,
            conductivity: Conductivity(canonical: 1e-14))
        let v0 = try #require(try store.dataVersion())
        _ = try store.measurements(try MeasurementQuery(where: "source = obelix"))
        #expect(try store.dataVersion() == v0)
        _ = try store.replaceMeasurements(of: source, with: [m, m, m])
        let v1 = try #require(try store.dataVersion())
        // One bump per write, not one per row (three rows written).
        #expect(Int(v1) == Int(v0)! + 1)
        _ = try store.deleteMeasurementSource("lab")
        let v2 = try #require(try store.dataVersion())
        #expect(Int(v2) == Int(v1)! + 1)
    }

    @Test("imported measurements survive a rebuild of the bundled data")
    func survivesRebuild() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-\(UUID().uuidString).sqlite")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = MeasurementSource(
            id: "lab", name: "lab", kind: .imported, licence: nil, attribution: "me", reference: nil, origin: nil)
        let m = ConductivityMeasurement(
            source: "lab", location: "line 2", compositionPrinted: "LiF", family: .halide, familyLabel: nil,
            temperature: .roomTemperature, temperatureBasis: .assumedRoomTemperature,
            conductivity: Conductivity(canonical: 1e-14))
        do {
            let store = try SQLiteRecordStore(path: path)
            _ = try store.replaceMeasurements(of: source, with: [m])
            try store.writer.write { db in try db.execute(sql: "UPDATE meta SET value = 'stale' WHERE key = 'bundled'")
            }
        }
        let reopened = try SQLiteRecordStore(path: path)
        #expect(try reopened.measurementSources().map(\.source.id) == ["review", "obelix", "lab"])
        #expect(try reopened.measurementCount(try MeasurementQuery(where: "source = lab").filter) == 1)
    }
}
