import AtlasTestSupport
import Foundation
import Testing

/// `mbatlas plot arrhenius` and `mbatlas plot conductivity` over the measurement store, run on the
/// built binary.
@Suite("mbatlas plot arrhenius and conductivity")
struct PlotCommandTests {
    /// A lab table of Li3OCl: study a at 4 temperatures, study b at 3, made with Eₐ 0.35 and 0.50 eV
    /// (σT form) and scattered by a few per cent.
    static let mapping = """
        source:
          id: lab
          name: Lab book 3
        columns:
          composition: Composition
          conductivity: Sigma
          temperature: T
          doi: DOI
        temperature_unit: °C
        family: anti-perovskite
        """

    static var csv: String {
        var lines = ["Composition,Sigma,T,DOI"]
        let k = 8.617333262e-5
        for (c, f) in [(25.0, 1.03), (60, 0.97), (100, 1.02), (150, 0.99)] {
            let t = c + 273.15
            lines.append("Li3OCl,\(2e4 / t * exp(-0.35 / (k * t)) * f),\(c),10.9999/a")
        }
        for (c, f) in [(30.0, 0.98), (80, 1.03), (130, 0.99)] {
            let t = c + 273.15
            lines.append("Li3OCl,\(5e5 / t * exp(-0.50 / (k * t)) * f),\(c),10.9999/b")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CLI with the lab table imported.
    static func withLab() throws -> CLI {
        let cli = try CLI()
        let imported = try cli.run(["import", "--mapping", cli.file("lab.yaml", mapping), cli.file("lab.csv", csv)])
        #expect(imported.status == 0, "\(imported.stderr)")
        return cli
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("plot arrhenius --composition: an SVG, a mark per measurement, a line per study with ≥ 3 temperatures")
    func arrhenius() throws {
        let cli = try Self.withLab()
        defer { cli.cleanUp() }
        let r = try cli.run(["plot", "arrhenius", "--composition", "Li3OCl"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(r.stdout.hasPrefix("<svg"))
        #expect(r.stdout.contains("Arrhenius plot of Li3OCl"))
        // 7 lab measurements and OBELiX's Li3ClO at 25 °C (as is one lab point); lines for a and b only.
        #expect(Self.count("data-id=\"measurement-", in: r.stdout) == 8)
        #expect(Self.count("class=\"series-line\"", in: r.stdout) == 2)
        #expect(r.stdout.contains("Lab book 3 · doi:10.9999/a: Eₐ = 0.3"))
        #expect(r.stdout.contains("Lab book 3 · doi:10.9999/b: Eₐ = 0.5"))
        #expect(r.stdout.contains("Temperature (°C)"))
        #expect(r.stdout.contains("1000/T (K⁻¹)"))
        let out = cli.dataHome.appendingPathComponent("li3ocl.svg").path
        let written = try cli.run(["plot", "arrhenius", "--composition", "Li3OCl", "-o", out])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(
            written.stderr.hasSuffix(
                "8 measurements of Li3OCl at 7 temperatures; 2 of 3 studies fitted (≥ 3 temperatures)\n"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == r.stdout)
    }

    @Test(
        "plot arrhenius --format png writes a PNG",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert"), "rsvg-convert not installed"))
    func png() throws {
        let cli = try Self.withLab()
        defer { cli.cleanUp() }
        let out = cli.dataHome.appendingPathComponent("li3ocl.png").path
        let r = try cli.run(["plot", "arrhenius", "--composition", "Li3OCl", "--format", "png", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    @Test("a composition matching nothing is one line on stderr and exit 2; so are missing and misplaced options")
    func errors() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let none = try cli.run(["plot", "arrhenius", "--composition", "Li2Zn9O9"])
        #expect(none.status == 2)
        #expect(none.stdout.isEmpty)
        #expect(
            none.stderr == """
                error: arrhenius: no measurement of 'Li2Zn9O9' in any source (matched per atom as Li2Zn9O9); \
                mbatlas conductivity --where 'composition ~ …' searches by text

                """)
        let missing = try cli.run(["plot", "arrhenius"])
        #expect(missing.status == 2)
        #expect(
            missing.stderr == "error: --composition: the arrhenius figure needs one, e.g. Li3OCl\n"
        )
        let misplaced = try cli.run(["plot", "ragone", "--composition", "Li3OCl"])
        #expect(misplaced.status == 2)
        #expect(misplaced.stderr == "error: --composition: only for the arrhenius figure\n")
        let filtered = try cli.run(["plot", "arrhenius", "--composition", "Li3OCl", "--sources", "review"])
        #expect(filtered.status == 2)
        #expect(
            filtered.stderr == "error: arrhenius: none of the 1 measurement of 'Li3OCl' is left by sources review\n")
        let contradiction = try cli.run(["plot", "arrhenius", "--composition", "Li3OCl", "--png", "--format", "svg"])
        #expect(contradiction.status == 2)
        #expect(contradiction.stderr == "error: --format svg and --png contradict each other\n")
    }

    @Test("plot conductivity draws the review's records and a mark for each outside measurement, by source")
    func conductivity() throws {
        let cli = try Self.withLab()
        defer { cli.cleanUp() }
        let r = try cli.run(["plot", "conductivity"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.count("data-id=\"record-", in: r.stdout) == 31)
        #expect(r.stdout.contains("Review, Table 2 records (31)"))
        // OBELiX is all at room temperature; the lab table has two measurements within 20–30 °C.
        #expect(r.stdout.contains("Lab book 3 (2)"))
        #expect(r.stdout.contains("OBELiX ("))
        #expect(
            r.stdout.contains("matching &apos;temperature between 20 C and 30 C&apos;")
                || r.stdout.contains("matching 'temperature between 20 C and 30 C'"))
        let labOnly = try cli.run([
            "plot", "conductivity", "--sources", "lab", "--measurements-where", "temperature > 0 K",
        ])
        #expect(labOnly.status == 0, "\(labOnly.stderr)")
        #expect(Self.count("data-id=\"measurement-", in: labOnly.stdout) == 7)
        #expect(Self.count("data-id=\"record-", in: labOnly.stdout) == 0)
        let unknown = try cli.run(["plot", "conductivity", "--sources", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: --sources: no source 'nope' (sources: review, obelix, lab)\n")
        let badFilter = try cli.run(["plot", "conductivity", "--measurements-where", "temprature > 3 K"])
        #expect(badFilter.status == 2)
        #expect(
            badFilter.stderr
                == "error: --measurements-where: unknown field 'temprature' at column 1 (did you mean 'temperature'?)\n"
        )
    }

    /// Zhao and Daemen's Li3OCl (doi:10.1021/ja305709z) in the Liverpool set: four temperatures,
    /// 30.5–253.4 °C; the σT fit is 0.230 ± 0.017 eV (see LiteratureArrheniusTests).
    @Test(
        "with the Liverpool set imported, plot arrhenius draws Li3OCl's fit with its Eₐ",
        .enabled(if: SharedDatasets.hasLiverpool, "shared/datasets/liverpool-ionics not found (set ATLAS_SHARED)"))
    func liverpool() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let imported = try cli.run(["import", "--format", "liverpool", SharedDatasets.liverpoolPath!])
        #expect(imported.status == 0, "\(imported.stderr)")
        let r = try cli.run(["plot", "arrhenius", "--composition", "Li3OCl"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Liverpool Ionics Dataset · doi:10.1021/ja305709z: Eₐ = 0.230 ± 0.017 eV"))
        #expect(Self.count("class=\"series-line\"", in: r.stdout) == 1)
        let conductivity = try cli.run(["plot", "conductivity"])
        #expect(conductivity.stdout.contains("Liverpool Ionics Dataset ("))
    }
}
