import Foundation

/// Closed-form solutions of linear diffusion in a slab under a constant boundary flux, in
/// dimensionless form: τ = D·t/L², and concentrations in units of J·L/D where J is the flux
/// density (amount per area per time) across a face.
///
/// Each function switches between two exact representations of the same solution:
///
/// - the Fourier (long-time) series, used for τ ≥ ``switchTime``, truncated after
///   ``fourierTerms`` terms. The neglected tail is bounded by
///   e^{−(M+1)²π²τ}·Σ_{n>M} 1/n² ≤ e^{−(M+1)²π²τ}/M, which for M = 6 and τ ≥ 0.1 is below 10⁻²⁰;
/// - the image (short-time) series in terms of ierfc(u) = e^{−u²}/√π − u·erfc(u), used for
///   τ < ``switchTime``, keeping the images with u = n/√τ ≤ ``imageCutoff``: a neglected image
///   is below ierfc(6) < 2·10⁻¹⁸, i.e. under 10⁻¹⁷ relative to the leading 1/√π (less than
///   one ulp). For τ < 1/36 no image is left and g(τ) = 2√(τ/π) exactly to double precision.
///
/// Both truncation errors are far below double-precision round-off of the O(1) result, so the
/// functions are exact to round-off for every τ ≥ 0. Source: H. S. Carslaw and J. C. Jaeger,
/// *Conduction of Heat in Solids*, 2nd ed. (Oxford, 1959), §3.3 (slab with constant flux).
public enum SlabDiffusion {
    /// τ below which the image series is used.
    public static let switchTime = 0.1
    /// Fourier terms kept for τ ≥ ``switchTime``.
    public static let fourierTerms = 6
    /// Largest argument u = n/√τ of an image term that is kept.
    public static let imageCutoff = 6.0
    /// Image terms kept by ``throughSlabFace(_:)`` for τ < ``switchTime``.
    public static let throughImageTerms = 6

    /// Rise of the concentration at the face z = L of a slab 0 ≤ z ≤ L sealed at z = 0, with a
    /// constant flux J entering through z = L from τ = 0, in units of J·L/D:
    ///
    ///     g(τ) = τ + 1/3 − (2/π²)·Σₙ₌₁^∞ e^{−n²π²τ}/n²                (Fourier)
    ///          = 2√τ·[1/√π + 2·Σₙ₌₁^∞ ierfc(n/√τ)]                     (images)
    ///
    /// g(0) = 0, g′(τ) > 0, and g(τ) → τ + 1/3 for τ ≫ 1 (uniform filling plus the steady
    /// parabolic profile).
    public static func sealedSlabSurface(_ tau: Double) -> Double {
        if tau <= 0 { return 0 }
        if tau < switchTime {
            let r = tau.squareRoot()
            var images = 0.0
            var n = 1.0
            while n / r <= imageCutoff {
                images += ierfc(n / r)
                n += 1
            }
            return 2 * r * (1 / Double.pi.squareRoot() + 2 * images)
        }
        // q^{n²} by recurrence: q^{(n+1)²} = q^{n²}·q^{2n+1}, one exponential per call.
        let q = exp(-Double.pi * Double.pi * tau)
        var power = q
        var odd = q
        var sum = 0.0
        let q2 = q * q
        for n in 1...fourierTerms {
            sum += power / Double(n * n)
            // The rest of the series is below the next term times 2: stop once that is < 10⁻¹⁸.
            if power < 1e-18 { break }
            odd *= q2
            power *= odd
        }
        return tau + 1.0 / 3.0 - 2 / (Double.pi * Double.pi) * sum
    }

    /// dg/dτ of ``sealedSlabSurface(_:)``: 1 + 2·Σ e^{−n²π²τ} (Fourier) or
    /// 1/√(πτ)·[1 + 2·Σ e^{−n²/τ}] (images).
    public static func sealedSlabSurfaceRate(_ tau: Double) -> Double {
        if tau <= 0 { return .infinity }
        if tau < switchTime {
            var sum = 1.0
            var n = 1.0
            while n * n / tau <= imageCutoff * imageCutoff {
                sum += 2 * exp(-n * n / tau)
                n += 1
            }
            return sum / (Double.pi * tau).squareRoot()
        }
        var sum = 1.0
        for n in 1...fourierTerms { sum += 2 * exp(-Double(n * n) * Double.pi * Double.pi * tau) }
        return sum
    }

    /// Rise of the concentration at the face x = 0 of a slab 0 ≤ x ≤ L through which a constant
    /// flux J enters at x = 0 and leaves at x = L (the salt in a binary electrolyte between two
    /// electrodes), in units of J·L/D; the face x = L falls by the same amount:
    ///
    ///     p(τ) = 1/2 − (4/π²)·Σ_{n odd} e^{−n²π²τ}/n²                    (Fourier)
    ///          = 2√τ·[1/√π + 2·Σₘ₌₁^∞ (−1)ᵐ·ierfc(m/(2√τ))]               (images)
    ///
    /// (the image form is g(τ) minus the far-face rise of a sealed slab). The image series is cut
    /// after ``throughImageTerms`` terms: the first neglected one is below ierfc(7/(2√0.1)) < 10⁻⁵⁰.
    /// p(0) = 0 and p(τ) → 1/2 (the steady linear profile).
    public static func throughSlabFace(_ tau: Double) -> Double {
        if tau <= 0 { return 0 }
        if tau < switchTime {
            let r = tau.squareRoot()
            var images = 0.0
            var sign = -1.0
            for m in 1...throughImageTerms {
                images += sign * ierfc(Double(m) / (2 * r))
                sign = -sign
            }
            return 2 * r * (1 / Double.pi.squareRoot() + 2 * images)
        }
        var sum = 0.0
        for k in 0..<fourierTerms {
            let n = Double(2 * k + 1)
            sum += exp(-n * n * Double.pi * Double.pi * tau) / (n * n)
        }
        return 0.5 - 4 / (Double.pi * Double.pi) * sum
    }

    /// The first repeated integral of the complementary error function,
    /// ierfc(u) = e^{−u²}/√π − u·erfc(u) (Abramowitz & Stegun 7.2.5).
    public static func ierfc(_ u: Double) -> Double {
        exp(-u * u) / Double.pi.squareRoot() - u * erfc(u)
    }
}
