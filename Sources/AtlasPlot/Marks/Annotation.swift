/// Text and reference lines drawn over a chart, in data coordinates.
///
/// ```swift
/// chart.annotations = [
///     .horizontalLine(y: 100, label: "Target: 100 µW h cm⁻²"),
///     .text("Commercial thin-film cells", x: 300, y: 80),
/// ]
/// ```
/// An annotation whose coordinates cannot be placed (non-finite, ≤ 0 on a log axis, outside the
/// domain) is not drawn.
public enum Annotation: Sendable, Equatable {
    /// A short label beside the point (`x`, `y`): right of it, or left when it would leave the plot.
    case text(String, x: Double, y: Double)
    /// A dashed line across the plot at `y`, with an optional label at its right end.
    case horizontalLine(y: Double, label: String?)
    /// A dashed line up the plot at `x`, with an optional label at its top.
    case verticalLine(x: Double, label: String?)
}
