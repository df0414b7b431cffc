import AtlasPhysics
import Foundation
import Testing

@testable import AtlasCLI

/// `screen`, `design`, `rank`, `families` and `methods` run as a user runs them: the issues'
/// own syntax, the bad inputs an audit found, and the help each command prints.
@Suite("mbatlas screen, design, rank: options as the issues write them", .serialized)
struct AnalysisCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The criteria labels `screen --format json` reports.
    func criteria(_ cli: CLI, _ arguments: [String]) throws -> [String] {
        let r = try cli.run(["screen", "--families-only", "--format", "json"] + arguments)
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        let candidates = try #require(try json(r.stdout)["candidates"] as? [[String: Any]])
        let results = try #require(candidates.first?["results"] as? [[String: Any]])
        return results.compactMap { $0["criterion"] as? String }
    }

    @Test(
        "a number and its unit may be two words: --min-conductivity 1e-6 S/cm, --window 0-5 V, --max-process-temperature 400 C"
    )
    func unitAsSeparateWord() throws {
        #expect(
            QuantityArguments.joiningUnits([
                "screen", "--min-conductivity", "1e-6", "S/cm", "--window", "0-5", "V", "--limit", "3",
            ])
                == ["screen", "--min-conductivity", "1e-6 S/cm", "--window", "0-5 V", "--limit", "3"])
        #expect(
            QuantityArguments.joiningUnits(["design", "--area=1", "mm2", "--rate", "1C", "--area", "-1", "mm2"])
                == ["design", "--area=1 mm2", "--rate", "1C", "--area", "-1 mm2"])
        // A value that already has its unit, another command, or an option after it: left alone.
        #expect(
            QuantityArguments.joiningUnits(["screen", "--window", "0-5V", "extra"]) == [
                "screen", "--window", "0-5V", "extra",
            ])
        #expect(QuantityArguments.joiningUnits(["list", "--limit", "5", "x"]) == ["list", "--limit", "5", "x"])
        #expect(
            QuantityArguments.joiningUnits(["screen", "--window", "0-5", "--limit", "2"]) == [
                "screen", "--window", "0-5", "--limit", "2",
            ])

        let cli = try CLI()
        defer { cli.cleanUp() }
        let labels = try criteria(
            cli,
            [
                "--min-conductivity", "1e-6", "S/cm", "--max-electronic", "1e-10", "S/cm", "--window", "0-4.5", "V",
                "--max-process-temperature", "400", "C",
            ])
        #expect(labels.contains("ionic conductivity ≥ 10⁻⁶ S cm⁻¹"), "\(labels)")
        #expect(labels.contains("stable over 0–4.5 V"), "\(labels)")
        #expect(labels.contains("processing ≤ 400 °C"), "\(labels)")
        let design = try cli.run([
            "design", "--cathode", "LiCoO2:1um", "--electrolyte", "LiPON:1.5um", "--anode", "Li", "--area", "1", "mm2",
        ])
        #expect(design.status == 0, "\(design.stderr)")
        #expect(design.stdout.contains("Cell of 1 mm²"))
    }

    @Test("a bare --max-process-temperature is °C: 400, 400 C, 400C and 673.15 K give the same criterion")
    func processTemperature() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        for spelling in [["400"], ["400", "C"], ["400C"], ["673.15", "K"]] {
            let labels = try criteria(cli, ["--max-process-temperature"] + spelling)
            #expect(labels.contains("processing ≤ 400 °C"), "\(spelling): \(labels)")
        }
        let help = try cli.run(["screen", "--help"])
        #expect(help.stdout.contains("a bare number is in"))
    }

    @Test("bad input to screen, design and rank: one line naming the option and the reason, exit status 2")
    func badInput() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let cell = ["--cathode", "LiCoO2:1um", "--electrolyte", "LiPON:1.5um", "--anode", "Li"]
        let cases: [([String], String)] = [
            (
                ["screen", "--min-conductivity=-1e-6S/cm"],
                "error: --min-conductivity: must be greater than zero, got −1 × 10⁻⁶ S cm⁻¹\n"
            ),
            (
                ["screen", "--min-conductivity", "-1e-6", "S/cm"],
                "error: --min-conductivity: must be greater than zero, got −1 × 10⁻⁶ S cm⁻¹\n"
            ),
            (
                ["screen", "--window", "5-0V"],
                "error: --window: the window must run from low to high, e.g. 0-5 V; got '5-0V'\n"
            ),
            (
                ["screen", "--max-process-temperature", "-300"],
                "error: --max-process-temperature: '-300' is not above absolute zero (0 K = −273.15 °C)\n"
            ),
            (["design"] + cell + ["--area", "-1mm2"], "error: --area: must be greater than zero, got '-1mm2'\n"),
            (
                ["design"] + cell + ["--temperature", "-300C"],
                "error: --temperature: '-300C' is not above absolute zero (0 K = −273.15 °C)\n"
            ),
            (["design"] + cell + ["--rate", "-1C"], "error: --rate: must be greater than zero, got '-1C'\n"),
            (
                ["design"] + cell + ["--current", "-10uA/cm2"],
                "error: --current: must be greater than zero, got '-10uA/cm2'\n"
            ),
            (
                ["design"] + cell + ["--max-aspect-ratio", "-5"],
                "error: --max-aspect-ratio: must be greater than zero, got '-5'\n"
            ),
            (
                ["design", "--cathode", "Unobtainium:1um", "--electrolyte", "LiPON:1.5um", "--anode", "Li"],
                "error: --cathode: unknown cathode 'Unobtainium' (known: LiCoO2, LiMn2O4, LiNi0.5Mn1.5O4, LiFePO4, V2O5, LiV2O5, MoO3, TiOS, LiCo0.8Ni0.2O2, LiNi0.8Co0.15Al0.05O2)\n"
            ),
            (
                ["design", "--cathode", "LiCoO2:1um", "--electrolyte", "LiPON", "--anode", "Li"],
                "error: --electrolyte: cannot read 'LiPON': the electrolyte needs a thickness (e.g. LiPON:1.5um)\n"
            ),
            (
                ["design"] + cell.dropLast() + ["Unobtainium"],
                "error: --anode: unknown anode 'Unobtainium' (known: \(ElectrodeMaterial.anodes.map(\.id).joined(separator: ", ")))\n"
            ),
            (
                ["design"] + cell + ["--geometry", "spirals:d=1um"],
                "error: --geometry: cannot read 'spirals:d=1um': unknown geometry 'spirals'; expected \(GeometrySpec.grammar)\n"
            ),
        ]
        for (arguments, message) in cases {
            let r = try cli.run(arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stderr == message, "\(arguments)")
            #expect(r.stdout.isEmpty, "\(arguments)")
        }
        let unknown = try cli.run(["screen", "--stable-with", "Unobtainium"])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr.hasPrefix(
                "error: --stable-with: no stability evidence for 'Unobtainium' in the data; evidence exists for Li"))
        #expect(unknown.stderr.contains(", LiCoO2, "))
        #expect(try cli.run(["screen", "--stable-with", "Si", "--limit", "1"]).status == 0)
    }

    @Test("design's infeasible geometry is an error naming the violated condition: aspect ratio, shells in the gap")
    func infeasibleGeometry() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let cell = ["design", "--cathode", "LiCoO2:1um", "--electrolyte", "LiPON:1.5um", "--anode", "Li"]
        let tall = try cli.run(cell + ["--geometry", "pillars:d=0.1um,gap=10um,h=100um"])
        #expect(tall.status == 2)
        #expect(
            tall.stderr
                == "error: --geometry: aspect ratio h/d = 1000 exceeds the limit 20 (the default limit, a bound of this tool, not a literature value); --max-aspect-ratio sets another limit\n"
        )
        #expect(
            try cli.run(cell + ["--geometry", "pillars:d=0.1um,gap=10um,h=100um", "--max-aspect-ratio", "none"]).status
                == 0)
        #expect(
            try cli.run(cell + ["--geometry", "pillars:d=0.1um,gap=10um,h=100um", "--max-aspect-ratio", "1000"]).status
                == 0)
        let headline = try cli.run(cell + ["--geometry", "pillars:d=2um,gap=2um,h=20um"])
        #expect(headline.status == 2)
        #expect(
            headline.stderr
                == "error: geometry does not fit: 2·(cathode 1 µm + electrolyte 1.5 µm) = 5 µm already exceeds 2 µm by 3 µm, leaving no room for the anode (2·(total coating) ≤ gap = 2 µm); these layers fit a gap of at least 5.33 µm with the anode sized to N/P = 1, other dimensions unchanged\n"
        )
        #expect(try cli.run(cell + ["--geometry", "pillars:d=2um,gap=5.33um,h=20um"]).status == 0)
    }

    @Test("inverse design prints the power at the drop limit and the rate at which the target power is met")
    func inversePower() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let r = try cli.run([
            "design", "--cathode", "LiCoO2:1um", "--electrolyte", "LiPON:1.5um", "--anode", "Li", "--target-energy",
            "240uWh",
            "--target-power", "10mW",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("smallest footprint (mm²)            126.7 — set by the power target"))
        #expect(r.stdout.contains("power at the 0.1 V drop limit (µW)  10000 at 28.91C"))
        #expect(r.stdout.contains("target power met at (C)             28.91C: 10000 µW with an ohmic drop of 0.1 V"))
        #expect(r.stdout.contains("power at 1C (µW)"))
        let j = try cli.run([
            "design", "--cathode", "LiCoO2:1um", "--electrolyte", "LiPON:1.5um", "--anode", "Li", "--target-energy",
            "240uWh",
            "--target-power", "10mW", "--format", "json",
        ])
        let inverse = try #require(try json(j.stdout)["inverse_design"] as? [String: Any])
        let deliverable = try #require(inverse["deliverable_power_at_max_drop_uW"] as? Double)
        #expect(abs(deliverable / 10_000 - 1) < 1e-9)
        #expect(inverse["target_power_uW"] as? Double == 10_000)
    }

    @Test("each analysis command's help lists the formats it prints, and refuses the others")
    func formats() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let commands: [[String]] = [
            ["design", "--cathode", "LiCoO2:1um", "--electrolyte", "LiPON:1.5um", "--anode", "Li"], ["screen"],
            ["rank"],
            ["families"], ["methods"],
        ]
        for command in commands {
            let help = try cli.run([command[0], "--help"])
            #expect(help.stdout.contains("(values: table, json; default: table)"), "\(command[0])")
            for other in ["csv", "text"] {
                let r = try cli.run(command + ["--format", other])
                #expect(r.status == 2, "\(command[0]) \(other)")
                #expect(
                    r.stderr.hasPrefix(
                        "error: The value '\(other)' is invalid for '--format <format>'. Please provide one of 'table' and 'json'."
                    ),
                    "\(command[0]) \(other): \(r.stderr)")
            }
        }
    }

    @Test(
        "rank tables: a heading without a capacity form has no empty label; flagged cells are marked ⚠ and their flags listed, assumptions included"
    )
    func rankTables() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let plain = try cli.run(["rank", "--by", "energy,power"])
        #expect(plain.status == 0)
        #expect(plain.stdout.hasPrefix("2D cells: 2 on the Pareto front of 21\n"), "\(plain.stdout)")
        #expect(!plain.stdout.contains(", :"))
        let assumed = try cli.run([
            "rank", "--by", "energy,power", "--assume-area", "1cm2", "--assume-cathode-thickness", "1um",
        ])
        #expect(assumed.status == 0, "\(assumed.stderr)")
        let lines = assumed.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  67 ") && $0.contains(" ⚠") })
        let note = try #require(
            lines.firstIndex(of: "  ⚠ 67: energy rests on area 1 cm² (assumption given by the user)"))
        #expect(lines[note + 1] == "        power rests on area 1 cm² (assumption given by the user)")
        #expect(lines.allSatisfy { !$0.hasPrefix("  ⚠") && !$0.hasPrefix("        ") || $0.count <= 100 })
        let json = try cli.run(["rank", "--by", "energy,power", "--assume-area", "1cm2", "--format", "json"])
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let front = try #require(groups.first?["front"] as? [[String: Any]])
        let e67 = try #require(front.first { $0["record_id"] as? Int == 67 })
        #expect((e67["flags"] as? [String])?.first == "energy rests on area 1 cm² (assumption given by the user)")
    }

    @Test("families --help and methods --help say which values the statistics use; --format json lists them")
    func statisticsValuesDocumented() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        for command in ["families", "methods"] {
            // Help is wrapped to the terminal's width: compare the words.
            let help = try cli.run([command, "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(
                separator: " ")
            #expect(help.contains("first value it prints in that quantity's form"), "\(command)")
            #expect(help.contains("lists the values behind each statistic"), "\(command)")
        }
        let groups = try #require(
            try JSONSerialization.jsonObject(with: Data(try cli.run(["families", "--format", "json"]).stdout.utf8))
                as? [[String: Any]])
        let lipon = try #require(groups.first { $0["key"] as? String == "LiPON" })
        let perMicron = try #require(lipon["capacity_volumetric_uAh_per_cm2_per_um"] as? [String: Any])
        let values = try #require(perMicron["values"] as? [[String: Any]])
        #expect(values.count == perMicron["count"] as? Int)
        #expect(values.contains { $0["record_id"] as? Int == 14 && $0["value"] as? Double == 55 })
    }

    @Test(
        "families and methods tables: within 100 columns, no number cut, every statistic of the JSON (n, median, min, max, record ids)"
    )
    func groupTables() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let keys = [
            ("ionic conductivity (S/cm)", "conductivity_S_per_cm"),
            ("capacity, areal (µAh/cm²)", "capacity_areal_uAh_per_cm2"),
            ("capacity per µm (µAh/cm²/µm)", "capacity_volumetric_uAh_per_cm2_per_um"),
            ("capacity, specific (mAh/g)", "capacity_specific_mAh_per_g"), ("cycles", "cycles"),
            ("retention (%)", "retention_percent"),
        ]
        for command in ["families", "methods"] {
            let table = try cli.run([command])
            #expect(table.status == 0)
            let lines = table.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.allSatisfy { $0.count <= 100 }, "\(command): \(lines.filter { $0.count > 100 })")
            #expect(!table.stdout.contains("…"))
            let groups = try #require(
                try JSONSerialization.jsonObject(with: Data(try cli.run([command, "--format", "json"]).stdout.utf8))
                    as? [[String: Any]])
            #expect(!groups.isEmpty)
            for group in groups {
                let name = try #require(group["name"] as? String)
                let count = try #require(group["count"] as? Int)
                let start = try #require(
                    lines.firstIndex(of: "\(name) — \(count) record\(count == 1 ? "" : "s")"), "\(command) \(name)")
                let block = Array(lines[start...].prefix { !$0.isEmpty })
                // Record ids, wrapped over as many lines as needed.
                let ids = block.dropFirst().prefix { !$0.hasPrefix("    ") || $0.contains(",") }
                    .joined(separator: " ").replacingOccurrences(of: "records:", with: "")
                    .split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Int($0) }
                #expect(ids == (group["record_ids"] as? [Int]), "\(command) \(name)")
                for (label, key) in keys {
                    let row = try #require(
                        block.first { $0.hasPrefix("  " + label + " ") }, "\(command) \(name) \(label)")
                    let fields = row.dropFirst(2 + 32).split(separator: " ").map(String.init)
                    guard let stats = group[key] as? [String: Any] else {
                        #expect(fields == ["0", "—"], "\(command) \(name) \(label): \(row)")
                        continue
                    }
                    #expect(fields.count == 4, "\(row)")
                    #expect(Int(fields[0]) == stats["count"] as? Int, "\(row)")
                    for (text, statistic) in zip(fields.dropFirst(), ["median", "min", "max"]) {
                        // The printed number parses back to the JSON value, to 3 significant digits.
                        let printed = try #require(
                            Double(text), "\(command) \(name) \(label): '\(text)' is not a whole number")
                        let exact = try #require(stats[statistic] as? Double)
                        #expect(
                            abs(printed - exact) <= 5e-3 * abs(exact),
                            "\(command) \(name) \(label) \(statistic): \(text) vs \(exact)")
                    }
                }
            }
        }
    }
}
