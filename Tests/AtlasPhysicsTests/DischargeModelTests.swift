import AtlasCore
import Foundation
import Testing

@testable import AtlasPhysics

/// A design with a load, for brevity.
func design(rate: Double, _ change: (inout DischargeDesign) -> Void = { _ in }) -> DischargeDesign {
    var d = DischargeDesign.defaultThinFilm
    d.load = .cRate(rate)
    change(&d)
    return d
}

@Suite("Discharge model: closed form against the finite-volume reference and limits")
struct DischargeModelTests {
    /// Integrates only the cathode diffusion block (no voltage, no events) to `times`.
    func finiteVolumeSurface(model: CellModel, cells: Int, tolerance: Double, times: [Double]) throws -> [Double] {
        let i = model.currentDensity
        let system = FiniteVolumeDischarge.System(model: model, cells: cells, saltCells: 0, current: { _ in i })
        let integrator = TRBDF2Integrator(relativeTolerance: tolerance, absoluteTolerance: tolerance, initialStep: 1e-6)
        var y = system.initialState
        var t = 0.0
        var out: [Double] = []
        for target in times {
            let outcome = try integrator.integrate(system, from: t, state: y, to: target)
            t = outcome.time
            y = outcome.state
            out.append(system.surfaceStoichiometry(t, y))
        }
        return out
    }

    @Test(
        "diffusion: with OCV and kinetics out of the picture, the finite-volume surface concentration matches the slab series within 0.1 %"
    )
    func diffusionMatchesSeries() throws {
        let model = try CellModel(design(rate: 5))
        let closed = ConstantCurrentDischarge(model: model)
        let tau = model.thickness * model.thickness / model.diffusivity
        let times = [0.01, 0.05, 0.1, 0.3, 0.6].map { $0 * tau }
        let numeric = try finiteVolumeSurface(model: model, cells: 200, tolerance: 1e-9, times: times)
        for (t, x) in zip(times, numeric) {
            let rise = closed.surfaceStoichiometry(at: t) - model.initialStoichiometry
            let error = abs((x - model.initialStoichiometry) - rise) / rise
            #expect(error < 1e-3, "t = \(t) s: relative error of c_s − c0 = \(error)")
        }
    }

    @Test(
        "convergence: the finite-volume surface concentration error falls as Δ² (observed order 1.8–2.2) at tolerance 1e-10"
    )
    func meshConvergence() throws {
        let model = try CellModel(design(rate: 5))
        let closed = ConstantCurrentDischarge(model: model)
        let t = 0.05 * model.thickness * model.thickness / model.diffusivity
        let exact = closed.surfaceStoichiometry(at: t)
        var errors: [Double] = []
        for cells in [20, 40, 80, 160] {
            let x = try finiteVolumeSurface(model: model, cells: cells, tolerance: 1e-10, times: [t])[0]
            errors.append(abs(x - exact))
        }
        for k in 1..<errors.count {
            let order = log2(errors[k - 1] / errors[k])
            #expect(order > 1.8 && order < 2.2, "order between meshes \(k - 1) and \(k): \(order), errors \(errors)")
        }
    }

    @Test(
        "the closed form and the finite-volume reference (400 cells, tolerance 1e-8) agree within 0.1 % in capacity and 2 mV in mean voltage from 0.1C to 50C"
    )
    func closedFormMatchesReference() throws {
        for rate in [0.1, 1, 5, 20, 50] {
            let model = try CellModel(design(rate: rate))
            let fast = ConstantCurrentDischarge(model: model).summary()
            let reference = try FiniteVolumeDischarge(model: model, cells: 400, tolerance: 1e-8).run().summary
            #expect(abs(fast.capacity.si / reference.capacity.si - 1) < 1e-3, "\(rate)C capacity")
            #expect(abs(fast.meanVoltage.si - reference.meanVoltage.si) < 2e-3, "\(rate)C mean voltage")
            #expect(fast.termination == reference.termination)
        }
    }

    @Test(
        "the reference solver's curve starts at the exact initial state: t = 0, x_s = x0, nothing delivered, and the closed form's V(0)"
    )
    func referenceStartsAtInitialState() throws {
        let lfp = design(rate: 10) { d in
            d.useCathode(.lifepo4)
            d.cutoff = Voltage(si: 3.3)
        }
        for d in [design(rate: 1), design(rate: 20), lfp] {
            let model = try CellModel(d)
            let first = try #require(try FiniteVolumeDischarge(model: model, cells: 200).run().curve.first)
            #expect(first.time == 0 && first.chargeDensity == 0)
            #expect(first.surfaceStoichiometry == model.initialStoichiometry)
            #expect(abs(first.voltage - ConstantCurrentDischarge(model: model).voltage(at: 0)) < 1e-9)
        }
    }

    @Test(
        "a cut-off reached within microseconds (LiFePO₄, 10C, 3.3 V) is located in time as the closed form locates it, not reported at t = 0; refining the mesh moves the reference towards the closed form"
    )
    func earlyCutoff() throws {
        let model = try CellModel(
            design(rate: 10) { d in
                d.useCathode(.lifepo4)
                d.cutoff = Voltage(si: 3.3)
            })
        let closed = ConstantCurrentDischarge(model: model).summary()
        #expect(closed.duration.si > 0 && closed.termination == .voltageCutoff)
        // √(D·t) at the cut-off is ~10 pm, far below any cell: the face node's half cell then
        // fills like a mixed volume, so the reference overestimates Q in proportion to Δ (first
        // order) — each 4× refinement divides it by about 4.
        var previous = Double.infinity
        for cells in [200, 800, 3200] {
            let reference = try FiniteVolumeDischarge(model: model, cells: cells).run().summary
            #expect(reference.duration.si > 0 && reference.termination == .voltageCutoff, "\(cells) cells")
            #expect(reference.capacity.si > closed.capacity.si, "\(cells) cells")
            #expect(reference.capacity.si < previous / 3, "\(cells) cells")
            previous = reference.capacity.si
        }
    }

    @Test("a voltage at or below the cut-off when the current starts delivers nothing, in both solvers")
    func cutoffAtStart() throws {
        // 50C through 1000 Ω cm² drops 3.4 V at once, although U(x0) = 4.19 V is above the cut-off.
        let model = try CellModel(design(rate: 50) { $0.interfaceResistance = ArealResistance(si: 0.1) })
        let closed = ConstantCurrentDischarge(model: model).summary()
        let reference = try FiniteVolumeDischarge(model: model, cells: 50).run(points: 5)
        for summary in [closed, reference.summary] {
            #expect(summary.capacity.si == 0 && summary.duration.si == 0)
            #expect(summary.termination == .voltageCutoff)
        }
        #expect(reference.curve.count == 5 && reference.curve.allSatisfy { $0.time == 0 })
    }

    @Test("a current step: the reference solver follows the superposition of two closed-form responses")
    func currentStep() throws {
        let model = try CellModel(design(rate: 2))
        let i1 = model.oneCCurrentDensity * 2
        let i2 = model.oneCCurrentDensity * 8
        let tStep = 200.0
        let fv = FiniteVolumeDischarge(model: model, cells: 200, tolerance: 1e-9) { t in t < tStep ? i1 : i2 }
        let result = try fv.run()
        let slow = ConstantCurrentDischarge(model: model, currentDensity: i1)
        let extra = ConstantCurrentDischarge(model: model, currentDensity: i2 - i1)
        // Linear superposition: x_s(t) = x0 + Δx₁(t) + Δx₂(t − t_step).
        for point in result.curve where point.time > tStep + 5 {
            let expected =
                slow.surfaceStoichiometry(at: point.time)
                + (extra.surfaceStoichiometry(at: point.time - tStep) - model.initialStoichiometry)
            #expect(abs(point.surfaceStoichiometry - expected) < 2e-4, "t = \(point.time)")
        }
        #expect(result.summary.termination == .voltageCutoff)
    }

    @Test(
        "low-rate limit: at C/100 with fast diffusion and kinetics the capacity is within 0.5 % of what the OCV alone allows above the cut-off"
    )
    func lowRateLimit() throws {
        let d = design(rate: 0.01) { d in
            d.diffusivity = Diffusivity(si: 1e-11)
            d.cathodeRateConstant = RateConstant(si: 1e-5)
        }
        let model = try CellModel(d)
        // x* with U(x*) = V_cut, computed from the fit.
        let ocv = model.openCircuitVoltage
        let root = try #require(
            RootFinding.illinois(in: 0.9, 0.999, tolerance: 1e-12) { ocv.potential($0) - d.cutoff.si })
        let ocvCapacity =
            PhysicalConstants.faraday * model.maximumConcentration * (root.x - model.initialStoichiometry)
            * model.thickness
        let delivered = ConstantCurrentDischarge(model: model).summary().capacity.si
        #expect(
            abs(delivered / ocvCapacity - 1) < 5e-3,
            "delivered \(delivered), OCV-limited \(ocvCapacity), x* = \(root.x)")
        #expect(root.x > 0.95 && root.x < 0.98)
    }

    @Test("the energy quadrature matches a 200 000-point trapezoid within 1e-6 relative")
    func energyQuadrature() throws {
        for rate in [0.1, 2, 50] {
            let discharge = ConstantCurrentDischarge(model: try CellModel(design(rate: rate)))
            let end = discharge.endOfDischarge().time
            let n = 200_000
            var sum = 0.0
            var previous = discharge.voltage(at: 0)
            for k in 1...n {
                let v = discharge.voltage(at: end * Double(k) / Double(n))
                sum += 0.5 * (v + previous) * end / Double(n)
                previous = v
            }
            let quadrature = discharge.voltageIntegral(until: end)
            #expect(abs(quadrature / sum - 1) < 1e-6, "\(rate)C: \(quadrature) vs \(sum)")
        }
    }

    @Test(
        "a conformal 3D cell with area gain AG delivers AG times the planar capacity at the same C-rate and the same voltage"
    )
    func conformalAreaGain() throws {
        let planar = ConstantCurrentDischarge(model: try CellModel(design(rate: 5))).summary()
        let threeD = ConstantCurrentDischarge(
            model: try CellModel(design(rate: 5) { $0.geometry = .conformal(areaGain: 8) })
        ).summary()
        #expect(abs(threeD.capacity.si / planar.capacity.si - 8) < 1e-9)
        #expect(abs(threeD.meanVoltage.si - planar.meanVoltage.si) < 1e-12)
    }

    @Test(
        "Arrhenius: LiPON at 60 °C conducts exp((0.58 eV/k_B)(1/298.15 − 1/333.15 K)) times better, as the materials library computes, and a cold cell delivers less at 10C"
    )
    func temperature() throws {
        let warm = try CellModel(design(rate: 10) { $0.temperature = Temperature(si: 333.15) })
        let factor = exp((0.58 / PhysicalConstants.boltzmannEV) * (1 / 298.15 - 1 / 333.15))
        #expect(abs(warm.conductivity / 3e-4 / factor - 1) < 1e-12)
        let library = try DesignElectrolyte.lipon.conductivity(at: Temperature(si: 333.15))
        #expect(abs(warm.conductivity / library.si - 1) < 1e-12)
        let cold = try CellModel(design(rate: 10) { $0.temperature = Temperature(si: 273.15) })
        let room = try CellModel(design(rate: 10))
        #expect(
            ConstantCurrentDischarge(model: cold).summary().capacity
                < ConstantCurrentDischarge(model: room).summary().capacity)
    }

    @Test(
        "an electrolyte without an activation energy (PEO) is refused away from its 25 °C reference, naming electrolyte-activation-energy; given one, σ and D_e follow it"
    )
    func polymerTemperature() throws {
        func polymer(_ change: (inout DischargeDesign) -> Void) -> DischargeDesign {
            design(rate: 2) { d in
                d.useElectrolyte(.peo)
                d.saltDiffusivity = Diffusivity(si: 1e-13)
                d.saltConcentration = Concentration(si: 1000)
                // 20 µm of polymer: the salt polarization, not the cathode, limits the cell at 25 °C.
                d.electrolyteThickness = Length(si: 20e-6)
                change(&d)
            }
        }
        #expect(
            throws: SimulationError.missingParameter(
                "electrolyte-activation-energy",
                reason: "PEO has no cited activation energy, so its conductivity at 25 °C cannot be carried to 60 °C; "
                    + "give one, or simulate at 25 °C")
        ) {
            try CellModel(polymer { $0.temperature = Temperature(si: 333.15) })
        }
        // Within the library's 0.5 K of the reference, the 25 °C value is used as it is.
        let near = try CellModel(polymer { $0.temperature = Temperature(si: 298.5) })
        #expect(abs(near.conductivity - 2.6e-3) < 1e-15)
        let ea = 0.5
        let warm = try CellModel(
            polymer { d in
                d.temperature = Temperature(si: 333.15)
                d.conductivityActivationEnergy = ActivationEnergy(canonical: ea)
            })
        let factor = exp((ea / PhysicalConstants.boltzmannEV) * (1 / 298.15 - 1 / 333.15))
        #expect(abs(warm.conductivity / 2.6e-3 / factor - 1) < 1e-12)
        #expect(abs(try #require(warm.saltTransport).diffusivity / 1e-13 / factor - 1) < 1e-12)
        let room = try CellModel(polymer { _ in })
        #expect(
            ConstantCurrentDischarge(model: warm).summary().capacity
                > ConstantCurrentDischarge(model: room).summary().capacity)
    }

    @Test(
        "binary electrolyte: the closed-form concentration polarization matches the finite-volume reference, and lowers the capacity"
    )
    func binaryElectrolyte() throws {
        let polymer = design(rate: 2) { d in
            d.useElectrolyte(.peo)
            d.electrolyteConductivity = Conductivity(si: 1e-2)  // 1e-4 S/cm
            d.saltDiffusivity = Diffusivity(si: 1e-13)
            d.saltConcentration = Concentration(si: 1000)
            d.electrolyteThickness = Length(si: 20e-6)
        }
        let model = try CellModel(polymer)
        let fast = ConstantCurrentDischarge(model: model).summary()
        let reference = try FiniteVolumeDischarge(model: model, cells: 300, tolerance: 1e-8).run().summary
        #expect(abs(fast.capacity.si / reference.capacity.si - 1) < 2e-3)
        #expect(abs(fast.meanVoltage.si - reference.meanVoltage.si) < 2e-3)
        var singleIon = polymer
        singleIon.electrolyteTransport = .singleIon
        let ideal = ConstantCurrentDischarge(model: try CellModel(singleIon)).summary()
        #expect(fast.capacity < ideal.capacity)
    }
}
