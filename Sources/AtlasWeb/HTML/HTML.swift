import AtlasPlot

/// A tiny HTML builder in which every value from data is escaped by construction.
///
/// Tag and attribute *names* are `StaticString`s — only code can write them. Everything that can
/// come from data (record names, filter text, error messages, URLs) enters as a text node or an
/// attribute value, and both are escaped when the tree is rendered. There is no way to splice a
/// `String` in as markup.
///
/// ```swift
/// let row = Node.element("td", ["class": "num"]) { record.electrolyte }
/// row.rendered   // <td class="num">&lt;script&gt;…</td>
/// ```
///
/// The one piece of markup that enters whole is a chart: ``chart(_:)`` takes a `RenderedChart`,
/// which only AtlasPlot's renderer can make (it has no public initializer) and which escapes every
/// text and attribute value of its SVG tree when it serialises it.
public struct Node: Sendable {
    enum Content: Sendable {
        case element(tag: StaticString, attributes: [Attribute], children: [Node], void: Bool)
        case text(String)
        case fragment([Node])
        case chart(String)
    }

    let content: Content

    /// Text, escaped when rendered.
    public static func text(_ text: String) -> Node { Node(content: .text(text)) }

    /// Several nodes side by side, without a wrapping element.
    public static func fragment(_ nodes: [Node]) -> Node { Node(content: .fragment(nodes)) }

    /// Nothing.
    public static let empty = Node(content: .fragment([]))

    /// A chart's SVG, inline. Its marks' links, tooltips and labels were escaped by AtlasPlot's
    /// SVG writer; `RenderedChart` cannot be built from a string outside AtlasPlot.
    public static func chart(_ chart: RenderedChart) -> Node { Node(content: .chart(chart.svg)) }

    /// An element with children.
    public static func element(
        _ tag: StaticString, _ attributes: [Attribute] = [], @NodeBuilder _ children: () -> [Node] = { [] }
    ) -> Node {
        Node(content: .element(tag: tag, attributes: attributes, children: children(), void: false))
    }

    /// An element that has no closing tag (`<input>`, `<meta>`, `<br>`).
    public static func void(_ tag: StaticString, _ attributes: [Attribute] = []) -> Node {
        Node(content: .element(tag: tag, attributes: attributes, children: [], void: true))
    }

    /// The markup of this node.
    public var rendered: String {
        var out = ""
        out.reserveCapacity(256)
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch content {
        case .text(let s):
            Escaping.text(s, into: &out)
        case .fragment(let nodes):
            for n in nodes { n.render(into: &out) }
        case .chart(let svg):
            out += svg
        case .element(let tag, let attributes, let children, let void):
            out += "<"
            out += tag.description
            for a in attributes {
                out += " "
                out += a.name.description
                if let value = a.value {
                    out += "=\""
                    Escaping.attribute(value, into: &out)
                    out += "\""
                }
            }
            out += ">"
            if void { return }
            for c in children { c.render(into: &out) }
            out += "</"
            out += tag.description
            out += ">"
        }
    }
}

/// An attribute: a name fixed in code and a value that is escaped (nil: a boolean attribute).
public struct Attribute: Sendable {
    let name: StaticString
    let value: String?

    public init(_ name: StaticString, _ value: String?) {
        self.name = name
        self.value = value
    }

    /// A boolean attribute (`required`, `selected`), present without a value.
    public static func flag(_ name: StaticString) -> Attribute { Attribute(name, nil) }
}

/// Lets call sites write `["class": "num", "href": url]`.
extension Array: @retroactive ExpressibleByDictionaryLiteral where Element == Attribute {
    public init(dictionaryLiteral elements: (StaticString, String)...) {
        self = elements.map { Attribute($0.0, $0.1) }
    }
}

/// Builds `[Node]` from statements: nodes, strings (as text), `if`, `for`, optionals.
@resultBuilder
public enum NodeBuilder {
    public static func buildExpression(_ node: Node) -> [Node] { [node] }
    public static func buildExpression(_ text: String) -> [Node] { [.text(text)] }
    public static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    public static func buildExpression(_ node: Node?) -> [Node] { node.map { [$0] } ?? [] }
    public static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    public static func buildEither(first: [Node]) -> [Node] { first }
    public static func buildEither(second: [Node]) -> [Node] { second }
    public static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [Node]) -> [Node] { part }
}

/// The two escapings HTML needs: text content and double-quoted attribute values.
public enum Escaping {
    /// `&`, `<`, `>` become entities.
    public static func text(_ s: String, into out: inout String) {
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    /// `&`, `<`, `>`, `"` and `'` become entities.
    public static func attribute(_ s: String, into out: inout String) {
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    public static func text(_ s: String) -> String {
        var out = ""
        text(s, into: &out)
        return out
    }
}

extension Node {
    /// A data table in a sideways-scrolling box: one header row of `columns` (`scope="col"`) and
    /// the rows `body` builds — the shape the site's tables share.
    static func dataTable(_ columns: [String], @NodeBuilder body: () -> [Node]) -> Node {
        .element("div", ["class": "table-scroll"]) {
            Node.element("table") {
                Node.element("thead") {
                    Node.element("tr") {
                        for column in columns { Node.element("th", ["scope": "col"]) { column } }
                    }
                }
                Node.element("tbody", [], body)
            }
        }
    }
}
