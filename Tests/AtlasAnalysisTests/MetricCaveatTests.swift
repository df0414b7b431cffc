import AtlasCore
import AtlasData
import AtlasStore
import Foundation
import Testing

@testable import AtlasAnalysis

/// What a derived value must say besides its number: the user assumptions it rests on, a
/// disagreement with what the review states elsewhere, how a printed range became one number,
/// and where a planar formula does not apply.
@Suite("Derived metrics: caveats, assumptions and applicability")
struct MetricCaveatTests {
    static let review = Result { try ReviewDataset.bundled() }

    func record(_ id: Int) throws -> MicrobatteryRecord { try #require(try Self.review.get().record(id)) }

    func metrics(_ id: Int, _ assumptions: MetricAssumptions = .none) throws -> RecordMetrics {
        MetricsCalculator(assumptions: assumptions).metrics(for: try record(id))
    }

    func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(abs(b), 1e-300)
    }

    // MARK: Electrodes from the prose

    @Test(
        "a Li-free cell's couple voltage says its Li anode comes from the prose (entries 13, 14); a printed anode does not"
    )
    func anodeFromProse() throws {
        for id in [13, 14] {
            let voltage = try #require(try metrics(id).voltage)
            #expect(voltage.inputs.contains { $0.contains("as the review's prose names them") }, "entry \(id)")
        }
        let printed = try #require(try metrics(4).voltage)
        #expect(!printed.inputs.contains { $0.contains("prose") })
    }

    // MARK: 3D cells

    @Test("a 3D cell's energy per µm is not called per volume of cathode (entries 48, 50); a 2D cell's is")
    func perMicronBasisFor3D() throws {
        for id in [48, 50] {
            let e = try #require(try metrics(id).energyVolumetric)
            #expect(e.provenance.contains("not necessarily per volume of cathode"), "entry \(id)")
        }
        let planar = try #require(try metrics(3).energyVolumetric)
        #expect(planar.provenance.hasPrefix("E = C·V per volume of cathode (capacity per µm × voltage)"))
    }

    @Test("3D cells get no planar electrolyte resistance or ohmic drop (entries 32 and 64), planar cells still do")
    func noPlanarResistanceFor3D() throws {
        for id in [32, 64] {
            for m in MetricsCalculator().metricsByVariant(for: try record(id)) {
                #expect(m.electrolyteResistance == nil, "entry \(id)")
                #expect(m.ohmicDrop == nil, "entry \(id)")
            }
        }
        for r in try Self.review.get().records where r.structure.architecture == .threeDimensional {
            #expect(MetricsCalculator().metrics(for: r).electrolyteResistance == nil, "entry \(r.id)")
        }
        let planar = try metrics(4)
        #expect(close(planar.electrolyteResistance?.value, 50))
        #expect(planar.electrolyteResistance?.provenance == "R = θ/σ (planar layer)")
    }

    // MARK: Disagreement with the review

    @Test(
        "entry 44: 400 µA h cm⁻² ÷ 4.66 µm contradicts the prose's 290 µA h cm⁻² µm⁻¹, and the per-µm value, its energy and power say so"
    )
    func entry44Conflict() throws {
        let m = try metrics(44)
        let perMicron = try #require(m.capacityVolumetric)
        #expect(close(perMicron.value, 400 / 4.66))
        #expect(
            perMicron.provenance.hasPrefix(
                "areal capacity ÷ cathode thickness; disagrees with the value the review's prose states"))
        let flag = try #require(perMicron.flags.first)
        #expect(
            flag.hasPrefix(
                "conflicts with the review: its prose states 290 μA h cm⁻² μm⁻¹ for the same capacity, 3.4 × the converted 85.84"
            ))
        #expect(m.energyVolumetric?.flags.contains(flag) == true)
        #expect(m.powerVolumetric?.flags.contains(flag) == true)
        // The printed areal capacity and what is computed from it are not in question.
        #expect(m.capacityAreal?.flags.isEmpty == true && m.energyAreal?.flags.isEmpty == true)
    }

    @Test(
        "a conversion that agrees with the review's prose is not flagged; one that disagrees is, assumed thickness or not"
    )
    func conversionAgreeingWithProse() throws {
        // Entry 4 prints 48 μA h cm⁻² and the prose 48 μA h cm⁻² μm⁻¹: consistent with 1 µm of cathode.
        let one = try metrics(4, MetricAssumptions(cathodeThickness: Length(canonical: 1)))
        #expect(close(one.capacityVolumetric?.value, 48) && one.capacityVolumetric?.flags == [])
        let two = try metrics(4, MetricAssumptions(cathodeThickness: Length(canonical: 2)))
        #expect(
            two.capacityVolumetric?.flags.first?.hasPrefix(
                "conflicts with the review: its prose states 48 μA h cm⁻² μm⁻¹") == true)
        // Entry 35's conversion has no prose value to contradict.
        #expect(try metrics(35).capacityAreal?.flags == [])
    }

    @Test(
        "entry 42's current printed as 100 µA cm⁻² (2C): 0.4 h by the density, 0.5 h by the rate — flagged on the time and its powers"
    )
    func entry42CurrentForms() throws {
        let m = try metrics(42)
        let time = try #require(m.dischargeTime)
        #expect(close(time.value, 0.4))
        let flag =
            "the current is also printed as 2C, which gives 0.5 h: the two printed forms disagree; 0.4 h is from "
            + "areal capacity ÷ current density (100 μA cm⁻²)"
        #expect(time.flags == [flag])
        #expect(m.powerAreal?.flags == [flag] && m.powerVolumetric?.flags == [flag])
        // A C-rate printed alone is not a second form.
        #expect(try metrics(17).dischargeTime?.flags == [])
    }

    // MARK: Inputs stated

    @Test("a printed range used as one number says which: entry 18's 1.45–1.5 µm is its mid-point 1.475 µm")
    func rangeMidPointStated() throws {
        let r18 = try #require(try metrics(18).electrolyteResistance)
        #expect(r18.inputs.first == "electrolyte thickness 1.475 µm, the mid-point of 1.45–1.5 μm (Table 2)")
        #expect(close(r18.value, 1.475e-4 / 1.5e-6))
        #expect(
            try metrics(52).electrolyteResistance?.inputs.first
                == "electrolyte thickness 0.9 µm, the mid-point of 0.8–1 μm (Table 2)")
        func cell(_ printed: String, _ kind: QuantityKind) throws -> ReportedCell {
            ReportedCell(printed: printed, value: try ReportedValue.parse(printed, as: kind), kind: kind)
        }
        #expect(
            MetricsCalculator.input("conductivity", try cell("0.7–1 μS cm⁻¹", .conductivity))
                == "conductivity 0.85 µS cm⁻¹, the mid-point of 0.7–1 μS cm⁻¹ (Table 2)")
        #expect(
            MetricsCalculator.input("conductivity", try cell("10⁻⁷–10⁻⁵ S cm⁻¹", .conductivity))
                == "conductivity 10⁻⁶ S cm⁻¹, the geometric mean of 10⁻⁷–10⁻⁵ S cm⁻¹ (Table 2)")
        #expect(
            MetricsCalculator.input("electrolyte thickness", try cell("<5 μm", .length))
                == "electrolyte thickness 5 µm, the upper bound of <5 μm (Table 2)")
        // An exact value is named as printed.
        #expect(try metrics(4).electrolyteResistance?.inputs.first == "electrolyte thickness 1 μm (Table 2)")
    }

    @Test("every input read from the record names its source, the absolute capacity of entries 1, 9 and 26 included")
    func everyPrintedInputHasItsSource() throws {
        #expect(try metrics(1).dischargeTime?.inputs == ["capacity 150 μA h (Table 2)", "current 0.1 mA (Table 2)"])
        let printedColumns = [
            "capacity ", "current ", "retention ", "cycles ", "conductivity ", "electrolyte thickness ",
            "voltage window ",
        ]
        for r in try Self.review.get().records {
            for m in MetricsCalculator().metricsByVariant(for: r) {
                for (name, value) in m.all {
                    for input in value.inputs
                    where printedColumns.contains(where: input.hasPrefix) && !input.contains(" = ") {
                        #expect(input.contains("(Table 2"), "entry \(r.id) \(name): \(input)")
                    }
                }
            }
        }
    }

    // MARK: Assumptions

    @Test("entry 6 with an assumed cathode thickness: the powers name the assumption too, not only the energy and time")
    func powersNameTheAssumption() throws {
        let m = try metrics(6, MetricAssumptions(cathodeThickness: Length(canonical: 1)))
        let assumption = "cathode thickness 1 µm (assumption given by the user)"
        for value in [m.capacityAreal, m.dischargeTime, m.energyAreal, m.powerAreal, m.powerVolumetric] {
            #expect(value?.assumptions == [assumption])
        }
        // What does not depend on it does not name it.
        #expect(m.energyVolumetric?.restsOnAssumption == false && m.fadePerCycle?.restsOnAssumption == false)
    }

    @Test("on every record, any value that an assumption changes names that assumption among its inputs")
    func everyDependentValueNamesItsAssumption() throws {
        let pairs: [(MetricAssumptions, MetricAssumptions, String)] = [
            (
                .init(cathodeThickness: Length(canonical: 1)), .init(cathodeThickness: Length(canonical: 3)),
                "cathode thickness"
            ),
            (
                .init(cathodeDensity: MassDensity(canonical: 2)), .init(cathodeDensity: MassDensity(canonical: 5)),
                "cathode density"
            ),
            (.init(area: Area(canonical: 1)), .init(area: Area(canonical: 4)), "area"),
        ]
        for r in try Self.review.get().records {
            for (a, b, name) in pairs {
                for index in r.hasVariants ? Array(r.variants.indices) : [0] {
                    let ma = Dictionary(
                        uniqueKeysWithValues: MetricsCalculator(assumptions: a).metrics(for: r, variant: index).all.map
                        { ($0.name, $0.value) })
                    let mb = Dictionary(
                        uniqueKeysWithValues: MetricsCalculator(assumptions: b).metrics(for: r, variant: index).all.map
                        { ($0.name, $0.value) })
                    let plain = Dictionary(
                        uniqueKeysWithValues: MetricsCalculator().metrics(for: r, variant: index).all.map {
                            ($0.name, $0.value)
                        })
                    for (key, value) in ma where plain[key] == nil || mb[key]?.value != value.value {
                        #expect(
                            value.assumptions.contains { $0.hasPrefix(name) },
                            "entry \(r.id) variant \(index) \(key) with \(name)")
                    }
                }
            }
        }
    }

    @Test(
        "an absolute capacity over an assumed area goes on to a capacity per µm with the record's own cathode thickness (entry 1: 75 ÷ 2.5 µm)"
    )
    func areaThenThickness() throws {
        let m = try metrics(1, MetricAssumptions(area: Area(canonical: 2)))
        #expect(close(m.capacityAreal?.value, 75))
        let perMicron = try #require(m.capacityVolumetric)
        #expect(close(perMicron.value, 30))
        #expect(
            perMicron.inputs == [
                "capacity 150 μA h (Table 2)", "area 2 cm² (assumption given by the user)",
                "cathode thickness 2.5 μm (Table 2 conditions)",
            ])
        #expect(close(m.energyVolumetric?.value, 30 * (m.voltage?.value ?? .nan) * 10))
    }

    @Test("entry 26 prints its cell sizes only as text: an assumed area still applies, flagged as replacing them")
    func printedCellSizeFlagged() throws {
        let m = try metrics(26, MetricAssumptions(area: Area(canonical: 1)))
        let areal = try #require(m.capacityAreal)
        #expect(close(areal.value, 1100))
        #expect(
            areal.flags.first?.hasPrefix(
                "the record's conditions print a cell size (\"1 μm; 100 mm × 100 mm (cell size), 200 mm × 200 mm\")")
                == true)
        #expect(m.energyAreal?.flags == areal.flags && m.powerAreal?.flags == areal.flags)
        // Entry 1 prints no cell size: no such flag.
        #expect(try metrics(1, MetricAssumptions(area: Area(canonical: 1))).capacityAreal?.flags == [])
    }

    // MARK: Cycle life

    @Test("~100 % is not exactly no fade: its own flag, and the largest fade the printed precision allows (99.5 %)")
    func approximatelyFullRetention() throws {
        let m = try metrics(42)  // ~100 % after 1500 cycles
        let fade = try #require(m.fadePerCycle)
        #expect(fade.value == 0)
        #expect(fade.flags.count == 1)
        #expect(fade.flags.first?.hasPrefix("approximately 100 %: fade below the printed precision") == true)
        #expect(!fade.flags.contains { $0.hasPrefix("no measurable fade") })
        #expect(close(m.fadeUpperBound, (1 - pow(0.995, 1.0 / 1500)) * 100))
        #expect(fade.flags.first?.contains("at most 3.342 × 10⁻⁴% per cycle (99.5 % after 1500 cycles)") == true)
        #expect(m.cyclesTo80 == nil)
        // Exactly 100 % (entry 16) keeps its own flag and has no bound.
        let exact = try metrics(16)
        #expect(exact.fadePerCycle?.flags == ["no measurable fade: cycles to 80 % cannot be extrapolated"])
        #expect(exact.fadeUpperBound == nil)
    }

    @Test("the printed precision is half a unit of the last printed digit")
    func printedPrecision() {
        #expect(MetricsCalculator.halfUnitOfLastDigit("~100%") == 0.5)
        #expect(MetricsCalculator.halfUnitOfLastDigit("~99.5%") == 0.05)
        #expect(MetricsCalculator.halfUnitOfLastDigit("100") == 0.5)
    }
}
