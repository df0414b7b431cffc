import AtlasCore
import Foundation
import PropertyBased
import Testing

@testable import AtlasData

/// The generic importer: a YAML mapping names the columns of a user's CSV.
@Suite("Mapped conductivity tables")
struct MappedTableTests {
    static let mappingYAML = """
        source:
          id: lab-book
          citation: J. Doe, lab book 3
        columns:
          composition: Composition
          conductivity: Sigma (S/cm)
          temperature: T (°C)
          doi: DOI
        temperature_unit: °C
        """

    static func mapping(_ yaml: String = mappingYAML) throws -> ConductivityMapping {
        try ConductivityMapping.parse(yaml: yaml, file: "map.yaml")
    }

    /// A file with a byte-order mark, a good row and one bad row of each kind.
    static let malformed =
        [
            "\u{FEFF}Composition,Sigma (S/cm),T (°C),DOI",
            "Li7La3Zr2O12,5.1e-4,25,10.1000/a",
            "Li6PS5Cl,1.2e-3x,25,10.1000/b",
            "LiXx2O,1e-5,25,10.1000/c",
            "Li3InCl6,2e-3",
            "Li7La3Zr2O1\u{0305}2,1e-4,25,10.1000/d",
            "Li10GeP2S12,0.012,-300,10.1000/e",
            "Li3PO4,#N/A,25,10.1000/f",
            "Li3OCl,\u{FEFF}8.5e-4,25,10.1000/g",
        ].joined(separator: "\r\n") + "\r\n"

    @Test("a malformed file: every bad row is reported with line:column and reason; the good row is read")
    func malformedRows() throws {
        let table = try ConductivityTable.read(csv: Self.malformed, mapping: Self.mapping(), file: "bad.csv")
        #expect(table.rowsRead == 8)
        #expect(table.measurements.count == 1)
        #expect(table.measurements.first?.compositionPrinted == "Li7La3Zr2O12")
        #expect(
            table.rejected.map(\.description) == [
                "3:16: conductivity '1.2e-3x': unknown unit 'x' at column 7",
                "4:3: composition 'LiXx2O': unknown element 'Xx' at column 3",
                "5:14: missing column 3 (temperature): the row has 2 fields",
                "6:11: composition 'Li7La3Zr2O1̅2': unexpected '1̅2' at column 11",
                "7:19: temperature '-300' is not above absolute zero",
                "8:8: conductivity '#N/A': expected a number at column 1",
                "9:8: conductivity '\u{FEFF}8.5e-4': expected a number at column 1",
            ])
    }

    @Test("a good file reads every row, with the mapping's citation for rows without a DOI")
    func goodFile() throws {
        let csv = """
            Composition,Sigma (S/cm),T (°C),DOI
            Li7La3Zr2O12,5.1e-4,25,https://doi.org/10.1000/a
            Li6PS5Cl,1.2 mS/cm,30 °C,
            "(Li2S)0.75 (P2S5)0.25",2.6 × 10⁻⁴,300 K,doi:10.1000/c
            """
        let table = try ConductivityTable.read(csv: csv, mapping: Self.mapping(), file: "good.csv")
        #expect(table.rejected.isEmpty)
        let ms = table.measurements
        #expect(ms.count == 3)
        #expect(ms[0].doi == "10.1000/a")
        #expect(ms[1].doi == nil && ms[1].citation == "J. Doe, lab book 3")
        #expect(abs(ms[1].conductivity.canonical - 1.2e-3) < 1e-15)
        #expect(abs(ms[1].temperature.canonical - 303.15) < 1e-9)
        #expect(ms[2].temperature.canonical == 300)
        #expect(abs(ms[2].conductivity.canonical - 2.6e-4) < 1e-16)
        #expect(ms[2].doi == "10.1000/c")
        #expect(ms.allSatisfy { $0.source == "lab-book" && $0.location.hasPrefix("line ") })
    }

    @Test("without a header: columns by number; without a temperature column: 25 °C assumed, said so")
    func numberedColumns() throws {
        let mapping = try Self.mapping(
            """
            source: numbered
            header: false
            columns:
              composition: 2
              conductivity: 1
            conductivity_unit: mS/cm
            family: argyrodite
            """)
        let table = try ConductivityTable.read(csv: "2.05,Li6PS5Cl\n1.3,Li6PS5Br\n", mapping: mapping, file: "n.csv")
        #expect(table.rejected.isEmpty)
        #expect(table.measurements.map(\.compositionPrinted) == ["Li6PS5Cl", "Li6PS5Br"])
        #expect(abs(table.measurements[0].conductivity.canonical - 2.05e-3) < 1e-15)
        #expect(
            table.measurements.allSatisfy { $0.family == .argyrodite && $0.temperatureBasis == .assumedRoomTemperature }
        )
        #expect(table.measurements[0].temperatureText == "assumed 25 °C (room temperature, not stated)")
        #expect(
            table.notices == ["no temperature column: every row is assumed at 25 °C (room temperature, not stated)"])
    }

    @Test("space groups with a combining overline are written with a minus; abbreviations are kept as text")
    func oddCharacters() throws {
        let mapping = try Self.mapping(
            """
            source: odd
            columns: {composition: c, conductivity: s, space_group: sg}
            """)
        let table = try ConductivityTable.read(
            csv: "c,s,sg\nLLZO,1e-4,Ia3\u{0305}d\nLi7La3Zr2O12_x000D_,2e-4,Ia-3d\n", mapping: mapping, file: "o.csv")
        #expect(table.rejected.isEmpty, "\(table.rejected)")
        #expect(table.measurements[0].spaceGroup == "Ia-3d")
        #expect(table.measurements[0].composition == nil)
        #expect(table.measurements[1].normalizedFormula == "Li7La3Zr2O12")
    }

    @Test("a mapped header that is not in the file is an error for the whole file, with a hint")
    func missingHeader() throws {
        #expect(
            throws: DatasetError(
                file: "h.csv", location: "1:1",
                reason:
                    "no column 'Sigma (S/cm)' for conductivity in the header (did you mean 'Sigma(S/cm)'?); the header has 'Composition', 'Sigma(S/cm)', 'T (°C)', 'DOI'"
            )
        ) {
            try ConductivityTable.read(
                csv: "Composition,Sigma(S/cm),T (°C),DOI\n", mapping: Self.mapping(), file: "h.csv")
        }
    }

    @Test(
        "mapping errors name the line and column in the YAML file",
        arguments: [
            (
                "source: x\ncolums: {}\n",
                "2:1: unknown key 'colums' (did you mean 'columns'?) (keys: source, header, columns, conductivity_unit, temperature_unit, default_temperature, family, kind)"
            ),
            ("source: x\ncolumns:\n  composition: A\n", "3:3: columns: 'conductivity' is required"),
            (
                "source: x\ncolumns:\n  composition: A\n  conductivity: B\n  temperature: C\n",
                "3:3: a temperature column needs 'temperature_unit' (K or °C)"
            ),
            (
                "source: x\nheader: false\ncolumns:\n  composition: A\n  conductivity: 2\n",
                "4:16: with 'header: false' columns are 1-based numbers, found 'A'"
            ),
            (
                "source: obelix\ncolumns: {composition: 1, conductivity: 2}\n",
                "1:9: source id 'obelix' is reserved for a bundled source"
            ),
            (
                "source: x\ncolumns: {composition: 1, conductivity: 1}\n",
                "2:41: column 1 is already mapped to 'composition'"
            ),
            (
                "source: x\ncolumns: {composition: 1, conductivity: 2}\nconductivity_unit: mAh/g\n",
                "3:20: 'mAh/g' is not a conductivity unit"
            ),
            (
                "source: x\ncolumns: {composition: 1, conductivity: 2, sigma: 3}\n",
                "2:44: unknown field 'sigma' (fields: composition, conductivity, temperature, doi, citation, family, space_group, kind, total_conductivity, bulk_conductivity, id)"
            ),
            ("source: [x\n", "2:1: not valid YAML: did not find expected ',' or ']'"),
        ])
    func mappingErrors(yaml: String, expected: String) {
        do {
            _ = try ConductivityMapping.parse(yaml: yaml, file: "map.yaml")
            Issue.record("expected an error")
        } catch {
            #expect("\(error.location): \(error.reason)" == expected)
            #expect(error.file == "map.yaml")
        }
    }

    @Test("the built-in OBELiX and Liverpool mappings are valid mapping files")
    func builtInMappings() throws {
        let obelix = try ConductivityMapping.parse(yaml: OBELiXDataset.mappingYAML, file: "obelix")
        #expect(obelix.defaultTemperature == .statedRoomTemperature)
        #expect(obelix.columns[.bulkConductivity] == .name("IC (Bulk)"))
        let liverpool = try ConductivityMapping.parse(yaml: LiverpoolDataset.mappingYAML, file: "liverpool")
        #expect(liverpool.temperatureUnit == Unit(.celsius))
        #expect(liverpool.sourceID == "liverpool")
    }

    /// Cells made of number, formula and noise characters: the importer never crashes, and every
    /// rejection points inside the row it names.
    @Test("any cell text is read or rejected with a place inside the row, never a crash")
    func neverCrashes() async throws {
        let mapping = try Self.mapping()
        let alphabet: [Character] =
            "0123456789.eE-+×10⁻⁴ LiLaZrOPS()\"_x000D_#N/A°CK,".map { $0 } + ["\u{FEFF}", "\u{0305}", "\u{00A0}"]
        let cell = Gen.element(of: alphabet).map { $0 ?? "0" }.array(of: 0...12).map { String($0) }
        await propertyCheck(count: 400, input: cell.array(of: 4)) { cells in
            let line = cells.map { CSVTable.line([$0]) }.joined(separator: ",")
            let csv = "Composition,Sigma (S/cm),T (°C),DOI\n" + line + "\n"
            guard let table = try? ConductivityTable.read(csv: csv, mapping: mapping, file: "p.csv") else { return }
            #expect(table.measurements.count + table.rejected.count >= min(1, table.rowsRead))
            for r in table.rejected {
                #expect(r.line == 2)
                #expect(r.column >= 1 && r.column <= line.count + 1, "\(r) in \(line.debugDescription)")
            }
        }
    }
}
