import ArgumentParser
import AtlasPhysics
import Foundation
import Testing

@testable import AtlasCLI

@Suite("mbatlas simulate and sweep: argument parsing and failure messages")
struct SimulateCommandTests {
    func failure(_ arguments: [String]) throws -> String? {
        let command = try MBAtlas.Simulate.parse(arguments)
        do {
            _ = try command.cell.model(command.cell.design().design)
            return nil
        } catch let error as Failure {
            return error.message
        }
    }

    @Test("without options the command describes the default thin-film cell at 1C")
    func defaults() throws {
        let command = try MBAtlas.Simulate.parse([])
        let model = try command.cell.model(command.cell.design().design)
        #expect(model.thickness == 1e-6 && model.currentDensity == model.oneCCurrentDensity)
        #expect(command.format == .table && command.mesh == nil)
    }

    @Test("options are applied by their design names, in design order")
    func options() throws {
        let command = try MBAtlas.Simulate.parse([
            "--x0", "0.6", "--cathode", "LiCoO2", "--cathode-thickness", "4.2um", "--temperature", "60C",
            "--interface-resistance", "10ohm.cm2", "--current-density", "1A/m2", "--area-gain", "5", "--format", "csv",
        ])
        #expect(
            command.cell.given.map(\.key) == [
                "cathode", "cathode-thickness", "x0", "interface-resistance",
                "temperature", "current-density", "area-gain",
            ])
        let model = try command.cell.model(command.cell.design().design)
        #expect(model.initialStoichiometry == 0.6 && model.currentDensity == 1 && model.geometry.areaGain == 5)
    }

    @Test("bad values name the option")
    func failures() throws {
        #expect(
            try failure(["--x0", "1.2"])
                == "--x0: must lie in [x-min, 0.999·x-max) = [0.5, 0.999), since the discharge ends when the "
                + "surface reaches 0.999·x-max; got 1.2")
        #expect(
            try failure(["--cathode-thickness=-2um"])
                == "--cathode-thickness: the thickness must be positive; got -2e-06")
        #expect(try failure(["--area", "3 V"]) == "--area: 'V' is not an area unit at column 3")
        #expect(
            try failure(["--cutoff", "4.5V"]) == "--cutoff: 4.5 V is not below the open-circuit voltage 4.186 V at x0")
        #expect(
            try failure(["--rate", "2C", "--current-density", "1A/m2"])
                == "--current-density: give either rate or current-density, not both")
        #expect(
            try failure(["--geometry", "tubes:d=5um"])
                == "--geometry: cannot read 'tubes': missing wall=<length> for tubes")
        #expect(
            try failure(["--electrolyte", "PEO"])
                == "--salt-diffusivity: a binary electrolyte (t₊ < 1) needs the salt diffusivity")
    }

    @Test("every numeric option takes a negative value after a space, and the design's validation names it")
    func negativeValuesParse() throws {
        #expect(
            try failure(["--cathode-thickness", "-1um"])
                == "--cathode-thickness: the thickness must be positive; got -1e-06")
        #expect(try failure(["--rate", "-2C"]) == "--rate: the C-rate must be positive; got -2.0")
        #expect(
            try failure(["--temperature", "-300C"])
                == "--temperature: must be above absolute zero; got -26.85 K (-300 °C)")
        #expect(
            try failure(["--interface-resistance", "-5ohm.cm2"]) == "--interface-resistance: must be zero or positive")
        #expect(try failure(["--x0", "-0.1"])?.hasPrefix("--x0: must lie in [x-min, 0.999·x-max)") == true)
        let simulate = try MBAtlas.Simulate.parse(["--points", "-3", "--mesh", "-1", "--tolerance", "-1e-7"])
        #expect(simulate.points == -3 && simulate.mesh == -1 && simulate.tolerance == -1e-7)
        let sweep = try MBAtlas.Sweep.parse(["--vary", "rate=1,2", "--workers", "-1", "--batch", "-5"])
        #expect(sweep.workers == -1 && sweep.batch == -5)
        // Names (not numbers) still refuse to swallow the next option.
        #expect(throws: (any Error).self) { try MBAtlas.Simulate.parse(["--cathode", "--rate", "2C"]) }
    }

    @Test("a design file is read, and its errors name the file and key")
    func designFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mbatlas-design-\(UUID().uuidString).json")
        try Data(#"{"name": "thick", "cathode-thickness": "4 um", "x0": 1.5}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(
            try failure(["--design", url.path])
                == "--design \(url.path): x0: must lie in [x-min, 0.999·x-max) = [0.5, 0.999), since the "
                + "discharge ends when the surface reaches 0.999·x-max; got 1.5"
        )
        // A command-line option overrides the file.
        let command = try MBAtlas.Simulate.parse(["--design", url.path, "--x0", "0.55"])
        let (name, design) = try command.cell.design()
        #expect(name == "thick")
        #expect(try command.cell.model(design).initialStoichiometry == 0.55)
    }

    @Test("rate lists read with or without a C and reject non-positive rates")
    func rateLists() throws {
        #expect(try SimulationRequest.parseRates("0.1,2C, 50") == [0.1, 2, 50])
        #expect(throws: SimulationError.unreadableParameter("rates", reason: "'-2' is not a positive C-rate")) {
            try SimulationRequest.parseRates("1,-2")
        }
        let command = try MBAtlas.Simulate.parse(["--rates", "1,x"])
        var request = try command.cell.request()
        request.rates = command.rates
        #expect(throws: SimulationRequestError.self) { try request.run() }
    }

    @Test("sweep parses repeated --vary options")
    func sweepParses() throws {
        let command = try MBAtlas.Sweep.parse([
            "--vary", "cathode-thickness=0.5um..5um:10", "--vary", "rate=0.1..50:log:12",
        ])
        #expect(command.axes.count == 2)
        let axes = try command.axes.map { try SweepAxis(parsing: $0) }
        #expect(DesignSweep(base: .defaultThinFilm, axes: axes).count == 120)
    }
}

@Suite("The defaults the help text shows")
struct ShownDefaultsTests {
    /// The numbers a model is made of, to compare two designs.
    func fingerprint(_ m: CellModel) -> [Double] {
        [
            m.thickness, m.diffusivity, m.maximumConcentration, m.lowerStoichiometry, m.upperStoichiometry,
            m.initialStoichiometry, m.rateConstant, m.anodeExchangeCurrentDensity, m.conductivity, m.electrolytePath,
            m.interfaceResistance, m.temperature, m.cutoff, m.geometry.areaGain, m.geometry.electrolyteAreaFactor,
            m.geometry.anodeAreaFactor, m.currentDensity, m.design.area.si, m.saltTransport == nil ? 1 : 0,
        ]
    }

    @Test(
        "applying every shown default to the default cell changes nothing",
        arguments: DesignParameter.allCases.filter { $0.defaultText != nil }.map(\.key).sorted())
    func shownDefaultIsTheDefault(key: String) throws {
        let parameter = try DesignParameter.named(key)
        var design = DischargeDesign.defaultThinFilm
        try parameter.apply(try #require(parameter.defaultText), to: &design)
        let changed = fingerprint(try CellModel(design))
        let original = fingerprint(try CellModel(.defaultThinFilm))
        for (a, b) in zip(changed, original) { #expect(abs(a - b) <= 1e-12 * abs(b), "\(key)") }
        #expect(design.cathode.name == DischargeDesign.defaultThinFilm.cathode.name)
    }
}
