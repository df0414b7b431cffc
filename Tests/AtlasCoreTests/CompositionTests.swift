import Foundation
import Testing

@testable import AtlasCore

/// Composition arithmetic: reduction, atom and mass fractions, molar mass, comparison, the
/// element table and its canonical order.
@Suite("Composition")
struct CompositionTests {
    @Test("the element table has all 118 elements, numbered in order, with unique symbols")
    func elementTable() {
        #expect(Element.allCases.count == 118)
        #expect(Element.allCases.map(\.atomicNumber) == Array(1...118))
        #expect(Set(Element.allCases.map(\.symbol)).count == 118)
        #expect(Element(symbol: "Og") == .Og)
        #expect(Element(symbol: "CO") == nil)
        #expect(Element.allCases.allSatisfy { Element(symbol: $0.symbol) == $0 })
    }

    @Test("Pauling electronegativities cover every element's slot; elements are encoded by symbol")
    func electronegativityAndCoding() throws {
        let values = Element.allCases.map(\.paulingElectronegativity)
        #expect(values.count == 118)
        #expect(Element.Li.paulingElectronegativity == 0.98)
        #expect(Element.F.paulingElectronegativity == 3.98)
        #expect(Element.No.paulingElectronegativity == 1.3)
        #expect(Element.He.paulingElectronegativity == nil)
        #expect(Element.Lr.paulingElectronegativity == nil)
        let json = try JSONEncoder().encode([Element.Li, .La])
        #expect(String(decoding: json, as: UTF8.self) == #"["Li","La"]"#)
        #expect(try JSONDecoder().decode([Element].self, from: json) == [.Li, .La])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Element].self, from: Data(#"["Lq"]"#.utf8)) }
    }

    @Test(
        "standard atomic weights: CIAAW 2021, conventional values for interval elements, none without stable isotopes")
    func atomicWeights() {
        #expect(Element.Li.standardAtomicWeight == 6.94)
        #expect(Element.B.standardAtomicWeight == 10.81)
        #expect(Element.C.standardAtomicWeight == 12.011)
        #expect(Element.N.standardAtomicWeight == 14.007)
        #expect(Element.O.standardAtomicWeight == 15.999)
        #expect(Element.S.standardAtomicWeight == 32.06)
        #expect(Element.La.standardAtomicWeight == 138.90547)
        #expect(Element.Pb.standardAtomicWeight == 207.2)
        #expect(Element.U.standardAtomicWeight == 238.02891)
        let without: [Element] =
            [.Tc, .Pm, .Po, .At, .Rn, .Fr, .Ra, .Ac] + Element.allCases.filter { $0.atomicNumber >= 93 }
        #expect(Element.allCases.filter { $0.standardAtomicWeight == nil } == without)
        // Weights grow with atomic number except for the known inversions (Ar/K, Co/Ni, Te/I, Th/Pa).
        let inversions = Element.allCases.compactMap { e -> Element? in
            guard let w = e.standardAtomicWeight, let next = Element(rawValue: e.rawValue + 1),
                let v = next.standardAtomicWeight
            else { return nil }
            return v < w ? e : nil
        }
        #expect(inversions == [.Ar, .Co, .Te, .Th])
    }

    @Test("formula order: Li first, then by increasing Pauling electronegativity")
    func formulaOrder() throws {
        #expect(try Composition(parsing: "O12Zr2La3Li7").formula == "Li7La3Zr2O12")
        #expect(try Composition(parsing: "S12P2GeLi10").formula == "Li10GeP2S12")
        #expect(try Composition(parsing: "La0.36Sr0.3Li0.3TiO3").formula == "Li0.3Sr0.3La0.36TiO3")
        #expect(try Composition(parsing: "Li1.3Al0.3Ti1.7(PO4)3").formula == "Li1.3Ti1.7Al0.3P3O12")
        #expect(try Composition(parsing: "Li4/3Ti5/3O4").formula == "Li4/3Ti5/3O4")
        #expect(try Composition(parsing: "Li3/8Sr7/16Ta3/4Zr1/4O3").formula == "Li0.375Sr0.4375Zr0.25Ta0.75O3")
        // Elements without a Pauling value go last: He, then Ar.
        #expect(try Composition(parsing: "ArHeLiF").formula == "LiFHeAr")
    }

    @Test("reduction divides integer amounts by their GCD and leaves fractional ones alone")
    func reduction() throws {
        #expect(try Composition(parsing: "Li140P60S220").reduced.formula == "Li7P3S11")
        #expect(try Composition(parsing: "Li140P60S220").reductionFactor == 20)
        #expect(try Composition(parsing: "Li2O2").reduced.formula == "LiO")
        let doped = try Composition(parsing: "Li6.25Al0.25La3Zr2O12")
        #expect(doped.reduced == doped)
        #expect(doped.reduced.formula == "Li6.25La3Zr2Al0.25O12")
        #expect(try Composition(parsing: "Li7La3Zr2O12").reductionFactor == 1)
    }

    @Test("atoms per formula unit, lithium atom and mass fractions")
    func fractions() throws {
        let llzo = try Composition(parsing: "Li7La3Zr2O12")
        #expect(llzo.atomsPerFormulaUnit == 24)
        #expect(llzo.lithiumAtomFraction == 7.0 / 24)
        // 7 × 6.94 / 839.73241 (molar mass computed by hand in PrintedFormulaTableTests).
        let massFraction = try #require(llzo.lithiumMassFraction)
        #expect(massFraction.isApproximatelyEqual(to: 48.58 / 839.73241, relativeTolerance: 1e-12))
        #expect(try Composition(parsing: "LaTiO3").lithiumAtomFraction == 0)
        let fractionsSum = try Composition(parsing: "Li6.25Al0.25La3Zr2O12").atomFractions.values.reduce(0, +)
        #expect(fractionsSum.isApproximatelyEqual(to: 1, relativeTolerance: 1e-12))
    }

    @Test("the example of docs/FORMULAS.md holds")
    func documentedExample() throws {
        let c = try Formula.parse("Li_{6.25}Al_{0.25}La₃Zr₂O₁₂").composition()
        #expect(c.formula == "Li6.25La3Zr2Al0.25O12")
        #expect(c[.Al] == Rational(1, 4))
        #expect(c.atomsPerFormulaUnit == 23.5)
        #expect(c.lithiumAtomFraction.isApproximatelyEqual(to: 6.25 / 23.5, relativeTolerance: 1e-12))
        // 43.375 + 6.7453846 + 416.71641 + 182.448 + 191.988
        #expect(try #require(c.molarMass).isApproximatelyEqual(to: 841.2727946, relativeTolerance: 1e-12))
    }

    @Test("molar mass is unavailable when an element has no standard atomic weight")
    func molarMassUnavailable() throws {
        let pertechnetate = try Composition(parsing: "LiTcO4")
        #expect(pertechnetate.molarMass == nil)
        #expect(pertechnetate.lithiumMassFraction == nil)
        #expect(pertechnetate.lithiumAtomFraction == 1.0 / 6)
    }

    @Test("approximate equality compares atom fractions, so the size of the formula unit does not matter")
    func approximateEquality() throws {
        let llzo = try Composition(parsing: "Li7La3Zr2O12")
        #expect(llzo.isApproximatelyEqual(to: try Composition(parsing: "Li14La6Zr4O24")))
        #expect(llzo.isApproximatelyEqual(to: try Composition(parsing: "Li3.5La1.5ZrO6")))
        // Rounding of printed amounts (O11.855 printed as O11.86) is within the default tolerance…
        let printed = try Composition(parsing: "Li6.46Al0.15La3Zr1.95O11.86")
        #expect(printed.isApproximatelyEqual(to: try Composition(parsing: "Li6.46Al0.15La3Zr1.95O11.855")))
        // …a dopant level is not, and a missing element never is.
        #expect(!llzo.isApproximatelyEqual(to: try Composition(parsing: "Li6.25Ga0.25La3Zr2O12")))
        #expect(!llzo.isApproximatelyEqual(to: try Composition(parsing: "Li6.4Al0.0001La3Zr2O12"), tolerance: 0.1))
        let doped = try Composition(parsing: "Li6.25Al0.25La3Zr2O12")
        #expect(!doped.isApproximatelyEqual(to: try Composition(parsing: "Li6.5Al0.25La3Zr2O12")))
    }

    @Test("negative amounts are refused, zero amounts dropped")
    func invalidAmounts() throws {
        #expect(throws: CoreError.cannotComputeComposition("the amount of Li is negative (-0.5)")) {
            try Composition([.Li: Rational(-1, 2)!])
        }
        #expect(try Composition([.Li: 1, .O: 0]).formula == "Li")
        #expect(
            CoreError.cannotComputeComposition("no value for x (the formula is symbolic)").message
                == "cannot compute the composition: no value for x (the formula is symbolic)")
    }

    @Test("exact rationals: decimal reading and printing, checked arithmetic")
    func rationals() {
        #expect(Rational(decimal: "6.25") == Rational(25, 4))
        #expect(Rational(decimal: "0,25") == Rational(1, 4))
        #expect(Rational(decimal: "1e-05") == Rational(1, 100_000))
        #expect(Rational(decimal: "12345678901234567890") == nil)
        #expect(Rational(approximating: 0.1) == Rational(1, 10))
        #expect(Rational(25, 4)!.description == "6.25")
        #expect(Rational(2, 3)!.description == "2/3")
        #expect(Rational(-1, 8)!.description == "-0.125")
        #expect(Rational(Int.max).multiplied(by: Rational(2)) == nil)
        #expect(Rational(1, Int.max)!.adding(Rational(1, Int.max - 1)!) == nil)
        #expect(Rational(Int.max) > Rational(Int.max - 1))
    }
}
