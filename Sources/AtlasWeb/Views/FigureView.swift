import AtlasFigures
import AtlasPlot

/// One figure on a page: its title, the SVG inline (each record's mark links to the record's page),
/// what was left out, and a link to the SVG on its own. A figure that cannot be drawn for the
/// selection (no record has the values it plots) shows why instead.
enum FigureView {
    struct Item: Sendable {
        let name: FigureName
        let outcome: Result<AtlasFigure, WebError>
        /// The SVG on its own: the API's URL with the same parameters, or the report's file.
        let svgHref: String?
    }

    static func render(_ item: Item, links: Links, heading: Bool = true) -> Node {
        .element("figure", ["class": "chart", "id": "figure-\(item.name.rawValue)"]) {
            if heading {
                Node.element("h2") {
                    title(item.name)
                    Node.element("span", ["class": "figure-name"]) { " (" + item.name.rawValue + ")" }
                }
            }
            switch item.outcome {
            case .success(let figure):
                Node.element("div", ["class": "chart-scroll"]) { Node.chart(figure.chart) }
                Node.element("figcaption") {
                    item.name.summary.prefix(1).uppercased() + item.name.summary.dropFirst()
                    ". "
                    figure.note.prefix(1).uppercased() + figure.note.dropFirst()
                    figure.recordIDs.isEmpty ? "." : ". Click a mark to open its record."
                    if let href = item.svgHref {
                        " "
                        Node.element("a", ["href": href, "type": "image/svg+xml"]) { "SVG file" }
                    }
                }
            case .failure(let error):
                Node.element("div", ["class": "error-box", "role": "status"]) {
                    Node.element("strong") { "This figure cannot be drawn for this selection: " }
                    error.message
                }
            }
        }
    }

    /// A short title for headings and the table of contents.
    static func title(_ name: FigureName) -> String {
        switch name {
        case .ragone: return "Ragone plot, 2D and 3D cells"
        case .ragone2D: return "Ragone plot of 2D cells by cathode thickness"
        case .spider: return "Electrolyte families on the specifications"
        case .techniques: return "Deposition techniques"
        case .conductivity: return "Ionic conductivity"
        case .retention: return "Capacity retention against cycles"
        case .discharge: return "Simulated discharge curves"
        case .arrhenius: return "Arrhenius plot of one composition"
        }
    }
}

/// A `where` text that cannot be read: its message and, when it names a column, the text with a
/// caret under that column.
enum FilterErrorView {
    static func box(_ error: WebError, filterText: String) -> Node {
        .element("div", ["class": "error-box", "role": "alert"]) {
            // A bad `sort` or `page` is not the filter's fault; say which parameter it is.
            if let parameter = error.parameter, parameter != "where" {
                Node.element("strong") { "The \(parameter) parameter cannot be used: " }
            } else {
                Node.element("strong") { "This filter cannot be read: " }
            }
            error.message
            if let column = error.position {
                Node.element("pre", ["aria-label": "where the error is"]) {
                    filterText + "\n"
                    Node.element("span", ["class": "caret"]) { String(repeating: " ", count: max(0, column - 1)) + "^" }
                }
            }
        }
    }
}
