import AtlasCore

/// Draws point marks: the shape, and around it the tooltip, link and `data-id` that make it
/// explorable in a browser.
enum MarkRenderer {
    /// The outline of `style.shape` centred on (`x`, `y`), sized to the area of a circle of radius
    /// `style.size`, with fill and stroke set.
    static func shape(_ style: MarkStyle, x: Double, y: Double) -> SVGElement {
        let r = style.size
        var element: SVGElement
        switch style.shape {
        case .circle:
            element = SVGElement(
                "circle", ["cx": SVGNumber.string(x), "cy": SVGNumber.string(y), "r": SVGNumber.string(r)])
        default:
            element = SVGElement("path", ["d": PathData.polygon(outline(style.shape, x: x, y: y, r: r)).string])
        }
        if style.filled {
            element.set("fill", style.color.hex)
            if style.opacity < 1 { element.set("fill-opacity", SVGNumber.string(style.opacity)) }
            element.set("stroke", Color.white.hex)
            element.set("stroke-width", "0.8")
        } else {
            element.set("fill", Color.white.hex)
            element.set("fill-opacity", "0.6")
            element.set("stroke", style.color.hex)
            element.set("stroke-width", "1.6")
        }
        return element
    }

    /// A mark for one datum: the shape with `class="mark"`, its `data-id` and tooltip, wrapped in
    /// a link when `link` is safe to write.
    static func mark(_ style: MarkStyle, x: Double, y: Double, id: String, tooltip: String?, link: String?)
        -> SVGElement
    {
        var element = shape(style, x: x, y: y)
        element.attributes.insert(SVGAttribute("data-id", id), at: 0)
        element.attributes.insert(SVGAttribute("class", "mark"), at: 0)
        if let tooltip, !tooltip.isEmpty { element.append(.title(tooltip)) }
        guard let link, let href = LinkPolicy.safe(link) else { return element }
        return SVGElement("a", ["href": href], children: [.element(element)])
    }

    /// Vertices of a polygonal shape of equal area to a circle of radius `r`.
    static func outline(_ shape: MarkShape, x: Double, y: Double, r: Double) -> [(x: Double, y: Double)] {
        switch shape {
        case .circle:
            return []
        case .square:
            let h = 0.886 * r  // side r√π
            return [(x - h, y - h), (x + h, y - h), (x + h, y + h), (x - h, y + h)]
        case .diamond:
            let d = 1.2533 * r  // half-diagonal r√(π/2)
            return [(x, y - d), (x + d, y), (x, y + d), (x - d, y)]
        case .triangle, .triangleDown:
            // Equilateral, side r·√(4π/√3); centred on its centroid.
            let side = 2.6935 * r
            let height = side * 0.8660
            let sign = shape == .triangle ? 1.0 : -1.0
            let apex = y - sign * height * 2 / 3
            let base = y + sign * height / 3
            return [(x, apex), (x + side / 2, base), (x - side / 2, base)]
        case .plus, .cross:
            // Arms 0.75 r thick, 2.47 r long: the area of the circle.
            let a = 1.235 * r
            let w = 0.375 * r
            let plus: [(Double, Double)] = [
                (-w, -a), (w, -a), (w, -w), (a, -w), (a, w), (w, w),
                (w, a), (-w, a), (-w, w), (-a, w), (-a, -w), (-w, -w),
            ]
            let c = shape == .cross ? 0.70710678 : 1.0
            let s = shape == .cross ? 0.70710678 : 0.0
            return plus.map { (dx, dy) in (x + dx * c - dy * s, y + dx * s + dy * c) }
        case .star:
            // Five points, inner radius 0.45 of the outer; outer 1.541 r for equal area.
            let outer = 1.541 * r
            let inner = outer * 0.45
            return (0..<10).map { i in
                let angle = -Double.pi / 2 + Double(i) * Double.pi / 5
                let radius = i % 2 == 0 ? outer : inner
                return (x + radius * cosine(angle), y + radius * sine(angle))
            }
        }
    }
}

/// Which link targets a chart writes. Chart data comes from files anyone can edit, and the SVG is
/// served inline in the web explorer, so a `javascript:` URL must never reach an `href`.
public enum LinkPolicy {
    /// `link` if it is relative (`/records/12`, `../x`, `#fig`), or `http:`, `https:` or `mailto:`;
    /// nil otherwise.
    public static func safe(_ link: String) -> String? {
        let trimmed = link.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:") {
            return trimmed
        }
        // Relative: no scheme, i.e. no ':' before the first '/', '?' or '#'.
        let head = lowered.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if head.contains(":") { return nil }
        // Control characters could smuggle a scheme past browsers' URL parsers ("java\tscript:").
        if trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return nil }
        return trimmed
    }
}
