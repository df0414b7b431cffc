/// The words around a chart: title, subtitle and the source line at the bottom. Every chart
/// type has one, set through the chart's `title`, `subtitle` and `source` properties.
struct ChartChrome {
    var title: String?
    var subtitle: String?
    var source: String?
    var width: Double

    private var textWidth: Double { width - 2 * Theme.padding }

    private var titleLines: [String] {
        guard let title, !title.isEmpty else { return [] }
        return TextMetrics.wrap(title, maxWidth: textWidth, size: Theme.titleSize, bold: true)
    }

    private var subtitleLines: [String] {
        guard let subtitle, !subtitle.isEmpty else { return [] }
        return TextMetrics.wrap(subtitle, maxWidth: textWidth, size: Theme.subtitleSize)
    }

    private var sourceLines: [String] {
        guard let source, !source.isEmpty else { return [] }
        return TextMetrics.wrap(source, maxWidth: textWidth, size: Theme.sourceSize)
    }

    /// Where the chart body may start: below the title and subtitle.
    var headerHeight: Double {
        var height = Theme.padding
        if !titleLines.isEmpty { height += TextElement.blockHeight(lines: titleLines.count, size: Theme.titleSize) }
        if !subtitleLines.isEmpty {
            height += TextElement.blockHeight(lines: subtitleLines.count, size: Theme.subtitleSize) + 2
        }
        return height + (titleLines.isEmpty && subtitleLines.isEmpty ? 0 : 12)
    }

    /// Space the source line takes at the bottom, padding included.
    var footerHeight: Double {
        let lines = sourceLines.count
        return Theme.padding + (lines == 0 ? 0 : TextElement.blockHeight(lines: lines, size: Theme.sourceSize) + 10)
    }

    func header() -> [SVGElement] {
        var elements: [SVGElement] = []
        var y = Theme.padding
        if !titleLines.isEmpty {
            elements.append(
                TextElement.lines(
                    titleLines, x: Theme.padding, y: y + Theme.titleSize, size: Theme.titleSize, bold: true))
            y += TextElement.blockHeight(lines: titleLines.count, size: Theme.titleSize)
        }
        if !subtitleLines.isEmpty {
            elements.append(
                TextElement.lines(
                    subtitleLines, x: Theme.padding, y: y + 2 + Theme.subtitleSize, size: Theme.subtitleSize,
                    color: .mutedInk))
        }
        return elements
    }

    /// The source line, its last baseline `padding` above the bottom of a chart `height` tall.
    func footer(height: Double) -> [SVGElement] {
        let lines = sourceLines
        guard !lines.isEmpty else { return [] }
        let top = height - footerHeight + 10
        return [
            TextElement.lines(
                lines, x: Theme.padding, y: top + Theme.sourceSize, size: Theme.sourceSize, color: .mutedInk)
        ]
    }

    /// The complete document: root `<svg>` with size, viewBox, font and accessible title, a white
    /// background, then `body`, the header and the footer.
    func document(height: Double, idPrefix: String, body: [SVGElement]) -> String {
        let w = SVGNumber.string(width)
        let h = SVGNumber.string(height)
        var root = SVGElement(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg",
                "width": w, "height": h, "viewBox": "0 0 \(w) \(h)",
                "font-family": TextMetrics.fontFamily,
                "role": "img",
            ])
        if let title, !title.isEmpty {
            root.set("aria-labelledby", idPrefix + "-title")
            var titleElement = SVGElement.title(title)
            titleElement.set("id", idPrefix + "-title")
            root.append(titleElement)
        }
        if let subtitle, !subtitle.isEmpty {
            root.append(SVGElement("desc", children: [.text(subtitle)]))
        }
        root.append(SVGElement("style", children: [.text(Self.stylesheet)]))
        root.append(SVGElement("rect", ["width": w, "height": h, "fill": Color.white.hex]))
        root.append(contentsOf: body)
        root.append(contentsOf: header())
        root.append(contentsOf: footer(height: height))
        return root.xml() + "\n"
    }

    /// Hover feedback in browsers; renderers without interaction ignore it.
    static let stylesheet = ".mark:hover{stroke:#000;stroke-width:1.5}a .mark{cursor:pointer}"
}

/// Values a chart could not draw, by reason.
public struct DroppedValues: Sendable, Equatable {
    /// NaN or infinite coordinates.
    public var nonFinite = 0
    /// Values ≤ 0 given to a log axis.
    public var nonPositiveOnLogAxis = 0
    /// Values outside an axis domain fixed by the caller.
    public var outsideDomain = 0

    public init(nonFinite: Int = 0, nonPositiveOnLogAxis: Int = 0, outsideDomain: Int = 0) {
        self.nonFinite = nonFinite
        self.nonPositiveOnLogAxis = nonPositiveOnLogAxis
        self.outsideDomain = outsideDomain
    }

    public var total: Int { nonFinite + nonPositiveOnLogAxis + outsideDomain }
}

/// A chart rendered to SVG, with what it drew and what it had to leave out.
///
/// ```swift
/// let rendered = try chart.render()
/// try rendered.svg.write(toFile: "ragone.svg", atomically: true, encoding: .utf8)
/// if rendered.dropped.total > 0 { print("\(rendered.dropped.total) points not drawn") }
/// ```
public struct RenderedChart: Sendable, Equatable {
    /// The SVG document (UTF-8 text, no XML declaration, so it can be inlined in HTML as is).
    public let svg: String
    public let width: Double
    public let height: Double
    /// Point marks drawn (elements with a `data-id`).
    public let markCount: Int
    public let dropped: DroppedValues
}
