import AtlasCore
import Foundation
import Testing

@testable import AtlasPhysics

@Suite("A simulation as a user asks for it (SimulationRequest)")
struct SimulationRequestTests {
    @Test("settings apply in design order whatever order they come in, over the design file")
    func order() throws {
        let request = SimulationRequest(settings: [
            (key: "x0", value: "0.6"), (key: "cathode-thickness", value: "2um"), (key: "cathode", value: "LiCoO2"),
            (key: "geometry.h", value: "30um"), (key: "geometry", value: "pillars:d=2um,gap=6um,h=20um"),
        ])
        #expect(
            try request.orderedSettings().map(\.key) == [
                "cathode", "cathode-thickness", "x0", "geometry", "geometry.h",
            ])
        let model = try request.model(try request.design().design)
        #expect(model.initialStoichiometry == 0.6 && model.thickness == 2e-6)
        #expect(model.design.structure?.contains("h=30um") == true)
        let file = try DesignFile(data: Data(#"{"name": "thick", "cathode-thickness": "4 um", "x0": 0.55}"#.utf8))
        let over = SimulationRequest(designFile: file, settings: [(key: "x0", value: "0.7")])
        let (name, design) = try over.design()
        #expect(name == "thick")
        let m = try over.model(design)
        #expect(m.thickness == 4e-6 && m.initialStoichiometry == 0.7)
    }

    @Test("errors say whether a setting (and which) or the design file is at fault")
    func origins() throws {
        func error(_ request: SimulationRequest) -> SimulationRequestError? {
            do {
                _ = try request.run()
                return nil
            } catch {
                return error
            }
        }
        let unknown = error(SimulationRequest(settings: [(key: "thickness", value: "1um")]))
        #expect(unknown?.origin == .parameter("thickness") && unknown?.isUnreadable == true)
        let unreadable = error(SimulationRequest(settings: [(key: "area", value: "3 V")]))
        #expect(unreadable?.description == "area: 'V' is not an area unit at column 3")
        let outOfRange = error(SimulationRequest(settings: [(key: "x0", value: "1.2")]))
        #expect(outOfRange?.origin == .parameter("x0") && outOfRange?.isUnreadable == false)
        let both = error(
            SimulationRequest(settings: [(key: "rate", value: "2C"), (key: "current-density", value: "1A/m2")]))
        #expect(both?.description == "current-density: give either rate or current-density, not both")
        let file = try DesignFile(data: Data(#"{"x0": 1.5}"#.utf8))
        let fromFile = error(SimulationRequest(designFile: file))
        #expect(fromFile?.origin == .designFile && fromFile?.error.parameter == "x0")
        #expect(error(SimulationRequest(rates: "1,x"))?.description == "rates: 'x' is not a positive C-rate")
        #expect(error(SimulationRequest(points: 1))?.origin == .parameter("points"))
        #expect(error(SimulationRequest(mesh: 1))?.origin == .parameter("mesh"))
        #expect(error(SimulationRequest(mesh: 10, tolerance: 2))?.origin == .parameter("tolerance"))
    }

    @Test("--mesh with --rates runs the reference solver at every rate, not the closed form")
    func meshWithRates() throws {
        let model = try CellModel(.defaultThinFilm)
        let outcome = try SimulationRequest(rates: "1,5", mesh: 100).run()
        guard case .rates(_, _, let summaries) = outcome else {
            Issue.record("expected one summary per rate, got \(outcome)")
            return
        }
        #expect(summaries.count == 2)
        for (rate, summary) in zip([1.0, 5], summaries) {
            let i = rate * model.oneCCurrentDensity
            let reference = try FiniteVolumeDischarge(
                model: model, currentDensity: i, cells: 100, tolerance: SimulationRequest.defaultTolerance
            ).run().summary
            let closed = ConstantCurrentDischarge(model: model, currentDensity: i).summary()
            #expect(summary == reference, "\(rate)C")
            // The closed form differs from a 100-cell solution (by 10⁻⁵–10⁻⁴ here), so equality with
            // it would mean --mesh was ignored; both still agree to the solver's accuracy.
            #expect(summary.capacity != closed.capacity, "\(rate)C")
            #expect(abs(summary.capacity.si / closed.capacity.si - 1) < 1e-3, "\(rate)C")
        }
    }

    @Test(
        "--mesh with --points: the reference curve has that many samples equally spaced in time, from the exact initial state to the end state"
    )
    func meshPoints() throws {
        let outcome = try SimulationRequest(points: 3, mesh: 100).run()
        guard case .discharge(_, let model, let result) = outcome else {
            Issue.record("expected one discharge, got \(outcome)")
            return
        }
        let end = result.summary.duration.si
        #expect(result.curve.map(\.time) == [0, end / 2, end])
        #expect(result.curve[0].surfaceStoichiometry == model.initialStoichiometry)
        #expect(result.curve[0].chargeDensity == 0)
        // The middle sample is interpolated between solver steps; the closed form at the same time
        // agrees to the 100-cell solution's accuracy (ΔQ ≈ 10⁻⁵ relative, see docs/SIMULATOR.md §6).
        let closed = ConstantCurrentDischarge(model: model)
        #expect(abs(result.curve[1].surfaceStoichiometry - closed.surfaceStoichiometry(at: end / 2)) < 1e-3)
        #expect(abs(result.curve[1].voltage - closed.voltage(at: end / 2)) < 2e-3)
        #expect(abs(result.curve[1].chargeDensity - model.currentDensity * end / 2) < 1e-9 * model.capacityDensity)
        #expect(abs(result.curve[2].voltage - model.cutoff) < 1e-6)
        #expect(result.curve[2].chargeDensity == result.summary.capacity.si)
        // Without --points the library's reference run keeps every accepted step.
        let full = try FiniteVolumeDischarge(model: model, cells: 100).run()
        #expect(full.curve.count > 100)
    }

    @Test("the JSON is SimulationOutput's: one summary, or one per rate")
    func json() throws {
        let model = try CellModel(.defaultThinFilm)
        let single = try SimulationRequest().run()
        #expect(
            single.json == SimulationOutput.summaryJSON(ConstantCurrentDischarge(model: model).run(points: 201).summary)
        )
        let rates = try SimulationRequest(rates: "0.1,1C, 10").run()
        let summaries = [0.1, 1, 10].map {
            ConstantCurrentDischarge(model: model, currentDensity: $0 * model.oneCCurrentDensity).summary()
        }
        #expect(rates.json == SimulationOutput.rateJSON(summaries))
        #expect(rates.ragone?.points.map(\.cRate) == [0.1, 1, 10])
        #expect(single.ragone == nil)
    }

    @Test(
        "every parameter has a help text; its shown default is the default cell's, or one per cathode or electrolyte when those differ"
    )
    func help() throws {
        for p in DesignParameter.allCases {
            #expect(!p.summary.isEmpty)
            if let perMaterial = p.materialDefaults {
                #expect(p.help.hasSuffix("(default: \(perMaterial))"))
            } else if let shown = p.defaultText {
                #expect(p.help.hasSuffix("(default: \(shown))"))
            }
        }
        // The audit's case: PEO has no activation energy, and the help no longer implies 0.53 eV for it.
        #expect(DesignParameter.electrolyteActivationEnergy.help.hasSuffix("(default: LiPON 0.58eV, PEO none)"))
        #expect(
            DesignParameter.electrolyteConductivity.help.hasSuffix("(default: LiPON 3e-6S/cm, PEO 2.6e-5S/cm)"))
        #expect(DesignParameter.transferenceNumber.help.hasSuffix("(default: LiPON 1, PEO 0.2)"))
        #expect(
            DesignParameter.cutoff.help.hasSuffix(
                "(default: LiCoO2 3V, LiMn2O4 3.7V, LiFePO4 2.4874V, NMC811 3V, NCA 3.0176V)"))
        // Parameters that do not depend on the material keep the single default.
        #expect(DesignParameter.area.help == "Footprint area. (default: 1cm2)")
    }

    @Test("the per-material defaults the help shows are the values choosing that material gives")
    func materialDefaultsAreTheMaterials() throws {
        for cathode in IntercalationCathode.all {
            var d = DischargeDesign.defaultThinFilm
            try d.apply([(key: "cathode", value: cathode.name)])
            let shown = try #require(DesignParameter.cutoff.materialDefaults)
            let cutoff = QuantityFormatter(style: .ascii, significantDigits: 5).number(d.cutoff.si)
            #expect(shown.contains("\(cathode.name) \(cutoff)V"))
        }
        for electrolyte in ElectrolyteMaterial.all {
            var d = DischargeDesign.defaultThinFilm
            try d.apply([(key: "electrolyte", value: electrolyte.name)])
            let shown = try #require(DesignParameter.electrolyteActivationEnergy.materialDefaults)
            let text = d.conductivityActivationEnergy.map {
                QuantityFormatter(style: .ascii, significantDigits: 5).number($0.canonical) + "eV"
            }
            #expect(shown.contains("\(electrolyte.name) \(text ?? "none")"))
        }
    }
}
