import Foundation
import Testing

/// `mbatlas conductivity`, `mbatlas sources` and conductivity imports, run on the built binary.
@Suite("mbatlas conductivity and sources")
struct ConductivityCommandTests {
    @Test("sources lists the review and OBELiX with counts; --licence obelix prints CC BY 4.0")
    func sources() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let r = try cli.run(["sources"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("obelix  bundled           626"))
        #expect(r.stdout.contains("arXiv:2502.14234"))
        let licence = try cli.run(["sources", "--licence", "obelix"])
        #expect(licence.status == 0)
        #expect(licence.stdout.hasPrefix("# Attribution 4.0 International"))
        let missing = try cli.run(["sources", "--licence", "nope"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: --licence: no source 'nope' (sources: review, obelix)\n")
    }

    @Test("one query over all sources: family = garnet and temperature between 20 C and 30 C")
    func query() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let r = try cli.run([
            "conductivity", "--where", "family = garnet and temperature between 20 C and 30 C", "--format", "csv",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("source,location,composition") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("review,") || $0.hasPrefix("obelix,") })
        #expect(lines.contains { $0.hasPrefix("review,") } && lines.contains { $0.hasPrefix("obelix,") })
        let bad = try cli.run(["conductivity", "--where", "temprature > 300 K"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "error: --where: unknown field 'temprature' at column 1 (did you mean 'temperature'?)\n")
    }

    @Test(
        "a malformed conductivity CSV is reported line by line and nothing is written; --skip-bad-rows writes the rest")
    func malformedImport() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let mapping = try cli.file(
            "map.yaml",
            "source: lab\ncolumns:\n  composition: Composition\n  conductivity: Sigma (S/cm)\n  temperature: T (°C)\ntemperature_unit: °C\n"
        )
        let csv = try cli.file(
            "bad.csv",
            "\u{FEFF}Composition,Sigma (S/cm),T (°C)\nLi6PS5Cl,2e-3,25\nLiXx2O,1e-5,25\nLi3InCl6,1.2e-3x,25\nLi7La3Zr2O1\u{0305}2,1e-4,25\nLi3OCl,1e-4\n"
        )
        let r = try cli.run(["import", "--mapping", mapping, csv])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(
            r.stderr == """
                \(csv):3:3: composition 'LiXx2O': unknown element 'Xx' at column 3
                \(csv):4:16: conductivity '1.2e-3x': unknown unit 'x' at column 7
                \(csv):5:11: composition 'Li7La3Zr2O1̅2': unexpected '1̅2' at column 11
                \(csv):6:12: missing column 3 (temperature): the row has 2 fields
                error: \(csv): 4 rows rejected, 1 valid; nothing written (--skip-bad-rows imports the valid rows)

                """)
        #expect(try cli.run(["sources"]).stdout.contains("lab") == false)
        let skip = try cli.run(["import", "--mapping", mapping, "--skip-bad-rows", csv])
        #expect(skip.status == 0)
        #expect(skip.stdout == "imported 1 measurement from bad.csv as source 'lab'; 4 rows skipped\n")
        let found = try cli.run(["conductivity", "Li6PS5Cl", "--where", "source = lab", "--format", "csv"])
        #expect(found.stdout.split(separator: "\n").count == 2)
        // A file with a header and no data rows would replace the source's measurements with none.
        let empty = try cli.file("empty.csv", "Composition,Sigma (S/cm),T (°C)\n")
        let refused = try cli.run(["import", "--mapping", mapping, empty])
        #expect(refused.status == 2)
        #expect(refused.stderr == "error: \(empty): no measurements to import (0 data rows read); nothing written\n")
        #expect(
            try cli.run(["conductivity", "Li6PS5Cl", "--where", "source = lab", "--format", "csv"]).stdout
                == found.stdout)
    }

    @Test("an unterminated quote stops the import, after the errors of the rows before it are reported")
    func unterminatedQuote() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let mapping = try cli.file(
            "map.yaml", "source: lab\ncolumns:\n  composition: Composition\n  conductivity: Sigma\n")
        let csv = try cli.file(
            "quote.csv", "Composition,Sigma\nLiXx2O,1e-5\nLi6PS5Cl,2e-3\n\"Li3OCl,1e-4\nLi3InCl6,1e-3\n")
        for options in [[], ["--skip-bad-rows"]] {
            let r = try cli.run(["import", "--mapping", mapping] + options + [csv])
            #expect(r.status == 2)
            #expect(r.stderr.hasPrefix("\(csv): note: no temperature column"))
            #expect(
                r.stderr.hasSuffix(
                    """
                    \(csv):2:3: composition 'LiXx2O': unknown element 'Xx' at column 3
                    error: \(csv):4:1: unterminated quoted field; the rest of the file cannot be read; nothing written

                    """), "\(r.stderr)")
        }
        #expect(try cli.run(["sources"]).stdout.contains("lab") == false)
    }

    @Test(
        "a formula query names the review's values of the same families that only a name reaches (LLZO for Li7La3Zr2O12)"
    )
    func alsoByName() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let r = try cli.run(["conductivity", "Li7La3Zr2O12"])
        #expect(r.status == 0)
        #expect(
            r.stdout.split(separator: "\n").dropFirst().first
                == "The review also quotes garnet values under names, not formulas, which a formula does not match: LLZO, LLZO thin film (mbatlas conductivity NAME lists them)."
        )
        let json = try cli.run(["conductivity", "Li7La3Zr2O12", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["also_by_name"] as? [String] == ["LLZO", "LLZO thin film"])
        // Each name finds what the hint promises.
        #expect(try cli.run(["conductivity", "LLZO thin film"]).stdout.contains("review"))
    }

    @Test("a composition that is neither a name in the data nor a formula is an error naming the column")
    func notAFormula() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let element = try cli.run(["conductivity", "Li3Xx"])
        #expect(element.status == 2)
        #expect(
            element.stderr
                == "error: composition: no measurement is named 'Li3Xx', and it is not a formula: unknown element 'Xx' at column 4\n"
        )
        let parenthesis = try cli.run(["conductivity", "Li1.3Al0.3Ti1.7(PO4"])
        #expect(parenthesis.status == 2)
        #expect(parenthesis.stderr.contains("unbalanced parenthesis at column 16"))
    }

    @Test("--at without a unit is refused; a composition without fits says there is no value")
    func at() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let bad = try cli.run(["conductivity", "Li7La3Zr2O12", "--at", "25"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "error: --at: give a unit: 25C or 25 K\n")
        let r = try cli.run(["conductivity", "LLZO", "--at", "25C"])
        #expect(r.status == 0)
        #expect(
            r.stdout.hasPrefix(
                "LLZO: 1 measurement from 1 source (matched by text only: 'LLZO' is not a formula with numbers)"))
        #expect(r.stdout.contains("no Arrhenius fit"))
    }
}
