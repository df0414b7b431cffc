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
                --mesh N uses the finite-volume reference solver with N cells instead, for the one \
                discharge or for every rate of --rates; its curve is resampled to --points times.
                """
        )

        @OptionGroup var cell: DesignOptions

        // Numbers parse `.unconditional`ly: `--points -3` reaches our validation ("need at least 2").
        @Option(parsing: .unconditional, help: "Comma-separated C-rates for a rate sweep, e.g. 0.1,0.5,1,2,5,10,20,50.")
        var rates: String?

        @Option(help: "Output: csv (curve, or rows with --rates), json or table (summary).")
        var format: SimulationFormat = .table

        @Option(parsing: .unconditional, help: "Samples in the CSV curve, equally spaced in time.")
        var points: Int = SimulationRequest.defaultPoints

        @Option(parsing: .unconditional, help: "Use the finite-volume reference solver with this many cells.")
        var mesh: Int?

        @Option(parsing: .unconditional, help: "Relative and absolute tolerance of the reference solver (with --mesh).")
        var tolerance: Double = SimulationRequest.defaultTolerance

        func run() throws {
            try reportingFailures {
                var request = try cell.request()
                request.rates = rates
                request.points = points
                request.mesh = mesh
                request.tolerance = tolerance
                let outcome = try cell.naming { () throws(SimulationRequestError) in try request.run() }
                if format == .json {
                    print(outcome.json)
                    return
                }
                switch outcome {
                case .rates:
                    let curve = outcome.ragone!
                    print(
                        format == .csv ? SimulationOutput.rateCSV(curve) : SimulationOutput.rateTable(curve),
                        terminator: "")
                case .discharge(_, _, let result):
                    print(
                        format == .csv
                            ? SimulationOutput.curveCSV(result) : SimulationOutput.summaryTable(result.summary),
                        terminator: "")
                }
            }
        }
    }
}
