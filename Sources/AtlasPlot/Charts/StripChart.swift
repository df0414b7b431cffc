import Foundation

/// A category of a strip chart, optionally in a group (categories of one group must be adjacent).
public struct StripCategory: Sendable, Equatable {
    public var label: String
    public var group: String?

    public init(_ label: String, group: String? = nil) {
        self.label = label
        self.group = group
    }
}

/// One value in a category: a dot, and a range bar when a range was reported.
public struct StripPoint: Sendable, Equatable {
    /// The label of the ``StripCategory`` it belongs to.
    public var category: String
    public var value: Double
    public var range: ValueRange?
    /// `data-id` of the mark; nil writes `s<series>-p<index>`.
    public var id: String?
    public var tooltip: String?
    public var link: String?

    public init(
        category: String, value: Double, range: ValueRange? = nil, id: String? = nil, tooltip: String? = nil,
        link: String? = nil
    ) {
        self.category = category
        self.value = value
        self.range = range
        self.id = id
        self.tooltip = tooltip
        self.link = link
    }
}

/// Points of a strip chart that share a colour and shape (a preparation method, a class).
public struct StripSeries: Sendable, Equatable {
    public var name: String
    public var points: [StripPoint]
    /// Nil: the series' position picks colour and shape.
    public var markStyle: MarkStyle?

    public init(_ name: String, points: [StripPoint], markStyle: MarkStyle? = nil) {
        self.name = name
        self.points = points
        self.markStyle = markStyle
    }
}

/// A categorical axis against a value axis (linear or log): conductivity by electrolyte family or
/// by deposition method, one dot per reported value, spread across the category's band so that
/// equal values stay visible.
///
/// ```swift
/// var chart = StripChart(
///     categories: [StripCategory("LiPON", group: "Glassy"), StripCategory("LLZO", group: "Crystalline")],
///     value: Axis("Ionic conductivity", unit: try Unit.parse("S/cm"), scale: .log10))
/// chart.series = [StripSeries("RF sputtering", points: [StripPoint(category: "LiPON", value: 2e-6)])]
/// chart.spread = .beeswarm
/// let svg = try chart.render().svg
/// ```
///
/// Spreading is deterministic: jitter offsets come from a hash of each point's id, and the
/// beeswarm places points in value order. The same input always gives the same SVG.
public struct StripChart: Sendable {
    /// How dots in one category are spread across its band.
    public enum Spread: Sendable, Equatable {
        /// Each dot on the band's centre line.
        case none
        /// A pseudo-random offset from a hash of the dot's id, up to `fraction` of the band.
        case jitter(fraction: Double)
        /// Dots pushed apart just enough not to overlap, nearest the centre line first. Rows grow
        /// to fit their swarm; columns (vertical orientation) cannot, and overlap when full.
        case beeswarm
    }

    /// Which way the categories run.
    public enum Orientation: Sendable, Equatable {
        /// Categories are rows (labels left of the plot, read without tilting the head); the
        /// value axis runs along the bottom. Best for long labels and many categories.
        case horizontal
        /// Categories are columns; the value axis runs up the left. Labels wrap, or slant when
        /// they would take more than three lines.
        case vertical
    }

    public var categories: [StripCategory]
    public var value: Axis
    public var series: [StripSeries] = []
    public var spread: Spread = .beeswarm
    public var orientation: Orientation = .horizontal
    /// A short line at each category's median (geometric on a log axis).
    public var showsMedians: Bool = false
    /// Shade every other category band, to guide the eye along rows.
    public var shadesAlternateBands: Bool = true
    /// Height in px of one category row (horizontal orientation; columns share the plot width).
    public var bandSize: Double = 30
    public var title: String?
    public var subtitle: String?
    public var source: String?
    public var legendTitle: String?
    /// With one series the automatic legend is hidden (the title says what the dots are).
    public var legendPlacement: LegendPlacement = .automatic
    public var width: Double = Theme.defaultWidth
    public var idPrefix: String?

    public init(categories: [StripCategory], value: Axis, series: [StripSeries] = []) {
        self.categories = categories
        self.value = value
        self.series = series
    }

    static let labelSize = 12.0
    static let groupSize = 12.0

    private func style(_ index: Int) -> MarkStyle { series[index].markStyle ?? .categorical(index) }

    var legendEntries: [LegendEntry] {
        series.indices.map { LegendEntry(series[$0].name, symbol: .mark(style($0))) }
    }

    /// A slot along the category axis: a category band or a group header.
    private struct Slot {
        enum Kind {
            case group(String)
            case category(Int)
        }
        var kind: Kind
        var start: Double
        var length: Double
        var center: Double { start + length / 2 }
    }

    private struct Accepted {
        var series: Int
        var index: Int
        var category: Int
        var point: StripPoint
    }

    public func render() throws(PlotError) -> RenderedChart {
        var dropped = DroppedValues()
        var accepted: [Accepted] = []
        var values: [Double] = []
        var nonPositive = 0
        for (s, item) in series.enumerated() {
            for (i, point) in item.points.enumerated() {
                guard let category = categories.firstIndex(where: { $0.label == point.category }) else {
                    throw .unknownCategory(point.category)
                }
                guard point.value.isFinite else {
                    dropped.nonFinite += 1
                    continue
                }
                if value.scale == .log10 && point.value <= 0 {
                    dropped.nonPositiveOnLogAxis += 1
                    nonPositive += 1
                    continue
                }
                accepted.append(Accepted(series: s, index: i, category: category, point: point))
                values.append(point.value)
                for end in [point.range?.low, point.range?.high].compactMap({ $0 })
                where end.isFinite && (value.scale == .linear || end > 0) {
                    values.append(end)
                }
            }
        }
        guard !categories.isEmpty else { throw .noData(chart: "strip chart") }
        if accepted.isEmpty {
            if nonPositive > 0 { throw .nothingPositiveOnLogAxis(axis: value.title, dropped: nonPositive) }
            throw .noData(chart: "strip chart")
        }

        let chrome = ChartChrome(title: title, subtitle: subtitle, source: source, width: width)
        let placement =
            legendPlacement == .automatic && series.count < 2 && legendTitle == nil ? .hidden : legendPlacement
        let legend = LegendLayout(
            entries: legendEntries, title: legendTitle, placement: placement, availableWidth: width - 2 * Theme.padding)
        let scale = try value.makeScale(fitting: values, targetTickCount: orientation == .horizontal ? 8 : 6)
        accepted = accepted.filter { item in
            if scale.contains(item.point.value) { return true }
            dropped.outsideDomain += 1
            return false
        }
        let hasGroups = categories.contains { $0.group != nil }
        let rightInset =
            legend?.side == .right ? legend!.width + CartesianFrame.legendGap + Theme.padding : Theme.padding + 12

        // Geometry of the plot and of the category slots, per orientation.
        var plot: Rect
        var slots: [Slot] = []
        var categoryLabels: [SVGElement] = []
        var bottomOfAxes: Double
        let painter: AxisPainter
        switch orientation {
        case .horizontal:
            painter = AxisPainter(scale: scale, axis: value, edge: .bottom)
            let maxLabel = min(220, (width - 2 * Theme.padding) * 0.3)
            let wrapped = categories.map { TextMetrics.wrap($0.label, maxWidth: maxLabel, size: Self.labelSize) }
            // Group names sit on their own rows at the left edge; the column is wide enough that
            // they end before the plot frame.
            let groupColumn =
                categories.compactMap(\.group).map { TextMetrics.width($0, size: Self.groupSize, bold: true) - 4 }.max()
                ?? 0
            let labelColumn = max(
                wrapped.flatMap { $0 }.map { TextMetrics.width($0, size: Self.labelSize) }.max() ?? 0, groupColumn)
            let left = Theme.padding + labelColumn + 12
            let plotWidth = width - left - rightInset
            // A beeswarm row grows until its dots no longer overlap: swarm once with room to
            // spare, then size each row to what its swarm used.
            var needed = [Double](repeating: 0, count: categories.count)
            if spread == .beeswarm {
                let probe = Rect(x: left, y: 0, width: plotWidth, height: 0)
                let free = spreadOffsets(
                    accepted, position: { painter.position($0, plot: probe) },
                    halfBands: [Double](repeating: 2000, count: categories.count))
                for (k, item) in accepted.enumerated() {
                    needed[item.category] = max(needed[item.category], 2 * (abs(free[k]) + style(item.series).size + 2))
                }
            }
            var offset = 0.0
            var previousGroup: String?
            for (index, category) in categories.enumerated() {
                if hasGroups, let name = category.group, name != previousGroup {
                    slots.append(Slot(kind: .group(name), start: offset, length: 24))
                    offset += 24
                }
                previousGroup = category.group
                let length = max(
                    bandSize, TextElement.blockHeight(lines: wrapped[index].count, size: Self.labelSize) + 8,
                    needed[index])
                slots.append(Slot(kind: .category(index), start: offset, length: length))
                offset += length
            }
            plot = Rect(x: left, y: chrome.headerHeight, width: plotWidth, height: offset)
            bottomOfAxes = plot.maxY + painter.depth(length: plot.width)
            for slot in slots {
                switch slot.kind {
                case .category(let index):
                    let lines = wrapped[index]
                    let top =
                        plot.minY + slot.center - TextElement.blockHeight(lines: lines.count, size: Self.labelSize) / 2
                    categoryLabels.append(
                        TextElement.lines(
                            lines, x: plot.minX - 8, y: top + Self.labelSize * 0.95, size: Self.labelSize, anchor: .end)
                    )
                case .group(let name):
                    categoryLabels.append(
                        TextElement.line(
                            name, x: Theme.padding, y: plot.minY + slot.start + 17, size: Self.groupSize, bold: true))
                }
            }
        case .vertical:
            painter = AxisPainter(scale: scale, axis: value, edge: .left)
            let plotHeight = min(520, max(260, width * 0.45))
            let left = Theme.padding + painter.depth(length: plotHeight)
            let plotWidth = width - left - rightInset
            let groupGap = hasGroups ? 12.0 : 0
            let groupCount = Double(Set(categories.compactMap(\.group)).count)
            // Columns share the plot width; `bandSize` applies to rows only.
            let band = (plotWidth - groupGap * max(groupCount - 1, 0)) / Double(categories.count)
            var offset = 0.0
            var previousGroup: String?
            for (index, category) in categories.enumerated() {
                if hasGroups, index > 0, category.group != previousGroup { offset += groupGap }
                previousGroup = category.group
                slots.append(Slot(kind: .category(index), start: offset, length: band))
                offset += band
            }
            plot = Rect(x: left, y: chrome.headerHeight, width: plotWidth, height: plotHeight)
            // Labels wrap within the band, or slant when a label would need more than three lines.
            let wrapped = categories.map { TextMetrics.wrap($0.label, maxWidth: band - 6, size: Self.labelSize) }
            let slanted = wrapped.contains { $0.count > 3 }
            var labelDepth = 0.0
            for slot in slots {
                guard case .category(let index) = slot.kind else { continue }
                let x = plot.minX + slot.center
                if slanted {
                    let y = plot.maxY + 14
                    categoryLabels.append(
                        TextElement.line(
                            categories[index].label, x: x + 4, y: y, size: Self.labelSize, anchor: .end, rotation: -40))
                    labelDepth = max(
                        labelDepth,
                        TextMetrics.width(categories[index].label, size: Self.labelSize) * 0.643 + Self.labelSize * 1.2
                            + 14)
                } else {
                    categoryLabels.append(
                        TextElement.lines(
                            wrapped[index], x: x, y: plot.maxY + 8 + Self.labelSize, size: Self.labelSize,
                            anchor: .middle))
                    labelDepth = max(
                        labelDepth, TextElement.blockHeight(lines: wrapped[index].count, size: Self.labelSize) + 10)
                }
            }
            bottomOfAxes = plot.maxY + labelDepth
            if hasGroups {
                // Group names under their categories, with a bracket showing the span.
                var start = 0
                while start < categories.count {
                    var end = start
                    while end + 1 < categories.count, categories[end + 1].group == categories[start].group { end += 1 }
                    if let name = categories[start].group {
                        let x1 = plot.minX + slots[start].start + 3
                        let x2 = plot.minX + slots[end].start + slots[end].length - 3
                        let y = bottomOfAxes + 4
                        var bracket = PathData()
                        bracket.move(to: x1, y - 4)
                        bracket.line(to: x1, y)
                        bracket.line(to: x2, y)
                        bracket.line(to: x2, y - 4)
                        categoryLabels.append(
                            SVGElement("path", ["d": bracket.string, "stroke": Color.axis.hex, "fill": "none"]))
                        let lines = TextMetrics.wrap(name, maxWidth: max(x2 - x1, 60), size: Self.groupSize, bold: true)
                        categoryLabels.append(
                            TextElement.lines(
                                lines, x: (x1 + x2) / 2, y: y + 4 + Self.groupSize, size: Self.groupSize,
                                anchor: .middle, bold: true))
                    }
                    start = end + 1
                }
                let groupLines =
                    categories.compactMap(\.group).map {
                        TextMetrics.wrap($0, maxWidth: 60, size: Self.groupSize, bold: true).count
                    }.max() ?? 1
                bottomOfAxes += 10 + TextElement.blockHeight(lines: min(groupLines, 2), size: Self.groupSize)
            }
        }

        var height = bottomOfAxes + (legend?.side == .bottom ? legend!.height + 16 : 0) + chrome.footerHeight
        if let legend, legend.side == .right { height = max(height, plot.minY + legend.height + chrome.footerHeight) }

        // Band geometry in px: for each category its centre and half-width across the band.
        var bandCenter = [Double](repeating: 0, count: categories.count)
        var bandHalf = [Double](repeating: 0, count: categories.count)
        var background: [SVGElement] = []
        var bandNumber = 0
        for slot in slots {
            switch slot.kind {
            case .category(let index):
                bandCenter[index] = (orientation == .horizontal ? plot.minY : plot.minX) + slot.center
                bandHalf[index] = slot.length / 2
                if shadesAlternateBands, bandNumber % 2 == 1 {
                    let rect =
                        orientation == .horizontal
                        ? Rect(x: plot.minX, y: plot.minY + slot.start, width: plot.width, height: slot.length)
                        : Rect(x: plot.minX + slot.start, y: plot.minY, width: slot.length, height: plot.height)
                    background.append(
                        SVGElement(
                            "rect",
                            [
                                "x": SVGNumber.string(rect.x), "y": SVGNumber.string(rect.y),
                                "width": SVGNumber.string(rect.width), "height": SVGNumber.string(rect.height),
                                "fill": "#F6F6F6",
                            ]))
                }
                bandNumber += 1
            case .group:
                if orientation == .horizontal, slot.start > 0 {
                    background.append(
                        lineElement(
                            Theme.padding, plot.minY + slot.start, plot.maxX, plot.minY + slot.start,
                            color: Color(0xCCCCCC)))
                }
            }
        }

        func valuePosition(_ v: Double) -> Double { painter.position(v, plot: plot) }
        let offsets = spreadOffsets(accepted, position: valuePosition, halfBands: bandHalf)

        var bars: [SVGElement] = []
        var marks: [SVGElement] = []
        for (k, item) in accepted.enumerated() {
            let markStyle = style(item.series)
            let along = valuePosition(item.point.value)
            let across = bandCenter[item.category] + offsets[k]
            let (x, y) = orientation == .horizontal ? (along, across) : (across, along)
            if let range = item.point.range, scale.accepts(range.low), scale.accepts(range.high) {
                bars.append(
                    orientation == .horizontal
                        ? RangeBar.horizontal(
                            from: valuePosition(range.low), to: valuePosition(range.high), y: y, color: markStyle.color)
                        : RangeBar.vertical(
                            from: valuePosition(range.low), to: valuePosition(range.high), x: x, color: markStyle.color)
                )
            }
            let id = item.point.id ?? "s\(item.series)-p\(item.index)"
            marks.append(
                MarkRenderer.mark(markStyle, x: x, y: y, id: id, tooltip: item.point.tooltip, link: item.point.link))
        }

        var medians: [SVGElement] = []
        if showsMedians {
            for category in categories.indices {
                let inCategory = accepted.filter { $0.category == category }.map(\.point.value)
                guard let median = Self.median(inCategory, logarithmic: scale.kind == .log10) else { continue }
                let p = valuePosition(median)
                let half = bandHalf[category] * 0.8
                let c = bandCenter[category]
                var line =
                    orientation == .horizontal
                    ? lineElement(p, c - half, p, c + half, color: .ink, width: 2.5)
                    : lineElement(c - half, p, c + half, p, color: .ink, width: 2.5)
                line.set("class", "median")
                line.append(
                    .title(
                        "\(categories[category].label): median \(NumberText.string(median, significantDigits: 2)) of \(inCategory.count)"
                    ))
                medians.append(line)
            }
        }

        let frame = SVGElement(
            "rect",
            [
                "class": "plot-area", "x": SVGNumber.string(plot.minX), "y": SVGNumber.string(plot.minY),
                "width": SVGNumber.string(plot.width), "height": SVGNumber.string(plot.height),
                "fill": "none", "stroke": Color.axis.hex,
            ])
        var body: [SVGElement] = [
            group("bands", background),
            group("grid", painter.gridlines(plot: plot)),
            group("range-bars", bars),
            group("marks", marks),
            group("medians", medians),
            group("axes", [frame] + painter.render(plot: plot)),
            group("category-labels", categoryLabels),
        ]
        if let legend {
            let origin: (Double, Double) =
                legend.side == .right
                ? (plot.maxX + CartesianFrame.legendGap, plot.minY)
                : (legend.width <= plot.width ? plot.minX : Theme.padding, bottomOfAxes + 8)
            body.append(legend.render(x: origin.0, y: origin.1))
        }
        let prefix = idPrefix ?? "chart-" + StableHash.tag((title ?? "") + value.label)
        let svg = chrome.document(height: height, idPrefix: prefix, body: body)
        return RenderedChart(svg: svg, width: width, height: height, markCount: marks.count, dropped: dropped)
    }

    /// Offsets across the band for each accepted point, in the order given.
    private func spreadOffsets(_ points: [Accepted], position: (Double) -> Double, halfBands: [Double]) -> [Double] {
        var offsets = [Double](repeating: 0, count: points.count)
        switch spread {
        case .none:
            return offsets
        case .jitter(let fraction):
            for (k, item) in points.enumerated() {
                let size = style(item.series).size
                let room = max(halfBands[item.category] - size - 2, 0) * min(max(fraction, 0), 1)
                let key = item.point.id ?? "\(item.series)-\(item.index)"
                offsets[k] = (StableHash.unitInterval(key) * 2 - 1) * room
            }
            return offsets
        case .beeswarm:
            for category in halfBands.indices {
                // Place in value order (ties by input order), each at the free offset nearest the centre.
                let members = points.indices.filter { points[$0].category == category }
                    .sorted { (position(points[$0].point.value), $0) < (position(points[$1].point.value), $1) }
                var placed: [(along: Double, across: Double, radius: Double)] = []
                for k in members {
                    let radius = style(points[k].series).size
                    let along = position(points[k].point.value)
                    let limit = max(halfBands[category] - radius - 1, 0)
                    let step = radius * 0.6
                    var best = 0.0
                    var bestClearance = -Double.infinity
                    var n = 0
                    while Double(n) * step <= limit {
                        for candidate in n == 0 ? [0.0] : [Double(n) * step, -Double(n) * step] {
                            let clearance =
                                placed.filter { abs($0.along - along) < $0.radius + radius + 1 }
                                .map {
                                    ((($0.along - along) * ($0.along - along) + ($0.across - candidate)
                                        * ($0.across - candidate))
                                        .squareRoot()) - $0.radius - radius - 0.5
                                }
                                .min() ?? .infinity
                            if clearance >= 0 {
                                best = candidate
                                bestClearance = .infinity
                                break
                            }
                            if clearance > bestClearance {
                                best = candidate
                                bestClearance = clearance
                            }
                        }
                        if bestClearance == .infinity { break }
                        n += 1
                    }
                    offsets[k] = best
                    placed.append((along, best, radius))
                }
            }
            return offsets
        }
    }

    /// The median of `values`; on a log axis the median of the logarithms, returned as a value.
    static func median(_ values: [Double], logarithmic: Bool) -> Double? {
        guard !values.isEmpty else { return nil }
        let transformed = values.map { logarithmic ? Foundation.log10($0) : $0 }.sorted()
        let middle = transformed.count / 2
        let m = transformed.count % 2 == 1 ? transformed[middle] : (transformed[middle - 1] + transformed[middle]) / 2
        return logarithmic ? Foundation.pow(10, m) : m
    }
}
