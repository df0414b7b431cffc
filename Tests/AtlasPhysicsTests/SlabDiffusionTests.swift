import Foundation
import Testing

@testable import AtlasPhysics

@Suite("Closed-form slab diffusion")
struct SlabDiffusionTests {
    /// The Fourier series summed with 400 terms, for comparison with the switched evaluation.
    func brute(_ tau: Double) -> Double {
        var s = 0.0
        for n in 1...400 { s += exp(-Double(n * n) * .pi * .pi * tau) / Double(n * n) }
        return tau + 1.0 / 3 - 2 / (.pi * .pi) * s
    }

    @Test("the image and Fourier forms of g(τ) agree across the switch and with a 400-term sum")
    func representationsAgree() {
        for tau in [0.002, 0.01, 0.05, 0.0999, 0.1, 0.2, 1, 5] {
            let g = SlabDiffusion.sealedSlabSurface(tau)
            #expect(abs(g - brute(tau)) < 1e-14 * max(1, g), "τ = \(tau)")
        }
        #expect(SlabDiffusion.sealedSlabSurface(0) == 0)
    }

    @Test("g starts as the semi-infinite 2√(τ/π) and ends as τ + 1/3")
    func limits() {
        let tau = 1e-6
        #expect(abs(SlabDiffusion.sealedSlabSurface(tau) / (2 * (tau / .pi).squareRoot()) - 1) < 1e-12)
        #expect(abs(SlabDiffusion.sealedSlabSurface(10) - (10 + 1.0 / 3)) < 1e-15 * 10)
    }

    @Test("dg/dτ matches a central difference of g")
    func rate() {
        for tau in [0.01, 0.08, 0.15, 0.6] {
            let h = 1e-7 * tau
            let numeric =
                (SlabDiffusion.sealedSlabSurface(tau + h) - SlabDiffusion.sealedSlabSurface(tau - h)) / (2 * h)
            #expect(abs(SlabDiffusion.sealedSlabSurfaceRate(tau) - numeric) < 1e-6 * numeric, "τ = \(tau)")
        }
    }

    @Test("the through-slab face rise p(τ) has matching image and Fourier forms and tends to 1/2")
    func throughSlab() {
        func brute(_ tau: Double) -> Double {
            var s = 0.0
            for k in 0..<400 {
                let n = Double(2 * k + 1)
                s += exp(-n * n * .pi * .pi * tau) / (n * n)
            }
            return 0.5 - 4 / (.pi * .pi) * s
        }
        for tau in [0.001, 0.03, 0.0999, 0.1, 0.4, 3] {
            #expect(abs(SlabDiffusion.throughSlabFace(tau) - brute(tau)) < 1e-14, "τ = \(tau)")
        }
        #expect(abs(SlabDiffusion.throughSlabFace(50) - 0.5) < 1e-15)
    }
}
