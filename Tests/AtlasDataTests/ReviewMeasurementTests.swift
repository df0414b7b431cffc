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
        let e15 = try #require(
            ReviewMeasurements.table2(try Self.review.get()).first { $0.location == "Table 2 entry 15" })
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
        let celsius: [Double] = lisicon.map { (m: ConductivityMeasurement) -> Double in
            (m.temperature.canonical - 273.15).rounded()
        }
        #expect(celsius == [33, 50])
        #expect(lisicon.first?.normalizedFormula == "Li14ZnGe4O16")
        // One material's "up to 1.2 × 10⁻² S cm⁻¹ measured at 300 °C" is the highest value that study reports.
        let lzp = try #require(ms.first { $0.compositionPrinted == "LiZr2(PO4)3 (rhombohedral)" })
        #expect(abs(lzp.conductivity.canonical - 1.2e-2) < 1e-15)
        #expect(abs(lzp.temperature.canonical - 573.15) < 1e-9)
        #expect(lzp.temperatureBasis == .stated)
        #expect((lzp.note ?? "").contains("'up to'"))
        #expect(lzp.normalizedFormula == "LiZr2P3O12")
        // No ranges, bounds or orders of magnitude.
        #expect(ms.allSatisfy { $0.qualifier.isPointValue })
        #expect(!ms.contains { ($0.note ?? "").contains("order") })
        #expect(ms.first { $0.compositionPrinted == "Li3.25Ge0.25P0.75S4" }?.temperatureBasis == .roomTemperature)
    }

    @Test(
        "a family ceiling ('up to 10⁻³'), an order of magnitude ('~10⁻⁶', 'in the range of 10⁻⁷'), an expectation or an uncited sentence is no measurement"
    )
    func notMeasurements() throws {
        let ms = ReviewMeasurements.profiles(try Self.review.get())
        // NASICON's "up to 10⁻³ S cm⁻¹" (a bare power of ten) is the family's ceiling.
        #expect(!ms.contains { $0.family == .nasicon && abs($0.conductivity.canonical - 1e-3) < 1e-15 && $0.ref == 19 })
        // MOCVD LiPON "~10⁻⁶" (ref. 32; Table 2 prints 5.3 μS cm⁻¹ for the same study), LLTO-sandwich "in the range of 10⁻⁷" (ref. 189).
        #expect(!ms.contains { $0.ref == 32 })
        #expect(!ms.contains { $0.ref == 189 })
        // PTMC "expected … 10⁻⁵" (ref. 104) motivates a study; ref. 131's PTMC value is a measurement.
        #expect(!ms.contains { $0.ref == 104 })
        #expect(ms.contains { $0.ref == 131 })
        // Every measurement names its study.
        #expect(ms.allSatisfy { $0.ref != nil })
        #expect(ReviewMeasurements.isSpecificValue("up to 1.2 × 10⁻² S cm⁻¹"))
        #expect(ReviewMeasurements.isSpecificValue("10 mS cm⁻¹"))
        #expect(!ReviewMeasurements.isSpecificValue("up to 10⁻³ S cm⁻¹"))
        #expect(!ReviewMeasurements.isSpecificValue("~10^-6 S cm⁻¹"))
    }

    @Test("a sentence restating a Table 2 value of the same reference is that measurement, counted once")
    func noRepeats() throws {
        let review = try Self.review.get()
        let all = ReviewMeasurements.all(review)
        // ref. 273: Table 2 entry 36's 0.651 μS cm⁻¹, also in the ALD prose as 6.51 × 10⁻⁷ S cm⁻¹.
        #expect(all.filter { $0.ref == 273 }.map(\.location) == ["Table 2 entry 36"])
        // ref. 116: entry 62's 1.88 mS cm⁻¹, whose 25 °C the prose states.
        let gpe = all.filter { $0.ref == 116 }
        #expect(gpe.map(\.location) == ["Table 2 entry 62"])
        #expect(gpe.first?.temperatureBasis == .stated)
        #expect(abs((gpe.first?.temperature.canonical ?? 0) - 298.15) < 1e-9)
        for m in all where m.location.hasPrefix("family profile") {
            let repeats = all.filter {
                $0.location.hasPrefix("Table 2") && $0.ref == m.ref
                    && abs($0.conductivity.canonical - m.conductivity.canonical) <= 1e-6 * m.conductivity.canonical
            }
            #expect(repeats.isEmpty, "\(m.location) repeats \(repeats.map(\.location))")
        }
    }

    @Test("formulas: an oxide system ('Li2O–SiO2–P2O5') is no formula; a formula before a remark is read (LSTZ, LAGP)")
    func profileFormulas() throws {
        let all = ReviewMeasurements.all(try Self.review.get())
        for ref in [287, 294, 295] {
            let m = try #require(all.first { $0.ref == ref })
            #expect(m.composition == nil, "ref. \(ref): \(m.compositionPrinted)")
        }
        let lstz = try #require(all.first { $0.compositionPrinted.hasSuffix("(LSTZ)") })
        #expect(lstz.composition != nil)
        #expect(lstz.kind == .total)
        let lagp = try #require(all.first { $0.compositionPrinted.hasSuffix("(LAGP thin film)") })
        #expect(lagp.normalizedFormula != nil)
        // LLTO: "high bulk ionic conductivity of 10⁻³ … lower total ionic conductivity of 2 × 10⁻⁵".
        let llto = all.filter { $0.ref == 182 }
        #expect(Set(llto.map(\.kind)) == [.bulk, .total])
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
