import AtlasCore
import AtlasTestSupport
import Foundation
import Testing

@testable import AtlasData

/// The Liverpool Ionics Dataset, read from the shared folder (never bundled: no licence stated).
@Suite(
    "Liverpool Ionics Dataset (from ../shared)",
    .enabled(if: SharedDatasets.hasLiverpool, "shared/datasets/liverpool-ionics not found (set ATLAS_SHARED)"))
struct LiverpoolTests {
    static let table = Result {
        try LiverpoolDataset.read(csv: SharedDatasets.liverpoolText(), file: "LiIonDatabase.csv")
    }

    static func row(_ id: String) throws -> ConductivityMeasurement {
        try #require(table.get().measurements.first { $0.location == "ID \(id)" })
    }

    @Test("820 rows, 820 measurements, none rejected; the BOM does not hide the ID column")
    func counts() throws {
        let t = try Self.table.get()
        #expect(t.rowsRead == 820)
        #expect(t.rejected.isEmpty, "\(t.rejected.prefix(5).map(\.description))")
        #expect(t.measurements.count == 820)
        #expect(t.measurements.allSatisfy { $0.source == "liverpool" && $0.temperatureBasis == .stated })
        #expect(t.notices.isEmpty)
    }

    @Test("ID 1: Li2Ti0.75Ta0.25O3.125 at 300 °C (573.15 K), 9.00E-05 S/cm, Rocksalt")
    func id1() throws {
        let m = try Self.row("1")
        #expect(m.compositionPrinted == "Li2Ti0.75Ta0.25O3.125")
        #expect(abs(m.temperature.canonical - 573.15) < 1e-9)
        #expect(close(m.conductivity.canonical, 9.0e-05))
        #expect(m.family == .rocksalt)
        #expect(m.doi == "10.1016/j.fusengdes.2010.04.003")
    }

    @Test("ID 2: Li2OHBr at 22.06 °C, 5.40E-07 S/cm, anti-perovskite")
    func id2() throws {
        let m = try Self.row("2")
        #expect(abs(m.temperature.canonical - 295.21) < 1e-9)
        #expect(close(m.conductivity.canonical, 5.4e-07))
        #expect(m.family == .antiPerovskite)
        #expect(m.familyLabel == "Anti-Perovskite")
    }

    @Test("ID 500: Li6PS5Cl at 18.82 °C, 3.76E-04 S/cm (Boulineau et al.), argyrodite")
    func id500() throws {
        let m = try Self.row("500")
        #expect(close(m.conductivity.canonical, 3.76e-04))
        #expect(m.family == .argyrodite)
        #expect(m.doi == "10.1016/j.ssi.2012.06.008")
        #expect(m.normalizedFormula == "Li6PS5Cl")
    }

    @Test("ID 586: a quoted mixture '\"(Li2S)0.75 (P2S5)0.25\"' labelled Glass is a sulfide glass")
    func glass() throws {
        let m = try Self.row("586")
        #expect(m.family == .sulfideGlass)
        #expect(m.familyLabel == "Glass")
        #expect(m.normalizedFormula == "Li1.5P0.5S2")
        // The same composition from the same paper labelled "Other" (ID 585) stays unclassified.
        #expect(try Self.row("585").family == .unclassified)
    }

    @Test("ID 921: a journal citation instead of a DOI is kept as the citation")
    func citation() throws {
        let m = try Self.row("921")
        #expect(m.doi == nil)
        #expect(m.citation == "Journal De Physique 26 339-341. 1965")
        #expect(close(m.conductivity.canonical, 7.75e-09))
        #expect(abs(m.temperature.canonical - 665.15) < 1e-9)
    }

    @Test("ID 300: Li3.2Ge0.2P0.8S4 (Kanno and Murayama's thio-LISICON) at 27 °C")
    func id300() throws {
        let m = try Self.row("300")
        #expect(m.family == .thioLisicon)
        #expect(close(m.conductivity.canonical, 5.4e-04))
        #expect(abs(m.temperature.canonical - 300.15) < 1e-9)
    }

    @Test("another CSV is not taken for the Liverpool file")
    func wrongFile() throws {
        let obelix = String(decoding: try ResourceFiles.data(named: OBELiXDataset.csvFile), as: UTF8.self)
        #expect(throws: DatasetError.self) { try LiverpoolDataset.read(csv: obelix, file: "all.csv") }
    }
}
