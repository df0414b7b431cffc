import Testing

@testable import AtlasCore

/// Every unit spelling that occurs in the review's tables and prose, in Unicode and ASCII.
@Suite("Unit parsing")
struct UnitParsingTests {
    /// (text, kind it must express, SI scale of the unit)
    static let spellings: [(String, QuantityKind, Double)] = [
        // conductivity
        ("S cm⁻¹", .conductivity, 100), ("S cm-1", .conductivity, 100), ("S/cm", .conductivity, 100),
        ("S cm^-1", .conductivity, 100), ("S·cm⁻¹", .conductivity, 100), ("mS cm⁻¹", .conductivity, 0.1),
        ("µS cm⁻¹", .conductivity, 1e-4), ("μS cm⁻¹", .conductivity, 1e-4), ("uS/cm", .conductivity, 1e-4),
        ("S m⁻¹", .conductivity, 1), ("S/m", .conductivity, 1), ("S cm^{-1}", .conductivity, 100),
        // capacity
        ("µA h", .charge, 3.6e-3), ("μA h", .charge, 3.6e-3), ("uAh", .charge, 3.6e-3), ("mA h", .charge, 3.6),
        ("mAh", .charge, 3.6), ("A h", .charge, 3600), ("Ah", .charge, 3600),
        ("µA h cm⁻²", .arealCapacity, 36), ("uAh/cm2", .arealCapacity, 36), ("mA h cm⁻²", .arealCapacity, 36_000),
        ("μA h cm⁻² μm⁻¹", .volumetricCapacity, 36e6), ("uAh/cm2/um", .volumetricCapacity, 36e6),
        ("µA h cm^-2 µm^-1", .volumetricCapacity, 36e6),
        ("mA h g⁻¹", .specificCapacity, 3600), ("mAh/g", .specificCapacity, 3600),
        ("mA h cm⁻³", .volumetricCapacity, 3.6e6), ("A h cm⁻³", .volumetricCapacity, 3.6e9),
        // energy and power
        ("µW h cm⁻²", .arealEnergy, 36), ("mW h cm⁻²", .arealEnergy, 36_000), ("mWh/cm2", .arealEnergy, 36_000),
        ("mW h cm⁻³", .volumetricEnergy, 3.6e6), ("J cm⁻²", .arealEnergy, 1e4),
        ("mW cm⁻²", .arealPower, 10), ("µW cm⁻²", .arealPower, 1e-2), ("W h kg⁻¹", .specificEnergy, 3600),
        // current
        ("µA", .current, 1e-6), ("mA", .current, 1e-3), ("µA cm⁻²", .currentDensity, 1e-2),
        ("uA/cm2", .currentDensity, 1e-2), ("mA cm⁻²", .currentDensity, 10), ("mA g⁻¹", .specificCurrent, 1),
        ("C", .cRate, 1.0 / 3600),
        // voltage, length, temperature
        ("V", .voltage, 1), ("mV", .voltage, 1e-3), ("Å", .length, 1e-10), ("nm", .length, 1e-9),
        ("µm", .length, 1e-6), ("um", .length, 1e-6), ("mm", .length, 1e-3), ("K", .temperature, 1),
        // deposition
        ("W cm⁻²", .sputteringPowerDensity, 1e4), ("W", .power, 1), ("mTorr", .pressure, 101_325.0 / 760 / 1000),
        ("Pa", .pressure, 1), ("mbar", .pressure, 100), ("nm min⁻¹", .depositionRate, 1e-9 / 60),
        ("nm/min", .depositionRate, 1e-9 / 60), ("µm h⁻¹", .depositionRate, 1e-6 / 3600),
        ("Å per cycle", .growthPerCycle, 1e-10), ("Å/cycle", .growthPerCycle, 1e-10),
        // physics
        ("Ω cm²", .arealResistance, 1e-4), ("ohm cm2", .arealResistance, 1e-4),
        ("m²/s", .diffusivity, 1), ("m2/s", .diffusivity, 1), ("mol/m3", .concentration, 1),
        ("eV", .activationEnergy, 1.602_176_634e-19),
        ("%", .fraction, 0.01), ("g cm⁻³", .density, 1000), ("W kg⁻¹", .specificPower, 1),
    ]

    @Test("every review unit spelling parses to its kind and scale", arguments: spellings)
    func parsesSpelling(text: String, kind: QuantityKind, scale: Double) throws {
        let unit = try Unit.parse(text)
        #expect(kind.accepts(unit), "\(text) → \(unit) (\(unit.dimension.baseUnitDescription))")
        #expect(
            unit.scale.isApproximatelyEqual(to: scale, relativeTolerance: 1e-12), "\(text): \(unit.scale) vs \(scale)")
    }

    @Test("°C is an offset scale: 25 °C is 298.15 K")
    func celsius() throws {
        for text in ["25 °C", "25°C", "25 ℃", "25 degC", "25 ° C"] {
            let q = try Quantity.parse(text)
            #expect(q.siValue.isApproximatelyEqual(to: 298.15, relativeTolerance: 1e-12), "\(text)")
            #expect(try q.value(in: Unit.parse("K")).isApproximatelyEqual(to: 298.15, relativeTolerance: 1e-12))
        }
        #expect(throws: CoreError.self) { try Unit.parse("°C cm⁻¹") }
    }

    @Test("unknown symbols are reported with their column")
    func unknownUnit() {
        #expect(throws: CoreError.unknownUnit("xyz", column: 4)) { try Unit.parse("mA xyz") }
        #expect(throws: CoreError.unknownUnit("uAq", column: 1)) { try Unit.parse("uAq/cm2") }
        #expect(throws: CoreError.unknownUnit("furlong", column: 3)) { try ReportedValue.parse("3 furlong") }
    }

    @Test("a unit of the wrong kind names the expected kind and the column")
    func wrongKind() {
        #expect(throws: CoreError.wrongKind(unit: "mAh/g", expected: "conductivity", column: 3)) {
            try ReportedValue.parse("1 mAh/g", as: .conductivity)
        }
        let message = CoreError.wrongKind(unit: "mAh/g", expected: "conductivity", column: 18).message
        #expect(message == "'mAh/g' is not a conductivity unit at column 18")
    }

    @Test("converting between incompatible dimensions is a typed error, never a number")
    func incompatible() throws {
        let sigma = try Quantity.parse("2.4 µS cm⁻¹")
        let specific = try Unit.parse("mA h g⁻¹")
        #expect(throws: CoreError.incompatibleUnits(from: sigma.unit, to: specific)) {
            try sigma.converted(to: specific)
        }
        #expect(try sigma.value(in: .conductivity).isApproximatelyEqual(to: 2.4e-6, relativeTolerance: 1e-12))
    }

    @Test("areal capacity per µm and volumetric capacity are the same dimension: 1 µA h cm⁻² µm⁻¹ = 10 mA h cm⁻³")
    func arealPerThicknessIsVolumetric() throws {
        let q = try Quantity.parse("1 uAh/cm2/um")
        #expect(try q.value(in: Unit.parse("mA h cm⁻³")).isApproximatelyEqual(to: 10, relativeTolerance: 1e-12))
    }
}

extension Double {
    func isApproximatelyEqual(to other: Double, relativeTolerance: Double) -> Bool {
        self == other || abs(self - other) <= relativeTolerance * max(abs(self), abs(other))
    }
}
