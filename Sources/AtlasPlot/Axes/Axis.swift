import AtlasCore

/// A value axis: its title and unit (together the axis label), linear or log, and optionally a
/// fixed domain.
///
/// ```swift
/// let x = Axis("Power density", unit: try Unit.parse("uW/cm2"), scale: .log10)
/// x.label                               // "Power density (µW cm⁻²)"
/// try x.value(of: Quantity(1, try Unit.parse("mW/cm2")))   // 1000
/// ```
public struct Axis: Sendable, Equatable {
    public var title: String
    /// Written after the title in parentheses, in the review's typography (`µA h cm⁻²`).
    public var unit: Unit?
    public var scale: ScaleKind
    /// A fixed domain; nil fits the data (whole decades on a log axis, 1/2/5 multiples on a linear one).
    /// Points outside a fixed domain are dropped and counted.
    public var domain: ClosedRange<Double>?
    /// For a fitted linear domain: stretch it to include zero (capacities, retention).
    public var includesZero: Bool
    /// Gridlines at major ticks.
    public var showsGrid: Bool

    public init(
        _ title: String, unit: Unit? = nil, scale: ScaleKind = .linear, domain: ClosedRange<Double>? = nil,
        includesZero: Bool = false, showsGrid: Bool = true
    ) {
        self.title = title
        self.unit = unit
        self.scale = scale
        self.domain = domain
        self.includesZero = includesZero
        self.showsGrid = showsGrid
    }

    /// The title with its unit: `Energy density (µW h cm⁻²)`; the title alone when there is no unit
    /// or the unit is the dimensionless `1`.
    public var label: String {
        guard let unit, unit != .one else { return title }
        return "\(title) (\(unit.description))"
    }

    /// The magnitude of `quantity` in this axis's unit, for plotting quantities given in any unit
    /// of the right dimension. Without an axis unit the magnitude is taken as is.
    public func value(of quantity: Quantity) throws(PlotError) -> Double {
        guard let unit else { return quantity.magnitude }
        do {
            return try quantity.value(in: unit)
        } catch {
            throw .unitMismatch(error)
        }
    }

    /// The scale for this axis: the fixed domain if set, else one fitted to `values`.
    func makeScale(fitting values: [Double], targetTickCount: Int) throws(PlotError) -> Scale {
        if let domain {
            return try Scale(kind: scale, domain: domain, targetTickCount: targetTickCount, axisName: title)
        }
        return try Scale.fitting(
            values, kind: scale, includingZero: includesZero, targetTickCount: targetTickCount, axisName: title)
    }
}
