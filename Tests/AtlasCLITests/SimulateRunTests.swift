import Foundation
import Testing

/// `mbatlas simulate`, `sweep` and the simulation figures, run on the built binary: what a user sees
/// on stdout and stderr, and the exit status.
@Suite("mbatlas simulate, sweep and plot discharge/ragone on the built binary")
struct SimulateRunTests {
    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test("simulate --format csv prints the curve under the documented header, --points rows")
    func curveHeader() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let r = try cli.run(["simulate", "--format", "csv", "--points", "4"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.lines(r.stdout)
        #expect(rows.first == "time_s,capacity_uAh_per_cm2,voltage_V,surface_stoichiometry")
        #expect(rows.count == 5)
        #expect(rows[1] == "0,0,4.16687,0.5")
    }

    @Test("simulate --rates --format csv prints one row per rate under the documented header")
    func rateHeader() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let r = try cli.run(["simulate", "--rates", "0.1,1,10", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.lines(r.stdout)
        #expect(
            rows.first
                == "c_rate,current_density_A_per_m2,delivered_capacity_uAh_per_cm2,mean_voltage_V,energy_uWh_per_cm2,power_uW_per_cm2"
        )
        #expect(rows.dropFirst().map { $0.split(separator: ",").first.map(String.init) } == ["0.1", "1", "10"])
    }

    @Test("simulate --mesh with --rates solves every rate with the reference solver, and --points resamples its curve")
    func meshOptions() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let closed = try cli.run(["simulate", "--rates", "1,5", "--format", "csv"])
        let reference = try cli.run(["simulate", "--mesh", "100", "--rates", "1,5", "--format", "csv"])
        #expect(reference.status == 0, "\(reference.stderr)")
        let closedRows = Self.lines(closed.stdout)
        let referenceRows = Self.lines(reference.stdout)
        #expect(referenceRows.count == 3 && referenceRows.first == closedRows.first)
        // Same rates, different (reference-solver) numbers: --mesh is no longer ignored.
        #expect(referenceRows[1].hasPrefix("1,0.688597,") && referenceRows[1] != closedRows[1])
        #expect(referenceRows[2].hasPrefix("5,3.44299,") && referenceRows[2] != closedRows[2])
        let curve = try cli.run(["simulate", "--mesh", "100", "--format", "csv", "--points", "3"])
        #expect(curve.status == 0, "\(curve.stderr)")
        let rows = Self.lines(curve.stdout)
        #expect(rows.count == 4)
        #expect(rows[1] == "0,0,4.16687,0.5")
        #expect(rows[3].split(separator: ",")[2] == "3")
    }

    @Test("a negative value after a space reaches the design's validation: one line naming the option, exit 2")
    func negativeValues() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let cases: [([String], String)] = [
            (["--cathode-thickness", "-1um"], "--cathode-thickness: the thickness must be positive; got -1e-06"),
            (["--rate", "-2C"], "--rate: the C-rate must be positive; got -2.0"),
            (["--temperature", "-300C"], "--temperature: must be above absolute zero; got -26.85 K (-300 °C)"),
            (["--interface-resistance", "-5ohm.cm2"], "--interface-resistance: must be zero or positive"),
            (["--points", "-3"], "--points: need at least 2 samples; got -3"),
            (["--mesh", "-1"], "--mesh: need at least 2 cells; got -1"),
        ]
        for (arguments, message) in cases {
            let r = try cli.run(["simulate"] + arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr == "error: \(message)\n", "\(arguments)")
        }
        let workers = try cli.run(["sweep", "--vary", "rate=1,2", "--workers", "-1"])
        #expect(workers.status == 2)
        #expect(workers.stderr == "error: --workers: need at least 1; got -1\n")
        // A base value no axis varies would make every row an error: one message instead.
        let thickness = try cli.run(["sweep", "--vary", "rate=1,2", "--cathode-thickness", "-1um"])
        #expect(thickness.status == 2)
        #expect(thickness.stdout.isEmpty)
        #expect(thickness.stderr == "error: --cathode-thickness: the thickness must be positive; got -1e-06\n")
        // When the bad parameter is itself varied, the good values still run and the bad row says why.
        let varied = try cli.run([
            "sweep", "--vary", "cathode-thickness=1um,2um", "--rate", "-2C", "--vary", "rate=-2,1",
        ])
        #expect(varied.status == 0, "\(varied.stderr)")
        let rows = Self.lines(varied.stdout)
        #expect(rows.count == 5)
        #expect(rows[1].hasSuffix("error: rate: the C-rate must be positive; got -2.0"))
        #expect(rows[2].hasSuffix("voltage cut-off"))
    }

    @Test(
        "--x0 0.999 names the real upper bound, 0.999·x-max, and PEO away from 25 °C names --electrolyte-activation-energy"
    )
    func boundMessages() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let x0 = try cli.run(["simulate", "--x0", "0.999"])
        #expect(x0.status == 2)
        #expect(
            x0.stderr
                == "error: --x0: must lie in [x-min, 0.999·x-max) = [0.5, 0.999), since the discharge ends when the "
                + "surface reaches 0.999·x-max; got 0.999\n")
        let polymer = [
            "simulate", "--electrolyte", "PEO", "--salt-diffusivity", "1e-13m2/s", "--salt-concentration",
            "1000mol/m3", "--electrolyte-thickness", "20um", "--rate", "2C", "--format", "json",
        ]
        let warm = try cli.run(polymer + ["--temperature", "60C"])
        #expect(warm.status == 2)
        #expect(
            warm.stderr
                == "error: --electrolyte-activation-energy: PEO has no cited activation energy, so its conductivity "
                + "at 25 °C cannot be carried to 60 °C; give one, or simulate at 25 °C\n")
        let room = try cli.run(polymer)
        let activated = try cli.run(polymer + ["--temperature", "60C", "--electrolyte-activation-energy", "0.5eV"])
        #expect(room.status == 0 && activated.status == 0, "\(room.stderr)\(activated.stderr)")
        // Temperature now matters: the warm polymer conducts and diffuses better.
        #expect(room.stdout != activated.stdout)
    }

    @Test("sweep interrupted by SIGINT: every finished batch written, 'interrupted: N of M designs written', exit 130")
    func sweepInterrupted() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let process = Process()
        process.executableURL = CLI.executable
        // 10⁶ designs in batches of 64 on one worker: minutes of work, so the interrupt lands mid-run.
        process.arguments = [
            "sweep", "--vary", "rate=0.1..50:log:1000", "--vary", "cathode-thickness=0.5um..5um:1000",
            "--workers", "1", "--batch", "64",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = cli.dataHome.path
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // The header is written after the SIGINT handler is installed; wait for it and a batch.
        var received = Data()
        while received.filter({ $0 == UInt8(ascii: "\n") }).count < 3 {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
        }
        process.interrupt()
        received.append(out.fileHandleForReading.readDataToEndOfFile())
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        let rows = Self.lines(String(decoding: received, as: UTF8.self))
        #expect(rows.first?.hasPrefix("rate,cathode-thickness (um),c_rate,") == true)
        let written = rows.count - 1
        #expect(stderr == "interrupted: \(written) of 1000000 designs written\n")
        #expect(written > 0 && written < 1_000_000 && written % 64 == 0)
    }

    @Test("plot ragone --design overlays the design's simulated rates, one mark per rate, named after the file")
    func ragoneDesign() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let file = try cli.file(
            "thick.json", #"{"name": "thick film", "cathode-thickness": "4.2 um", "electrolyte-thickness": "1.5 um"}"#)
        let r = try cli.run(["plot", "ragone", "--design", file, "--rates", "0.1,1,10"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("<svg"))
        #expect(r.stdout.contains("simulated: thick film"))
        #expect(r.stdout.contains("dashed: thick film simulated at 3 rates"))
        for rate in ["0.1C", "1C", "10C"] { #expect(r.stdout.contains("data-id=\"sim-\(rate)\"")) }
        #expect(PlotCommandTests.count("data-id=\"sim-", in: r.stdout) == 3)
        // The literature cells are still drawn under the overlay.
        #expect(PlotCommandTests.count("data-id=\"record-", in: r.stdout) > 0)
    }

    @Test("plot discharge draws one voltage line per rate, labelled, with the cathode's OCV source")
    func dischargeFigure() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let r = try cli.run(["plot", "discharge", "--rates", "0.5,5"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("<svg"))
        #expect(r.stdout.contains("<title id=\"chart-"))
        #expect(r.stdout.contains("Simulated discharge curves: default Li/LiPON/LiCoO₂ cell"))
        #expect(PlotCommandTests.count("class=\"series-line\"", in: r.stdout) == 2)
        #expect(r.stdout.contains(">0.5C<") && r.stdout.contains(">5C<"))
        #expect(r.stdout.contains("Cell voltage") && r.stdout.contains("Delivered capacity"))
        let file = try cli.file("lmo.json", #"{"name": "LMO film", "cathode": "LiMn2O4"}"#)
        let lmo = try cli.run(["plot", "discharge", "--design", file, "--rates", "1"])
        #expect(lmo.status == 0, "\(lmo.stderr)")
        #expect(lmo.stdout.contains("Simulated discharge curves: LMO film"))
        #expect(lmo.stdout.contains("LiMn2O4 OCV: Fuller, Doyle &amp; Newman"))
        #expect(!lmo.stdout.contains("Dualfoil"))
    }
}
