/// A reported interval, such as a conductivity printed as `1–2 µS cm⁻¹`, drawn as a range bar.
/// The ends may come in either order.
public struct ValueRange: Sendable, Equatable {
    public var low: Double
    public var high: Double

    public init(_ low: Double, _ high: Double) {
        self.low = min(low, high)
        self.high = max(low, high)
    }
}

/// One data point of a scatter chart.
///
/// ```swift
/// PlotPoint(x: 120, y: 45, id: "t2-12",
///           tooltip: "t2-12, Li/LiPON/LiCoO2, ref. 48", link: "/records/t2-12")
/// ```
public struct PlotPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double
    /// Written as the mark's `data-id`; when nil the chart writes `s<series>-p<index>`.
    public var id: String?
    /// Shown by browsers on hover (an SVG `<title>` child of the mark).
    public var tooltip: String?
    /// Where a click on the mark goes (`/records/12`). Only relative URLs, `#fragments`, `http(s):`
    /// and `mailto:` are written; anything else (`javascript:`) is left out.
    public var link: String?
    /// Horizontal range bar (a reported range on the x quantity).
    public var xRange: ValueRange?
    /// Vertical range bar.
    public var yRange: ValueRange?

    public init(
        x: Double, y: Double, id: String? = nil, tooltip: String? = nil, link: String? = nil, xRange: ValueRange? = nil,
        yRange: ValueRange? = nil
    ) {
        self.x = x
        self.y = y
        self.id = id
        self.tooltip = tooltip
        self.link = link
        self.xRange = xRange
        self.yRange = yRange
    }
}
