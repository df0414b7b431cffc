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

    // Help texts and defaults come from the library (DesignParameter.summary/defaultText), which
    // the /simulate form shows too. Numeric options parse `.unconditional`ly so that a negative
    // value after a space (`--cathode-thickness -1um`) reaches the design's own validation and
    // its message naming the option, instead of ArgumentParser's "Missing value".
    @Option(help: ArgumentHelp(DesignParameter.cathode.help))
    var cathode: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.cathodeThickness.help))
    var cathodeThickness: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.area.help))
    var area: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.diffusivity.help))
    var diffusivity: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.cmax.help))
    var cmax: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.xMin.help))
    var xMin: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.xMax.help))
    var xMax: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.x0.help))
    var x0: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.kCathode.help))
    var kCathode: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.i0Anode.help))
    var i0Anode: String?
    @Option(help: ArgumentHelp(DesignParameter.electrolyte.help))
    var electrolyte: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.electrolyteConductivity.help))
    var electrolyteConductivity: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.electrolyteThickness.help))
    var electrolyteThickness: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.interfaceResistance.help))
    var interfaceResistance: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.transferenceNumber.help))
    var transferenceNumber: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.saltDiffusivity.help))
    var saltDiffusivity: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.saltConcentration.help))
    var saltConcentration: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.temperature.help))
    var temperature: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.electrolyteActivationEnergy.help))
    var electrolyteActivationEnergy: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.diffusivityActivationEnergy.help))
    var diffusivityActivationEnergy: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.kActivationEnergy.help))
    var kActivationEnergy: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.cutoff.help))
    var cutoff: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.rate.help))
    var rate: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.currentDensity.help))
    var currentDensity: String?
    @Option(help: ArgumentHelp(DesignParameter.geometry.help))
    var geometry: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.areaGain.help))
    var areaGain: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.electrolyteAreaFactor.help))
    var electrolyteAreaFactor: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.anodeAreaFactor.help))
    var anodeAreaFactor: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(DesignParameter.electrolytePathLength.help))
    var electrolytePathLength: String?

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

    /// The request these options describe: the design file (read here, so a file that cannot be
    /// read is named with its path) and the options given.
    func request() throws -> SimulationRequest {
        var file: DesignFile?
        if let path = designFile {
            do {
                file = try DesignFile(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw Failure("--design \(path): \(error.message)")
            }
        }
        return SimulationRequest(designFile: file, settings: given)
    }

    /// The library's error in the command line's words: `--x0: …`, `--design FILE: …`.
    func failure(_ error: SimulationRequestError) -> Failure {
        switch error.origin {
        case .parameter(let key): return Failure("--\(key): \(error.error.reason)")
        case .designFile: return Failure("--design \(designFile ?? ""): \(error.error.message)")
        case .simulation: return Failure(error.error.message)
        }
    }

    /// Runs `body` with library errors turned into ``failure(_:)``.
    func naming<T>(_ body: () throws(SimulationRequestError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw failure(error)
        }
    }

    /// The design: defaults, then the design file, then the options given. Errors name the
    /// option (`--x0: must lie in …`) or the design file and its key.
    func design() throws -> (name: String?, design: DischargeDesign) {
        let request = try request()
        return try naming { () throws(SimulationRequestError) in try request.design() }
    }

    /// Validates the design, naming the option or design-file key at fault.
    func model(_ design: DischargeDesign) throws -> CellModel {
        let request = try request()
        return try naming { () throws(SimulationRequestError) in try request.model(design) }
    }
}

/// Output formats of the simulation commands.
enum SimulationFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, table
}
