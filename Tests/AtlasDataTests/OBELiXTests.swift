import AtlasCore
import AtlasTestSupport
import Foundation
import Testing

@testable import AtlasData

/// The bundled OBELiX data set (Resources/obelix/all.csv, CC BY 4.0).
@Suite("OBELiX (bundled)")
struct OBELiXTests {
    static let table = Result { try OBELiXDataset.bundled() }

    static func row(_ id: String) throws -> [ConductivityMeasurement] {
        try table.get().measurements.filter { $0.location == "ID \(id)" }
    }

    @Test("599 rows, 626 measurements (27 rows add a distinct bulk value), none rejected")
    func counts() throws {
        let t = try Self.table.get()
        #expect(t.rowsRead == 599)
        #expect(t.rejected.isEmpty, "\(t.rejected.map(\.description))")
        #expect(t.measurements.count == 626)
        #expect(t.measurements.filter { $0.kind == .bulk }.count == 28)
        #expect(t.measurements.filter { $0.qualifier == .upperBound }.count == 37)
        #expect(
            t.measurements.allSatisfy { $0.temperatureBasis == .roomTemperature && $0.temperature == .roomTemperature })
        #expect(
            t.notices == ["no temperature column: every row is at room temperature as the source states; 25 °C is used"]
        )
    }

    @Test("the bundled CSV is byte-identical to the data set and the licence is CC BY 4.0")
    func bundledUnmodified() throws {
        let bundled = try ResourceFiles.data(named: OBELiXDataset.csvFile)
        #expect(bundled.count == 114_856)
        if let folder = SharedDatasets.folder {
            let original = try Data(contentsOf: folder.appendingPathComponent("obelix/all.csv"))
            #expect(bundled == original)
        }
        #expect(try OBELiXDataset.licenceText().hasPrefix("# Attribution 4.0 International"))
        #expect(ResourceFiles.names.contains(OBELiXDataset.csvFile))
        #expect(ResourceFiles.names.contains(OBELiXDataset.licenceFile))
    }

    @Test("jqc: Li7BiO6, 1.58489e-6 S/cm, P-1, hexaoxometalates → oxide")
    func jqc() throws {
        let m = try #require(Self.row("jqc").first)
        #expect(m.compositionPrinted == "Li7BiO6")
        #expect(m.normalizedFormula == "Li7BiO6")
        #expect(close(m.conductivity.canonical, 1.58489e-06))
        #expect(m.spaceGroup == "P-1")
        #expect(m.family == .oxide)
        #expect(m.familyLabel == "hexaoxometalates")
        #expect(m.doi == "10.1002/zaac.200500231")
        #expect(m.source == "obelix")
        #expect(m.kind == .unspecified)
    }

    @Test("de5: Li3InCl6 halide, space group 'C2/m ' trimmed")
    func de5() throws {
        let m = try #require(Self.row("de5").first)
        #expect(close(m.conductivity.canonical, 0.00204))
        #expect(m.spaceGroup == "C2/m")
        #expect(m.family == .halide)
        #expect(m.familyLabel == "Halide")
    }

    @Test("0o6: total 9.98e-5 and bulk 2.51e-3 S/cm are two measurements; no family label")
    func totalAndBulk() throws {
        let ms = try Self.row("0o6")
        #expect(ms.count == 2)
        #expect(ms.map(\.kind) == [.total, .bulk])
        #expect(close(ms[0].conductivity.canonical, 9.98e-05) && close(ms[1].conductivity.canonical, 0.00251))
        #expect(ms[0].family == .unclassified)
        #expect(ms[0].familyLabel == nil)
    }

    @Test("vqu: the only value is the bulk one, so the measurement is bulk")
    func bulkOnly() throws {
        let ms = try Self.row("vqu")
        #expect(ms.count == 1)
        #expect(ms[0].kind == .bulk)
        #expect(close(ms[0].conductivity.canonical, 1.3e-07))
    }

    @Test("47i: '<1E-10' is an upper bound of 1e-10 S/cm")
    func upperBound() throws {
        let m = try #require(Self.row("47i").first)
        #expect(m.qualifier == .upperBound)
        #expect(close(m.conductivity.canonical, 1e-10))
        #expect(m.family == .phosphate)
    }

    @Test("LGPS rows are thio-LISICON (the review's family for Li10GeP2S12), keeping the label")
    func lgps() throws {
        let m = try #require(Self.row("1hh").first)
        #expect(m.compositionPrinted == "Li10GeP2S12")
        #expect(close(m.conductivity.canonical, 0.012))
        #expect(m.family == .thioLisicon)
        #expect(m.familyLabel == "LGPS")
        #expect(m.doi == "10.1038/nmat3066")
        #expect(m.spaceGroup == "P42/nmc")
    }

    @Test("Li3ClO (4p7) is anti-perovskite; Li6PS5Cl (tt3) argyrodite; LLZO (2mn) garnet")
    func families() throws {
        #expect(try Self.row("4p7").first?.family == .antiPerovskite)
        #expect(try Self.row("tt3").first?.family == .argyrodite)
        #expect(close(try Self.row("tt3").first?.conductivity.canonical ?? 0, 0.0013))
        let llzo = try #require(Self.row("2mn").first)
        #expect(llzo.family == .garnet)
        #expect(close(llzo.conductivity.canonical, 0.000511))
        #expect(llzo.elementKey == "La Li O Zr")
    }
}
