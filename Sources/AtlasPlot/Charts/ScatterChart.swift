import Foundation

/// A named set of points drawn as marks, as a line, or both.
///
/// ```swift
/// let measured = ScatterSeries("2D (thin-film) cells", points: thinFilm)
/// let fit = ScatterSeries("Arrhenius fit", points: fitted, drawing: .line,
///                         lineStyle: .dashed(Palette.categorical(0)))
/// ```
public struct ScatterSeries: Sendable, Equatable {
    /// How a series is drawn.
    public enum Drawing: Sendable, Equatable {
        /// A mark per point, each with its `data-id`, tooltip and link.
        case marks
        /// A polyline through the points in the order given (non-finite points break it).
        case line
        /// Both.
        case marksAndLine
    }

    public var name: String
    public var points: [PlotPoint]
    public var drawing: Drawing
    /// Nil: the series' position picks the colour and shape (``MarkStyle/categorical(_:size:)``).
    public var markStyle: MarkStyle?
    /// Nil: a solid 2 px line in the mark colour.
    public var lineStyle: LineStyle?
    public var showsInLegend: Bool

    public init(
        _ name: String, points: [PlotPoint], drawing: Drawing = .marks, markStyle: MarkStyle? = nil,
        lineStyle: LineStyle? = nil, showsInLegend: Bool = true
    ) {
        self.name = name
        self.points = points
        self.drawing = drawing
        self.markStyle = markStyle
        self.lineStyle = lineStyle
        self.showsInLegend = showsInLegend
    }

    var drawsMarks: Bool { drawing != .line }
    var drawsLine: Bool { drawing != .marks }
}

/// An x–y chart with linear or log axes in any combination: Ragone plots, Arrhenius plots,
/// retention against cycles, discharge curves, and simulated curves over measured points.
///
/// ```swift
/// var chart = ScatterChart(
///     x: Axis("Power density", unit: try Unit.parse("uW/cm2"), scale: .log10),
///     y: Axis("Energy density", unit: try Unit.parse("uW h/cm2"), scale: .log10))
/// chart.title = "Ragone plot of reported micro-batteries"
/// chart.source = "Source: Jetybayeva et al., J. Mater. Chem. A 2021, 9, 15140, Table 2"
/// chart.series = [
///     ScatterSeries("2D cells", points: planar),
///     ScatterSeries("3D cells", points: threeD),
/// ]
/// let svg = try chart.render().svg
/// ```
///
/// Non-finite points and values ≤ 0 on a log axis are dropped and counted in
/// ``RenderedChart/dropped``; the chart throws only when no point is left.
public struct ScatterChart: Sendable {
    public var x: Axis
    public var y: Axis
    public var series: [ScatterSeries] = []
    public var annotations: [Annotation] = []
    public var title: String?
    public var subtitle: String?
    /// The source line at the bottom (the caller writes it in full, "Source: …").
    public var source: String?
    public var legendTitle: String?
    public var legendPlacement: LegendPlacement = .automatic
    /// Extra legend entries after the series (a simulated curve drawn by another chart layer…).
    public var extraLegendEntries: [LegendEntry] = []
    /// A second scale along the top, labelling the bottom axis's positions in another quantity
    /// (°C over 1000/T). Nil: no top axis.
    public var topAxis: SecondaryAxis?
    public var width: Double = Theme.defaultWidth
    /// Nil: the plot area is 0.55 of the chart width tall (within 260–600 px) and the chart as tall
    /// as its labels and legend need.
    public var height: Double?
    /// Prefix for element ids (the clip path), so several charts can share an HTML page. Nil
    /// derives one from the title.
    public var idPrefix: String?

    public init(x: Axis, y: Axis, series: [ScatterSeries] = []) {
        self.x = x
        self.y = y
        self.series = series
    }

    /// One point accepted for drawing.
    private struct Accepted {
        var series: Int
        var index: Int
        var point: PlotPoint
    }

    public func render() throws(PlotError) -> RenderedChart {
        var dropped = DroppedValues()
        var accepted: [Accepted] = []
        var xValues: [Double] = []
        var yValues: [Double] = []
        var nonPositiveX = 0
        var nonPositiveY = 0
        for (s, series) in series.enumerated() {
            for (i, point) in series.points.enumerated() {
                guard point.x.isFinite, point.y.isFinite else {
                    dropped.nonFinite += 1
                    continue
                }
                let badX = x.scale == .log10 && point.x <= 0
                let badY = y.scale == .log10 && point.y <= 0
                if badX { nonPositiveX += 1 }
                if badY { nonPositiveY += 1 }
                if badX || badY {
                    dropped.nonPositiveOnLogAxis += 1
                    continue
                }
                accepted.append(Accepted(series: s, index: i, point: point))
                xValues.append(point.x)
                yValues.append(point.y)
                for end in [point.xRange?.low, point.xRange?.high].compactMap({ $0 })
                where end.isFinite && (x.scale == .linear || end > 0) {
                    xValues.append(end)
                }
                for end in [point.yRange?.low, point.yRange?.high].compactMap({ $0 })
                where end.isFinite && (y.scale == .linear || end > 0) {
                    yValues.append(end)
                }
            }
        }
        if accepted.isEmpty {
            if nonPositiveX > 0 { throw .nothingPositiveOnLogAxis(axis: x.title, dropped: nonPositiveX) }
            if nonPositiveY > 0 { throw .nothingPositiveOnLogAxis(axis: y.title, dropped: nonPositiveY) }
            throw .noData(chart: "scatter chart")
        }

        let chrome = ChartChrome(title: title, subtitle: subtitle, source: source, width: width)
        let legend = LegendLayout(
            entries: legendEntries, title: legendTitle, placement: legendPlacement,
            availableWidth: width - 2 * Theme.padding)
        let estimatedPlotWidth = width - 2 * Theme.padding - 90 - (legend?.side == .right ? legend!.width + 24 : 0)
        let xScale = try x.makeScale(fitting: xValues, targetTickCount: max(4, min(10, Int(estimatedPlotWidth / 85))))
        let yScale = try y.makeScale(fitting: yValues, targetTickCount: 6)

        // Points outside a fixed domain are not drawn.
        accepted = accepted.filter { item in
            let inside = xScale.contains(item.point.x) && yScale.contains(item.point.y)
            if !inside { dropped.outsideDomain += 1 }
            return inside
        }

        let frame = CartesianFrame.layout(
            chrome: chrome, legend: legend, xPainter: AxisPainter(scale: xScale, axis: x, edge: .bottom),
            yPainter: AxisPainter(scale: yScale, axis: y, edge: .left), width: width, height: height,
            topInset: topAxis?.depth ?? 0)
        let plot = frame.plot
        let px = { (v: Double) in plot.minX + xScale.fraction(v) * plot.width }
        let py = { (v: Double) in plot.maxY - yScale.fraction(v) * plot.height }
        let prefix = idPrefix ?? "chart-" + StableHash.tag((title ?? "") + x.label + y.label)
        let clipID = prefix + "-plot"

        var body: [SVGElement] = frame.background()
        body.append(
            SVGElement(
                "clipPath", ["id": clipID],
                children: [
                    .element(
                        SVGElement(
                            "rect",
                            [
                                "x": SVGNumber.string(plot.minX), "y": SVGNumber.string(plot.minY),
                                "width": SVGNumber.string(plot.width), "height": SVGNumber.string(plot.height),
                            ]))
                ]))
        body.append(
            group("reference-lines", referenceLines(xScale: xScale, yScale: yScale, plot: plot, px: px, py: py)))

        // Lines first, so marks sit on top of curves.
        var lines: [SVGElement] = []
        for (s, series) in series.enumerated() where series.drawsLine {
            var runs: [[(x: Double, y: Double)]] = [[]]
            for point in series.points {
                if xScale.accepts(point.x) && yScale.accepts(point.y) {
                    runs[runs.count - 1].append((px(point.x), py(point.y)))
                } else if !runs[runs.count - 1].isEmpty {
                    runs.append([])
                }
            }
            let data = PathData.polyline(runs: runs)
            guard !data.isEmpty else { continue }
            var element = LineRenderer.path(data, style: lineStyle(of: s))
            element.set("class", "series-line")
            element.set("data-series", series.name)
            lines.append(element)
        }
        body.append(group("lines", lines, attributes: [SVGAttribute("clip-path", "url(#\(clipID))")]))

        var bars: [SVGElement] = []
        var marks: [SVGElement] = []
        // Larger series first, so that a series of a few marks is never hidden under a crowd (the
        // one crystalline cell among forty glass ones); the legend keeps the order given.
        let sizes = Dictionary(grouping: accepted, by: \.series).mapValues(\.count)
        let drawOrder = accepted.enumerated().sorted { a, b in
            let (sa, sb) = (sizes[a.element.series] ?? 0, sizes[b.element.series] ?? 0)
            return sa != sb ? sa > sb : a.offset < b.offset
        }.map(\.element)
        for item in drawOrder where series[item.series].drawsMarks {
            let style = markStyle(of: item.series)
            let cx = px(item.point.x)
            let cy = py(item.point.y)
            if let range = item.point.xRange, xScale.accepts(range.low), xScale.accepts(range.high) {
                bars.append(RangeBar.horizontal(from: px(range.low), to: px(range.high), y: cy, color: style.color))
            }
            if let range = item.point.yRange, yScale.accepts(range.low), yScale.accepts(range.high) {
                bars.append(RangeBar.vertical(from: py(range.low), to: py(range.high), x: cx, color: style.color))
            }
            let id = item.point.id ?? "s\(item.series)-p\(item.index)"
            marks.append(
                MarkRenderer.mark(style, x: cx, y: cy, id: id, tooltip: item.point.tooltip, link: item.point.link))
        }
        body.append(group("range-bars", bars, attributes: [SVGAttribute("clip-path", "url(#\(clipID))")]))
        body.append(group("marks", marks))
        body.append(group("annotations", textAnnotations(xScale: xScale, yScale: yScale, plot: plot, px: px, py: py)))
        body.append(contentsOf: frame.axes())
        if let topAxis { body.append(contentsOf: topAxis.render(plot: plot, scale: xScale)) }
        if let legend, let origin = frame.legendOrigin { body.append(legend.render(x: origin.x, y: origin.y)) }

        let svg = chrome.document(height: frame.height, idPrefix: prefix, body: body)
        return RenderedChart(svg: svg, width: width, height: frame.height, markCount: marks.count, dropped: dropped)
    }

    private func markStyle(of index: Int) -> MarkStyle {
        series[index].markStyle ?? .categorical(index)
    }

    private func lineStyle(of index: Int) -> LineStyle {
        series[index].lineStyle ?? LineStyle(color: markStyle(of: index).color)
    }

    var legendEntries: [LegendEntry] {
        var entries: [LegendEntry] = []
        for (index, series) in series.enumerated() where series.showsInLegend {
            let symbol: LegendSymbol
            switch series.drawing {
            case .marks: symbol = .mark(markStyle(of: index))
            case .line: symbol = .line(lineStyle(of: index))
            case .marksAndLine: symbol = .markOnLine(markStyle(of: index), lineStyle(of: index))
            }
            entries.append(LegendEntry(series.name, symbol: symbol))
        }
        return entries + extraLegendEntries
    }

    private func referenceLines(
        xScale: Scale, yScale: Scale, plot: Rect, px: (Double) -> Double, py: (Double) -> Double
    ) -> [SVGElement] {
        var elements: [SVGElement] = []
        for annotation in annotations {
            switch annotation {
            case .horizontalLine(let value, let label) where yScale.contains(value):
                let y = py(value)
                elements.append(lineElement(plot.minX, y, plot.maxX, y, color: Color.mutedInk, width: 1, dash: [5, 4]))
                if let label, !label.isEmpty {
                    elements.append(
                        TextElement.line(label, x: plot.maxX - 4, y: y - 4, size: 11, anchor: .end, color: .mutedInk))
                }
            case .verticalLine(let value, let label) where xScale.contains(value):
                let x = px(value)
                elements.append(lineElement(x, plot.minY, x, plot.maxY, color: Color.mutedInk, width: 1, dash: [5, 4]))
                if let label, !label.isEmpty {
                    let fitsRight = x + 4 + TextMetrics.width(label, size: 11) <= plot.maxX
                    elements.append(
                        TextElement.line(
                            label, x: fitsRight ? x + 4 : x - 4, y: plot.minY + 14, size: 11,
                            anchor: fitsRight ? .start : .end, color: .mutedInk))
                }
            default:
                continue
            }
        }
        return elements
    }

    private func textAnnotations(
        xScale: Scale, yScale: Scale, plot: Rect, px: (Double) -> Double, py: (Double) -> Double
    ) -> [SVGElement] {
        var elements: [SVGElement] = []
        for case .text(let text, let x, let y) in annotations where xScale.contains(x) && yScale.contains(y) {
            let cx = px(x)
            let cy = py(y)
            let fitsRight = cx + 7 + TextMetrics.width(text, size: 11.5) <= plot.maxX
            var label = TextElement.line(
                text, x: fitsRight ? cx + 7 : cx - 7, y: max(cy - 6, plot.minY + 12), size: 11.5,
                anchor: fitsRight ? .start : .end)
            // A white halo keeps the label legible over gridlines and marks.
            label.attributes.append(contentsOf: [
                SVGAttribute("stroke", Color.white.hex), SVGAttribute("stroke-width", "3"),
                SVGAttribute("paint-order", "stroke"), SVGAttribute("stroke-linejoin", "round"),
            ])
            elements.append(label)
        }
        return elements
    }
}

/// Range bars: a thin line between the reported ends with short caps.
enum RangeBar {
    static let cap = 3.5

    static func horizontal(from x1: Double, to x2: Double, y: Double, color: Color) -> SVGElement {
        var path = PathData()
        path.move(to: x1, y)
        path.line(to: x2, y)
        path.move(to: x1, y - cap)
        path.line(to: x1, y + cap)
        path.move(to: x2, y - cap)
        path.line(to: x2, y + cap)
        return SVGElement(
            "path", ["class": "range", "d": path.string, "stroke": color.hex, "stroke-width": "1.2", "fill": "none"])
    }

    static func vertical(from y1: Double, to y2: Double, x: Double, color: Color) -> SVGElement {
        var path = PathData()
        path.move(to: x, y1)
        path.line(to: x, y2)
        path.move(to: x - cap, y1)
        path.line(to: x + cap, y1)
        path.move(to: x - cap, y2)
        path.line(to: x + cap, y2)
        return SVGElement(
            "path", ["class": "range", "d": path.string, "stroke": color.hex, "stroke-width": "1.2", "fill": "none"])
    }
}
