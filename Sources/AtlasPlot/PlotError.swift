import AtlasCore

/// Everything that can go wrong in AtlasPlot: data a chart cannot draw, a configuration that
/// makes no sense, or the PNG renderer missing or failing.
///
/// Bad individual values are not errors: a non-finite value, or a value ≤ 0 on a log axis, is
/// dropped and counted in ``RenderedChart/dropped``. It becomes an error only when nothing is left.
public enum PlotError: Error, Equatable, Sendable {
    /// The chart has nothing to draw (`chart` names it: "scatter chart", "radar chart"…).
    case noData(chart: String)
    /// Every value for the log axis `axis` was ≤ 0 or non-finite; `dropped` of them were dropped.
    case nothingPositiveOnLogAxis(axis: String, dropped: Int)
    /// An explicit axis domain that is empty, reversed, non-finite or (for a log axis) not positive.
    case invalidDomain(axis: String, lower: Double, upper: Double)
    /// A radar chart needs at least three axes to enclose an area.
    case tooFewRadarAxes(count: Int)
    /// A radar series has a different number of values than the chart has axes.
    case radarValueCount(series: String, expected: Int, actual: Int)
    /// A radar value outside the chart's 0–1 radial scale.
    case radarValueOutOfRange(series: String, axis: String, value: Double)
    /// A strip-chart point names a category the chart does not list.
    case unknownCategory(String)
    /// A matrix row with a different number of cells than the matrix has columns.
    case matrixRowLength(row: String, expected: Int, actual: Int)
    /// A matrix cell rated with a level the matrix does not define.
    case unknownRatingLevel(row: String, column: String, level: Int)
    /// A quantity could not be converted to an axis unit.
    case unitMismatch(CoreError)
    /// The SVG → PNG converter is not installed.
    case rendererNotFound(program: String)
    /// The converter ran and failed; `message` is what it printed on stderr.
    case renderFailed(status: Int32, message: String)

    /// One line, no trailing period.
    public var message: String {
        switch self {
        case .noData(let chart):
            return "the \(chart) has no finite values to draw"
        case .nothingPositiveOnLogAxis(let axis, let dropped):
            return "no positive values left for the log axis '\(axis)' (\(dropped) dropped)"
        case .invalidDomain(let axis, let lower, let upper):
            return "invalid domain \(lower)…\(upper) for the axis '\(axis)'"
        case .tooFewRadarAxes(let count):
            return "a radar chart needs at least 3 axes, got \(count)"
        case .radarValueCount(let series, let expected, let actual):
            return "radar series '\(series)' has \(actual) values for \(expected) axes"
        case .radarValueOutOfRange(let series, let axis, let value):
            return "radar series '\(series)' has \(value) on '\(axis)', outside 0–1"
        case .unknownCategory(let name):
            return "unknown category '\(name)'"
        case .matrixRowLength(let row, let expected, let actual):
            return "matrix row '\(row)' has \(actual) cells for \(expected) columns"
        case .unknownRatingLevel(let row, let column, let level):
            return "matrix cell '\(row)' / '\(column)' has undefined rating level \(level)"
        case .unitMismatch(let error):
            return error.message
        case .rendererNotFound(let program):
            return "\(program) not found: install librsvg2-bin"
        case .renderFailed(let status, let message):
            return "SVG to PNG conversion failed (exit \(status)): \(message)"
        }
    }
}

extension PlotError: CustomStringConvertible {
    public var description: String { message }
}
