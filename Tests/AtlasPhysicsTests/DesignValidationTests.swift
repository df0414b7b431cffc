import AtlasCore
import Foundation
import Testing

@testable import AtlasPhysics

@Suite("Design parameters: reading and rejecting bad input")
struct DesignValidationTests {
    func model(_ settings: [(String, String)]) throws(SimulationError) -> CellModel {
        var d = DischargeDesign.defaultThinFilm
        try d.apply(settings.map { (key: $0.0, value: $0.1) })
        return try CellModel(d)
    }

    func message(_ settings: [(String, String)]) -> String? {
        do {
            _ = try model(settings)
            return nil
        } catch {
            return error.message
        }
    }

    @Test("the defaults are the documented Li/LiPON/LiCoO2 cell and hold 68.8 µA h cm⁻² per µm")
    func defaults() throws {
        let m = try model([])
        #expect(m.thickness == 1e-6 && m.diffusivity == 1e-15 && m.maximumConcentration == 51_385)
        #expect(m.rateConstant == 4.66e-10 && m.anodeExchangeCurrentDensity == 10 && abs(m.conductivity - 3e-4) < 1e-16)
        #expect(m.cutoff == 3 && m.temperature == 298.15 && m.currentDensity == m.oneCCurrentDensity)
        let perMicron = try ArealCapacity(si: m.capacityDensity).value(in: Unit.parse("uAh/cm2"))
        #expect(abs(perMicron - 68.85) < 0.01)
    }

    @Test("values with units are read in any unit of their kind")
    func unitsAreRead() throws {
        let m = try model([
            ("cathode-thickness", "2500 nm"), ("electrolyte-conductivity", "2.4 uS/cm"),
            ("interface-resistance", "50ohm.cm2"), ("temperature", "60C"), ("current-density", "0.1 mA/cm2"),
            ("cutoff", "3.2V"), ("diffusivity", "1e-11 cm2/s"),
        ])
        #expect(abs(m.thickness - 2.5e-6) < 1e-18)
        #expect(abs(m.interfaceResistance - 50e-4) < 1e-15)
        #expect(abs(m.temperature - 333.15) < 1e-12)
        #expect(abs(m.currentDensity - 1.0) < 1e-12)
        #expect(abs(m.diffusivity - 1e-15) < 1e-27)
    }

    @Test("C-rates read as 2C, C/10 or a bare number")
    func rates() throws {
        #expect(try model([("rate", "C/10")]).currentDensity / model([]).oneCCurrentDensity - 0.1 < 1e-12)
        #expect(abs(try model([("rate", "2")]).currentDensity / model([]).oneCCurrentDensity - 2) < 1e-12)
    }

    @Test("non-physical parameters are rejected with a message naming the parameter")
    func rejections() {
        #expect(message([("x0", "1.2")])?.hasPrefix("x0: must lie in [x-min, 0.999·x-max) = [0.5, 0.999)") == true)
        #expect(message([("x0", "0.3")])?.hasPrefix("x0:") == true)
        #expect(
            message([("x-min", "0"), ("x0", "0")])
                == "x0: must be above 0: the exchange current i₀ ∝ √(x(1 − x)) vanishes at x = 0; got 0.0")
        #expect(
            message([("cathode-thickness", "-1um")]) == "cathode-thickness: the thickness must be positive; got -1e-06")
        #expect(message([("electrolyte-thickness", "0um")])?.hasPrefix("electrolyte-thickness:") == true)
        #expect(message([("x-max", "0.4")])?.hasPrefix("x-max:") == true)
        #expect(message([("area-gain", "0.5")])?.hasPrefix("area-gain: an area factor must be at least 1") == true)
        #expect(message([("rate", "-1C")])?.hasPrefix("rate:") == true)
        #expect(message([("cutoff", "4.5V")]) == "cutoff: 4.5 V is not below the open-circuit voltage 4.186 V at x0")
    }

    @Test("unreadable values and unknown names say what was expected")
    func unreadable() {
        #expect(message([("cathode-thickness", "3 V")]) == "cathode-thickness: 'V' is not a thickness unit at column 3")
        #expect(
            message([("cathode", "LiXyz")])?.hasPrefix(
                "cathode: unknown cathode 'LiXyz' (known: LiCoO2, LiMn2O4, LiFePO4, NMC811, NCA)") == true)
        #expect(message([("x0", "half")]) == "x0: expected a number, got 'half'")
        #expect(message([("thickness", "1um")]) == "thickness: unknown design parameter")
    }

    @Test("3D structure specs are accepted; a structure dimension on a planar design is refused, naming geometry")
    func geometrySpecs() {
        #expect(message([("geometry", "pillars:d=2um,gap=6um,h=20um")]) == nil)
        #expect(message([("geometry", "pillars:d=2um,gap=6um,h=20um"), ("geometry.h", "30um")]) == nil)
        #expect(
            message([("geometry", "pillars:d=2um,gap=2um,h=20um")])
                == "geometry: cathode + electrolyte (2 µm) do not fit square pillars d = 2 µm, gap = 2 µm, h = 20 µm "
                + "(p = 4 µm): 2·(total coating) ≤ gap = 2 µm")
        #expect(message([("geometry.h", "20um")])?.hasPrefix("geometry:") == true)
        #expect(message([("geometry", "pillars:d=2um")])?.hasPrefix("geometry:") == true)
        #expect(message([("geometry", "planar")]) == nil)
    }

    @Test(
        "a PEO electrolyte is binary, takes the library's conductivity, and asks for the salt numbers the atlas cannot supply"
    )
    func polymerNeedsNumbers() throws {
        #expect(message([("electrolyte", "PEO")])?.hasPrefix("salt-diffusivity:") == true)
        #expect(
            message([("electrolyte", "PEO"), ("salt-diffusivity", "1e-13m2/s")])?.hasPrefix("salt-concentration:")
                == true)
        let polymer = try model([
            ("electrolyte", "PEO"), ("salt-diffusivity", "1e-13m2/s"), ("salt-concentration", "1000mol/m3"),
        ])
        // 2.6e-5 S/cm = 2.6e-3 S/m: the library's PEO-type design value (review ref. 63).
        #expect(abs(polymer.conductivity - 2.6e-3) < 1e-15)
        #expect(polymer.saltTransport?.transferenceNumber == 0.2)
        #expect(
            message([
                ("electrolyte", "PEO"), ("electrolyte-conductivity", "1e-4S/cm"), ("salt-diffusivity", "1e-13m2/s"),
                ("salt-concentration", "1000mol/m3"),
            ]) == nil)
    }

    @Test("choosing another cathode takes its c_max, window, published diffusivity and cut-off")
    func otherCathodes() throws {
        let m = try model([("cathode", "NMC811")])
        #expect(m.maximumConcentration == 63_104 && m.diffusivity == 4e-15 && m.cutoff == 3.0)
        #expect(abs(m.initialStoichiometry - 17_038.0 / 63_104) < 1e-15)
        let lfp = try model([("cathode", "LiFePO4")])
        // LiFePO₄'s cut-off is the library's lower potential, the Afshar fit's OCV at x = 1 (2.487 V vs
        // Li), not the Prada2013 set's 2.0 V, which is its graphite/LFP full cell's.
        let lfpCutoff = try #require(ElectrodeMaterial.lithiumIronPhosphate.voltageRange?.value.lowerBound)
        #expect(lfp.maximumConcentration == 22_806 && lfp.diffusivity == 5.9e-18 && lfp.cutoff == lfpCutoff)
        #expect(abs(lfpCutoff - OpenCircuitVoltage.lfpAfshar2017.potential(1)) < 1e-12)
        let nca = try model([("cathode", "NCA")])
        // NCA's cut-off is its cathode OCV at the end of the library's window (x 0.983), about 3.02 V.
        let ncaCutoff = try #require(ElectrodeMaterial.nickelCobaltAluminiumOxide.voltageRange?.value.lowerBound)
        #expect(nca.maximumConcentration == 49_000 && nca.diffusivity == 3e-15 && nca.cutoff == ncaCutoff)
        #expect(abs(ncaCutoff - 3.02) < 0.005)
        let lmo = try model([("cathode", "LiMn2O4")])
        #expect(lmo.initialStoichiometry == 0.2 && lmo.diffusivity == 1e-13 && lmo.cutoff == 3.7)
        // A cut-off applied after the cathode wins (SimulationRequest applies the cathode first).
        #expect(try model([("cathode", "LiFePO4"), ("cutoff", "3.3V")]).cutoff == 3.3)
        let request = SimulationRequest(settings: [(key: "cutoff", value: "3.3V"), (key: "cathode", value: "LiFePO4")])
        #expect(try request.model(request.design().design).cutoff == 3.3)
        for name in ["LiMn2O4", "LiFePO4", "NCA", "NMC811"] {
            let cutoff = name == "LiFePO4" ? "2.5V" : "2.7V"
            let s = ConstantCurrentDischarge(
                model: try model([("cathode", name), ("cutoff", cutoff), ("rate", "0.1C")])
            ).summary()
            #expect(s.capacity.si > 0 && s.capacity.si <= s.theoreticalCapacity.si, "\(name)")
        }
    }

    @Test("a reference-solver failure reports the time reached instead of a truncated curve")
    func solverFailure() throws {
        var fv = FiniteVolumeDischarge(model: try model([]), cells: 50, tolerance: 1e-8)
        fv.integrator.maxSteps = 20
        do {
            _ = try fv.run()
            Issue.record("expected a solver failure")
        } catch {
            guard case .solverFailed(let time, let reason) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(time > 0)
            #expect(reason.contains("step limit"))
            #expect(error.message.hasPrefix("solver failed at t = "))
        }
    }

    @Test(
        "the extra cathode OCV fits have analytical slopes that match a central difference",
        arguments: [
            ("LiFePO4", OpenCircuitVoltage.lfpAfshar2017), ("NMC811", .nmc811Chen2020), ("NCA", .ncaKim2011),
            ("LiMn2O4", .lmoFuller1994),
        ])
    func slopes(name: String, ocv: OpenCircuitVoltage) {
        for x in stride(from: max(ocv.validRange.lowerBound, 0.02), through: 0.98, by: 0.02) {
            let h = 1e-6
            let numeric = (ocv.potential(x + h) - ocv.potential(x - h)) / (2 * h)
            #expect(abs(ocv.slope(x) - numeric) <= 1e-4 * max(1, abs(numeric)), "\(name) x = \(x)")
        }
    }
}

@Suite("Tabulated open-circuit voltages")
struct OpenCircuitTableTests {
    @Test(
        "the Hermite table of each cathode's OCV stays within 1 µV of the fit over the window it is used in",
        arguments: IntercalationCathode.all.map(\.name))
    func tableAccuracy(name: String) throws {
        let cathode = try #require(IntercalationCathode.named(name))
        // Up to the voltage floor of any cut-off (2 V) or x = 0.999·x_max, whichever comes first.
        var worst = 0.0
        let n = 200_000
        for k in 0...n {
            let x =
                cathode.lowerStoichiometry + (0.999 * cathode.upperStoichiometry - cathode.lowerStoichiometry)
                * Double(k) / Double(n)
            let exact = cathode.openCircuitVoltage.potential(x)
            if exact < 2 { break }
            worst = max(worst, abs(cathode.openCircuitTable.evaluate(x) - exact))
        }
        #expect(worst < 1e-6, "\(name): worst deviation \(worst) V")
    }
}
