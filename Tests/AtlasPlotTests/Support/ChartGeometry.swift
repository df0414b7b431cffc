import Foundation

@testable import AtlasPlot

/// Reads the geometry a chart wrote back out of its SVG.
extension SVGInspector {
    /// The plot area (`<rect class="plot-area">`).
    func plotArea() throws -> Rect {
        guard let rect = elements.first(where: { $0.name == "rect" && $0.attributes["class"] == "plot-area" }) else {
            throw InspectionError.malformed("no plot-area rect")
        }
        return Rect(
            x: rect.number("x"), y: rect.number("y"), width: rect.number("width"), height: rect.number("height"))
    }

    /// Centres of circle marks.
    var circleMarks: [(x: Double, y: Double)] {
        marks.filter { $0.name == "circle" }.map { ($0.number("cx"), $0.number("cy")) }
    }

    /// Estimated boxes of the legend's labels.
    var legendLabelBoxes: [Rect] {
        elements.filter { ($0.name == "text") && $0.ancestorClasses.contains("legend") }.map { $0.textBox() }
    }

    /// Estimated boxes of every line of visible text (`<text>` or `<tspan>`), optionally only
    /// inside a group of class `className`.
    func lineBoxes(inside className: String? = nil) -> [(text: String, box: Rect)] {
        elements.filter { ($0.name == "text" || $0.name == "tspan") && !$0.text.isEmpty }
            .filter { className == nil || $0.ancestorClasses.contains(className!) }
            .map { ($0.text, $0.textBox()) }
    }

    /// Estimated boxes of the tick labels.
    var tickLabelBoxes: [Rect] {
        elements.filter { $0.name == "text" && $0.ancestorClasses.contains("tick-labels") }.map { $0.textBox() }
    }
}

extension SVGInspector.Element {
    func number(_ name: String) -> Double { Double(attributes[name] ?? "") ?? .nan }

    /// The box a single-line `<text>` covers, from its anchor, font size and estimated width.
    /// A `<tspan>` takes its font and anchor from its `<text>`; rotated text is not handled.
    func textBox() -> Rect {
        let inherited = name == "tspan" ? parentAttributes : [:]
        let size = Double(attributes["font-size"] ?? inherited["font-size"] ?? "12") ?? 12
        let bold = (attributes["font-weight"] ?? inherited["font-weight"]) == "bold"
        let width = TextMetrics.width(text, size: size, bold: bold)
        let x = number("x")
        let left: Double
        switch attributes["text-anchor"] ?? inherited["text-anchor"] {
        case "middle": left = x - width / 2
        case "end": left = x - width
        default: left = x
        }
        let y = name == "tspan" ? Double(parentAttributes["y"] ?? "") ?? .nan : number("y")
        return Rect(x: left, y: y - size * 0.8, width: width, height: size)
    }
}
