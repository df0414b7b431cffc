import Foundation

/// A second scale along the top of a ``ScatterChart``: the same positions as the bottom axis,
/// labelled in another quantity that is a monotone function of it — °C over 1000/T on an
/// Arrhenius plot. It has no data of its own and no gridlines.
///
/// ```swift
/// var chart = ScatterChart(
///     x: Axis("1000/T", unit: perKelvin),
///     y: Axis("Ionic conductivity", unit: try Unit.parse("S/cm"), scale: .log10))
/// chart.topAxis = .celsius()          // ticks at round °C values, placed at 1000/(θ + 273.15)
/// ```
///
/// Ticks are round values of the secondary quantity (1/2/5 steps) that fall inside the bottom
/// axis's domain; the step grows until no two labels collide, so a non-linear mapping that crowds
/// one end stays readable.
public struct SecondaryAxis: Sendable {
    /// Shown above the tick labels, with the unit in parentheses when one is given.
    public var title: String
    /// The unit as printed in the label (`°C`); nil for none.
    public var unitText: String?
    /// The secondary value at a bottom-axis value. Must be finite and strictly monotone over the
    /// bottom axis's domain.
    public var fromPrimary: @Sendable (Double) -> Double
    /// The bottom-axis value of a secondary value: the inverse of ``fromPrimary``.
    public var toPrimary: @Sendable (Double) -> Double

    /// A top axis titled `title` (and `unitText`), whose ticks are placed with `toPrimary` and
    /// labelled with round values of `fromPrimary` over the bottom axis's domain.
    public init(
        _ title: String, unitText: String? = nil, fromPrimary: @escaping @Sendable (Double) -> Double,
        toPrimary: @escaping @Sendable (Double) -> Double
    ) {
        self.title = title
        self.unitText = unitText
        self.fromPrimary = fromPrimary
        self.toPrimary = toPrimary
    }

    /// Temperature in °C over a bottom axis of `factor`/T with T in kelvin (1000/T by default):
    /// θ = factor/x − 273.15 and x = factor/(θ + 273.15).
    public static func celsius(inverseTemperatureFactor factor: Double = 1000) -> SecondaryAxis {
        SecondaryAxis(
            "Temperature", unitText: "°C", fromPrimary: { factor / $0 - 273.15 },
            toPrimary: { factor / ($0 + 273.15) })
    }

    /// `Temperature (°C)`.
    public var label: String { unitText.map { "\(title) (\($0))" } ?? title }

    static let labelGap = 4.0
    static let labelSize = Theme.tickLabelSize
    static let titleSize = Theme.axisTitleSize

    /// Height the axis needs above the plot: ticks, labels and a one-line title.
    var depth: Double {
        Theme.tickLength + Self.labelGap + Self.labelSize + 7 + Self.titleSize * Theme.lineHeight
    }

    /// Labelled ticks inside `scale`'s domain, with `Tick.value` the bottom-axis position and
    /// `Tick.label` the secondary value: the smallest 1/2/5 step whose labels do not collide along
    /// `length` px. Empty when the mapping gives nothing finite or fewer than two ticks fit.
    func ticks(over scale: Scale, length: Double) -> [Tick] {
        let a = fromPrimary(scale.domain.lowerBound)
        let b = fromPrimary(scale.domain.upperBound)
        guard a.isFinite, b.isFinite, a != b else { return [] }
        let low = min(a, b)
        let high = max(a, b)
        for target in stride(from: 12, through: 2, by: -1) {
            let step = Scale.niceStep((high - low) / Double(target - 1))
            let first = Foundation.ceil(low / step - 1e-9)
            let last = Foundation.floor(high / step + 1e-9)
            guard first <= last, last - first < 200 else { continue }
            var ticks: [Tick] = []
            for i in Int(first)...Int(last) {
                let value = Double(i) * step
                let position = toPrimary(value)
                guard position.isFinite, scale.contains(position) else { continue }
                ticks.append(Tick(value: position, label: Scale.linearLabel(value, step: step)))
            }
            ticks.sort { scale.fraction($0.value) < scale.fraction($1.value) }
            guard ticks.count >= 2 else { continue }
            if fits(ticks, scale: scale, length: length) { return ticks }
        }
        return []
    }

    private func fits(_ ticks: [Tick], scale: Scale, length: Double) -> Bool {
        for (p, q) in zip(ticks, ticks.dropFirst()) {
            let distance = (scale.fraction(q.value) - scale.fraction(p.value)) * length
            let needed =
                (TextMetrics.width(p.label, size: Self.labelSize) + TextMetrics.width(q.label, size: Self.labelSize))
                / 2 + 10
            if distance < needed { return false }
        }
        return true
    }

    /// Ticks, labels and title above `plot`, positioned by the bottom axis's `scale`.
    func render(plot: Rect, scale: Scale) -> [SVGElement] {
        let ticks = ticks(over: scale, length: plot.width)
        var path = PathData()
        var labels: [SVGElement] = []
        for tick in ticks {
            let x = plot.minX + scale.fraction(tick.value) * plot.width
            path.move(to: x, plot.minY)
            path.line(to: x, plot.minY - Theme.tickLength)
            labels.append(
                TextElement.line(
                    tick.label, x: x, y: plot.minY - Theme.tickLength - Self.labelGap, size: Self.labelSize,
                    anchor: .middle))
        }
        var elements: [SVGElement] = []
        if !path.isEmpty { elements.append(SVGElement("path", ["d": path.string, "stroke": Color.axis.hex])) }
        elements.append(group("tick-labels", labels))
        let titleBaseline = plot.minY - Theme.tickLength - Self.labelGap - Self.labelSize - 7
        elements.append(
            TextElement.line(label, x: plot.midX, y: titleBaseline, size: Self.titleSize, anchor: .middle))
        return [group("top-axis", elements)]
    }
}
