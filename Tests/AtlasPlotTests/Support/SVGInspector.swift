import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An SVG document parsed with Foundation's `XMLParser`: proof of well-formedness, and a flat
/// list of elements for counting marks, reading labels and checking attributes.
struct SVGInspector {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// Character data directly inside the element (tspans' text belongs to the tspans).
        var text: String
        /// Names of the enclosing elements, outermost first.
        var ancestors: [String]
        /// `class` attributes of the enclosing elements, outermost first.
        var ancestorClasses: [String]
        /// Attributes of the parent element (a `<tspan>`'s `<text>`).
        var parentAttributes: [String: String]
    }

    let elements: [Element]

    /// Parses `svg`; throws with the parser's error (line and column) when it is not well-formed.
    init(_ svg: String) throws {
        let delegate = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse() else {
            throw InspectionError.malformed(
                "\(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber), column \(parser.columnNumber)"
            )
        }
        elements = delegate.finished
    }

    enum InspectionError: Error { case malformed(String) }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Elements carrying a `data-id`: one per drawn mark.
    var marks: [Element] { elements.filter { $0.attributes["data-id"] != nil } }

    /// Every piece of visible text (`<text>` and `<tspan>` content), in document order.
    var texts: [String] {
        elements.filter { ($0.name == "text" || $0.name == "tspan") && !$0.text.isEmpty }.map(\.text)
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var finished: [Element] = []
        var stack: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            stack.append(
                Element(
                    name: elementName, attributes: attributes, text: "", ancestors: stack.map(\.name),
                    ancestorClasses: stack.compactMap { $0.attributes["class"] },
                    parentAttributes: stack.last?.attributes ?? [:]))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard var element = stack.popLast() else { return }
            element.text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
            finished.append(element)
        }
    }
}
