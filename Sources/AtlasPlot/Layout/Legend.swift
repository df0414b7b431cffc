/// What a legend entry shows beside its label.
public enum LegendSymbol: Sendable, Equatable {
    /// A point mark (shape and colour of a series).
    case mark(MarkStyle)
    /// A line sample (a curve or fit).
    case line(LineStyle)
    /// A line with a mark on it (a series drawn both ways).
    case markOnLine(MarkStyle, LineStyle)
    /// A filled square (a rating level, a class colour).
    case swatch(Color)
    /// A translucent area with an outline (a radar polygon).
    case area(Color, LineStyle)
}

/// One legend entry.
public struct LegendEntry: Sendable, Equatable {
    public var label: String
    public var symbol: LegendSymbol

    public init(_ label: String, symbol: LegendSymbol) {
        self.label = label
        self.symbol = symbol
    }
}

/// Where the legend goes. It is always outside the plot area, so it never hides data.
public enum LegendPlacement: Sendable, Equatable {
    /// Right of the plot when the labels are short and few, otherwise below it.
    case automatic
    /// A column right of the plot; long labels wrap.
    case right
    /// Rows below the plot; entries flow left to right and wrap onto new rows.
    case bottom
    /// No legend.
    case hidden
}

/// A measured legend, ready to be drawn at a position.
struct LegendLayout {
    enum Side { case right, bottom }

    let side: Side
    let width: Double
    let height: Double
    private let items: [(entry: LegendEntry, lines: [String], x: Double, y: Double)]
    private let title: [String]

    static let symbolWidth = 24.0
    static let symbolGap = 7.0
    /// Labels of a right-hand legend wrap beyond this width; wider labels send an automatic legend below.
    static let rightLabelWidth = 190.0
    private static let size = Theme.legendSize
    private static var lineStep: Double { size * Theme.lineHeight }

    /// Lays out `entries` for `placement`; nil when there is nothing to show. `availableWidth` is
    /// the chart width between paddings (a bottom legend wraps within it).
    init?(entries: [LegendEntry], title: String?, placement: LegendPlacement, availableWidth: Double) {
        guard placement != .hidden, !entries.isEmpty else { return nil }
        let size = Self.size
        let widest = entries.map { TextMetrics.width($0.label, size: size) }.max() ?? 0
        let side: Side
        switch placement {
        case .right: side = .right
        case .bottom: side = .bottom
        case .hidden: return nil
        case .automatic:
            side = widest <= Self.rightLabelWidth && entries.count <= 12 ? .right : .bottom
        }
        self.side = side
        var titleLines: [String] = []
        var items: [(LegendEntry, [String], Double, Double)] = []
        switch side {
        case .right:
            let labelWidth = min(widest, Self.rightLabelWidth)
            if let title, !title.isEmpty {
                // The title may be as wide as the widest legend allowed, not just as its labels.
                titleLines = TextMetrics.wrap(
                    title, maxWidth: Self.symbolWidth + Self.symbolGap + Self.rightLabelWidth, size: size, bold: true)
            }
            var y = titleLines.isEmpty ? 0 : Double(titleLines.count) * Self.lineStep + 4
            var maxLine = 0.0
            for entry in entries {
                let lines = TextMetrics.wrap(entry.label, maxWidth: labelWidth, size: size)
                maxLine = max(maxLine, lines.map { TextMetrics.width($0, size: size) }.max() ?? 0)
                items.append((entry, lines, 0, y))
                y += Double(lines.count) * Self.lineStep + 5
            }
            let titleWidth = titleLines.map { TextMetrics.width($0, size: size, bold: true) }.max() ?? 0
            width = max(Self.symbolWidth + Self.symbolGap + maxLine, titleWidth)
            height = y - 5
        case .bottom:
            let maxLabel = availableWidth - Self.symbolWidth - Self.symbolGap
            var x = 0.0
            var y = 0.0
            var rowWidth = 0.0
            if let title, !title.isEmpty {
                // The title leads the first row, like a label.
                let titleWidth = TextMetrics.width(title, size: size, bold: true)
                titleLines = [title]
                x = min(titleWidth, availableWidth / 3) + 14
                if titleWidth > availableWidth / 3 {
                    titleLines = TextMetrics.wrap(title, maxWidth: availableWidth, size: size, bold: true)
                    x = 0
                    y = Double(titleLines.count) * Self.lineStep + 2
                }
            }
            var rowHeight = Self.lineStep
            for entry in entries {
                let lines = TextMetrics.wrap(entry.label, maxWidth: maxLabel, size: size)
                let itemWidth =
                    Self.symbolWidth + Self.symbolGap + (lines.map { TextMetrics.width($0, size: size) }.max() ?? 0)
                if x > 0, x + itemWidth > availableWidth {
                    y += rowHeight + 4
                    x = 0
                    rowHeight = Self.lineStep
                }
                items.append((entry, lines, x, y))
                rowWidth = max(rowWidth, x + itemWidth)
                rowHeight = max(rowHeight, Double(lines.count) * Self.lineStep)
                x += itemWidth + 18
            }
            width = rowWidth
            height = y + rowHeight
        }
        self.title = titleLines
        self.items = items
    }

    /// The legend with its top-left corner at (`x`, `y`).
    func render(x originX: Double, y originY: Double) -> SVGElement {
        let size = Self.size
        var children: [SVGElement] = []
        if !title.isEmpty {
            children.append(TextElement.lines(title, x: originX, y: originY + size, size: size, bold: true))
        }
        for item in items {
            let top = originY + item.y
            let centerY = top + Self.lineStep / 2
            let left = originX + item.x
            children.append(contentsOf: Self.symbol(item.entry.symbol, x: left, centerY: centerY))
            children.append(
                TextElement.lines(
                    item.lines, x: left + Self.symbolWidth + Self.symbolGap, y: top + size * 0.95, size: size))
        }
        return group("legend", children)
    }

    private static func symbol(_ symbol: LegendSymbol, x: Double, centerY y: Double) -> [SVGElement] {
        let mid = x + symbolWidth / 2
        switch symbol {
        case .mark(let style):
            return [MarkRenderer.shape(style, x: mid, y: y)]
        case .line(let style):
            return [LineRenderer.segment(x, y, x + symbolWidth, y, style: style)]
        case .markOnLine(let mark, let line):
            return [
                LineRenderer.segment(x, y, x + symbolWidth, y, style: line), MarkRenderer.shape(mark, x: mid, y: y),
            ]
        case .swatch(let color):
            return [
                SVGElement(
                    "rect",
                    [
                        "x": SVGNumber.string(mid - 7), "y": SVGNumber.string(y - 7), "width": "14", "height": "14",
                        "fill": color.hex, "stroke": color.mixed(with: .black, amount: 0.25).hex, "stroke-width": "0.5",
                    ])
            ]
        case .area(let color, let line):
            var rect = SVGElement(
                "rect",
                [
                    "x": SVGNumber.string(x + 2), "y": SVGNumber.string(y - 6),
                    "width": SVGNumber.string(symbolWidth - 4), "height": "12",
                    "fill": color.hex, "fill-opacity": "0.2", "stroke": line.color.hex,
                    "stroke-width": SVGNumber.string(line.width),
                ])
            if !line.dash.isEmpty { rect.set("stroke-dasharray", LineRenderer.dashArray(line.dash)) }
            return [rect]
        }
    }
}

/// Draws line styles.
enum LineRenderer {
    static func dashArray(_ dash: [Double]) -> String {
        dash.map { SVGNumber.string($0) }.joined(separator: " ")
    }

    static func apply(_ style: LineStyle, to element: inout SVGElement) {
        element.set("fill", "none")
        element.set("stroke", style.color.hex)
        element.set("stroke-width", SVGNumber.string(style.width))
        element.set("stroke-linejoin", "round")
        element.set("stroke-linecap", "round")
        if !style.dash.isEmpty { element.set("stroke-dasharray", dashArray(style.dash)) }
        if style.opacity < 1 { element.set("stroke-opacity", SVGNumber.string(style.opacity)) }
    }

    static func segment(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, style: LineStyle) -> SVGElement {
        var path = PathData()
        path.move(to: x1, y1)
        path.line(to: x2, y2)
        var element = SVGElement("path", ["d": path.string])
        apply(style, to: &element)
        return element
    }

    static func path(_ data: PathData, style: LineStyle) -> SVGElement {
        var element = SVGElement("path", ["d": data.string])
        apply(style, to: &element)
        return element
    }
}
