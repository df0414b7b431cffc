import AtlasData
import Foundation
import Testing

/// The built `mbatlas` run as a user runs it, on the bundled data, with counts derived from the
/// dataset.
@Suite("mbatlas end to end", .serialized)
struct EndToEndTests {
    static let review = Result { try ReviewDataset.bundled() }

    func jsonArray(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test("summary counts the 75 records, by class and architecture, from the data")
    func summary() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let r = try cli.run(["summary"])
        #expect(r.status == 0, "\(r.stderr)")
        let review = try Self.review.get()
        let glass = review.records.filter { $0.electrolyteClass == .glass }.count
        let threeD = review.records.filter { $0.structure.architecture == .threeDimensional }.count
        #expect(r.stdout.contains("75 records (75 from the review's Table 2, 0 imported)"))
        #expect(r.stdout.contains("glass \(glass)"))
        #expect(r.stdout.contains("3D \(threeD)"))
    }

    @Test("list --format json returns exactly the records the filter selects, in the documented schema")
    func listJSON() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let r = try cli.run(["list", "--where", "structure = 3D", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try jsonArray(r.stdout)
        let want = try Self.review.get().records.filter { $0.structure.architecture == .threeDimensional }.map(\.id)
        #expect(rows.compactMap { $0["id"] as? Int } == want)
        let keys = [
            "id", "electrolyte", "family", "class", "method", "conductivity_S_per_cm", "cell", "anode", "cathode",
            "structure", "structure_detail", "capacity", "voltage_min_V", "voltage_max_V", "current_raw", "cycles",
            "retention_percent", "ref",
        ]
        for row in rows {
            for key in keys { #expect(row.keys.contains(key), "missing \(key)") }
            let capacity = try #require(row["capacity"] as? [String: Any])
            #expect(Set(capacity.keys) == ["value", "unit", "raw"])
            #expect(row["structure"] as? String == "3D")
        }
    }

    @Test("show prints printed and parsed values with the full citation; --format json too")
    func show() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let text = try cli.run(["show", "1"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("150 μA h"))
        #expect(
            text.stdout.contains(
                "Reference 56: J. B. Bates, N. J. Dudney, B. Neudecker, A. Ueda and C. D. Evans, Solid State Ionics, 2000, 135, 33–45."
            ))
        let json = try cli.run(["show", "3", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? Int == 3)
        let sigma = try #require((object["conductivity"] as? [[String: Any]])?.last)
        #expect(sigma["printed"] as? String == "3.2 μS cm⁻¹")
        let value = try #require(sigma["value"] as? [String: Any])
        let canonical = try #require(value["canonical"] as? [String: Any])
        #expect((canonical["value"] as? Double).map { abs($0 - 3.2e-6) < 1e-18 } == true)
    }

    @Test("bad input: one line on stderr naming the place and the reason, exit status 2")
    func badInput() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let cases: [([String], String)] = [
            (
                ["list", "--where", "conductivty > 1e-6"],
                "error: --where: unknown field 'conductivty' at column 1 (did you mean 'conductivity'?)\n"
            ),
            (
                ["list", "--where", "conductivity > 5 mAh/g"],
                "error: --where: 'mAh/g' is not a conductivity unit at column 18\n"
            ),
            (["show", "99"], "error: record 99 does not exist (the store has 75 records; review entries are 1–75)\n"),
            (["show", "x"], "error: record id 'x': expected a positive whole number\n"),
            (["list", "--sort", "cycels"], "error: --sort: unknown sort field 'cycels' (did you mean 'cycles'?)\n"),
        ]
        for (arguments, message) in cases {
            let r = try cli.run(arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stderr == message)
            #expect(r.stdout.isEmpty)
        }
    }

    @Test("import: a broken row is reported as file:line:column and nothing is written")
    func importAllOrNothing() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let path = try cli.file(
            "lab.csv",
            """
            electrolyte,family,structure,cell,conductivity_raw,doi
            LiPON,LiPON,3D,Li/LiPON/LiCoO2,2 uS/cm,10.1/a
            LiPON,LiPON,3D,Li/LiPON/LiMn2O4,2 uS/xx,10.1/b

            """)
        let r = try cli.run(["import", path])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("\(path):3:33: conductivity_raw: '2 uS/xx': unknown unit 'xx' at column 6\n"))
        #expect(r.stderr.hasSuffix("error: \(path): 1 row rejected, 1 valid; nothing written\n"))
        #expect(try cli.run(["summary"]).stdout.contains("75 records"))
    }

    @Test("export, import into an empty store and export again gives the same bytes")
    func exportImportRoundTrip() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let first = try cli.run(["export", "--format", "csv"])
        #expect(first.status == 0)
        let file = try cli.file("export.csv", first.stdout)
        let empty = cli.dataHome.appendingPathComponent("empty.sqlite").path
        #expect(try cli.run(["init", "--db", empty, "--empty"]).status == 0)
        let imported = try cli.run(["import", file, "--db", empty])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "imported 75 records from export.csv (ids 1–75)\n")
        let second = try cli.run(["export", "--format", "csv", "--db", empty])
        #expect(second.stdout == first.stdout)
    }

    @Test("list's table fits 100 columns with units in its headers, also with imported ids; csv has a row per record")
    func listTable() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        // A long name and a four-digit id are what could push the table past 100 columns.
        let path = try cli.file(
            "wide.csv",
            """
            electrolyte,family,structure,cell,conductivity_raw,capacity_raw,cycles,retention_raw,methods,doi
            Li2.88PO3.73N0.14 (sputtered in N2 at 5 mTorr),LiPON,3D,Li/LiPON/LiNi0.5Mn1.5O4,2.4 uS/cm,120 uAh/cm2,12000,99.5%,RF MS,10.1000/wide

            """)
        #expect(try cli.run(["import", path]).status == 0)
        let table = try cli.run(["list"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 76 + 2 + 1)  // header, rule, 76 records, count line
        for line in lines { #expect(line.count <= 100, "\(line.count) columns: \(line)") }
        let header = try #require(lines.first)
        #expect(header.contains("σ (S/cm)") && header.contains("ret (%)"))
        #expect(lines.contains { $0.hasPrefix("1001 ") })
        // An imported record's values and the derived values built on them say where they came from.
        let shown = try cli.run(["show", "1001"]).stdout
        #expect(shown.contains("from capacity 120 uAh/cm2 (imported)"), "\(shown)")
        #expect(shown.contains("voltage window              not given in wide.csv"))
        #expect(!shown.contains("Table 2"))
        let csv = try cli.run(["list", "--where", "structure = 3D", "--format", "csv"])
        let threeD = try Self.review.get().records.filter { $0.structure.architecture == .threeDimensional }.count
        #expect(csv.stdout.split(separator: "\n").count == 1 + threeD + 1)  // header, review's 3D cells, the import
    }

    @Test("fields lists every field of the --where language with its type and an example")
    func fields() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let r = try cli.run(["fields"])
        #expect(r.status == 0)
        for name in [
            "id", "electrolyte", "family", "class", "method", "structure", "conductivity", "thickness",
            "capacity_areal", "capacity_specific", "voltage_max", "cycles", "retention", "ref", "cathode", "anode",
        ] {
            #expect(r.stdout.split(separator: "\n").contains { $0.hasPrefix(name + " ") }, "missing \(name)")
        }
        #expect(r.stdout.contains("S/cm"))
    }

    @Test("import --dry-run writes nothing; a duplicate is refused (exit 2) unless --allow-duplicates")
    func importDryRunAndDuplicates() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let path = try cli.file(
            "dup.csv", "electrolyte,family,structure,cell,ref,capacity_raw\nLiPON,LiPON,2D,Li/LiPON/LiCoO2,56,150 uAh\n"
        )
        let dry = try cli.run(["import", path, "--dry-run", "--allow-duplicates"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try cli.run(["summary"]).stdout.contains("75 records"))
        let refused = try cli.run(["import", path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("duplicate of record 1"))
        #expect(try cli.run(["summary"]).stdout.contains("75 records"))
        let allowed = try cli.run(["import", path, "--allow-duplicates"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try cli.run(["summary"]).stdout.contains("76 records"))
    }

    @Test("a store path that cannot be created and a malformed JSON import are named in plain words")
    func systemErrorsInPlainWords() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let blocker = try cli.file("not-a-directory", "x")
        let db = try cli.run(["list", "--db", blocker + "/atlas.sqlite"])
        #expect(db.status == 2)
        #expect(!db.stderr.contains("Domain=") && !db.stderr.contains("UserInfo"), "\(db.stderr)")
        #expect(db.stderr.hasPrefix("error: --db \(blocker)/atlas.sqlite: "))
        let json = try cli.file("bad.json", "[\n  {\"electrolyte\": \"LiPON\",\n   \"family\": }\n]\n")
        let r = try cli.run(["import", json])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("\(json):3:14: not valid JSON"), "\(r.stderr)")
        #expect(!r.stderr.contains("Domain="))
    }

    @Test("show and rank take the user's assumptions for conversions the review cannot make, and say so")
    func assumptions() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        // Record 1 prints its capacity as a charge (150 μA h): no areal capacity without an area.
        let plain = try cli.run(["show", "1", "--format", "json"])
        let before = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        #expect((before["derived"] as? [String: Any])?["capacity_areal"] == nil)
        let assumed = try cli.run(["show", "1", "--format", "json", "--assume-area", "2 cm2"])
        #expect(assumed.status == 0, "\(assumed.stderr)")
        let after = try #require(try JSONSerialization.jsonObject(with: Data(assumed.stdout.utf8)) as? [String: Any])
        let areal = try #require((after["derived"] as? [String: Any])?["capacity_areal"] as? [String: Any])
        #expect(areal["value"] as? Double == 75)
        #expect((areal["inputs"] as? [String])?.contains("area 2 cm² (assumption given by the user)") == true)
        let text = try cli.run(["show", "1", "--assume-area", "2cm2"])
        #expect(text.stdout.contains("from area 2 cm² (assumption given by the user)"))
        for (option, value, message) in [
            ("--assume-area", "5", "error: --assume-area: give a unit: '5' alone is ambiguous\n"),
            (
                "--assume-cathode-thickness", "2 V",
                "error: --assume-cathode-thickness: 'V' is not a thickness unit at column 3\n"
            ),
            (
                "--assume-cathode-density", "-1 g/cm3",
                "error: --assume-cathode-density: must be positive, found '-1 g/cm3'\n"
            ),
        ] {
            let r = try cli.run(["rank", "\(option)=\(value)"])
            #expect(r.status == 2 && r.stderr == message, "\(r.stderr)")
        }
        #expect(try cli.run(["rank", "--assume-cathode-thickness", "1um", "--format", "json"]).status == 0)
    }

    @Test("cite prints the reference as text and BibTeX")
    func cite() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        #expect(
            try cli.run(["cite", "12"]).stdout
                == "[239] M. Baba, N. Kumagai, N. Fujita, K. Ohta, K. Nishidate, S. Komaba, H. Groult, D. Devilliers and B. Kaplan, J. Power Sources, 2001, 97–98, 798–800.\n"
        )
        let bib = try cli.run(["cite", "1", "--format", "bibtex"]).stdout
        #expect(
            bib.hasPrefix(
                "@article{jetybayeva2021ref56,\n  author = {J. B. Bates and N. J. Dudney and B. Neudecker and A. Ueda and C. D. Evans},"
            ))
        #expect(bib.contains("pages = {33--45}"))
    }
}
