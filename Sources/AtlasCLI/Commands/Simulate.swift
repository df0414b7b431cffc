import ArgumentParser
import AtlasPhysics
import Foundation

extension MBAtlas {
    /// `mbatlas simulate`: one discharge (curve or summary) or a rate sweep of one design.
    struct Simulate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Simulate the constant-current discharge of a thin-film or 3D solid-state cell.",
            discussion: """
                The cell is a dense cathode film behind a solid electrolyte with a Li metal anode \
                (equations in docs/SIMULATOR.md). Without options it is the default Li/LiPON/LiCoO2 \
                thin-film cell at 1C. Capacities, energies and powers are per cm² of footprint.

                --format csv prints the discharge curve (time_s,capacity_uAh_per_cm2,voltage_V,\
                surface_stoichiometry); json and table print the summary. With --rates, one summary \
                row per rate (the data of a Ragone plot).

                Constant-current discharges are solved in closed form (exact slab-diffusion series). \
                --mesh N uses the finite-volume reference solver with N cells instead.
                """
        )

        @OptionGroup var cell: DesignOptions

        @Option(help: "Comma-separated C-rates for a rate sweep, e.g. 0.1,0.5,1,2,5,10,20,50.")
        var rates: String?

        @Option(help: "Output: csv (curve, or rows with --rates), json or table (summary).")
        var format: SimulationFormat = .table

        @Option(help: "Samples in the CSV curve, equally spaced in time.")
        var points: Int = 201

        @Option(help: "Use the finite-volume reference solver with this many cells.")
        var mesh: Int?

        @Option(help: "Relative and absolute tolerance of the reference solver (with --mesh).")
        var tolerance: Double = 1e-7

        func run() throws {
            try reportingFailures {
                let (name, design) = try cell.design()
                let model = try cell.model(design)
                if let rates {
                    let values = try Failure.parse("--rates") { try Self.parseRates(rates) }
                    if format == .json {
                        let summaries = values.map {
                            ConstantCurrentDischarge(model: model, currentDensity: $0 * model.oneCCurrentDensity)
                                .summary()
                        }
                        print(SimulationOutput.rateJSON(summaries))
                        return
                    }
                    let curve = try Failure.parse("--rates") { try RagoneCurve(model: model, rates: values) }
                    print(format == .csv ? SimulationOutput.rateCSV(curve) : SimulationOutput.rateTable(curve),
                          terminator: "")
                    return
                }
                guard points >= 2 else { throw Failure("--points: need at least 2 samples; got \(points)") }
                let result: DischargeResult
                if let mesh {
                    guard mesh >= 2 else { throw Failure("--mesh: need at least 2 cells; got \(mesh)") }
                    guard tolerance > 0 && tolerance < 1 else {
                        throw Failure("--tolerance: must lie in (0, 1); got \(tolerance)")
                    }
                    result = try FiniteVolumeDischarge(model: model, cells: mesh, tolerance: tolerance).run()
                } else {
                    result = ConstantCurrentDischarge(model: model).run(points: points)
                }
                switch format {
                case .csv: print(SimulationOutput.curveCSV(result), terminator: "")
                case .json: print(SimulationOutput.summaryJSON(result.summary, name: name))
                case .table: print(SimulationOutput.summaryTable(result.summary), terminator: "")
                }
            }
        }

        /// `0.1,0.5,1` or with a C suffix (`0.1C,2C`).
        static func parseRates(_ text: String) throws -> [Double] {
            try text.split(separator: ",").map { item in
                let t = item.trimmingCharacters(in: .whitespaces)
                let number = t.hasSuffix("C") ? String(t.dropLast()) : t
                guard let value = Double(number), value.isFinite, value > 0 else {
                    throw Failure("'\(t)' is not a positive C-rate")
                }
                return value
            }
        }
    }
}
