import ArgumentParser
import AtlasCore
import AtlasPhysics

extension MBAtlas {
    /// `mbatlas design`: the microbattery design calculator and its inverse.
    public struct Design: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "design",
            abstract: "What a cell gives per mm², or what to build to meet an energy/power target.",
            discussion: """
                Forward: capacity, energy (eqn 1 of the review), power (eqn 2), area gain, active volume, \
                electrolyte resistance θ/(σ·AG), ohmic drop and the largest C-rate under --max-drop.
                Inverse (--target-energy): the smallest footprint, and for 3D the height, that meets the target \
                within --max-volume, or the constraint that cannot be met.

                Geometry: \(GeometrySpec.grammar)
                Cathodes: \(ElectrodeMaterial.cathodes.map(\.id).joined(separator: ", "))
                Anodes: \(ElectrodeMaterial.anodes.map(\.id).joined(separator: ", "))
                Electrolytes: \(DesignElectrolyte.all.map(\.id).joined(separator: ", "))
                """)

        @Option(help: "Cathode as NAME[:THICKNESS], e.g. LiCoO2:1um (thickness in any length unit; µm if bare). Omit the thickness for an 'active' structure.")
        var cathode: String

        @Option(help: "Electrolyte as NAME:THICKNESS, e.g. LiPON:1.5um (any length unit; µm if bare).")
        var electrolyte: String

        @Option(help: "Anode as NAME[:THICKNESS], e.g. Li or Si:2um; without a thickness it is sized to the cathode capacity (N/P = 1).")
        var anode: String

        @Option(help: "Cell geometry: planar (default) or pillars:d=…,gap=…,h=… | pores:… | plates:w=…,gap=…,h=… | tubes:D=…,wall=…,gap=…,h=… (lengths in any unit).")
        var geometry: String = "planar"

        @Option(help: "Footprint area, e.g. 1mm2 or 0.5 cm2 (any area unit).")
        var area: String?

        @Option(help: "Discharge rate as a C-rate, e.g. 1C or C/10 (default 1C).")
        var rate: String?

        @Option(help: "Discharge current: a current density per footprint (10uA/cm2) or a current (10uA, needs --area).")
        var current: String?

        @Option(help: "Temperature, e.g. 25C or 333K (default 25 °C); needs a cited activation energy away from 25 °C.")
        var temperature: String?

        @Option(name: .customLong("max-drop"), help: "Largest acceptable ohmic drop across the electrolyte, e.g. 0.1V (default 0.1 V).")
        var maxDrop: String?

        @Option(name: .customLong("cell-voltage"), help: "Cell voltage in V, overriding the electrodes' mean potentials (e.g. 3.5V).")
        var cellVoltage: String?

        @Option(name: .customLong("max-aspect-ratio"), help: "Largest structure height/width (dimensionless); checked in forward mode, search bound in inverse mode (default there: 20).")
        var maxAspectRatio: Double?

        @Option(name: .customLong("target-energy"), help: "Inverse design: energy to store, e.g. 24uWh (any energy unit).")
        var targetEnergy: String?

        @Option(name: .customLong("target-power"), help: "Inverse design: power to deliver within --max-drop, e.g. 10uW (any power unit).")
        var targetPower: String?

        @Option(name: .customLong("max-volume"), help: "Inverse design: largest stack volume, e.g. 10mm3 (any volume unit).")
        var maxVolume: String?

        @Flag(name: .customLong("allow-thin-electrolyte"), help: "Report an electrolyte thinner than its cited pin-hole minimum (LiPON 110 nm) as a note instead of an error.")
        var allowThinElectrolyte = false

        @Option(help: "Output format: table (default) or json.")
        var format: OutputFormat = .table

        public init() {}

        public func run() throws {
            try reportingFailures {
                guard format == .table || format == .json else { throw Failure("--format: design prints table or json") }
                var design = try Failure.parse("--cathode/--electrolyte/--anode/--geometry") {
                    try CellDesign(cathode: cathode, electrolyte: electrolyte, anode: anode, geometry: geometry)
                }
                design.enforceMinimumThickness = !allowThinElectrolyte
                if let area {
                    design.footprint = try Failure.parse("--area") { try Area(parsing: area) }
                }
                if rate != nil, current != nil { throw Failure(PhysicsError.conflictingOptions("--rate", "--current").message) }
                if let rate { design.load = .cRate(try Failure.parse("--rate") { try CRate(parsing: rate) }) }
                if let current { design.load = try Failure.parse("--current") { try Self.load(current) } }
                if let temperature {
                    design.temperature = try Failure.parse("--temperature") { try CellDesign.parseTemperature(temperature) }
                }
                if let maxDrop { design.maxDrop = try Failure.parse("--max-drop") { try Voltage(parsing: maxDrop) } }
                if let cellVoltage { design.cellVoltage = try Failure.parse("--cell-voltage") { try Voltage(parsing: cellVoltage) } }

                if let targetEnergy {
                    var target = DesignTarget(energy: try Failure.parse("--target-energy") { try Energy(parsing: targetEnergy) })
                    if let targetPower { target.power = try Failure.parse("--target-power") { try Power(parsing: targetPower) } }
                    if let maxVolume { target.maxVolume = try Failure.parse("--max-volume") { try Volume(parsing: maxVolume) } }
                    if let maxAspectRatio { target.maxAspectRatio = maxAspectRatio }
                    let solution = try InverseDesign.solve(design, target: target)
                    print(format == .json ? try solution.jsonString() : DesignTable.render(solution, target: target))
                } else {
                    if targetPower != nil || maxVolume != nil {
                        throw Failure("--target-power and --max-volume need --target-energy")
                    }
                    design.maxAspectRatio = maxAspectRatio
                    let result = try DesignCalculator.evaluate(design)
                    print(format == .json ? try result.jsonString() : DesignTable.render(result))
                }
            }
        }

        /// A current density (A per area) or a current (A).
        static func load(_ text: String) throws -> Load {
            let q = try Quantity.parse(text)
            if q.dimension == QuantityKind.currentDensity.dimension { return .currentDensity(try CurrentDensity(q)) }
            if q.dimension == QuantityKind.current.dimension { return .current(try Current(q)) }
            throw Failure("'\(text)' is neither a current (µA) nor a current density (µA/cm²)")
        }
    }
}
