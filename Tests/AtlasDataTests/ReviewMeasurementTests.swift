import AtlasCore
import Testing

@testable import AtlasData

/// The review's own conductivities as measurements.
@Suite("Review measurements")
struct ReviewMeasurementTests {
    static let review = Result { try ReviewDataset.bundled() }

    @Test("Table 2: one measurement per non-NA conductivity cell (31 entries, 32 cells), each with its reference")
    func table2() throws {
        let ms = ReviewMeasurements.table2(try Self.review.get())
        #expect(ms.count == 32)
        #expect(Set(ms.map(\.location)).count == 31)
        #expect(ms.allSatisfy { $0.ref != nil && $0.source == "review" && $0.citation != nil })
    }

    @Test("entry 56 is at 60 °C (the prose); entry 4 is assumed at room temperature and says so")
    func temperatures() throws {
        let ms = ReviewMeasurements.table2(try Self.review.get())
        let e56 = try #require(ms.first { $0.location == "Table 2 entry 56" })
        #expect(abs(e56.temperature.canonical - 333.15) < 1e-9)
        #expect(e56.temperatureBasis == .stated)
        #expect(e56.ref == 103)
        #expect(abs(e56.conductivity.canonical - 8e-6) < 1e-18)
        let e4 = try #require(ms.first { $0.location == "Table 2 entry 4" })
        #expect(e4.temperatureText == "assumed 25 °C (room temperature, not stated)")
        #expect(e4.family == .lipon)
    }

    @Test("a range (entry 15, 0.7–1 μS cm⁻¹) is stored as its mid-point and flagged")
    func range() throws {
        let e15 = try #require(ReviewMeasurements.table2(try Self.review.get()).first { $0.location == "Table 2 entry 15" })
        #expect(e15.qualifier == .rangeRepresentative)
        #expect(abs(e15.conductivity.canonical - 0.85e-6) < 1e-18)
    }

    @Test("entry 3's variants are two measurements named by their variant; entry 18's formula is parsed")
    func variantsAndFormulas() throws {
        let ms = ReviewMeasurements.table2(try Self.review.get())
        let e3 = ms.filter { $0.location == "Table 2 entry 3" }
        #expect(e3.map(\.compositionPrinted) == ["N-LiPON (normal)", "Li-LiPON (Li-rich)"])
        #expect(e3.map(\.conductivity.canonical) == [2.4e-6, 3.2e-6])
        #expect(ms.first { $0.location == "Table 2 entry 18" }?.normalizedFormula == "Li2.64PN0.33O2.81")
        // A symbolic formula is kept as text.
        let e75 = try #require(ms.first { $0.location == "Table 2 entry 75" })
        #expect(e75.compositionPrinted == "Li3xLa2/3-xTiO3")
        #expect(e75.composition == nil)
    }

    @Test("family profiles: single values only, with the stated temperature (LLZO 1.02 mS/cm at 30 °C)")
    func profiles() throws {
        let ms = ReviewMeasurements.profiles(try Self.review.get())
        let llzo = try #require(ms.first { $0.compositionPrinted == "LLZO" })
        #expect(llzo.family == .garnet)
        #expect(abs(llzo.conductivity.canonical - 1.02e-3) < 1e-15)
        #expect(abs(llzo.temperature.canonical - 303.15) < 1e-9)
        #expect(llzo.ref == 139)
        let lgps = try #require(ms.first { $0.compositionPrinted == "Li10GeP2S12" })
        #expect(abs(lgps.temperature.canonical - 300.15) < 1e-9)
        #expect(lgps.family == .thioLisicon)
        // Li14Zn(GeO4)4 at 33 °C and 50 °C: one composition at two temperatures.
        let lisicon = ms.filter { $0.compositionPrinted == "Li14Zn(GeO4)4" }
        let celsius: [Double] = lisicon.map { (m: ConductivityMeasurement) -> Double in (m.temperature.canonical - 273.15).rounded() }
        #expect(celsius == [33, 50])
        #expect(lisicon.first?.normalizedFormula == "Li14ZnGe4O16")
        // "up to 1.2 × 10⁻² S cm⁻¹" at 300 °C is a bound: skipped.
        #expect(!ms.contains { $0.compositionPrinted == "LiZr2(PO4)3 (rhombohedral)" })
        // No ranges, bounds or orders of magnitude; no repeats of Table 2 values.
        #expect(ms.allSatisfy { $0.qualifier.isPointValue })
        #expect(!ms.contains { ($0.note ?? "").contains("order") })
        #expect(!ms.contains { $0.compositionPrinted == "SiO2-PEG" })
        #expect(ms.first { $0.compositionPrinted == "Li3.25Ge0.25P0.75S4" }?.temperatureBasis == .roomTemperature)
    }

    @Test("every review family is a measurement family with the same name and class")
    func vocabulary() {
        for family in ElectrolyteFamily.allCases {
            let m = MeasurementFamily(family)
            #expect(m.rawValue == family.rawValue)
            #expect(m.electrolyteClass == family.electrolyteClass)
            #expect(m.reviewFamily == family)
        }
        #expect(MeasurementFamily.thioLisicon.parent == .lisicon)
        #expect(MeasurementFamily.argyrodite.reviewFamily == nil)
        #expect(MeasurementFamily.unclassified.electrolyteClass == nil)
    }
}
