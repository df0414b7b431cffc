import ArgumentParser
import AtlasPhysics
import Foundation

/// The cell-design options shared by `simulate` and `sweep`: every ``DesignParameter`` as an
/// option of the same name. Only options given on the command line are applied, over the design
/// file (if any), over the default Li/LiPON/LiCoO₂ thin-film cell.
struct DesignOptions: ParsableArguments {
    @Option(
        name: .customLong("design"),
        help: ArgumentHelp("JSON design file: parameter names as keys (see docs/SIMULATOR.md).", valueName: "file.json")
    )
    var designFile: String?

    @Option(
        help:
            "Cathode: LiCoO2, LiFePO4, NMC811 or NCA; sets c_max, window and published D. (default: \(Self.shown(.cathode)))"
    )
    var cathode: String?
    @Option(help: "Cathode film (or 3D shell) thickness L. (default: \(Self.shown(.cathodeThickness)))")
    var cathodeThickness: String?
    @Option(help: "Footprint area. (default: \(Self.shown(.area)))")
    var area: String?
    @Option(help: "Li diffusivity D in the cathode at 25 °C. (default: \(Self.shown(.diffusivity)))")
    var diffusivity: String?
    @Option(help: "Maximum Li concentration c_max in the cathode. (default: \(Self.shown(.cmax)))")
    var cmax: String?
    @Option(help: "Lower stoichiometry x_min of the cycling window (charged). (default: \(Self.shown(.xMin)))")
    var xMin: String?
    @Option(help: "Upper stoichiometry x_max of the window (discharged). (default: \(Self.shown(.xMax)))")
    var xMax: String?
    @Option(help: "Initial stoichiometry x0. (default: \(Self.shown(.x0)))")
    var x0: String?
    @Option(
        help: "Cathode rate constant k in i0 = k·F·√(c_s(c_max − c_s)) at 25 °C. (default: \(Self.shown(.kCathode)))")
    var kCathode: String?
    @Option(help: "Exchange current density of the Li metal anode. (default: \(Self.shown(.i0Anode)))")
    var i0Anode: String?
    @Option(help: "Electrolyte: LiPON (single-ion) or PEO (binary, t+ 0.2). (default: \(Self.shown(.electrolyte)))")
    var electrolyte: String?
    @Option(help: "Electrolyte ionic conductivity at 25 °C. (default: \(Self.shown(.electrolyteConductivity)))")
    var electrolyteConductivity: String?
    @Option(help: "Electrolyte thickness. (default: \(Self.shown(.electrolyteThickness)))")
    var electrolyteThickness: String?
    @Option(
        help: "Cathode–electrolyte interface area-specific resistance. (default: \(Self.shown(.interfaceResistance)))")
    var interfaceResistance: String?
    @Option(
        help:
            "Li+ transference number t+ (< 1: binary electrolyte with concentration polarization). (default: \(Self.shown(.transferenceNumber)))"
    )
    var transferenceNumber: String?
    @Option(help: "Salt diffusivity of a binary electrolyte.")
    var saltDiffusivity: String?
    @Option(help: "Salt concentration of a binary electrolyte.")
    var saltConcentration: String?
    @Option(help: "Cell temperature, e.g. 25C or 298K. (default: \(Self.shown(.temperature)))")
    var temperature: String?
    @Option(
        help:
            "Activation energy of the electrolyte conductivity. (default: \(Self.shown(.electrolyteActivationEnergy)))")
    var electrolyteActivationEnergy: String?
    @Option(help: "Activation energy of the cathode diffusivity (default: none, D fixed).")
    var diffusivityActivationEnergy: String?
    @Option(help: "Activation energy of the cathode rate constant (default: none, k fixed).")
    var kActivationEnergy: String?
    @Option(help: "Cut-off voltage. (default: \(Self.shown(.cutoff)))")
    var cutoff: String?
    @Option(help: "Discharge rate as a C-rate, e.g. 2C or C/10. (default: \(Self.shown(.rate)))")
    var rate: String?
    @Option(help: "Discharge current per footprint area, instead of --rate, e.g. 1A/m2.")
    var currentDensity: String?
    @Option(
        help:
            "Cell geometry: planar, or a 3D scaffold coated by the cathode and electrolyte: pillars:d=2um,gap=4um,h=20um, pores:…, plates:w=…,gap=…,h=…, tubes:D=…,wall=…,gap=…,h=… (see mbatlas design --help). (default: \(Self.shown(.geometry)))"
    )
    var geometry: String?
    @Option(
        help:
            "Generic 3D cell: interface area gain AG of a conformal stack (cathode, electrolyte and anode areas × AG). (default: \(Self.shown(.areaGain)))"
    )
    var areaGain: String?
    @Option(help: "Electrolyte conduction area per footprint area (default: AG).")
    var electrolyteAreaFactor: String?
    @Option(help: "Anode interface area per footprint area (default: AG).")
    var anodeAreaFactor: String?
    @Option(help: "Effective ionic path through the electrolyte (default: its thickness).")
    var electrolytePathLength: String?

    /// The defaults the help text shows: the default thin-film cell as one would type it. A test
    /// applies each of them to ``DischargeDesign/defaultThinFilm`` and checks that nothing changes.
    static let shownDefaults: [DesignParameter: String] = [
        .cathode: "LiCoO2",
        .cathodeThickness: "1um",
        .area: "1cm2",
        .diffusivity: "1e-15m2/s",
        .cmax: "51385mol/m3",
        .xMin: "0.5",
        .xMax: "1.0",
        .x0: "0.5",
        .kCathode: "4.66e-10m/s",
        .i0Anode: "10A/m2",
        .electrolyte: "LiPON",
        .electrolyteConductivity: "3e-6S/cm",
        .electrolyteThickness: "1um",
        .interfaceResistance: "0ohm.cm2",
        .transferenceNumber: "1",
        .temperature: "25C",
        .electrolyteActivationEnergy: "0.53eV",
        .cutoff: "3.0V",
        .rate: "1C",
        .geometry: "planar",
        .areaGain: "1",
    ]

    static func shown(_ parameter: DesignParameter) -> String { shownDefaults[parameter] ?? "" }

    /// The options given, by design key, in application order.
    var given: [(key: String, value: String)] {
        let all: [(DesignParameter, String?)] = [
            (.cathode, cathode), (.cathodeThickness, cathodeThickness), (.area, area), (.diffusivity, diffusivity),
            (.cmax, cmax), (.xMin, xMin), (.xMax, xMax), (.x0, x0), (.kCathode, kCathode), (.i0Anode, i0Anode),
            (.electrolyte, electrolyte), (.electrolyteConductivity, electrolyteConductivity),
            (.electrolyteThickness, electrolyteThickness), (.interfaceResistance, interfaceResistance),
            (.transferenceNumber, transferenceNumber), (.saltDiffusivity, saltDiffusivity),
            (.saltConcentration, saltConcentration), (.temperature, temperature),
            (.electrolyteActivationEnergy, electrolyteActivationEnergy),
            (.diffusivityActivationEnergy, diffusivityActivationEnergy), (.kActivationEnergy, kActivationEnergy),
            (.cutoff, cutoff), (.rate, rate), (.currentDensity, currentDensity), (.geometry, geometry),
            (.areaGain, areaGain), (.electrolyteAreaFactor, electrolyteAreaFactor), (.anodeAreaFactor, anodeAreaFactor),
            (.electrolytePathLength, electrolytePathLength),
        ]
        let order = Dictionary(uniqueKeysWithValues: DesignParameter.allCases.enumerated().map { ($1, $0) })
        return all.compactMap { p, v in v.map { (p, $0) } }
            .sorted { order[$0.0]! < order[$1.0]! }
            .map { (key: $0.0.key, value: $0.1) }
    }

    /// The design: defaults, then the design file, then the options given. Errors name the
    /// option (`--x0: must lie in …`) or the design file and its key.
    func design() throws -> (name: String?, design: DischargeDesign) {
        if rate != nil && currentDensity != nil {
            throw Failure("--current-density: give either --rate or --current-density, not both")
        }
        var design = DischargeDesign.defaultThinFilm
        var name: String?
        do {
            if let path = designFile {
                let file = try DesignFile(contentsOf: URL(fileURLWithPath: path))
                name = file.name
                design = try file.design()
            }
        } catch {
            throw Failure("--design \(designFile ?? ""): \(error.message)")
        }
        for (key, value) in given {
            do {
                try DesignParameter.named(key).apply(value, to: &design)
            } catch {
                throw Failure("--\(key): \(error.reason)")
            }
        }
        return (name, design)
    }

    /// Validates the design, naming the option or design-file key at fault.
    func model(_ design: DischargeDesign) throws -> CellModel {
        do {
            return try CellModel(design)
        } catch {
            guard let key = error.parameter else { throw Failure(error.message) }
            if given.contains(where: { $0.key == key }) { throw Failure("--\(key): \(error.reason)") }
            if let path = designFile { throw Failure("--design \(path): \(error.message)") }
            throw Failure("--\(key): \(error.reason)")
        }
    }
}

/// Output formats of the simulation commands.
enum SimulationFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, table
}
