import AtlasCore
import Foundation
import Testing

@testable import AtlasPhysics

@Suite("Design calculator")
struct DesignTests {
    func planarLCO() throws -> CellDesign {
        try CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "Li")
    }

    @Test("planar Li/LiPON/LiCoO₂: capacity = Qv·θ, R = θ/σ = 50 Ω cm², drop and largest C-rate by hand")
    func planarHandCalculation() throws {
        let r = try DesignCalculator.evaluate(planarLCO())
        let (qv, _) = try ElectrodeMaterial.lithiumCobaltOxide.designVolumetricCapacity()
        #expect(abs(r.arealCapacity.canonical - qv.canonical * 1) < 1e-9)
        // 1.5e-4 cm / 3e-6 S cm⁻¹ = 50 Ω cm² exactly (up to rounding).
        #expect(abs(try r.arealResistance.value(in: Unit.parse("Ohm*cm2")) - 50) < 1e-9)
        let j = r.arealCapacity.canonical * 1e-6  // A cm⁻² at 1C
        #expect(abs(r.ohmicDrop.si - j * 50) < 1e-12)
        #expect(abs(r.maxCRateForDrop.canonical - 0.1 / (j * 50)) < 1e-9)
        #expect(r.limitingElectrode == "cathode")
        // Li sized to N/P = 1: θ_Li = Q/(Q_Li·ρ_Li).
        let (qvLi, _) = try ElectrodeMaterial.lithiumMetal.designVolumetricCapacity()
        #expect(abs(r.anodeThickness.canonical - r.arealCapacity.canonical / qvLi.canonical) < 1e-9)
    }

    @Test("eqn (1) in the review's units: E = 10⁷·C[mA h cm⁻²]·V/(θ[µm]·ρ[kg m⁻³])")
    func equationOne() throws {
        let r = try DesignCalculator.evaluate(planarLCO())
        let c = r.arealCapacity.canonical / 1000  // mA h cm⁻²
        let rho = try #require(ElectrodeMaterial.lithiumCobaltOxide.density).si  // kg m⁻³
        let expected = 1e7 * c * r.cellVoltage.si / (1 * rho)
        let e = try #require(r.specificEnergyCathode)
        #expect(abs(e.canonical / expected - 1) < 1e-12)
        // Direct use of the typed equation with a hand example: 0.1 mA h cm⁻², 4 V, 2 µm, 5000 kg m⁻³ → 400 W h kg⁻¹.
        let direct = ReviewEquations.specificEnergy(
            capacity: try ArealCapacity(parsing: "0.1 mAh/cm2"), voltage: Voltage(si: 4),
            thickness: Length(canonical: 2), density: MassDensity(si: 5000))
        #expect(abs(direct.canonical - 400) < 1e-9)
    }

    @Test("eqn (2): P = E/Δt — at C/10 the power is a tenth of the energy per hour")
    func equationTwo() throws {
        var d = try planarLCO()
        d.load = .cRate(try CRate(parsing: "C/10"))
        let r = try DesignCalculator.evaluate(d)
        #expect(abs(r.dischargeTime.canonical - 10) < 1e-9)
        #expect(abs(r.arealPower.si - r.arealEnergy.si / (10 * 3600)) < 1e-12)
    }

    @Test("inputs in any unit give the same result (nm vs µm, current density vs C-rate, mm² vs cm²)")
    func unitsEndToEnd() throws {
        var a = try CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "Li")
        var b = try CellDesign(cathode: "LiCoO2:1000nm", electrolyte: "LiPON:0.0015mm", anode: "lithium")
        a.footprint = try Area(parsing: "1 mm2")
        b.footprint = try Area(parsing: "0.01 cm2")
        let ra = try DesignCalculator.evaluate(a)
        b.load = .currentDensity(try CurrentDensity(parsing: "\(ra.currentDensity.canonical) uA/cm2"))
        let rb = try DesignCalculator.evaluate(b)
        for (x, y) in [
            (ra.arealEnergy.si, rb.arealEnergy.si), (ra.ohmicDrop.si, rb.ohmicDrop.si), (ra.energy!.si, rb.energy!.si),
            (ra.arealPower.si, rb.arealPower.si),
        ] {
            // Unit conversions (10⁻³, 10⁻⁹…) round in the last bits only.
            #expect(abs(x / y - 1) < 1e-12)
        }
        // A total current on 1 mm² is the same load.
        b.load = .current(try Current(parsing: "\(ra.current!.canonical) uA"))
        #expect(abs(try DesignCalculator.evaluate(b).cRate.si / ra.cRate.si - 1) < 1e-12)
    }

    @Test("3D scaffold pillars divide the electrolyte resistance by the interface area gain")
    func pillarsResistance() throws {
        var d = try CellDesign(
            cathode: "LiCoO2:0.5um", electrolyte: "LiPON:0.3um", anode: "Li:0.1um",
            geometry: "pillars:d=2um,gap=2um,h=20um")
        d.load = .cRate(CRate(canonical: 1))
        let r = try DesignCalculator.evaluate(d)
        let ag = 1 + Double.pi * (2 + 2 * 0.5) * 20 / 16
        #expect(abs(r.interfaceAreaGain - ag) < 1e-9)
        #expect(abs(try r.arealResistance.value(in: Unit.parse("Ohm*cm2")) - 0.3e-4 / 3e-6 / ag) < 1e-9)
        // Cathode capacity gain vs a planar 0.5 µm film: V_cathode / 0.5 µm.
        #expect(abs(r.footprintCapacityGain! - r.cathodeVolumePerFootprint.canonical / 0.5) < 1e-12)
    }

    @Test("a geometry whose shells do not fit is an error naming the condition")
    func shellsDoNotFit() throws {
        let d = try CellDesign(
            cathode: "LiCoO2:1um", electrolyte: "LiPON:0.5um", anode: "Li:0.6um",
            geometry: "pillars:d=2um,gap=2um,h=20um")
        do {
            _ = try DesignCalculator.evaluate(d)
            Issue.record("expected a geometry error")
        } catch {
            guard case .geometryDoesNotFit(let condition) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(condition.contains("≤ gap = 2 µm"))
        }
    }

    @Test("LiPON below 110 nm is an error citing ref. 72, or a note when the check is switched off")
    func pinHoleMinimum() throws {
        var d = try CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:100nm", anode: "Li")
        #expect(throws: PhysicsError.self) { try DesignCalculator.evaluate(d) }
        d.enforceMinimumThickness = false
        let r = try DesignCalculator.evaluate(d)
        #expect(r.notes.contains { $0.contains("below the pin-hole minimum") })
    }

    @Test("bad input: unknown material, zero thickness, missing thickness, conflicting structure — each a clear error")
    func badInput() {
        #expect(
            throws: PhysicsError.unknownMaterial(
                "Unobtainium", role: "cathode", known: ElectrodeMaterial.cathodes.map(\.id))
        ) {
            try CellDesign(cathode: "Unobtainium:1um", electrolyte: "LiPON:1um", anode: "Li")
        }
        #expect(throws: PhysicsError.nonPositive(parameter: "electrolyte thickness", value: "0 µm")) {
            try CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:0um", anode: "Li")
        }
        #expect(throws: PhysicsError.self) {
            try DesignCalculator.evaluate(CellDesign(cathode: "LiCoO2", electrolyte: "LiPON:1um", anode: "Li"))
        }
        #expect(throws: PhysicsError.self) {
            try DesignCalculator.evaluate(
                CellDesign(
                    cathode: "LiCoO2:1um", electrolyte: "LiPON:1um", anode: "Li",
                    geometry: "pillars:d=2um,gap=2um,h=20um,active"))
        }
    }

    @Test(
        "without a limit given, the default 20 applies: 100 µm pillars of 0.1 µm are an error naming h/d; a given limit or none overrides it"
    )
    func defaultAspectRatio() throws {
        var d = try CellDesign(
            cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "Li", geometry: "pillars:d=0.1um,gap=10um,h=100um"
        )
        #expect(d.maxAspectRatio == CellDesign.defaultMaxAspectRatio && DesignTarget.defaultMaxAspectRatio == 20)
        #expect(throws: PhysicsError.aspectRatioExceeded(actual: 1000, limit: 20, definition: "h/d", isDefault: true)) {
            try DesignCalculator.evaluate(d)
        }
        #expect(
            PhysicsError.aspectRatioExceeded(actual: 1000, limit: 20, definition: "h/d", isDefault: true).message
                == "aspect ratio h/d = 1000 exceeds the limit 20 (the default limit, a bound of this tool, not a literature value)"
        )
        d.maxAspectRatio = 1000
        #expect(try DesignCalculator.evaluate(d).aspectRatio?.value == 1000)
        d.maxAspectRatio = nil
        #expect(try DesignCalculator.evaluate(d).aspectRatio?.value == 1000)
    }

    @Test(
        "the issue's headline pillars do not fit: the error says by how much and the smallest gap that holds these layers"
    )
    func headlineExampleDoesNotFit() throws {
        let spec = "pillars:d=2um,gap=2um,h=20um"
        let d = try CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "Li", geometry: spec)
        #expect(
            throws: PhysicsError.geometryDoesNotFit(
                condition:
                    "2·(cathode 1 µm + electrolyte 1.5 µm) = 5 µm already exceeds 2 µm by 3 µm, leaving no room for "
                    + "the anode (2·(total coating) ≤ gap = 2 µm); these layers fit a gap of at least 5.33 µm with the anode sized "
                    + "to N/P = 1, other dimensions unchanged")
        ) {
            try DesignCalculator.evaluate(d)
        }
        // The suggestion is a bound: 5.33 µm fits, 5.32 µm does not.
        var fits = d
        fits.geometry = try GeometrySpec.parse(GeometrySpec.rewrite("gap", with: "5.33um", in: spec))
        let r = try DesignCalculator.evaluate(fits)
        #expect(2 * (1 + 1.5 + r.anodeThickness.canonical) <= 5.33)
        var tight = d
        tight.geometry = try GeometrySpec.parse(GeometrySpec.rewrite("gap", with: "5.32um", in: spec))
        #expect(throws: PhysicsError.self) { try DesignCalculator.evaluate(tight) }
    }

    @Test("with a given anode the smallest gap that fits is twice the total coating")
    func givenAnodeSuggestion() throws {
        let d = try CellDesign(
            cathode: "LiCoO2:1um", electrolyte: "LiPON:0.5um", anode: "Li:0.6um",
            geometry: "plates:w=2um,gap=3.5um,h=20um")
        do {
            _ = try DesignCalculator.evaluate(d)
            Issue.record("expected a geometry error")
        } catch {
            guard case .geometryDoesNotFit(let condition) = error else { throw error }
            #expect(
                condition.hasPrefix(
                    "2·(cathode 1 µm + electrolyte 0.5 µm + anode 0.6 µm) = 4.2 µm exceeds 3.5 µm by 0.7 µm"))
            #expect(condition.hasSuffix("these layers fit a gap of at least 4.2 µm, other dimensions unchanged"))
        }
    }

    @Test("an aspect ratio above the limit is an error")
    func aspectRatioLimit() throws {
        var d = try CellDesign(
            cathode: "LiCoO2:0.5um", electrolyte: "LiPON:0.3um", anode: "Li:0.1um",
            geometry: "pillars:d=2um,gap=2um,h=20um")
        d.maxAspectRatio = 5
        #expect(throws: PhysicsError.aspectRatioExceeded(actual: 10, limit: 5, definition: "h/d", isDefault: false)) {
            try DesignCalculator.evaluate(d)
        }
    }
}

@Suite("Inverse design")
struct InverseDesignTests {
    @Test("planar: the smallest footprint stores exactly the target energy")
    func planarEnergy() throws {
        let d = try CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "Li")
        let s = try InverseDesign.solve(d, target: DesignTarget(energy: try Energy(parsing: "24 uWh")))
        #expect(abs(s.result.energy!.canonical - 24) < 1e-9)
        #expect(s.sizingRequirement == "energy")
        #expect(abs(s.cellVolume.si - s.footprint.si * s.result.stackHeight.si) < 1e-24)
    }

    @Test("power binds when the electrolyte is resistive: footprint = P/(V·ΔV_max/R)")
    func powerBinds() throws {
        let d = try CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "Li")
        let s = try InverseDesign.solve(
            d, target: DesignTarget(energy: try Energy(parsing: "1 uWh"), power: try Power(parsing: "1 mW")))
        #expect(s.sizingRequirement == "power")
        let r = s.result
        let expected = 1e-3 / (r.cellVoltage.si * 0.1 / r.arealResistance.si)
        #expect(abs(s.footprint.si / expected - 1) < 1e-12)
        // At that footprint, the target power flows with exactly the drop limit.
        #expect(abs(1e-3 / r.cellVoltage.si / s.footprint.si * r.arealResistance.si - 0.1) < 1e-12)
        // What the answer reports: the power at the drop limit is the target, reached at the
        // largest C-rate the drop allows — not the (smaller) power at the design's 1C.
        #expect(abs(s.deliverablePower.si / 1e-3 - 1) < 1e-12)
        let rate = try #require(s.targetPowerRate)
        #expect(abs(rate.si / r.maxCRateForDrop.si - 1) < 1e-9)
        #expect(try #require(r.power) < s.deliverablePower)
    }

    @Test("when energy sets the footprint, the deliverable power exceeds the target, met at a lower rate")
    func energyBindsPowerReported() throws {
        let d = try CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "Li")
        let target = DesignTarget(energy: try Energy(parsing: "240 uWh"), power: try Power(parsing: "10 uW"))
        let s = try InverseDesign.solve(d, target: target)
        #expect(s.sizingRequirement == "energy")
        #expect(s.deliverablePower > target.power!)
        // P = E·rate by eqn (2): the rate that gives 10 µW from 240 µW h is 1/24 per hour.
        #expect(abs(try #require(s.targetPowerRate).si / (10.0 / 240 / 3600) - 1) < 1e-9)
    }

    @Test("a volume limit that cannot be met is an error naming the volume")
    func unreachableVolume() throws {
        let d = try CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "Li")
        do {
            _ = try InverseDesign.solve(
                d, target: DesignTarget(energy: try Energy(parsing: "1 mWh"), maxVolume: try Volume(parsing: "1 mm3")))
            Issue.record("expected the target to be unreachable")
        } catch let error as PhysicsError {
            guard case .targetUnreachable(let reason) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(reason.hasPrefix("volume:"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("3D: taller pillars need less footprint, so the search stops at the aspect-ratio limit")
    func pillarsHeightAtAspectRatio() throws {
        let d = try CellDesign(
            cathode: "LiCoO2:0.5um", electrolyte: "LiPON:0.3um", anode: "Li:0.1um",
            geometry: "pillars:d=2um,gap=2um,h=20um")
        let s = try InverseDesign.solve(
            d, target: DesignTarget(energy: try Energy(parsing: "240 uWh"), maxAspectRatio: 10))
        #expect(s.heightLimit == "aspect ratio")
        #expect(abs(try #require(s.height).canonical - 20) < 1e-9)
        #expect(abs(s.result.energy!.canonical - 240) < 1e-6)
    }

    @Test("3D: a tight volume limit stops the height before the aspect-ratio limit")
    func pillarsHeightAtVolume() throws {
        let d = try CellDesign(
            cathode: "LiCoO2:0.5um", electrolyte: "LiPON:0.3um", anode: "Li:0.1um",
            geometry: "pillars:d=2um,gap=2um,h=20um")
        let free = try InverseDesign.solve(
            d, target: DesignTarget(energy: try Energy(parsing: "240 uWh"), maxAspectRatio: 50))
        let limit = free.cellVolume * 0.9
        let s = try InverseDesign.solve(
            d, target: DesignTarget(energy: try Energy(parsing: "240 uWh"), maxVolume: limit, maxAspectRatio: 50))
        #expect(s.heightLimit == "volume")
        // The bisection leaves the volume at the limit to better than 1e-6 relative.
        #expect(s.cellVolume <= limit && s.cellVolume.si > limit.si * (1 - 1e-6))
        #expect(s.footprint > free.footprint)
    }
}
