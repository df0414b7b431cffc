/// Draws value axes: gridlines, ticks, tick labels (thinned so they never collide) and the
/// axis title, for an axis along the bottom or the left of a plot area.
struct AxisPainter {
    enum Edge { case bottom, left }

    let scale: Scale
    let axis: Axis
    let edge: Edge

    static let labelSize = Theme.tickLabelSize
    static let titleSize = Theme.axisTitleSize
    /// Gap between tick end and tick label.
    static let labelGap = 4.0

    /// Labels that fit along `length` px: every major label if they fit, else every second, third…
    func labels(length: Double) -> [Tick] {
        let ticks = scale.majorTicks
        guard ticks.count > 2 else { return ticks }
        for stride in 1...ticks.count {
            let kept = ticks.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
            if fits(kept, length: length) { return kept }
        }
        return [ticks[0]]
    }

    private func fits(_ ticks: [Tick], length: Double) -> Bool {
        for (a, b) in zip(ticks, ticks.dropFirst()) {
            let distance = (scale.fraction(b.value) - scale.fraction(a.value)) * length
            switch edge {
            case .bottom:
                let needed = (Self.width(a.label) + Self.width(b.label)) / 2 + 10
                if distance < needed { return false }
            case .left:
                if distance < Self.labelSize * 1.6 { return false }
            }
        }
        return true
    }

    static func width(_ label: String) -> Double { TextMetrics.width(label, size: labelSize) }

    /// Widest major tick label (the left margin a left axis needs for its labels).
    var widestLabel: Double { scale.majorTicks.map { Self.width($0.label) }.max() ?? 0 }

    /// Title lines, wrapped to `length` (the plot side the title runs along).
    func titleLines(length: Double) -> [String] {
        TextMetrics.wrap(axis.label, maxWidth: max(length, 120), size: Self.titleSize)
    }

    /// Depth the axis needs outside the plot: ticks, labels and title. For the left axis this is a
    /// width, for the bottom axis a height.
    func depth(length: Double) -> Double {
        let titleDepth = Double(titleLines(length: length).count) * Self.titleSize * Theme.lineHeight
        switch edge {
        case .bottom:
            return Theme.tickLength + Self.labelGap + Self.labelSize + 8 + titleDepth
        case .left:
            let widest = labels(length: length).map { Self.width($0.label) }.max() ?? 0
            return Theme.tickLength + Self.labelGap + widest + 10 + titleDepth
        }
    }

    /// Gridlines at major ticks (and minor ones, lighter, on a log axis), behind the data.
    func gridlines(plot: Rect) -> [SVGElement] {
        guard axis.showsGrid else { return [] }
        var lines: [SVGElement] = []
        if scale.kind == .log10 {
            for value in scale.minorTicks {
                lines.append(line(at: value, plot: plot, color: Color(0xF1F1F1)))
            }
        }
        for tick in scale.majorTicks {
            lines.append(line(at: tick.value, plot: plot, color: .grid))
        }
        return lines
    }

    private func line(at value: Double, plot: Rect, color: Color) -> SVGElement {
        let p = position(value, plot: plot)
        switch edge {
        case .bottom: return lineElement(p, plot.minY, p, plot.maxY, color: color)
        case .left: return lineElement(plot.minX, p, plot.maxX, p, color: color)
        }
    }

    /// Pixel position of `value` along this axis of `plot`.
    func position(_ value: Double, plot: Rect) -> Double {
        switch edge {
        case .bottom: return plot.minX + scale.fraction(value) * plot.width
        case .left: return plot.maxY - scale.fraction(value) * plot.height
        }
    }

    /// Ticks, tick labels and the title. `titleOffset` overrides the distance from the plot edge to
    /// the title (bottom axis: to its first baseline; left axis: to the outer edge of its block).
    func render(plot: Rect, titleOffset: Double? = nil) -> [SVGElement] {
        var elements: [SVGElement] = []
        var ticks = PathData()
        var minor = PathData()
        let length = edge == .bottom ? plot.width : plot.height
        for tick in scale.majorTicks {
            let p = position(tick.value, plot: plot)
            switch edge {
            case .bottom:
                ticks.move(to: p, plot.maxY)
                ticks.line(to: p, plot.maxY + Theme.tickLength)
            case .left:
                ticks.move(to: plot.minX, p)
                ticks.line(to: plot.minX - Theme.tickLength, p)
            }
        }
        for value in scale.minorTicks {
            let p = position(value, plot: plot)
            switch edge {
            case .bottom:
                minor.move(to: p, plot.maxY)
                minor.line(to: p, plot.maxY + Theme.minorTickLength)
            case .left:
                minor.move(to: plot.minX, p)
                minor.line(to: plot.minX - Theme.minorTickLength, p)
            }
        }
        if !ticks.isEmpty { elements.append(SVGElement("path", ["d": ticks.string, "stroke": Color.axis.hex])) }
        if !minor.isEmpty { elements.append(SVGElement("path", ["d": minor.string, "stroke": Color.axis.hex])) }

        let labels = labels(length: length)
        var labelElements: [SVGElement] = []
        for tick in labels {
            let p = position(tick.value, plot: plot)
            switch edge {
            case .bottom:
                labelElements.append(
                    TextElement.line(
                        tick.label, x: p, y: plot.maxY + Theme.tickLength + Self.labelGap + Self.labelSize,
                        size: Self.labelSize, anchor: .middle))
            case .left:
                labelElements.append(
                    TextElement.line(
                        tick.label, x: plot.minX - Theme.tickLength - Self.labelGap, y: p + Self.labelSize * 0.36,
                        size: Self.labelSize, anchor: .end))
            }
        }
        elements.append(group("tick-labels", labelElements))

        let lines = titleLines(length: length)
        switch edge {
        case .bottom:
            let y =
                plot.maxY + (titleOffset ?? (Theme.tickLength + Self.labelGap + Self.labelSize + 8 + Self.titleSize))
            elements.append(TextElement.lines(lines, x: plot.midX, y: y, size: Self.titleSize, anchor: .middle))
        case .left:
            let widest = labels.map { Self.width($0.label) }.max() ?? 0
            // The title block's outer edge; rotated -90°, a line's glyphs lie left of its
            // baseline, so the first baseline is one ascent (~0.85 em) inside that edge.
            let blockEdge =
                plot.minX
                - (titleOffset
                    ?? (Theme.tickLength + Self.labelGap + widest + 10 + Double(lines.count) * Self.titleSize
                        * Theme.lineHeight))
            let x = blockEdge + Self.titleSize * 0.85
            elements.append(
                TextElement.lines(lines, x: x, y: plot.midY, size: Self.titleSize, anchor: .middle, rotation: -90))
        }
        return elements
    }
}
