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

                A quantity's number and unit may be one word or two (--area 1mm2, --area 1 mm2).
                """)

        @Option(
            help:
                "Cathode as NAME[:THICKNESS], e.g. LiCoO2:1um (thickness in any length unit; µm if bare). Omit the thickness for an 'active' structure."
        )
        var cathode: String

        @Option(help: "Electrolyte as NAME:THICKNESS, e.g. LiPON:1.5um (any length unit; µm if bare).")
        var electrolyte: String

        @Option(
            help:
                "Anode as NAME[:THICKNESS], e.g. Li or Si:2um; without a thickness it is sized to the cathode capacity (N/P = 1)."
        )
        var anode: String

        @Option(
            help:
                "Cell geometry: planar (default) or pillars:d=…,gap=…,h=… | pores:… | plates:w=…,gap=…,h=… | tubes:D=…,wall=…,gap=…,h=… (lengths in any unit)."
        )
        var geometry: String = "planar"

        @Option(parsing: .unconditional, help: "Footprint area, e.g. 1mm2 or 0.5 cm2 (any area unit).")
        var area: String?

        @Option(parsing: .unconditional, help: "Discharge rate as a C-rate, e.g. 1C or C/10 (default 1C).")
        var rate: String?

        @Option(
            parsing: .unconditional,
            help: "Discharge current: a current density per footprint (10uA/cm2) or a current (10uA, needs --area).")
        var current: String?

        @Option(
            parsing: .unconditional,
            help:
                "Temperature, e.g. 25C or 333K (a bare number is in K; default 25 °C); needs a cited activation energy away from 25 °C."
        )
        var temperature: String?

        @Option(
            name: .customLong("max-drop"), parsing: .unconditional,
            help: "Largest acceptable ohmic drop across the electrolyte, e.g. 0.1V (default 0.1 V).")
        var maxDrop: String?

        @Option(
            name: .customLong("cell-voltage"), parsing: .unconditional,
            help: "Cell voltage in V, overriding the electrodes' mean potentials (e.g. 3.5V).")
        var cellVoltage: String?

        @Option(
            name: .customLong("max-aspect-ratio"), parsing: .unconditional,
            help:
                "Largest structure height/width, a number above zero (default 20, a bound of this tool, not a literature value); checked in forward mode ('none' to skip), the height bound in inverse mode."
        )
        var maxAspectRatio: String?

        @Option(
            name: .customLong("target-energy"), parsing: .unconditional,
            help: "Inverse design: energy to store, e.g. 24uWh (any energy unit).")
        var targetEnergy: String?

        @Option(
            name: .customLong("target-power"), parsing: .unconditional,
            help: "Inverse design: power to deliver within --max-drop, e.g. 10uW (any power unit).")
        var targetPower: String?

        @Option(
            name: .customLong("max-volume"), parsing: .unconditional,
            help: "Inverse design: largest stack volume, e.g. 10mm3 (any volume unit).")
        var maxVolume: String?

        @Flag(
            name: .customLong("allow-thin-electrolyte"),
            help:
                "Report an electrolyte thinner than its cited pin-hole minimum (LiPON 110 nm) as a note instead of an error."
        )
        var allowThinElectrolyte = false

        @Option(help: "Output format.")
        var format: TableOrJSON = .table

        public init() {}

        public func run() throws {
            try reportingFailures {
                let c = try Failure.parse("--cathode") { try CellDesign.cathodeLayer(cathode) }
                let e = try Failure.parse("--electrolyte") { try CellDesign.electrolyteLayer(electrolyte) }
                let a = try Failure.parse("--anode") { try CellDesign.anodeLayer(anode) }
                let g = try Failure.parse("--geometry") { try GeometrySpec.parse(geometry) }
                var design = CellDesign(
                    cathode: c.material, cathodeThickness: c.thickness, electrolyte: e.material,
                    electrolyteThickness: e.thickness,
                    anode: a.material, anodeThickness: a.thickness, geometry: g)
                design.enforceMinimumThickness = !allowThinElectrolyte
                if let area { design.footprint = try Self.positive("--area", area) { try Area(parsing: $0) } }
                if rate != nil, current != nil {
                    throw Failure(PhysicsError.conflictingOptions("--rate", "--current").message)
                }
                if let rate { design.load = .cRate(try Self.positive("--rate", rate) { try CRate(parsing: $0) }) }
                if let current { design.load = try Failure.parse("--current") { try Self.load(current) } }
                if let temperature {
                    design.temperature = try Failure.parse("--temperature") {
                        try CellDesign.parseTemperature(temperature)
                    }
                }
                if let maxDrop {
                    design.maxDrop = try Self.positive("--max-drop", maxDrop) { try Voltage(parsing: $0) }
                }
                if let cellVoltage {
                    design.cellVoltage = try Self.positive("--cell-voltage", cellVoltage) { try Voltage(parsing: $0) }
                }
                let aspectLimit = try maxAspectRatio.map(Self.aspectRatio)

                if let targetEnergy {
                    var target = DesignTarget(
                        energy: try Self.positive("--target-energy", targetEnergy) { try Energy(parsing: $0) })
                    if let targetPower {
                        target.power = try Self.positive("--target-power", targetPower) { try Power(parsing: $0) }
                    }
                    if let maxVolume {
                        target.maxVolume = try Self.positive("--max-volume", maxVolume) { try Volume(parsing: $0) }
                    }
                    if let aspectLimit {
                        guard let limit = aspectLimit else {
                            throw Failure(
                                "--max-aspect-ratio: the inverse design needs a number (its height bound), not 'none'")
                        }
                        target.maxAspectRatio = limit
                    }
                    let solution = try InverseDesign.solve(design, target: target)
                    print(format == .json ? try solution.jsonString() : DesignTable.render(solution, target: target))
                } else {
                    if targetPower != nil || maxVolume != nil {
                        throw Failure("--target-power and --max-volume need --target-energy")
                    }
                    if let aspectLimit { design.maxAspectRatio = aspectLimit }
                    let result: DesignResult
                    do {
                        result = try DesignCalculator.evaluate(design)
                    } catch let error as PhysicsError {
                        // For an aspect ratio the structure is the input at fault; the limit is an option.
                        guard case .aspectRatioExceeded = error else { throw error }
                        throw Failure("--geometry: \(error.message); --max-aspect-ratio sets another limit")
                    }
                    print(format == .json ? try result.jsonString() : DesignTable.render(result))
                }
            }
        }

        /// Parses `text` with `parse` and requires a value above zero, naming `option` either way
        /// (`--area: must be greater than zero, got '-1mm2'`).
        static func positive<K: PhysicalKind>(_ option: String, _ text: String, _ parse: (String) throws -> Measure<K>)
            throws -> Measure<K>
        {
            let value = try Failure.parse(option) { try parse(text) }
            guard value.si > 0, value.si.isFinite else {
                throw Failure("\(option): must be greater than zero, got '\(text)'")
            }
            return value
        }

        /// `--max-aspect-ratio`: a number above zero, or `none` (nil) to skip the check.
        static func aspectRatio(_ text: String) throws -> Double? {
            let t = text.trimmingSpaces
            if t.lowercased() == "none" { return nil }
            guard let x = Double(t), x.isFinite else {
                throw Failure("--max-aspect-ratio: expected a number (height/width) or 'none', got '\(text)'")
            }
            guard x > 0 else { throw Failure("--max-aspect-ratio: must be greater than zero, got '\(text)'") }
            return x
        }

        /// A current density (A per area) or a current (A).
        static func load(_ text: String) throws -> Load {
            let q = try Quantity.parse(text)
            guard q.siValue > 0, q.siValue.isFinite else { throw Failure("must be greater than zero, got '\(text)'") }
            if q.dimension == QuantityKind.currentDensity.dimension { return .currentDensity(try CurrentDensity(q)) }
            if q.dimension == QuantityKind.current.dimension { return .current(try Current(q)) }
            throw Failure("'\(text)' is neither a current (µA) nor a current density (µA/cm²)")
        }
    }
}
