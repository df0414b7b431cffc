import AtlasCore
import Foundation
import Testing

@testable import AtlasPhysics

@Suite("Rate sweeps, design files and design sweeps")
struct SweepTests {
    @Test("a Ragone curve loses energy and gains power as the rate rises")
    func ragoneShape() throws {
        let curve = try RagoneCurve(model: CellModel(.defaultThinFilm), rates: RagoneCurve.standardRates)
        #expect(curve.points.count == 8)
        for (a, b) in zip(curve.points, curve.points.dropFirst()) {
            #expect(b.energy < a.energy)
            #expect(b.power > a.power)
        }
        // Each point is a discharge at that rate.
        let one = ConstantCurrentDischarge(model: try CellModel(design(rate: 1))).summary()
        #expect(abs(curve.points[2].energy.si / one.energy.si - 1) < 1e-12)
        #expect(throws: SimulationError.self) { try RagoneCurve(model: CellModel(.defaultThinFilm), rates: [1, -2]) }
    }

    @Test(
        "a design file sets parameters by CLI name, applies the cathode before its overrides, and rejects unknown keys")
    func designFile() throws {
        let json = #"{"x0": 0.6, "cathode": "LiCoO2", "cathode-thickness": "4.2 um", "rate": 2, "name": "thick"}"#
        let file = try DesignFile(data: Data(json.utf8))
        #expect(file.name == "thick")
        #expect(file.settings.map(\.key) == ["cathode", "cathode-thickness", "x0", "rate"])
        let model = try CellModel(file.design())
        #expect(model.initialStoichiometry == 0.6)
        #expect(abs(model.thickness - 4.2e-6) < 1e-18)
        #expect(abs(model.currentDensity / model.oneCCurrentDensity - 2) < 1e-12)
        #expect(throws: SimulationError.unknownParameter("cathode_thickness")) {
            try DesignFile(data: Data(#"{"cathode_thickness": "1um"}"#.utf8))
        }
        #expect(throws: SimulationError.self) { try DesignFile(data: Data("[1, 2]".utf8)) }
        #expect(throws: SimulationError.self) {
            try DesignFile(data: Data(#"{"rate": "1C", "current-density": "1A/m2"}"#.utf8))
        }
    }

    @Test("sweep axes: linear and log ranges with units, lists, and readable errors")
    func axes() throws {
        let thickness = try SweepAxis(parsing: "cathode-thickness=0.5um..5um:10")
        #expect(thickness.labels.count == 10 && thickness.labels.first == "0.5" && thickness.labels.last == "5")
        #expect(thickness.header == "cathode-thickness (um)")
        let rate = try SweepAxis(parsing: "rate=0.1..50:log:12")
        #expect(rate.count == 12)
        #expect(abs(Double(rate.labels[11])! - 50) < 1e-9)
        #expect(abs(Double(rate.labels[1])! / Double(rate.labels[0])! - pow(500, 1.0 / 11)) < 1e-9)
        let mixed = try SweepAxis(parsing: "cathode-thickness=500nm..5um:2")
        #expect(mixed.labels == ["500", "5000"] && mixed.unit == "nm")
        let list = try SweepAxis(parsing: "cathode=LiCoO2,NMC811")
        #expect(list.labels == ["LiCoO2", "NMC811"])
        #expect(throws: SimulationError.self) { try SweepAxis(parsing: "rate=1..2:lin:3") }
        #expect(throws: SimulationError.self) { try SweepAxis(parsing: "cathode-thickness=1V..2V:3") }
        let heights = try SweepAxis(parsing: "geometry.h=10um..50um:5")
        #expect(heights.labels == ["10", "20", "30", "40", "50"] && heights.header == "geometry.h (um)")
    }

    @Test("a 3D structure spec gives the shell's area factors, and geometry.h sweeps rewrite it")
    func structureGeometry() throws {
        var design = DischargeDesign.defaultThinFilm
        design.cathodeThickness = try Length(parsing: "0.5 um")
        design.electrolyteThickness = try Length(parsing: "0.5 um")
        try DesignParameter.geometry.apply("pillars:d=2um,gap=4um,h=20um", to: &design)
        let model = try CellModel(design)
        // Square lattice, pitch 6 µm: the cathode shell (0 → 0.5 µm) has volume
        // 0.5 µm + h·[π((d/2+0.5)² − (d/2)²)]/p² per footprint, so AG = V/0.5 µm.
        let p = 6.0
        let r = 1.0
        let h = 20.0
        let shell = 0.5 + h * Double.pi * ((r + 0.5) * (r + 0.5) - r * r) / (p * p)
        #expect(abs(model.geometry.areaGain - shell / 0.5) < 1e-9)
        // Taller pillars, more capacity per footprint.
        let axis = try SweepAxis(parsing: "geometry.h=10um,40um")
        var tall = design
        axis.setters[1](&tall)
        #expect(tall.structure == "pillars:d=2um,gap=4um,h=40um")
        #expect(try CellModel(tall).geometry.areaGain > model.geometry.areaGain)
        // A structure whose shells do not fit is an error naming the geometry.
        var tight = design
        try DesignParameter.geometry.apply("pillars:d=2um,gap=1um,h=20um", to: &tight)
        #expect(throws: SimulationError.self) { try CellModel(tight) }
        var planar = DischargeDesign.defaultThinFilm
        axis.setters[0](&planar)
        #expect(throws: SimulationError.self) { try CellModel(planar) }
    }

    @Test("a sweep runs every combination in row-major order, in parallel, matching one-off discharges")
    func sweepMatchesSingles() throws {
        let sweep = DesignSweep(
            base: .defaultThinFilm,
            axes: [
                try SweepAxis(parsing: "cathode-thickness=0.5um..5um:4"), try SweepAxis(parsing: "rate=0.1..50:log:5"),
            ])
        #expect(sweep.count == 20)
        var rows: [DesignSweep.Row] = []
        let delivered = sweep.run(workers: 2, batchSize: 7) { rows += $0 }
        #expect(delivered == 20 && rows.map(\.index) == Array(0..<20))
        let row = rows[13]  // thickness index 2 (3.5 µm), rate index 3
        #expect(row.coordinates == [2, 3])
        let single = ConstantCurrentDischarge(
            model: try CellModel(
                design(rate: Double(sweep.axes[1].labels[3])!) {
                    $0.cathodeThickness = Length(si: 3.5e-6)
                })
        ).summary()
        #expect(try row.outcome.get() == single)
    }

    @Test("invalid combinations become error rows, not a failed sweep")
    func errorRows() throws {
        let sweep = DesignSweep(base: .defaultThinFilm, axes: [try SweepAxis(parsing: "x0=0.5,1.5")])
        var rows: [DesignSweep.Row] = []
        sweep.run { rows += $0 }
        #expect((try? rows[0].outcome.get()) != nil)
        guard case .failure(let error) = rows[1].outcome else {
            Issue.record("expected an error row")
            return
        }
        #expect(error.message.hasPrefix("x0:"))
    }

    @Test("a cancelled sweep stops between batches and delivers only whole batches")
    func cancellation() throws {
        let sweep = DesignSweep(base: .defaultThinFilm, axes: [try SweepAxis(parsing: "rate=0.1..50:log:100")])
        let flag = CancelFlag()
        var batches = 0
        var rows = 0
        let delivered = sweep.run(workers: 2, batchSize: 10, isCancelled: { flag.isSet }) { batch in
            batches += 1
            rows += batch.count
            if batches == 3 { flag.set() }
        }
        #expect(batches == 3 && rows == 30 && delivered == 30)
    }
}

/// A thread-safe flag for the cancellation test.
final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}

@Suite("Discharge curves at several rates")
struct DischargeFamilyTests {
    @Test("each curve starts at t = 0 with x0, ends at the cut-off, and matches its rate's summary")
    func family() throws {
        let model = try CellModel(.defaultThinFilm)
        let family = try DischargeFamily(model: model, rates: [0.5, 5], points: 51)
        #expect(family.results.count == 2)
        for (rate, result) in zip(family.rates, family.results) {
            let first = try #require(result.curve.first)
            let last = try #require(result.curve.last)
            #expect(result.curve.count == 51)
            #expect(first.time == 0 && first.surfaceStoichiometry == model.initialStoichiometry)
            #expect(abs(last.voltage - model.cutoff) < 1e-6)
            #expect(abs(last.capacity.si - result.summary.capacity.si) < 1e-12 * result.summary.capacity.si)
            #expect(abs(result.summary.cRate - rate) < 1e-12)
            // Voltage falls along a constant-current LiCoO2 discharge from x = 0.5.
            for (a, b) in zip(result.curve, result.curve.dropFirst()) { #expect(b.voltage < a.voltage) }
        }
        #expect(throws: SimulationError.self) { try DischargeFamily(model: model, rates: [0]) }
    }
}
