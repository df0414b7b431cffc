/// One polygon of a radar chart: a value in 0…1 for each axis, in axis order.
public struct RadarSeries: Sendable, Equatable {
    public var name: String
    public var values: [Double]
    /// Nil: the series' position picks colour and vertex shape.
    public var color: Color?
    public var shape: MarkShape?
    /// Dash pattern of the outline, to tell apart series that overlap closely (`[6, 3]`).
    public var dash: [Double]
    /// Used in vertex `data-id`s (`<id>-<axis index>`); nil uses `r<series index>`.
    public var id: String?
    /// Where a click on a vertex goes (the family page).
    public var link: String?
    /// Vertex tooltips, one per axis; nil writes "name — axis: value".
    public var tooltips: [String]?

    public init(
        _ name: String, values: [Double], color: Color? = nil, shape: MarkShape? = nil, dash: [Double] = [],
        id: String? = nil, link: String? = nil, tooltips: [String]? = nil
    ) {
        self.name = name
        self.values = values
        self.color = color
        self.shape = shape
        self.dash = dash
        self.id = id
        self.link = link
        self.tooltips = tooltips
    }
}

/// A spider (radar) chart: N ≥ 3 axes around a centre, each scaled 0 (centre) to 1 (rim), with
/// rings at fixed fractions and one translucent polygon per series. Fig. 10b of the review
/// compares electrolyte families this way on seven specification axes.
///
/// ```swift
/// var chart = RadarChart(axes: ["Ionic conductivity", "Electronic insulation", "Stability window",
///                               "Li compatibility", "Thin-film processability", "Mechanical", "Cost"])
/// chart.series = [RadarSeries("LiPON", values: [0.3, 1, 0.9, 1, 0.9, 0.7, 0.5])]
/// let svg = try chart.render().svg
/// ```
///
/// A non-finite value is dropped and counted; the outline then breaks at that axis (a thin dotted
/// chord joins the values on either side, so the shape stays visible) and the polygon is not
/// filled, so a gap is never drawn as a zero. A value outside 0…1 is an error. Zero sits on an
/// inner ring (``innerRadius``), not at the centre, so zeros on different axes stay apart; marks
/// of several series with the same value on an axis are spread across the axis so none hides
/// another.
public struct RadarChart: Sendable {
    public var axes: [String]
    public var series: [RadarSeries] = []
    /// Fractions of the radius where rings are drawn (and labelled beside the first axis).
    public var rings: [Double] = [0, 0.2, 0.4, 0.6, 0.8, 1.0]
    /// Where 0 sits, as a fraction of the radius: values map to `inner + (1 − inner)·v`.
    public var innerRadius: Double = 0.12
    public var fillOpacity: Double = 0.1
    public var title: String?
    public var subtitle: String?
    public var source: String?
    public var legendTitle: String?
    public var legendPlacement: LegendPlacement = .automatic
    public var width: Double = Theme.defaultWidth
    /// Largest radius in px (the rim); the chart is as tall as the radar and its labels need.
    public var maxRadius: Double = 220
    public var idPrefix: String?

    public init(axes: [String], series: [RadarSeries] = []) {
        self.axes = axes
        self.series = series
    }

    static let labelSize = 12.0
    static let labelWidth = 130.0
    static let labelGap = 12.0

    private func color(_ index: Int) -> Color { series[index].color ?? Palette.categorical(index) }
    private func shape(_ index: Int) -> MarkShape { series[index].shape ?? .categorical(index) }
    private func lineStyle(_ index: Int) -> LineStyle {
        LineStyle(color: color(index), width: 2, dash: series[index].dash)
    }

    var legendEntries: [LegendEntry] {
        series.indices.map { LegendEntry(series[$0].name, symbol: .area(color($0), lineStyle($0))) }
    }

    public func render() throws(PlotError) -> RenderedChart {
        guard axes.count >= 3 else { throw .tooFewRadarAxes(count: axes.count) }
        var dropped = DroppedValues()
        for item in series {
            guard item.values.count == axes.count else {
                throw .radarValueCount(series: item.name, expected: axes.count, actual: item.values.count)
            }
            for (axis, value) in zip(axes, item.values) {
                if !value.isFinite {
                    dropped.nonFinite += 1
                } else if value < 0 || value > 1 {
                    throw .radarValueOutOfRange(series: item.name, axis: axis, value: value)
                }
            }
        }
        guard series.contains(where: { $0.values.contains(where: \.isFinite) }) else {
            throw .noData(chart: "radar chart")
        }

        let chrome = ChartChrome(title: title, subtitle: subtitle, source: source, width: width)
        let legend = LegendLayout(
            entries: legendEntries, title: legendTitle, placement: legendPlacement,
            availableWidth: width - 2 * Theme.padding)
        let areaRight = width - Theme.padding - (legend?.side == .right ? legend!.width + 30 : 0)
        let area = (minX: Theme.padding, maxX: areaRight)
        let centerX = (area.minX + area.maxX) / 2

        // Axis labels: wrapped, anchored by which side of the centre they sit on.
        let angles = axes.indices.map { -Double.pi / 2 + 2 * Double.pi * Double($0) / Double(axes.count) }
        let labelLines = axes.map { TextMetrics.wrap($0, maxWidth: Self.labelWidth, size: Self.labelSize) }
        let labelWidths = labelLines.map { lines in lines.map { TextMetrics.width($0, size: Self.labelSize) }.max() ?? 0
        }
        let blockHeights = labelLines.map { TextElement.blockHeight(lines: $0.count, size: Self.labelSize) }

        // The largest radius at which every label stays inside the area horizontally.
        var radius = min(maxRadius, (area.maxX - area.minX) / 2 - Self.labelGap)
        for (i, angle) in angles.enumerated() {
            let c = cosine(angle)
            let halfWidth = (area.maxX - area.minX) / 2
            if abs(c) < 0.3 {
                continue
            }
            radius = min(radius, (halfWidth - labelWidths[i] - 4) / abs(c) - Self.labelGap)
        }
        radius = max(radius, 60)

        // Vertical extents of the labels above and below the centre.
        var above = radius
        var below = radius
        for (i, angle) in angles.enumerated() {
            let s = sine(angle)
            let anchorY = (radius + Self.labelGap) * s
            let (top, bottom) = Self.verticalExtent(sine: s, anchorY: anchorY, blockHeight: blockHeights[i])
            above = max(above, -top)
            below = max(below, bottom)
        }
        let centerY = chrome.headerHeight + above + 4
        let radarBottom = centerY + below
        var height = radarBottom + chrome.footerHeight
        var legendOrigin: (x: Double, y: Double)?
        if let legend {
            switch legend.side {
            case .right:
                legendOrigin = (areaRight + 30, chrome.headerHeight + 4)
                height = max(height, chrome.headerHeight + 4 + legend.height + chrome.footerHeight)
            case .bottom:
                legendOrigin = (Theme.padding, radarBottom + 20)
                height = radarBottom + 20 + legend.height + chrome.footerHeight
            }
        }

        let inner = min(max(innerRadius, 0), 0.5)
        func point(_ axis: Int, _ value: Double) -> (x: Double, y: Double) {
            let r = radius * (inner + (1 - inner) * value)
            return (centerX + r * cosine(angles[axis]), centerY + r * sine(angles[axis]))
        }
        // Series sharing a value on an axis: their marks are spread perpendicular to the axis.
        var spread: [Int: [Int: Double]] = [:]  // axis → series → offset in px
        for axis in axes.indices {
            var byValue: [Double: [Int]] = [:]
            for (s, item) in series.enumerated() where item.values[axis].isFinite {
                byValue[(item.values[axis] * 1e6).rounded() / 1e6, default: []].append(s)
            }
            for members in byValue.values where members.count > 1 {
                for (j, s) in members.enumerated() {
                    spread[axis, default: [:]][s] = (Double(j) - Double(members.count - 1) / 2) * 8
                }
            }
        }

        var grid: [SVGElement] = []
        for ring in rings where ring >= 0 && ring <= 1 {
            var ringElement = SVGElement(
                "path", ["d": PathData.polygon(axes.indices.map { point($0, ring) }).string, "fill": "none"])
            ringElement.set("stroke", ring == 1 ? Color.axis.hex : Color.grid.hex)
            grid.append(ringElement)
        }
        var spokes = PathData()
        for axis in axes.indices {
            let start = point(axis, 0)
            spokes.move(to: start.x, start.y)
            let end = point(axis, 1)
            spokes.line(to: end.x, end.y)
        }
        grid.append(SVGElement("path", ["d": spokes.string, "stroke": Color.grid.hex]))

        var labels: [SVGElement] = []
        for (i, angle) in angles.enumerated() {
            let c = cosine(angle)
            let s = sine(angle)
            let x = centerX + (radius + Self.labelGap) * c
            let anchorY = centerY + (radius + Self.labelGap) * s
            let anchor: TextElement.Anchor = abs(c) < 0.3 ? .middle : (c > 0 ? .start : .end)
            let (top, _) = Self.verticalExtent(sine: s, anchorY: 0, blockHeight: blockHeights[i])
            labels.append(
                TextElement.lines(
                    labelLines[i], x: x, y: anchorY + top + Self.labelSize * 0.95, size: Self.labelSize, anchor: anchor)
            )
        }
        var ringLabels: [SVGElement] = []
        for ring in rings where ring >= 0 && ring <= 1 {
            var label = TextElement.line(
                NumberText.string(ring, significantDigits: 2), x: centerX - 7, y: point(0, ring).y + 3.5,
                size: 10, anchor: .end, color: .mutedInk)
            label.attributes.append(contentsOf: [
                SVGAttribute("stroke", Color.white.hex), SVGAttribute("stroke-width", "3"),
                SVGAttribute("paint-order", "stroke"),
            ])
            ringLabels.append(label)
        }

        var polygons: [SVGElement] = []
        var marks: [SVGElement] = []
        for (s, item) in series.enumerated() {
            let style = lineStyle(s)
            let present = item.values.map(\.isFinite)
            let seriesID = item.id ?? "r\(s)"
            if present.allSatisfy({ $0 }) {
                var polygon = SVGElement(
                    "path", ["d": PathData.polygon(axes.indices.map { point($0, item.values[$0]) }).string])
                LineRenderer.apply(style, to: &polygon)
                polygon.set("fill", style.color.hex)
                polygon.set("fill-opacity", SVGNumber.string(fillOpacity))
                polygon.set("data-series", item.name)
                polygons.append(polygon)
            } else {
                // Break the outline at missing values: runs of present vertices, wrapping around.
                var runs: [[(x: Double, y: Double)]] = []
                let start = (present.firstIndex(of: false) ?? 0) + 1
                var run: [(x: Double, y: Double)] = []
                for k in 0..<axes.count {
                    let axis = (start + k) % axes.count
                    if present[axis] {
                        run.append(point(axis, item.values[axis]))
                    } else {
                        runs.append(run)
                        run = []
                    }
                }
                runs.append(run)
                var outline = LineRenderer.path(.polyline(runs: runs), style: style)
                outline.set("data-series", item.name)
                polygons.append(outline)
                // Dotted chords across the gaps, from the end of each run to the start of the next
                // (two single values need one chord, not the same one twice).
                let solid = runs.filter { !$0.isEmpty }
                if solid.count > 1 {
                    let twoPoints = solid.count == 2 && solid.allSatisfy { $0.count == 1 }
                    let chordRuns = (0..<(twoPoints ? 1 : solid.count)).map { k in
                        [solid[k].last!, solid[(k + 1) % solid.count].first!]
                    }
                    var chord = LineRenderer.path(
                        .polyline(runs: chordRuns), style: LineStyle(color: style.color, width: 1, dash: [2, 3]))
                    chord.set("data-series", item.name)
                    chord.set("stroke-opacity", "0.7")
                    polygons.append(chord)
                }
            }
            for (axis, value) in item.values.enumerated() where value.isFinite {
                var p = point(axis, value)
                if let offset = spread[axis]?[s] {
                    p.x -= offset * sine(angles[axis])
                    p.y += offset * cosine(angles[axis])
                }
                let tooltip =
                    item.tooltips.flatMap { axis < $0.count ? $0[axis] : nil }
                    ?? "\(item.name) — \(axes[axis]): \(NumberText.string(value, significantDigits: 2))"
                marks.append(
                    MarkRenderer.mark(
                        MarkStyle(shape: shape(s), color: style.color, size: 3.5, opacity: 1), x: p.x, y: p.y,
                        id: "\(seriesID)-\(axis)", tooltip: tooltip, link: item.link))
            }
        }

        var body: [SVGElement] = [
            group("grid", grid), group("axis-labels", labels), group("polygons", polygons), group("marks", marks),
            group("ring-labels", ringLabels),
        ]
        if let legend, let legendOrigin { body.append(legend.render(x: legendOrigin.x, y: legendOrigin.y)) }
        let prefix = idPrefix ?? "chart-" + StableHash.tag((title ?? "") + axes.joined(separator: "|"))
        let svg = chrome.document(height: height, idPrefix: prefix, body: body)
        return RenderedChart(svg: svg, width: width, height: height, markCount: marks.count, dropped: dropped)
    }

    /// Top and bottom of a label block relative to the centre, given the label point's offset
    /// `anchorY`: labels at the top sit above their point, at the bottom below it, at the sides
    /// centred on it.
    static func verticalExtent(sine s: Double, anchorY: Double, blockHeight: Double) -> (top: Double, bottom: Double) {
        if s < -0.7 { return (anchorY - blockHeight, anchorY) }
        if s > 0.7 { return (anchorY, anchorY + blockHeight) }
        return (anchorY - blockHeight / 2, anchorY + blockHeight / 2)
    }
}
