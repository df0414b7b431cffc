/// The layout of a chart with a value axis along the bottom and one up the left: where the plot
/// area goes once the title, axis labels, legend and source line have taken their room.
struct CartesianFrame {
    let plot: Rect
    let height: Double
    let legendOrigin: (x: Double, y: Double)?
    let xPainter: AxisPainter
    let yPainter: AxisPainter

    /// Gap between the plot (or its bottom axis) and a legend.
    static let legendGap = 24.0

    /// Lays the chart out `width` wide. With `height` nil the plot area is 0.55 of the chart width
    /// tall (within 260–600 px); otherwise the plot gets what is left of `height` (at least 120 px).
    /// `topInset` is room kept between the header and the plot (a secondary axis along the top).
    static func layout(
        chrome: ChartChrome, legend: LegendLayout?, xPainter: AxisPainter, yPainter: AxisPainter, width: Double,
        height: Double?, topInset: Double = 0
    ) -> CartesianFrame {
        let top = chrome.headerHeight + topInset
        let legendRight = legend?.side == .right ? legend : nil
        let legendBottom = legend?.side == .bottom ? legend : nil
        let lastLabel = xPainter.scale.majorTicks.last.map { AxisPainter.width($0.label) / 2 } ?? 0
        let rightInset = legendRight.map { $0.width + legendGap + Theme.padding } ?? max(Theme.padding, lastLabel + 6)
        let left = { (plotHeight: Double) in Theme.padding + yPainter.depth(length: plotHeight) }
        let bottomBand = { (plotWidth: Double) in
            xPainter.depth(length: plotWidth) + (legendBottom.map { $0.height + 16 } ?? 0) + chrome.footerHeight
        }

        // Two passes: the left margin depends on which y labels fit, which depends on the height.
        var plotHeight = 360.0
        var plotX = left(plotHeight)
        var plotWidth = width - plotX - rightInset
        for _ in 0..<2 {
            if let height {
                plotHeight = max(120, height - top - bottomBand(plotWidth))
            } else {
                // From the chart width, not the plot width, so a right-hand legend does not flatten the plot.
                plotHeight = min(600, max(260, (width - 2 * Theme.padding) * 0.55))
            }
            plotX = left(plotHeight)
            plotWidth = max(120, width - plotX - rightInset)
        }
        let plot = Rect(x: plotX, y: top, width: plotWidth, height: plotHeight)
        var total = plot.maxY + bottomBand(plotWidth)
        if let legendRight { total = max(total, plot.minY + legendRight.height + chrome.footerHeight) }
        if let height { total = max(total, height) }

        var origin: (x: Double, y: Double)?
        if legendRight != nil {
            origin = (plot.maxX + legendGap, plot.minY)
        } else if let legendBottom {
            let x = legendBottom.width <= plot.width ? plot.minX : Theme.padding
            origin = (x, plot.maxY + xPainter.depth(length: plotWidth) + 8)
        }
        return CartesianFrame(plot: plot, height: total, legendOrigin: origin, xPainter: xPainter, yPainter: yPainter)
    }

    /// Gridlines of both axes, behind everything.
    func background() -> [SVGElement] {
        [group("grid", yPainter.gridlines(plot: plot) + xPainter.gridlines(plot: plot))]
    }

    /// The plot frame, ticks, tick labels and axis titles.
    func axes() -> [SVGElement] {
        let frame = SVGElement(
            "rect",
            [
                "class": "plot-area", "x": SVGNumber.string(plot.minX), "y": SVGNumber.string(plot.minY),
                "width": SVGNumber.string(plot.width), "height": SVGNumber.string(plot.height),
                "fill": "none", "stroke": Color.axis.hex,
            ])
        return [group("axes", [frame] + xPainter.render(plot: plot) + yPainter.render(plot: plot))]
    }
}
