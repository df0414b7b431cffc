import AtlasCore
import AtlasData
import AtlasStore
import Foundation
import Testing

@testable import AtlasAnalysis

/// Derived metrics checked against values computed by hand from the review's numbers.
/// Tolerance 1e-9 relative: the inputs are exact decimals and the formulas are closed-form.
@Suite("Derived metrics")
struct MetricsTests {
    static let review = Result { try ReviewDataset.bundled() }

    func metrics(_ id: Int, _ assumptions: MetricAssumptions = .none) throws -> RecordMetrics {
        MetricsCalculator(assumptions: assumptions).metrics(for: try #require(try Self.review.get().record(id)))
    }

    func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(abs(b), 1e-300)
    }

    @Test("entry 3: fade 1 − 0.9^(1/26) = 0.404414 %/cycle, 55.07 cycles to 80 %")
    func entry3CycleLife() throws {
        let m = try metrics(3)
        #expect(close(m.fadePerCycle?.value, (1 - pow(0.9, 1.0 / 26)) * 100))
        #expect(close(m.fadePerCycle?.value, 0.404414, 1e-5))
        #expect(close(m.cyclesTo80?.value, 26 * log(0.8) / log(0.9)))
        #expect(close(m.cyclesTo80?.value, 55.0655, 1e-5))
    }

    @Test("entry 25: 90.6 % after 10 000 cycles is 9.87 × 10⁻⁴ %/cycle and 22 605 cycles to 80 %")
    func entry25CycleLife() throws {
        let m = try metrics(25)
        #expect(close(m.fadePerCycle?.value, 9.8716e-4, 1e-4))
        #expect(close(m.cyclesTo80?.value, 22_604.5, 1e-4))
    }

    @Test("entry 59: 50 % after 20 cycles is 3.406 %/cycle")
    func entry59Fade() throws {
        #expect(close(try metrics(59).fadePerCycle?.value, (1 - pow(0.5, 1.0 / 20)) * 100))
    }

    @Test("too few cycles and no fade are flagged, and no extrapolation is made")
    func cycleFlags() throws {
        let fewCycles = try metrics(15)  // 5 cycles
        #expect(fewCycles.fadePerCycle?.flags.contains("fewer than 10 cycles: too few to extrapolate") == true)
        #expect(fewCycles.cyclesTo80 == nil)
        let noFade = try metrics(16)  // 100 % after 1100 cycles
        #expect(noFade.fadePerCycle?.value == 0)
        #expect(noFade.cyclesTo80 == nil)
        #expect(noFade.fadePerCycle?.flags.first?.hasPrefix("no measurable fade") == true)
    }

    @Test("retention above 100 % is flagged, its fade is negative and no cycles to 80 % are extrapolated")
    func retentionAbove100() throws {
        // No review record reports more than 100 %; an imported one may.
        let csv =
            "electrolyte,family,structure,cell,cycles,retention_raw,doi\nLiPON,LiPON,2D,Li/LiPON/LiCoO2,200,105%,10.1000/grew\n"
        let parsed = RecordInterchange.candidates(csv: csv)
        let record = try #require(parsed.candidates.first?.record)
        let fade = try #require(MetricsCalculator().metrics(for: record).fadePerCycle)
        #expect(fade.flags == ["retention above 100 % (capacity grew)"])
        #expect(close(fade.value, (1 - pow(1.05, 1.0 / 200)) * 100) && fade.value < 0)
        #expect(MetricsCalculator().metrics(for: record).cyclesTo80 == nil)
        #expect(fade.inputs == ["retention 105% (imported)", "cycles 200 (imported)"])
    }

    @Test("entry 34: 30 µA h cm⁻² × 2 V (mid-point of 0.5–3.5 V) = 60 µW h cm⁻²; Δt = 30/100 h; P = 200 µW cm⁻²")
    func entry34EnergyPower() throws {
        let m = try metrics(34)
        #expect(m.voltage?.value == 2)
        #expect(m.voltage?.provenance == "mid-point of the voltage window")
        #expect(close(m.energyAreal?.value, 60))
        #expect(close(m.dischargeTime?.value, 0.3))
        #expect(close(m.powerAreal?.value, 200))
        // A 3D cell's footprint capacity is not turned into a capacity per µm of film.
        #expect(m.capacityVolumetric == nil)
    }

    @Test("entry 69: 0.225 mA h cm⁻² × 2.25 V = 506.25 µW h cm⁻²; 1.8 h at 0.125 mA cm⁻²; 281.25 µW cm⁻²")
    func entry69EnergyPower() throws {
        let m = try metrics(69)
        #expect(close(m.energyAreal?.value, 506.25))
        #expect(close(m.dischargeTime?.value, 1.8))
        #expect(close(m.powerAreal?.value, 281.25))
    }

    @Test("entry 17: 5C means a 0.2 h discharge, so P = 5·E")
    func entry17Rate() throws {
        let m = try metrics(17)
        #expect(close(m.dischargeTime?.value, 0.2))
        let e = try #require(m.energyVolumetric?.value)
        #expect(close(m.powerVolumetric?.value, 5 * e))
        // per µm capacity × voltage × 10 = mW h cm⁻³
        #expect(close(e, 60 * (m.voltage?.value ?? 0) * 10))
    }

    @Test("entry 4: 1 µm LiPON at 2 µS cm⁻¹ is 50 Ω cm²; at 100 µA cm⁻² the drop is 5 mV")
    func entry4Resistance() throws {
        let m = try metrics(4)
        #expect(close(m.electrolyteResistance?.value, 50))
        #expect(close(m.ohmicDrop?.value, 0.005))
    }

    @Test("entry 35: 70 nm at 0.5 µS cm⁻¹ is 14 Ω cm²; 5C on 30 µA h cm⁻² µm⁻¹ × 0.2 µm LTO = 30 µA cm⁻² → 0.42 mV")
    func entry35Resistance() throws {
        let m = try metrics(35)
        #expect(close(m.capacityAreal?.value, 6))
        #expect(m.capacityAreal?.provenance == "capacity per µm × cathode thickness")
        #expect(close(m.electrolyteResistance?.value, 14))
        #expect(close(m.ohmicDrop?.value, 0.00042))
    }

    @Test("entry 53 prints an energy density, used as such")
    func entry53PrintedEnergy() throws {
        let m = try metrics(53)
        #expect(m.energyAreal?.value == 8.48)
        #expect(m.energyAreal?.provenance.hasPrefix("as printed") == true)
    }

    @Test("entry 1's 150 µA h has no areal form unless the user gives an area, and says so when given")
    func assumptions() throws {
        #expect(try metrics(1).capacityAreal == nil)
        let withArea = try metrics(1, MetricAssumptions(area: Area(canonical: 2)))
        #expect(close(withArea.capacityAreal?.value, 75))
        #expect(withArea.capacityAreal?.inputs.last == "area 2 cm² (assumption given by the user)")
    }

    @Test("entry 62: the couple's nominal voltage comes from the materials library and is cited")
    func nominalVoltage() throws {
        let m = try metrics(62)
        #expect(m.voltage?.provenance.hasPrefix("nominal voltage of the couple") == true)
        #expect(close(m.energyAreal?.value, 264 * (m.voltage?.value ?? 0)))
    }

    @Test(
        "entry 1: E(LiCoO₂) is the Dualfoil fit's mean above the cited 3.0 V cut-off, 3.946 V, a nominal couple voltage"
    )
    func licoo2CoupleVoltage() throws {
        let m = try metrics(1)
        #expect(close(m.voltage?.value, 3.946, 1e-4))
        #expect(m.voltage?.provenance == "nominal voltage of the couple: E(LiCoO2) − E(Li) vs Li/Li⁺")
        #expect(m.voltage?.inputs.first?.hasPrefix("E(LiCoO2) = 3.946 V (LiCoO₂, OCV mean, x 0.5–0.967") == true)
    }

    @Test(
        "entry 25: E(LNMO) is the cited 4.7 V operating voltage, so 122 mA h g⁻¹ gives 573.4 W h kg⁻¹ (was 4.1 V, the 3.2–5 V mid-point)"
    )
    func lnmoCitedVoltage() throws {
        let m = try metrics(25)
        #expect(m.voltage?.value == 4.7)
        #expect(m.voltage?.provenance == "nominal voltage of the couple: E(LiNi0.5Mn1.5O4) − E(Li) vs Li/Li⁺")
        #expect(m.voltage?.inputs.first?.contains("'a high operating voltage of 4.7 V'") == true)
        #expect(m.voltage?.inputs.first?.contains("doi:10.1038/srep08027") == true)
        #expect(close(m.energySpecific?.value, 122 * 4.7))
    }

    @Test("entry 54: LTO/LNMO is 4.7 − 1.55 = 3.15 V, two stated potentials: 1000 µA h cm⁻² gives 3150 µW h cm⁻²")
    func ltoLnmoCouple() throws {
        let m = try metrics(54)
        #expect(close(m.voltage?.value, 3.15))
        #expect(m.voltage?.provenance.hasPrefix("nominal voltage of the couple") == true)
        #expect(close(m.energyAreal?.value, 3150))
    }

    @Test("a window mid-point makes the couple voltage 'estimated' and names the electrode (entries 23, 12, 72)")
    func windowMidPointsAreLabelled() throws {
        let v2o5 = try metrics(23)
        #expect(
            v2o5.voltage?.provenance.hasPrefix(
                "estimated voltage of the couple: E(V2O5) − E(Li) vs Li/Li⁺, where E(V2O5) is the mid-point of a cycling window, not a measured potential"
            ) == true)
        #expect(
            v2o5.voltage?.inputs.first?.contains(
                "mid-point of the 2.15–3.8 V cycling window of a Li/LiPON/V₂O₅ cell, not a plateau") == true)
        let both = try metrics(12)
        #expect(
            both.voltage?.provenance.contains("where E(LiMn2O4) and E(V2O5) are mid-points of cycling windows") == true)
        let tio2 = try metrics(72)
        #expect(tio2.voltage?.provenance.hasPrefix("estimated voltage of the couple: E(TiO2) − E(Li)") == true)
    }

    @Test("printed names of library materials are read as them, and the provenance says so: pSi, Li4/3Ti5/3O4, TiO2nts")
    func mappedNames() throws {
        let record = try #require(try Self.review.get().record(62))
        // pSi/GPE/LiCoO2: E(LiCoO₂) − E(Si) = 3.946 − 0.525 V, an estimate (Si's potential is a window mid-point).
        let pSi = MetricsCalculator().metrics(for: record, variant: 1)
        #expect(close(pSi.voltage?.value, 3.946 - 0.525, 1e-4))
        #expect(
            pSi.voltage?.inputs.contains {
                $0.hasPrefix("E(pSi) = 0.525 V (read as Si: the review's 'macroporous silicon (pSi)'")
            } == true)
        #expect(pSi.energyAreal != nil && pSi.powerAreal != nil)
        // Li4/3Ti5/3O4/LiMn2O4: the LTO potential, 1.55 V, not the 2.15 V window mid-point.
        let e53 = try metrics(53)
        #expect(close(e53.voltage?.value, 4.0 - 1.55))
        #expect(
            e53.voltage?.inputs.contains { $0.contains("read as Li4Ti5O12: the same compound written per four O") }
                == true)
        // TiO2nts/LNMO: 4.7 − 1.7 V.
        let e48 = try metrics(48)
        #expect(close(e48.voltage?.value, 4.7 - 1.7))
        #expect(e48.voltage?.inputs.contains { $0.contains("E(TiO2nts)") && $0.contains("read as TiO2") } == true)
        // α-MoO3-x is oxygen-deficient, another composition: not read as MoO₃; its own window's mid-point.
        #expect(try metrics(31).voltage?.provenance.hasPrefix("mid-point of the voltage window") == true)
    }

    @Test(
        "entry 24: each cell's metrics use only that cell's values — 62 µA h cm⁻² and 86 % with LiCo0.8Ni0.2O2, 50 µA h cm⁻² µm⁻¹ and 98 % with LiCo0.8Zr0.2O2"
    )
    func entry24Variants() throws {
        let record = try #require(try Self.review.get().record(24))
        let ni = MetricsCalculator().metrics(for: record, variant: 0)
        let zr = MetricsCalculator().metrics(for: record, variant: 1)
        #expect(ni.variant?.label == "Li/LiPON/LiCo0.8Ni0.2O2" && zr.variant?.label == "Li/LiPON/LiCo0.8Zr0.2O2")
        // Variant 0: the areal capacity, the Ni cell's couple voltage, its 86 %.
        #expect(ni.capacityAreal?.value == 62 && ni.capacityVolumetric == nil)
        // LiCo₀.₈Ni₀.₂O₂'s potential is the mid-point of its cell's 3–4.2 V window: an estimate, said so.
        #expect(ni.voltage?.provenance.hasPrefix("estimated voltage of the couple: E(LiCo0.8Ni0.2O2) − E(Li)") == true)
        #expect(ni.voltage?.value == 3.6)
        #expect(close(ni.energyAreal?.value, 62 * (ni.voltage?.value ?? .nan)))
        #expect(close(ni.fadePerCycle?.value, (1 - pow(0.86, 1.0 / 50)) * 100))
        // Variant 1: the capacity per µm, no couple voltage for the Zr cathode (the window's mid-point), its 98 %.
        #expect(zr.capacityVolumetric?.value == 50 && zr.capacityAreal == nil)
        #expect(zr.voltage?.provenance.hasPrefix("mid-point of the voltage window") == true)
        #expect(close(zr.energyVolumetric?.value, 50 * 3.6 * 10))
        #expect(close(zr.fadePerCycle?.value, (1 - pow(0.98, 1.0 / 50)) * 100))
        // The default is the primary variant, and every provenance says which.
        #expect(MetricsCalculator().metrics(for: record).capacityAreal == ni.capacityAreal)
        for (name, value) in ni.all + zr.all {
            #expect(value.provenance.contains("(variant "), "\(name)")
        }
        for (_, value) in ni.all {
            #expect(!value.inputs.joined().contains("98%") && !value.inputs.joined().contains("μm⁻¹"))
        }
        for (_, value) in zr.all {
            #expect(!value.inputs.joined().contains("86%") && !value.inputs.joined().contains("LiCo0.8Ni0.2O2"))
        }
    }

    @Test("in every entry with variants, no derived value takes an input printed only for another variant")
    func variantsNeverMix() throws {
        for record in try Self.review.get().records where record.hasVariants {
            for index in record.variants.indices {
                let own = record.restricted(toVariant: index)
                let ownTexts = Set(
                    MicrobatteryRecord.QuantityColumn.allCases.flatMap { own.cells(in: $0).map(\.printed) })
                let others = MicrobatteryRecord.QuantityColumn.allCases.flatMap { record.cells(in: $0) }
                    .filter { $0.variant != nil && $0.variant != index && !ownTexts.contains($0.printed) }
                let m = MetricsCalculator().metrics(for: record, variant: index)
                for (name, value) in m.all {
                    for cell in others {
                        #expect(
                            !value.inputs.contains { $0.contains(" \(cell.printed) (Table 2") },
                            "entry \(record.id) variant \(index) \(name) uses \(cell.printed)")
                    }
                }
            }
        }
    }

    @Test("no derived value is ever zero for a missing input: absent values are absent")
    func absentNotZero() throws {
        for record in try Self.review.get().records {
            let m = MetricsCalculator().metrics(for: record)
            for (name, value) in m.all where name != "fade_per_cycle" {
                #expect(value.value.isFinite, "entry \(record.id) \(name)")
                #expect(!value.inputs.isEmpty, "entry \(record.id) \(name)")
            }
        }
    }
}
