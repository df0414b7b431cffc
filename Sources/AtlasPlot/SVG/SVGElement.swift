/// One attribute of an ``SVGElement``, kept in the order it was added so output is deterministic.
public struct SVGAttribute: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A node in an SVG tree: an element or a run of text.
public enum SVGNode: Sendable, Equatable {
    case element(SVGElement)
    case text(String)
}

/// An SVG element: the only way AtlasPlot writes markup. Attribute values and text are escaped
/// when the tree is serialised, so builders pass plain strings.
///
/// ```swift
/// var dot = SVGElement("circle", ["cx": SVGNumber.string(10), "cy": "20", "r": "4"])
/// dot.append(SVGElement.title("LiPON, ref. 12"))
/// dot.xml()   // <circle cx="10" cy="20" r="4">\n  <title>LiPON, ref. 12</title>\n</circle>
/// ```
///
/// Serialisation is deterministic: attributes in insertion order, two-space indentation, `\n` line
/// ends. Elements named `text` (and any element holding text directly) are written on one line
/// so that no layout whitespace leaks into rendered text.
public struct SVGElement: Sendable, Equatable {
    public var name: String
    public var attributes: [SVGAttribute]
    public var children: [SVGNode]

    public init(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], children: [SVGNode] = []) {
        self.name = name
        self.attributes = attributes.map { SVGAttribute($0.key, $0.value) }
        self.children = children
    }

    public init(_ name: String, attributes: [SVGAttribute], children: [SVGNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// A `<title>` element: the tooltip of its parent in browsers, and its accessible name.
    public static func title(_ text: String) -> SVGElement {
        SVGElement("title", children: [.text(text)])
    }

    /// Sets (or replaces) an attribute, keeping the position of an existing one.
    public mutating func set(_ name: String, _ value: String) {
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            attributes[index].value = value
        } else {
            attributes.append(SVGAttribute(name, value))
        }
    }

    /// The value of an attribute, if set.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    public mutating func append(_ child: SVGElement) { children.append(.element(child)) }

    public mutating func append(contentsOf elements: [SVGElement]) {
        children.append(contentsOf: elements.map(SVGNode.element))
    }

    public mutating func append(text: String) { children.append(.text(text)) }

    /// The element and its subtree as XML text.
    public func xml() -> String {
        var out = ""
        write(to: &out, depth: 0)
        return out
    }

    func write(to out: inout String, depth: Int) {
        out += String(repeating: "  ", count: depth)
        writeOpening(to: &out)
        if children.isEmpty { return }
        if isInline {
            writeChildrenInline(to: &out)
        } else {
            for child in children {
                guard case .element(let element) = child else { continue }
                out += "\n"
                element.write(to: &out, depth: depth + 1)
            }
            out += "\n" + String(repeating: "  ", count: depth)
        }
        out += "</" + name + ">"
    }

    /// Text elements, titles and elements holding text are written on one line: whitespace
    /// between `<tspan>`s would be rendered.
    private var isInline: Bool {
        name == "text" || name == "title" || name == "style"
            || children.contains { if case .text = $0 { return true } else { return false } }
    }

    private func writeOpening(to out: inout String) {
        out += "<" + name
        for attribute in attributes {
            out += " " + attribute.name + "=\"" + XMLEscaping.attribute(attribute.value) + "\""
        }
        out += children.isEmpty ? "/>" : ">"
    }

    private func writeChildrenInline(to out: inout String) {
        for child in children {
            switch child {
            case .text(let text):
                out += XMLEscaping.text(text)
            case .element(let element):
                element.writeOpening(to: &out)
                if !element.children.isEmpty {
                    element.writeChildrenInline(to: &out)
                    out += "</" + element.name + ">"
                }
            }
        }
    }
}
