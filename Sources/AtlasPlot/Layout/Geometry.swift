/// An axis-aligned rectangle in SVG px (y grows downwards).
public struct Rect: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }

    /// Whether the two rectangles share interior area (touching edges do not count).
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether `other` lies entirely within this rectangle.
    public func contains(_ other: Rect) -> Bool {
        other.minX >= minX - 1e-9 && other.maxX <= maxX + 1e-9 && other.minY >= minY - 1e-9 && other.maxY <= maxY + 1e-9
    }
}

/// Sizes shared by every chart, chosen to read well at the default 800 px width.
enum Theme {
    static let padding = 20.0
    static let titleSize = 17.0
    static let subtitleSize = 12.5
    static let tickLabelSize = 11.5
    static let axisTitleSize = 12.5
    static let legendSize = 12.0
    static let sourceSize = 10.5
    static let tickLength = 5.0
    static let minorTickLength = 3.0
    /// Line box as a multiple of the font size.
    static let lineHeight = 1.3
    static let defaultWidth = 800.0
}

/// Builders for `<text>` elements with explicit baselines (renderers disagree on
/// `dominant-baseline`, so none is used).
enum TextElement {
    enum Anchor: String {
        case start, middle, end
    }

    /// One line of text with its baseline at `y`.
    static func line(
        _ text: String, x: Double, y: Double, size: Double, anchor: Anchor = .start, bold: Bool = false,
        color: Color = .ink, rotation: Double? = nil
    ) -> SVGElement {
        var element = SVGElement("text", ["x": SVGNumber.string(x), "y": SVGNumber.string(y)])
        style(&element, size: size, anchor: anchor, bold: bold, color: color, rotation: rotation, x: x, y: y)
        element.append(text: text)
        return element
    }

    /// Several lines, the first baseline at `y`, each next one `size × lineHeight` lower.
    static func lines(
        _ lines: [String], x: Double, y: Double, size: Double, anchor: Anchor = .start, bold: Bool = false,
        color: Color = .ink, rotation: Double? = nil
    ) -> SVGElement {
        if lines.count == 1 {
            return line(lines[0], x: x, y: y, size: size, anchor: anchor, bold: bold, color: color, rotation: rotation)
        }
        var element = SVGElement("text", ["x": SVGNumber.string(x), "y": SVGNumber.string(y)])
        style(&element, size: size, anchor: anchor, bold: bold, color: color, rotation: rotation, x: x, y: y)
        for (index, text) in lines.enumerated() {
            element.append(
                SVGElement(
                    "tspan",
                    [
                        "x": SVGNumber.string(x),
                        "dy": index == 0 ? "0" : SVGNumber.string(size * Theme.lineHeight),
                    ], children: [.text(text)]))
        }
        return element
    }

    private static func style(
        _ element: inout SVGElement, size: Double, anchor: Anchor, bold: Bool, color: Color, rotation: Double?,
        x: Double, y: Double
    ) {
        element.set("font-size", SVGNumber.string(size))
        if anchor != .start { element.set("text-anchor", anchor.rawValue) }
        if bold { element.set("font-weight", "bold") }
        if color != .ink { element.set("fill", color.hex) }
        if let rotation {
            element.set(
                "transform", "rotate(\(SVGNumber.string(rotation)) \(SVGNumber.string(x)) \(SVGNumber.string(y)))")
        }
    }

    /// Height of a block of `count` lines at `size`.
    static func blockHeight(lines count: Int, size: Double) -> Double {
        Double(count) * size * Theme.lineHeight
    }
}

/// A horizontal or vertical line segment.
func lineElement(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, color: Color, width: Double = 1, dash: [Double] = []
) -> SVGElement {
    var element = SVGElement(
        "line",
        [
            "x1": SVGNumber.string(x1), "y1": SVGNumber.string(y1),
            "x2": SVGNumber.string(x2), "y2": SVGNumber.string(y2),
            "stroke": color.hex,
        ])
    if width != 1 { element.set("stroke-width", SVGNumber.string(width)) }
    if !dash.isEmpty { element.set("stroke-dasharray", dash.map { SVGNumber.string($0) }.joined(separator: " ")) }
    return element
}

/// A group with a `class`, holding `children`.
func group(_ className: String, _ children: [SVGElement], attributes: [SVGAttribute] = []) -> SVGElement {
    SVGElement(
        "g", attributes: [SVGAttribute("class", className)] + attributes, children: children.map(SVGNode.element))
}
