import AtlasCore
import Foundation
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

    @Test(
        "LiFePO₄'s voltage range is its fit's span vs Li (2.487–3.908 V), not the Prada2013 full cell's 2.0/3.6 V cut-offs; D from the same set"
    )
    func lfpRangeAndDiffusivity() throws {
        let lfp = ElectrodeMaterial.lithiumIronPhosphate
        let range = try #require(lfp.voltageRange?.value)
        // U(1) = 3.4077 − 0.020269 − 0.9 + 0.5e⁻¹⁵⁰; U(0) = 3.4077 + 0.5 − 0.9e⁻³⁰.
        #expect(abs(range.lowerBound - (3.4077 - 0.020269 - 0.9)) < 1e-12)
        #expect(abs(range.upperBound - (3.4077 + 0.5)) < 1e-12)
        #expect(lfp.diffusivity?.value == 5.9e-18...5.9e-18)
        #expect(lfp.diffusivity?.source.text.contains("'Positive particle diffusivity [m2.s-1]': 5.9e-18") == true)
    }

    @Test(
        "V₂O₅: 3.35 g cm⁻³ (CRC via its infobox) gives 49.37 µA h cm⁻² µm⁻¹; 147.4 mA h g⁻¹ is half the cited 294 for two Li"
    )
    func vanadiumPentoxide() throws {
        let vo = ElectrodeMaterial.vanadiumPentoxide
        #expect(try #require(vo.density).canonical == 3.35)
        #expect(abs(try vo.designVolumetricCapacity().value.canonical - 49.37) < 0.005)
        #expect(abs(try #require(vo.specificCapacityDeviation)) < 0.003)
    }

    @Test(
        "graphite's density is its X-ray density, 2.261 g cm⁻³ (Trucano & Chen 1975), not the 2.068 its model c_max implies"
    )
    func graphiteDensity() throws {
        let g = ElectrodeMaterial.graphite
        // 4·12.011 g mol⁻¹ / (N_A · (√3/2)·(2.464 Å)²·6.711 Å) by hand.
        let byHand = 4 * 12.011 / (6.022_140_76e23 * (3.0.squareRoot() / 2 * 2.464 * 2.464 * 6.711) * 1e-24)
        let rho = try #require(g.density).canonical
        #expect(abs(rho - byHand) < 1e-9)
        #expect(abs(rho - 2.26) < 0.005)
        #expect(abs(28_700 * 72.066 / 1e6 / rho - 1 + 0.085) < 0.005)  // the c_max-implied density, 8.5 % lower
        // The discharge window still uses the set's c_max, so the usable fraction is unchanged.
        let w = KimGraphiteNCACell.dischargeWindows.negative
        #expect(g.usableFraction.value == w.upperBound - w.lowerBound)
        // docs/PHYSICS.md prints the design capacity as 47.24 µA h cm⁻² µm⁻¹ (half a unit in the last place).
        #expect(abs(try g.designVolumetricCapacity().value.canonical - 47.24) < 0.005)
    }

    @Test("lithium's X-ray density from a = 3.51004 Å (Nadler & Kempter 1959) is 0.533 g cm⁻³")
    func lithiumDensity() throws {
        let rho = try #require(ElectrodeMaterial.lithiumMetal.density).canonical
        #expect(abs(rho - 2 * 6.94 / (6.022_140_76e23 * pow(3.51004e-8, 3))) < 1e-9)
        #expect(abs(rho - 0.533) < 0.0005)
    }

    @Test("LiCoO₂'s usable fraction 0.5 is said to be chosen to reproduce the review's 69, not stated by the review")
    func licoo2FractionIsChosen() {
        let f = ElectrodeMaterial.lithiumCobaltOxide.usableFraction
        #expect(f.value == 0.5)
        #expect(f.source.text.hasPrefix("computed: x = 0.5 of LiₓCoO₂, chosen because"))
        #expect(f.source.text.contains("the review does not state x"))
    }

    @Test(
        "LNMO has no capacity per µm: the review's 70 is a TiO₂-nanotube/LNMO full-cell figure above LNMO's theoretical capacity"
    )
    func lnmoHasNoVolumetricCapacity() throws {
        let lnmo = ElectrodeMaterial.lithiumNickelManganeseOxide
        #expect(lnmo.statedVolumetricCapacity == nil && lnmo.density == nil)
        // 150 mA h g⁻¹ (the review's figure for the cell) exceeds the computed theoretical 146.7.
        #expect(try #require(lnmo.theoreticalSpecificCapacity).canonical < 150)
        #expect(
            throws: PhysicsError.missingProperty(material: lnmo.name, property: "density (or stated capacity per µm)")
        ) {
            try lnmo.designVolumetricCapacity()
        }
    }

    @Test("TiO₂'s whole-reaction capacity is a stated upper bound, and the design calculator says so")
    func titaniaUpperBound() throws {
        let tio2 = ElectrodeMaterial.titaniumDioxide
        #expect(tio2.usableFraction.value == 1)
        #expect(tio2.usableFraction.note?.hasPrefix("a theoretical upper bound") == true)
        let r = try DesignCalculator.evaluate(
            CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "TiO2"))
        #expect(r.notes.contains { $0.hasPrefix("TiO₂ (anatase) capacity: a theoretical upper bound") })
        // No other material carries such a note, so no other design prints one.
        let lco = try DesignCalculator.evaluate(
            CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "Li"))
        #expect(!lco.notes.contains { $0.contains("upper bound") })
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
        #expect(
            throws: PhysicsError.noTemperatureDependence(
                electrolyte: "PEO-type polymer", temperature: "60 °C", reference: "25 °C")
        ) {
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

/// The potential each material is given vs Li/Li⁺ (``ElectrodeMaterial/meanVoltage``): an OCV-fit mean
/// over the part of its window the fit supports, a stated potential, or a labelled window mid-point.
@Suite("Mean potentials")
struct MeanPotentialTests {
    /// An independent average (midpoint rule, 200 000 intervals).
    func average(_ ocv: OpenCircuitVoltage, _ w: ClosedRange<Double>) -> Double {
        let n = 200_000
        let h = (w.upperBound - w.lowerBound) / Double(n)
        return (0..<n).reduce(0.0) { $0 + ocv.potential(w.lowerBound + (Double($1) + 0.5) * h) } / Double(n)
    }

    @Test(
        "LiCoO₂: the Dualfoil fit is averaged over x 0.5 → 0.967, where it falls to the cited 3.0 V cut-off: 3.946 V, not the whole window's 3.774 V"
    )
    func licoo2Mean() throws {
        let lco = ElectrodeMaterial.lithiumCobaltOxide
        let interval = try #require(lco.ocvAveragingInterval)
        let ocv = OpenCircuitVoltage.licoo2Dualfoil
        #expect(interval.lowerBound == 0.5)
        // The end is where the fit crosses the lower end of the cited 3.0–4.2 V window.
        #expect(lco.voltageRange?.value.lowerBound == 3.0)
        #expect(abs(ocv.potential(interval.upperBound) - 3.0) < 1e-9)
        #expect(abs(interval.upperBound - 0.96666) < 1e-5)
        // The fit falls monotonically from x = 0.5 to the end of the window, so it crosses 3.0 V once,
        // and past the crossing it collapses (0.006 V at x = 1).
        var previous = Double.infinity
        for k in 0...10_000 {
            let u = ocv.potential(0.5 + 0.5 * Double(k) / 10_000)
            #expect(u < previous)
            previous = u
        }
        #expect(ocv.potential(1) < 0.01)
        let mean = try #require(lco.meanVoltage)
        #expect(mean.kind == .ocvMean)
        #expect(abs(mean.value.si - average(ocv, interval)) < 1e-6)
        #expect(abs(mean.value.si - 3.946) < 5e-4)
        // The whole window, tail included, would give the old 3.774 V.
        #expect(abs(average(ocv, 0.5...1.0) - 3.774) < 5e-4)
        #expect(
            mean.basis == "OCV mean, x 0.5–0.967, the part of x 0.5–1.0 where the fit stays within the cited 3–4.2 V")
        // The averaging interval lies in the range the fit's data cover (x 0.5–0.99).
        #expect(ocv.validRange == 0.5...0.99 && ocv.validRange.contains(interval.upperBound))
    }

    @Test(
        "every OCV-fit mean is averaged where the fit is supported: LiFePO₄, NCA and graphite keep their whole windows, which their ranges span"
    )
    func otherFitMeansAreUncut() throws {
        for m in [ElectrodeMaterial.lithiumIronPhosphate, .nickelCobaltAluminiumOxide, .graphite] {
            let window = try #require(m.ocvWindow)
            #expect(m.ocvAveragingInterval == window, "\(m.id)")
            #expect(m.meanVoltage?.kind == .ocvMean, "\(m.id)")
        }
        for m in ElectrodeMaterial.cathodes + ElectrodeMaterial.anodes where m.ocvWindow != nil {
            let interval = try #require(m.ocvAveragingInterval, "\(m.id)")
            let ocv = try #require(m.openCircuitVoltage)
            #expect(
                ocv.validRange.contains(interval.lowerBound) && ocv.validRange.contains(interval.upperBound), "\(m.id)")
        }
    }

    @Test("LNMO's potential is the cited 4.7 V operating voltage, not the 4.1 V mid-point of a 3.2–5 V cycling window")
    func lnmoStated() throws {
        let lnmo = ElectrodeMaterial.lithiumNickelManganeseOxide
        let mean = try #require(lnmo.meanVoltage)
        #expect(mean.value.si == 4.7 && mean.kind == .stated)
        #expect(
            mean.basis.hasPrefix(
                "stated: 'a high operating voltage of 4.7 V', Kuppan, Duncan & Chen, Sci. Rep. 2015, 5, 8027, doi:10.1038/srep08027"
            ))
        #expect(lnmo.voltageRange?.value == 3.2...5.0)
    }

    @Test("LTO's stated 1.5–1.6 V gives 1.55 V; lithium is 0 V by definition")
    func statedPotentials() throws {
        let lto = try #require(ElectrodeMaterial.lithiumTitanate.meanVoltage)
        #expect(abs(lto.value.si - 1.55) < 1e-12 && lto.kind == .stated)
        #expect(
            lto.basis.hasPrefix("mid-point of the stated 1.5–1.6 V: 'high charge-discharge potential of 1.5–1.6 V'"))
        let li = try #require(ElectrodeMaterial.lithiumMetal.meanVoltage)
        #expect(
            li.value.si == 0 && li.kind == .stated && li.basis == "the reference electrode: 0 V vs Li/Li⁺ by definition"
        )
    }

    @Test(
        "a potential that is only a cycling window's mid-point says so, and names the cell",
        arguments: ["LiMn2O4", "V2O5", "LiV2O5", "MoO3", "TiOS", "LiCo0.8Ni0.2O2", "Si", "TiO2", "Cu2Sb"])
    func windowMidPoints(id: String) throws {
        let m = try #require((ElectrodeMaterial.cathodes + ElectrodeMaterial.anodes).first { $0.id == id })
        let mean = try #require(m.meanVoltage)
        let range = try #require(m.voltageRange)
        #expect(mean.kind == .cyclingWindowMidPoint)
        #expect(mean.value.si == (range.value.lowerBound + range.value.upperBound) / 2)
        #expect(
            mean.basis.hasPrefix("mid-point of the ") && mean.basis.contains(" cycling window of ")
                && mean.basis.contains(", not a plateau ("))
        #expect(range.note?.hasPrefix("of ") == true)
    }

    @Test(
        "LiPON's reported span starts at the review's e-beam 10⁻⁸ S cm⁻¹ (ref. 275), not an ALD 10⁻⁷ it gives no reference for"
    )
    func liponSpan() throws {
        let span = try #require(DesignElectrolyte.lipon.reportedRange)
        #expect(span.value == 1e-8...4.9e-6)
        #expect(span.source.text.hasSuffix("§5.1, refs 211, 275"))
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
        let end =
            OpenCircuitVoltage.ncaKim2011.potential(windows.positive.upperBound)
            - OpenCircuitVoltage.graphiteKim2011.potential(windows.negative.lowerBound)
        // Bisection to the last bit of Δn; the OCV's slope there is finite, so 1e-9 V is ample.
        #expect(abs(end - 2.7) < 1e-9)
    }

    @Test("lithium is conserved: what leaves the graphite enters the NCA (L·ε·c_max·Δx equal)")
    func lithiumBalance() {
        let qp = 50e-6 * 0.41 * 49_000.0
        let qn = 70e-6 * 0.51 * 28_700.0
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
        #expect(
            ElectrodeMaterial.nickelCobaltAluminiumOxide.voltageRange?.value.upperBound
                == OpenCircuitVoltage.ncaKim2011.potential(0.41))
    }

    @Test(
        "NCA's Δx is the model cell's utilisation: charged by the same lithium balance to the set's 4.2 V, NCA would start at x = 0.342, not 0.41"
    )
    func chargedToUpperCutoff() {
        let qp = 50e-6 * 0.41 * 49_000.0
        let qn = 70e-6 * 0.51 * 28_700.0
        let xp0 = 20_090.0 / 49_000
        let xn0 = 18_081.0 / 28_700
        func ocv(_ moved: Double) -> Double {
            OpenCircuitVoltage.ncaKim2011.potential(xp0 - moved / qp)
                - OpenCircuitVoltage.graphiteKim2011.potential(xn0 + moved / qn)
        }
        // The stated charged state sits below the cut-off (4.07 V); move Li back until 4.2 V.
        #expect(abs(ocv(0) - 4.074) < 5e-4)
        var lo = 0.0
        var hi = min(qp * xp0, qn * (1 - xn0))
        for _ in 0..<200 {
            let mid = (lo + hi) / 2
            if ocv(mid) < 4.2 { lo = mid } else { hi = mid }
        }
        #expect(abs((xp0 - lo / qp) - 0.342) < 5e-4)
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
