import AtlasData

/// The page shell every HTML page shares: head, navigation bar, main content and the footer that
/// cites the review and states the data licence.
enum Layout {
    /// The sections of the site in the navigation bar, in order.
    enum Section: String, CaseIterable, Sendable {
        case home, records, figures, screen, families, methods, conductivity, references, design, simulate

        var title: String {
            switch self {
            case .home: return "Home"
            case .records: return "Records"
            case .figures: return "Figures"
            case .screen: return "Screening"
            case .families: return "Families"
            case .methods: return "Methods"
            case .conductivity: return "Conductivity"
            case .references: return "References"
            case .design: return "Design"
            case .simulate: return "Simulator"
            }
        }

        var path: String { self == .home ? "/" : "/" + rawValue }
    }

    static let reviewDOI = "10.1039/d1ta02652f"

    /// A complete page: `<html>` with the title, the stylesheet, the navigation bar with `section`
    /// marked current, the content and the footer. `links` says whether the page is served or
    /// part of a static report (whose navigation has only the sections it holds).
    static func page(
        title: String, section: Section?, links: Links = .server, @NodeBuilder content: () -> [Node]
    ) -> Node {
        .element("html", ["lang": "en"]) {
            Node.element("head") {
                Node.void("meta", ["charset": "utf-8"])
                Node.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                Node.element("title") { title == "Microbattery Atlas" ? title : "\(title) · Microbattery Atlas" }
                Node.void("link", ["rel": "stylesheet", "href": links.stylesheet])
            }
            Node.element("body") {
                Node.element("a", ["class": "skip", "href": "#main"]) { "Skip to content" }
                navigation(current: section, links: links)
                Node.element("main", ["id": "main"]) { content() }
                footer
            }
        }
    }

    static func navigation(current: Section?, links: Links) -> Node {
        .element("header", ["class": "site"]) {
            Node.element("nav", ["aria-label": "Main"]) {
                Node.element("a", ["class": "brand", "href": links.home]) { "Microbattery Atlas" }
                Node.element("ul") {
                    for section in Section.allCases where section != .home {
                        if let href = links.section(section) {
                            Node.element("li") {
                                if section == current {
                                    Node.element("a", ["href": href, "aria-current": "page"]) { section.title }
                                } else {
                                    Node.element("a", ["href": href]) { section.title }
                                }
                            }
                        }
                    }
                    if let api = links.api("/api") { Node.element("li") { Node.element("a", ["href": api]) { "API" } } }
                }
            }
        }
    }

    static let footer: Node = .element("footer", ["class": "site"]) {
        Node.element("p") {
            "Data: A. Jetybayeva, B. Uzakbaiuly, A. Mukanova, S.-T. Myung and Z. Bakenov, "
            Node.element("cite") {
                "Recent advancements in solid electrolytes integrated into all-solid-state 2D and 3D lithium-ion microbatteries"
            }
            ", J. Mater. Chem. A, 2021, 9, 15140–15178, "
            Node.element("a", ["href": "https://doi.org/\(reviewDOI)"]) { "doi:\(reviewDOI)" }
            "."
        }
        Node.element("p") {
            "The review is open access under the Creative Commons Attribution-NonCommercial 3.0 Unported licence (CC BY-NC 3.0). "
            "Values are given as the review prints them, beside the atlas's parsed reading; each record cites the original work by its reference number in the review. "
            "Records marked “import” were added by users of this server and are not from the review."
        }
    }
}
