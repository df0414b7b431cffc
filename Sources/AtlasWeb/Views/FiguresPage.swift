import AtlasFigures

/// `/figures`: every figure of the atlas drawn from the records the filter selects, inline, with
/// the Ragone basis and the conductivity grouping as choices; the same figures as
/// `GET /api/v1/figures/{name}.svg` and `mbatlas plot NAME`.
struct FiguresPage {
    /// The filter text as typed (kept in the box, also when it is wrong).
    var filterText: String
    /// The figure options in force (`basis`, `by`), for the form.
    var basis: String
    var groupBy: String
    /// The Arrhenius plot's composition ("" when none: the plot is then left out).
    var composition: String = ""
    var items: [FigureView.Item]
    /// The filter's error, when it could not be read (no figure is drawn then).
    var error: WebError?
    var links: Links
    /// What a static report's figures cover.
    var scope: String?

    func render() -> Node {
        Layout.page(title: "Figures", section: .figures, links: links) {
            Node.element("h1") { "Figures" }
            Node.element("p", ["class": "lead"]) {
                "The review's summary figures (Fig. 10a–c, Fig. 11) and the atlas's own, redrawn from the records"
                links.isServer ? " the filter selects. " : ". "
                "Each mark of a record carries a tooltip and links to the record's page; the source line under each "
                "figure names the review."
            }
            if let scope { Node.element("p", ["class": "meta"]) { scope } }
            if links.isServer { form }
            if let error {
                FilterErrorView.box(error, filterText: filterText)
            } else {
                Node.element("nav", ["aria-label": "Figures on this page"]) {
                    Node.element("ul", ["class": "examples"]) {
                        for item in items {
                            Node.element("li") {
                                Node.element("a", ["href": "#figure-\(item.name.rawValue)"]) {
                                    FigureView.title(item.name)
                                }
                            }
                        }
                    }
                }
                for item in items { FigureView.render(item, links: links) }
            }
        }
    }

    var form: Node {
        .element("form", ["class": "filter", "method": "get", "action": "/figures", "role": "search"]) {
            Node.element("label", ["for": "where"]) { "Filter" }
            Node.void(
                "input",
                [
                    Attribute("type", "text"), Attribute("id", "where"), Attribute("name", "where"),
                    Attribute("value", filterText), Attribute("placeholder", "e.g. structure = 3D or family = LiPON"),
                    Attribute("spellcheck", "false"), Attribute("autocomplete", "off"),
                    Attribute("autocapitalize", "off"),
                ])
            Self.select(
                "basis", "Ragone basis", [("areal", "per footprint area"), ("volumetric", "per cathode volume")], basis)
            Self.select("by", "Conductivity by", [("family", "family"), ("method", "preparation method")], groupBy)
            Node.element("label", ["for": "composition"]) { "Arrhenius plot of" }
            Node.void(
                "input",
                [
                    Attribute("type", "text"), Attribute("id", "composition"), Attribute("name", "composition"),
                    Attribute("value", composition), Attribute("placeholder", "a composition, e.g. Li3OCl"),
                    Attribute("spellcheck", "false"), Attribute("autocomplete", "off"),
                    Attribute("autocapitalize", "off"),
                ])
            Node.element("button", ["type": "submit"]) { "Draw" }
            if !filterText.isEmpty || basis != "areal" || groupBy != "family" || !composition.isEmpty {
                Node.element("a", ["class": "button secondary", "href": "/figures"]) { "Clear" }
            }
            Node.element("p", ["class": "hint form-note"]) {
                "The filter takes the records' "
                Node.element("code") { "--where" }
                " language ("
                Node.element("a", ["href": "/records#where-help"]) { "fields and operators" }
                "). The discharge curves are the default thin-film cell's; the "
                Node.element("a", ["href": "/simulate"]) { "simulator" }
                " draws any design."
            }
        }
    }

    static func select(_ name: String, _ label: String, _ options: [(String, String)], _ selected: String) -> Node {
        let id = "f-" + name
        return .fragment([
            .element("label", ["for": id]) { label },
            .element("select", ["id": id, "name": name]) {
                for (value, text) in options {
                    if value == selected {
                        Node.element("option", [Attribute("value", value), .flag("selected")]) { text }
                    } else {
                        Node.element("option", ["value": value]) { text }
                    }
                }
            },
        ])
    }
}
