import Foundation
import AtlasCore
import Testing

@testable import AtlasPhysics

@Suite("Materials library")
struct MaterialsTests {
    /// F/3.6 in mA h per mol: the capacity of one electron per mole.
    let faradayMilliampHours = 96_485.332_123_310_0184 / 3.6

    @Test("theoretical capacity is n·F/(3.6·M) with IUPAC 2021 weights (LiCoO₂ by hand: 273.84 mA h g⁻¹)")
    func licoo2Capacity() throws {
        let m = 6.94 + 58.933_194 + 2 * 15.999
        let expected = faradayMilliampHours / m
        let q = try #require(ElectrodeMaterial.lithiumCobaltOxide.theoreticalSpecificCapacity)
        // Same formula, same constants: agreement to rounding (1e-12 relative).
        #expect(abs(q.canonical / expected - 1) < 1e-12)
        #expect(abs(q.canonical - 273.84) < 0.01)
    }

    @Test("every cited theoretical capacity is reproduced within 1 % (Si 3580, LNMO 147 mA h g⁻¹)")
    func citedCapacitiesWithinOnePercent() {
        let checked = (ElectrodeMaterial.cathodes + ElectrodeMaterial.anodes).filter { $0.citedSpecificCapacity != nil }
        #expect(checked.count >= 2)
        for material in checked {
            let deviation = material.specificCapacityDeviation ?? .infinity
            #expect(abs(deviation) < 0.01, "\(material.id): \(deviation)")
        }
    }

    @Test("the review's LiCoO₂ 69 µA h cm⁻² µm⁻¹ is x = 0.5 of LiₓCoO₂ at the X-ray density (within 1 %)")
    func reviewLCOVolumetricCapacity() throws {
        let lco = ElectrodeMaterial.lithiumCobaltOxide
        let rho = try #require(lco.density)
        // R-3m hexagonal cell a = 2.8156 Å, c = 14.0542 Å, Z = 3 → 5.053 g cm⁻³ by hand.
        #expect(abs(rho.canonical - 5.053) < 0.001)
        let (qv, _) = try lco.designVolumetricCapacity()
        #expect(abs(qv.canonical / 69 - 1) < 0.01)
        // The full reaction (no window) would be twice the review's number.
        let full = try #require(lco.theoreticalVolumetricCapacity)
        #expect(abs(full.canonical / 138.4 - 1) < 0.002)
    }

    @Test("Li₄Ti₅O₁₂: computed 175 mA h g⁻¹ theoretical, the review's 160 is practical and lower; 1.5–1.6 V")
    func lithiumTitanate() throws {
        let lto = ElectrodeMaterial.lithiumTitanate
        let q = try #require(lto.theoreticalSpecificCapacity)
        #expect(abs(q.canonical - 3 * faradayMilliampHours / (4 * 6.94 + 5 * 47.867 + 12 * 15.999)) < 1e-9)
        let stated = try #require(lto.statedPracticalSpecificCapacity)
        #expect(stated.value.canonical == 160)
        #expect(stated.value < q)
        #expect(lto.voltageRange?.value == 1.5...1.6)
    }

    @Test("X-ray density of silicon from the CODATA lattice parameter is 2.3290 g cm⁻³")
    func siliconDensity() throws {
        let rho = try #require(ElectrodeMaterial.silicon.density)
        // 8·28.085/(N_A·(5.431020511 Å)³) = 2.3290 g cm⁻³; 1e-4 covers the 5-digit reference.
        #expect(abs(rho.canonical - 2.3290) < 1e-4)
    }

    @Test("density from c_max·M: LiFePO₄ with PyBaMM's 22 806 mol m⁻³ gives 3.598 g cm⁻³")
    func densityFromMaximumConcentration() throws {
        let rho = try #require(ElectrodeMaterial.lithiumIronPhosphate.density)
        let m = 6.94 + 55.845 + 30.973_761_998 + 4 * 15.999
        #expect(abs(rho.canonical - 22_806 * m / 1e6) < 1e-9)
    }

    @Test("every material has sources for what it states, and either a design capacity or a named missing property")
    func everyMaterialIsSourcedOrSaysWhatIsMissing() {
        for m in ElectrodeMaterial.cathodes + ElectrodeMaterial.anodes {
            #expect(!m.usableFraction.source.text.isEmpty)
            if let r = m.reaction { #expect(!r.source.text.isEmpty) }
            if m.densityBasis != nil { #expect(m.densitySource?.isEmpty == false) }
            do {
                _ = try m.designVolumetricCapacity()
            } catch {
                #expect(error == .missingProperty(material: m.name, property: "density (or stated capacity per µm)"))
            }
        }
    }

    @Test("mean potential is the OCV-fit average over the window (LiFePO₄ by hand: 3.371 V)")
    func meanVoltageFromFit() throws {
        let v = try #require(ElectrodeMaterial.lithiumIronPhosphate.meanVoltage)
        // ∫₀¹ of the Afshar fit: 3.4077 − 0.020269/2 + 0.5(1 − e⁻¹⁵⁰)/150 − 0.9(1 − e⁻³⁰)/30.
        let expected = 3.4077 - 0.020269 / 2 + 0.5 / 150 - 0.9 / 30
        // e⁻¹⁵⁰ and e⁻³⁰ are dropped from the hand value (< 1e-13); Simpson's error is < 1e-9 V.
        #expect(abs(v.value.si - expected) < 1e-8)
    }

    @Test("the LFP, NCA and graphite fits' analytical slopes match central differences")
    func fitSlopes() {
        for ocv in [OpenCircuitVoltage.lfpAfshar2017, .ncaKim2011, .graphiteKim2011] {
            for x in stride(from: 0.05, through: 0.9, by: 0.05) {
                let h = 1e-6
                let numeric = (ocv.potential(x + h) - ocv.potential(x - h)) / (2 * h)
                // Central difference error ~h²·U‴, far below 1e-4 for these smooth fits.
                #expect(abs(ocv.slope(x) - numeric) <= 1e-4 * max(1, abs(numeric)), "\(ocv.source) at \(x)")
            }
        }
    }

    @Test("lookup by id and alias is case-insensitive; unknown names list the known ones")
    func lookup() throws {
        #expect(try MaterialLibrary.cathode(named: "lco").id == "LiCoO2")
        #expect(try MaterialLibrary.anode(named: "LTO").id == "Li4Ti5O12")
        #expect(try MaterialLibrary.electrolyte(named: "lipon").family == .lipon)
        #expect(throws: PhysicsError.self) { try MaterialLibrary.cathode(named: "Unobtainium") }
        do {
            _ = try MaterialLibrary.cathode(named: "Unobtainium")
        } catch {
            #expect(error.message.hasPrefix("unknown cathode 'Unobtainium' (known: LiCoO2, LiMn2O4"))
        }
    }
}

@Suite("Design electrolytes")
struct DesignElectrolyteTests {
    @Test("LiPON conductivity follows Arrhenius with Eₐ = 0.58 eV (60 °C by hand: 3.215 × 10⁻⁵ S cm⁻¹)")
    func liponArrhenius() throws {
        let t = Temperature(si: 333.15)
        let sigma = try DesignElectrolyte.lipon.conductivity(at: t)
        let kB = 8.617_333_262e-5
        let expected = 3e-6 * exp(-(0.58 / kB) * (1 / 333.15 - 1 / 298.15))
        #expect(abs(sigma.canonical / expected - 1) < 1e-12)
        #expect(abs(sigma.canonical - 3.215e-5) < 0.001e-5)
    }

    @Test("without a cited activation energy, another temperature is an error naming the electrolyte")
    func noActivationEnergy() {
        #expect(throws: PhysicsError.noTemperatureDependence(electrolyte: "PEO-type polymer", temperature: "60 °C", reference: "25 °C")) {
            try DesignElectrolyte.peo.conductivity(at: Temperature(si: 333.15))
        }
    }

    @Test("LiBON has no conductivity in the review, and the library says so instead of inventing one")
    func libonHasNoConductivity() {
        #expect(throws: PhysicsError.missingProperty(material: "LiBON", property: "ionic conductivity")) {
            try DesignElectrolyte.libon.conductivity(at: CellDesign.defaultTemperature)
        }
    }

    @Test("every design electrolyte maps to an atlas family")
    func families() {
        #expect(Set(DesignElectrolyte.all.map(\.family)).count == DesignElectrolyte.all.count)
    }
}

@Suite("Materials table in docs/PHYSICS.md")
struct MaterialsDocTableTests {
    @Test("LiMn₂O₄ X-ray density 4.281 g cm⁻³ and 63.5 µA h cm⁻² µm⁻¹, as printed in the docs")
    func lmoValues() throws {
        let lmo = ElectrodeMaterial.lithiumManganeseOxide
        // Docs print 4 significant figures: 5e-4 and 0.05 are half a unit in the last place.
        #expect(abs(try #require(lmo.density).canonical - 4.281) < 5e-4)
        #expect(abs(try lmo.designVolumetricCapacity().value.canonical - 63.5) < 0.05)
    }
}

/// The NCA and graphite windows and mean potentials, from the source of their OCV fits (PyBaMM's
/// NCA_Kim2011 set, Kim et al. 2011): checked by the physics that defines them, not by a number
/// typed in.
@Suite("NCA and graphite windows from the NCA_Kim2011 cell")
struct KimWindowTests {
    let cell = KimGraphiteNCACell.self
    var windows: (positive: ClosedRange<Double>, negative: ClosedRange<Double>) { KimGraphiteNCACell.dischargeWindows }

    @Test("the window starts at the set's stated charged state and ends where the cell's OCV reaches its 2.7 V cut-off")
    func windowEnds() {
        #expect(windows.positive.lowerBound == 20_090.0 / 49_000.0)
        #expect(windows.negative.upperBound == 18_081.0 / 28_700.0)
        let end = OpenCircuitVoltage.ncaKim2011.potential(windows.positive.upperBound)
            - OpenCircuitVoltage.graphiteKim2011.potential(windows.negative.lowerBound)
        // Bisection to the last bit of Δn; the OCV's slope there is finite, so 1e-9 V is ample.
        #expect(abs(end - 2.7) < 1e-9)
    }

    @Test("lithium is conserved: what leaves the graphite enters the NCA (L·ε·c_max·Δx equal)")
    func lithiumBalance() {
        let qp = 50e-6 * 0.41 * 49_000.0, qn = 70e-6 * 0.51 * 28_700.0
        let intoNCA = qp * (windows.positive.upperBound - windows.positive.lowerBound)
        let outOfGraphite = qn * (windows.negative.upperBound - windows.negative.lowerBound)
        #expect(abs(intoNCA / outOfGraphite - 1) < 1e-12)
    }

    @Test("the cell's OCV falls monotonically over the window, so the cut-off is met once")
    func monotonicDischarge() {
        var previous = Double.infinity
        for i in 0...1000 {
            let f = Double(i) / 1000
            let xp = windows.positive.lowerBound + f * (windows.positive.upperBound - windows.positive.lowerBound)
            let xn = windows.negative.upperBound - f * (windows.negative.upperBound - windows.negative.lowerBound)
            let v = OpenCircuitVoltage.ncaKim2011.potential(xp) - OpenCircuitVoltage.graphiteKim2011.potential(xn)
            #expect(v < previous, "at fraction \(f)")
            previous = v
        }
    }

    @Test("mean potentials are the fits' averages over the windows: NCA 3.756 V, graphite 0.138 V (a 3.62 V couple)")
    func meanPotentials() throws {
        // An independent average (midpoint rule, 200 000 intervals; error ∝ h², far below 1 µV
        // away from NCA's steep end, which the window stops short of).
        func average(_ ocv: OpenCircuitVoltage, _ w: ClosedRange<Double>) -> Double {
            let n = 200_000
            let h = (w.upperBound - w.lowerBound) / Double(n)
            return (0..<n).reduce(0.0) { $0 + ocv.potential(w.lowerBound + (Double($1) + 0.5) * h) } / Double(n)
        }
        let nca = try #require(ElectrodeMaterial.nickelCobaltAluminiumOxide.meanVoltage)
        let graphite = try #require(ElectrodeMaterial.graphite.meanVoltage)
        #expect(abs(nca.value.si - average(.ncaKim2011, windows.positive)) < 1e-6)
        #expect(abs(graphite.value.si - average(.graphiteKim2011, windows.negative)) < 1e-6)
        #expect(abs(nca.value.si - 3.756) < 5e-4 && abs(graphite.value.si - 0.138) < 5e-4)
        #expect(nca.basis == "OCV mean, x 0.41–0.983, the discharge of PyBaMM's NCA_Kim2011 cell to 2.7 V")
        // Capacity and voltage describe the same window.
        let width = windows.positive.upperBound - windows.positive.lowerBound
        #expect(ElectrodeMaterial.nickelCobaltAluminiumOxide.usableFraction.value == width)
        #expect(ElectrodeMaterial.nickelCobaltAluminiumOxide.voltageRange?.value.upperBound == OpenCircuitVoltage.ncaKim2011.potential(0.41))
    }

    @Test("a NCA | LiPON | graphite cell is designed without --cell-voltage: V = E(NCA) − E(graphite)")
    func designWithNCAAndGraphite() throws {
        let d = try CellDesign(cathode: "LiNi0.8Co0.15Al0.05O2:1um", electrolyte: "LiPON:1.5um", anode: "graphite")
        let r = try DesignCalculator.evaluate(d)
        let nca = try #require(ElectrodeMaterial.nickelCobaltAluminiumOxide.meanVoltage).value
        let graphite = try #require(ElectrodeMaterial.graphite.meanVoltage).value
        #expect(abs(r.cellVoltage.si - (nca.si - graphite.si)) < 1e-12)
        // Capacity per µm: Q·Δx·ρ with Δx the window's width.
        let q = try #require(ElectrodeMaterial.nickelCobaltAluminiumOxide.theoreticalSpecificCapacity)
        let rho = try #require(ElectrodeMaterial.nickelCobaltAluminiumOxide.density)
        let width = windows.positive.upperBound - windows.positive.lowerBound
        #expect(abs(r.cathodeVolumetricCapacity.si / (q.si * width * rho.si) - 1) < 1e-12)
    }
}
