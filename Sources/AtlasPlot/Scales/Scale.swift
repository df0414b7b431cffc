import Foundation

/// Whether an axis maps values linearly or by their base-10 logarithm.
public enum ScaleKind: String, Sendable {
    case linear
    case log10
}

/// A tick on an axis: where it is and what it says (minor ticks say nothing).
public struct Tick: Sendable, Equatable {
    public var value: Double
    public var label: String
}

/// Maps a domain of data values onto the unit interval, and says where the ticks go.
///
/// ```swift
/// let x = try Scale.fitting([0.012, 3400], kind: .log10)
/// x.domain                          // 0.01...10000 (whole decades)
/// x.majorTicks.map(\.label)         // ["10⁻²", "10⁻¹", "10⁰", "10¹", "10²", "10³", "10⁴"]
/// x.fraction(1)                     // 0.333…
///
/// let y = try Scale.fitting([0.3, 8.7], kind: .linear)
/// y.domain                          // 0...10 (1/2/5 steps: step 2)
/// ```
///
/// Contract: `fraction` is 0 at the lower end of the domain and 1 at the upper end, monotone in
/// between; for a log scale it is defined for positive values only (others give NaN, which charts
/// never pass because they drop such values first).
public struct Scale: Sendable, Equatable {
    public let kind: ScaleKind
    public let domain: ClosedRange<Double>
    /// Spacing of major ticks for a linear scale (a 1, 2 or 5 times a power of ten); for a log
    /// scale, the number of decades between labelled ticks (1 unless the axis spans many decades).
    public let step: Double

    /// A scale over an explicit domain. A linear scale picks a 1/2/5 tick step giving about
    /// `targetTickCount` ticks; a log scale keeps the domain as given (it need not be whole decades).
    public init(kind: ScaleKind, domain: ClosedRange<Double>, targetTickCount: Int = 6, axisName: String = "")
        throws(PlotError)
    {
        let lower = domain.lowerBound
        let upper = domain.upperBound
        guard lower.isFinite, upper.isFinite, lower < upper, kind == .linear || lower > 0 else {
            throw .invalidDomain(axis: axisName, lower: lower, upper: upper)
        }
        self.kind = kind
        self.domain = domain
        switch kind {
        case .linear:
            step = Self.niceStep((upper - lower) / Double(max(targetTickCount - 1, 1)))
        case .log10:
            let decades = Foundation.log10(upper) - Foundation.log10(lower)
            step = decades > 10 ? (decades > 20 ? 5 : 2) : 1
        }
    }

    /// A scale whose domain covers `values` with nice ends: whole decades for a log scale, whole
    /// multiples of a 1/2/5 step for a linear one. `values` must already be finite (and positive
    /// for a log scale); an empty array is `noData`.
    public static func fitting(
        _ values: [Double], kind: ScaleKind, includingZero: Bool = false, targetTickCount: Int = 6,
        axisName: String = ""
    ) throws(PlotError) -> Scale {
        guard var low = values.min(), var high = values.max() else { throw .noData(chart: "axis '\(axisName)'") }
        switch kind {
        case .log10:
            guard low > 0 else { throw .nothingPositiveOnLogAxis(axis: axisName, dropped: values.count) }
            // A value within 2 % of a decade (in log units) of the frame would put its mark on the
            // frame line, half outside the plot: such ends move out by a decade. An exact power
            // of ten therefore gets a decade of room (its log10 may also come out a hair off).
            let margin = 0.02
            var a = Foundation.floor(Foundation.log10(low) - margin)
            var b = Foundation.ceil(Foundation.log10(high) + margin)
            if a == b {
                a -= 1
                b += 1
            }
            return try Scale(kind: .log10, domain: Foundation.pow(10, a)...Foundation.pow(10, b), axisName: axisName)
        case .linear:
            if includingZero {
                low = min(low, 0)
                high = max(high, 0)
            }
            if low == high {
                let pad = low == 0 ? 1 : abs(low) * 0.1
                low -= pad
                high += pad
            }
            let step = niceStep((high - low) / Double(max(targetTickCount - 1, 1)))
            let lower = Foundation.floor(low / step + 1e-9) * step
            let upper = Foundation.ceil(high / step - 1e-9) * step
            return try Scale(kind: .linear, domain: lower...upper, targetTickCount: targetTickCount, axisName: axisName)
        }
    }

    /// Position of `value` as a fraction of the domain (0 at the lower end).
    public func fraction(_ value: Double) -> Double {
        switch kind {
        case .linear:
            return (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        case .log10:
            let low = Foundation.log10(domain.lowerBound)
            return (Foundation.log10(value) - low) / (Foundation.log10(domain.upperBound) - low)
        }
    }

    /// Whether `value` can be placed on this scale at all (finite, and positive on a log scale).
    public func accepts(_ value: Double) -> Bool {
        value.isFinite && (kind == .linear || value > 0)
    }

    /// Whether `value` lies in the domain (with a relative tolerance of 10⁻⁹ of its span).
    public func contains(_ value: Double) -> Bool {
        guard accepts(value) else { return false }
        let f = fraction(value)
        return f >= -1e-9 && f <= 1 + 1e-9
    }

    /// Labelled ticks: multiples of `step` for a linear scale, powers of ten (every `step`-th
    /// decade) for a log scale. On a log axis spanning at most one decade, 2 and 5 are labelled too.
    public var majorTicks: [Tick] {
        switch kind {
        case .linear:
            let first = Int(Foundation.ceil(domain.lowerBound / step - 1e-9))
            let last = Int(Foundation.floor(domain.upperBound / step + 1e-9))
            guard first <= last else { return [] }
            return (first...last).map { i in
                let value = Double(i) * step
                return Tick(value: value, label: Self.linearLabel(value, step: step))
            }
        case .log10:
            let (first, last) = decadeRange
            let stride = Int(step)
            var ticks: [Tick] = []
            for exponent in first...max(first, last) where exponent % stride == 0 {
                let value = Foundation.pow(10, Double(exponent))
                if contains(value) { ticks.append(Tick(value: value, label: DecadeLabel.string(exponent: exponent))) }
                if spansAtMostOneDecade {
                    for m in [2.0, 5.0] where contains(m * value) {
                        ticks.append(Tick(value: m * value, label: Self.linearLabel(m * value, step: value)))
                    }
                }
            }
            return ticks.sorted { $0.value < $1.value }
        }
    }

    /// Unlabelled ticks: 2…9 within each decade on a log scale (all decades, when labels skip
    /// some); halfway between major ticks on a linear one.
    public var minorTicks: [Double] {
        let majors = Set(majorTicks.map(\.value))
        switch kind {
        case .linear:
            let half = step / 2
            let first = Int(Foundation.ceil(domain.lowerBound / half - 1e-9))
            let last = Int(Foundation.floor(domain.upperBound / half + 1e-9))
            guard first <= last else { return [] }
            return (first...last).filter { $0 % 2 != 0 }.map { Double($0) * half }
        case .log10:
            let (first, last) = decadeRange
            var values: [Double] = []
            for exponent in (first - 1)...last {
                let decade = Foundation.pow(10, Double(exponent))
                let multipliers: [Double] = step > 1 ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : [2, 3, 4, 5, 6, 7, 8, 9]
                for m in multipliers where contains(m * decade) && !majors.contains(m * decade) {
                    values.append(m * decade)
                }
            }
            // Eight minor ticks per decade crowd an axis of more than a dozen decades.
            return Double(last - first) > 12
                ? values.filter { Foundation.log10($0).rounded() == Foundation.log10($0) } : values
        }
    }

    private var decadeRange: (Int, Int) {
        (
            Int(Foundation.floor(Foundation.log10(domain.lowerBound) - 1e-9)),
            Int(Foundation.ceil(Foundation.log10(domain.upperBound) + 1e-9))
        )
    }

    private var spansAtMostOneDecade: Bool {
        Foundation.log10(domain.upperBound) - Foundation.log10(domain.lowerBound) <= 1 + 1e-9
    }

    /// 1, 2 or 5 times a power of ten, nearest (on a log scale) to `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let exponent = Foundation.floor(Foundation.log10(raw))
        let magnitude = Foundation.pow(10, exponent)
        let fraction = raw / magnitude
        let nice: Double = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10
        return nice * magnitude
    }

    /// A tick value with as many significant digits as the step resolves (`0.30000000000000004`
    /// with step 0.1 is `0.3`), through ``QuantityFormatter`` so numbers read as everywhere else.
    static func linearLabel(_ value: Double, step: Double) -> String {
        if abs(value) < step * 1e-6 { return "0" }
        let digits =
            Int(Foundation.floor(Foundation.log10(abs(value)) + 1e-9) - Foundation.floor(Foundation.log10(step) + 1e-9))
            + 1
        return NumberText.string(value, significantDigits: max(1, digits))
    }
}
