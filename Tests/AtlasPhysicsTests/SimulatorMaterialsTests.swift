import AtlasCore
import Foundation
import Testing

@testable import AtlasPhysics

/// The simulator's cathodes and electrolytes against the materials library they read from: one
/// source for every shared number.
@Suite("Simulator materials agree with the materials library")
struct SimulatorMaterialsTests {
    @Test(
        "every simulator cathode the library holds uses the library's OCV fit, c_max, single diffusivity and cut-off, and a window inside the library's",
        arguments: IntercalationCathode.all.filter { $0.record != nil }.map(\.name))
    func cathodeAgrees(name: String) throws {
        let cathode = try #require(IntercalationCathode.named(name))
        let record = try #require(cathode.record)
        // The same fit: same citation, same values.
        let ocv = try #require(record.openCircuitVoltage)
        #expect(cathode.openCircuitVoltage.source == ocv.source)
        for x in stride(from: 0.3, through: 0.95, by: 0.05) {
            #expect(cathode.openCircuitVoltage.potential(x) == ocv.potential(x))
        }
        // c_max = n·ρ/M. LiCoO₂ keeps the default cell's 51 385 mol m⁻³ (issue 6's --cmax default),
        // 0.47 % below the X-ray density's 51 628; every other cathode takes the library's exactly.
        let libraryCMax = try #require(record.lithiumSiteConcentration).si
        if name == "LiCoO2" {
            #expect(cathode.maximumConcentration.si == 51_385)
            #expect(abs(cathode.maximumConcentration.si / libraryCMax - 1) < 5e-3)
        } else {
            #expect(cathode.maximumConcentration.si == libraryCMax)
        }
        // A single cited diffusivity is taken; a range (LiCoO₂) leaves the design's default.
        if let range = record.diffusivity?.value {
            if range.lowerBound == range.upperBound {
                #expect(cathode.diffusivity?.si == range.lowerBound)
            } else {
                #expect(cathode.diffusivity == nil)
            }
        }
        // The cut-off is the lower end of the cited voltage window.
        #expect(cathode.cutoff?.si == record.voltageRange?.value.lowerBound)
        // The cycling window lies inside the library's OCV window where it states one, and the
        // fit's valid range holds it — or, past the range's end (LiCoO₂: data to x = 0.99, window
        // to 1), the fit is already below the cut-off there, so a discharge ends inside the range.
        let window = cathode.lowerStoichiometry...cathode.upperStoichiometry
        if let libraryWindow = record.ocvWindow {
            #expect(libraryWindow.contains(window.lowerBound) && libraryWindow.contains(window.upperBound))
        }
        #expect(ocv.validRange.contains(window.lowerBound))
        if !ocv.validRange.contains(window.upperBound) {
            let cutoff = try #require(cathode.cutoff).si
            #expect(
                ocv.potential(ocv.validRange.upperBound) < cutoff, "\(name): the fit leaves its range above the cut-off"
            )
        }
        // Where the library's usable fraction is cited (not its default of the whole reaction),
        // the window's width is that fraction.
        if !record.usableFraction.source.text.hasPrefix("computed:") {
            #expect(abs((window.upperBound - window.lowerBound) - record.usableFraction.value) < 1e-12)
        }
    }

    @Test("LiCoO₂'s window is the library's: x 0.5 → 1, the usable fraction 0.5, cut-off 3.0 V")
    func licoo2Window() throws {
        let record = ElectrodeMaterial.lithiumCobaltOxide
        #expect(IntercalationCathode.licoo2.lowerStoichiometry == record.ocvWindow?.lowerBound)
        #expect(IntercalationCathode.licoo2.upperStoichiometry == record.ocvWindow?.upperBound)
        #expect(record.usableFraction.value == 0.5)
        #expect(IntercalationCathode.licoo2.cutoff?.si == 3.0)
        #expect(DischargeDesign.defaultThinFilm.cutoff.si == 3.0)
    }

    @Test(
        "the simulator's electrolytes read conductivity, activation energy and reference temperature from the library",
        arguments: ElectrolyteMaterial.all.map(\.name))
    func electrolyteAgrees(name: String) throws {
        let material = try #require(ElectrolyteMaterial.named(name))
        let record = try MaterialLibrary.electrolyte(named: name)
        #expect(material.record.id == record.id)
        #expect(material.conductivity?.si == record.conductivity?.value.si)
        #expect(material.activationEnergy?.si == record.activationEnergy?.value.si)
        #expect(material.referenceTemperature.si == record.referenceTemperature.value.si)
        if let sigma = record.conductivity { #expect(material.source.contains(sigma.source.text)) }
    }

    @Test(
        "LiPON's activation energy is the library's 0.58 eV (Zhao et al. 2002), not the 0.53 eV the simulator once carried"
    )
    func liponActivationEnergy() throws {
        #expect(ElectrolyteMaterial.lipon.activationEnergy?.canonical == 0.58)
        #expect(DischargeDesign.defaultThinFilm.conductivityActivationEnergy?.canonical == 0.58)
        #expect(ElectrolyteMaterial.lipon.source.contains("Zhao, Fu & Qin"))
    }

    @Test(
        "LiMn₂O₄'s c_max is the library's X-ray density over M: Z/(N_A·a³) = 8/(N_A·(8.2476 Å)³) = 23 678 mol m⁻³"
    )
    func lmoMaximumConcentration() throws {
        let a = 8.2476e-10  // m
        let byHand = 8 / (6.022_140_76e23 * a * a * a)
        #expect(abs(byHand - 23_678.6) < 0.1)
        let cMax = IntercalationCathode.limn2o4.maximumConcentration.si
        #expect(abs(cMax / byHand - 1) < 1e-12)
        // ρ/M with the library's density and formula mass gives the same number.
        let lmo = ElectrodeMaterial.lithiumManganeseOxide
        let rho = try #require(lmo.density).si * 1000  // g m⁻³
        let molarMass = try #require(lmo.reaction).formulaMass
        #expect(abs(rho / molarMass / cMax - 1) < 1e-12)
    }

    @Test(
        "the LiMn₂O₄ fit (Fuller, Doyle & Newman 1994) falls from 4.14 V at x = 0.2 over the 4 V plateau to 3.16 V at x = 0.999, monotonically"
    )
    func lmoOpenCircuitVoltage() {
        let u = OpenCircuitVoltage.lmoFuller1994.potential
        // The printed coefficients evaluated independently (Python, double precision).
        #expect(abs(u(0.2) - 4.138549461612818) < 1e-12)
        #expect(abs(u(0.5) - 4.122831341163018) < 1e-12)
        #expect(abs(u(0.98) - 3.70890917791477) < 1e-12)
        #expect(abs(u(0.999) - 3.159286603769754) < 1e-12)
        var previous = u(0.2)
        for k in 1...10_000 {
            let x = 0.2 + 0.799 * Double(k) / 10_000
            let v = u(x)
            #expect(v < previous, "x = \(x)")
            previous = v
        }
    }

    @Test(
        "a Li/LiPON/LiMn₂O₄ film at C/10 to 3.7 V delivers most of the x 0.2 → 1 window, near the review's 48 µA h cm⁻² µm⁻¹ cell"
    )
    func lmoDischarge() throws {
        var d = DischargeDesign.defaultThinFilm
        try d.apply([(key: "cathode", value: "LiMn2O4"), (key: "rate", value: "0.1C")])
        let model = try CellModel(d)
        let perMicron = ArealCapacity(si: model.capacityDensity).canonical
        // F·c_max·0.8·1 µm = 50.77 µA h cm⁻² (the library's whole-reaction 63.5 × 0.8).
        #expect(abs(perMicron - 50.77) < 0.01)
        let summary = ConstantCurrentDischarge(model: model).summary()
        #expect(summary.termination == .voltageCutoff)
        #expect(summary.utilization > 0.9 && summary.utilization < 1)
        #expect(summary.meanVoltage.si > 3.9 && summary.meanVoltage.si < 4.1)
    }
}
