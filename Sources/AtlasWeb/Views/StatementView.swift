import AtlasData

/// How a statement of the review is shown: the value or text, its condition and material, the
/// references it cites (linked) and the review's sentence as a quote.
enum StatementView {
    /// The value as printed, else the statement's text.
    static func headline(_ s: Statement) -> String {
        var parts: [String] = []
        if let printed = s.printed { parts.append(printed) } else if let text = s.text { parts.append(text) }
        if let material = s.material { parts.append("(\(material))") }
        if let condition = s.condition { parts.append("at \(condition)") }
        return parts.joined(separator: " ")
    }

    /// `[23, 24]` as links to the reference list.
    static func refs(_ numbers: [Int], links: Links) -> Node {
        guard !numbers.isEmpty else { return .empty }
        return .element("span", ["class": "refs"]) {
            " ["
            for (i, n) in numbers.enumerated() {
                if i > 0 { ", " }
                Node.element("a", ["href": links.reference(n), "title": "Reference \(n)"]) { String(n) }
            }
            "]"
        }
    }

    /// The statement with its references, then the quote and the curator's note below.
    static func full(_ s: Statement, links: Links) -> Node {
        .fragment([
            .text(headline(s)),
            refs(s.refs, links: links),
            s.quote.map { q in .element("blockquote") { q } } ?? .empty,
            s.note.map { n in .element("p", ["class": "hint"]) { "Note: \(n)" } } ?? .empty,
        ])
    }

    /// A list of statements (advantages, issues, drawbacks).
    static func list(_ statements: [Statement], links: Links) -> Node {
        .element("ul") {
            for s in statements { Node.element("li") { full(s, links: links) } }
        }
    }

    static func rating(_ r: Rating) -> Node {
        .element("span", ["class": "level-\(r.level.rawValue)"]) { r.level.rawValue }
    }
}

extension FamilyProfile.Property {
    /// "ionic conductivity".
    var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

extension String {
    fileprivate func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: Character(a), omittingEmptySubsequences: false).joined(separator: b)
    }
}
