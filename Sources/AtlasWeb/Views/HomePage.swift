import AtlasAnalysis
import AtlasData
import AtlasFigures
import AtlasStore

/// The home page: what the atlas is, its counts, the headline figures (the Ragone plot and the
/// spider chart, inline), the ranges, and ways in. A static report's `index.html` is the same page
/// with its `note` (what the report covers) under the title.
enum HomePage {
    static func render(
        _ summary: AtlasSummary, families: Int, techniques: Int, figures: [FigureView.Item], links: Links,
        note: Node? = nil
    ) -> Node {
        Layout.page(title: "Microbattery Atlas", section: .home, links: links) {
            Node.element("h1") { "Microbattery Atlas" }
            if let note { note }
            Node.element("p", ["class": "lead"]) {
                "Solid electrolytes in 2D and 3D all-solid-state lithium microbatteries, as data: every cell the review "
                "“Recent advancements in solid electrolytes integrated into all-solid-state 2D and 3D lithium-ion microbatteries” "
                "(Jetybayeva et al., J. Mater. Chem. A, 2021) collects in its Table 2, with the values as printed beside their parsed "
                "readings in consistent units, the electrolyte families and deposition methods it compares, and its 310 references."
            }
            Node.element("ul", ["class": "stats"]) {
                stat(summary.recordCount, "records", href: links.section(.records))
                stat(summary.reviewRecords, "from the review's Table 2", href: links.records(where: "origin = review"))
                if summary.importedRecords > 0 {
                    stat(summary.importedRecords, "imported", href: links.records(where: "origin = import"))
                }
                stat(families, "electrolyte family profiles", href: links.section(.families))
                stat(techniques, "preparation techniques", href: links.section(.methods))
                stat(summary.referenceCount, "references cited by records", href: links.section(.references))
            }
            if links.isServer {
                Node.element("h2") { "Browse" }
                Node.element("ul", ["class": "examples"]) {
                    for (label, filter) in examples {
                        Node.element("li") {
                            links.anchor(links.records(where: filter)) { label }
                        }
                    }
                }
            }
            if !figures.isEmpty {
                Node.element("h2") { "Headline figures" }
                Node.element("p", ["class": "hint"]) {
                    "The review's Fig. 10a and 10b redrawn from the records; every mark of the Ragone plot links to "
                    "its record. "
                    links.anchor(links.section(.figures)) { "All figures" }
                    "."
                }
                Node.element("div", ["class": "figure-pair"]) {
                    for item in figures { FigureView.render(item, links: links, heading: false) }
                }
            }
            Node.element("div", ["class": "columns"]) {
                Node.element("section") {
                    Node.element("h2") { "By class" }
                    counts(
                        summary.byClass.map {
                            (
                                $0.electrolyteClass.rawValue, $0.count,
                                "class = \($0.electrolyteClass.rawValue)"
                            )
                        }, links: links)
                    Node.element("h2") { "By architecture" }
                    counts(
                        summary.byArchitecture.map {
                            (
                                $0.architecture?.rawValue ?? "not stated", $0.count,
                                $0.architecture.map { "structure = \($0.rawValue)" } ?? "structure is na"
                            )
                        }, links: links)
                }
                Node.element("section") {
                    Node.element("h2") { "By family" }
                    counts(
                        summary.byFamily.map { ($0.family.rawValue, $0.count, "family = \($0.family.rawValue)") },
                        links: links)
                }
            }
            Node.element("h2") { links.isServer ? "Ranges over all records" : "Ranges over the report's records" }
            ranges(summary)
            if links.isServer {
                Node.element("p", ["class": "hint"]) {
                    "Everything here is also available as JSON: see the "
                    Node.element("a", ["href": "/api"]) { "API" }
                    " and its "
                    Node.element("a", ["href": "/api/openapi.yaml"]) { "OpenAPI document" }
                    "."
                }
            }
        }
    }

    /// The figures the home page shows: Fig. 10a and 10b of the review.
    static let headlineFigures: [FigureName] = [.ragone, .spider]

    static let examples: [(String, String)] = [
        ("3D microbatteries", "structure = 3D"),
        ("LiPON and its variants", "family = LiPON"),
        ("σ ≥ 1 µS cm⁻¹", "conductivity >= 1 uS/cm"),
        ("more than 1000 cycles", "cycles > 1000"),
        ("atomic layer deposition", "method = ALD"),
        ("polymer electrolytes", "class = polymer"),
    ]

    static func stat(_ value: Int, _ label: String, href: String?) -> Node {
        .element("li") {
            Links.server.anchor(href) {
                Node.element("span", ["class": "value"]) { String(value) }
            }
            Node.element("span", ["class": "label"]) { label }
        }
    }

    static func counts(_ rows: [(String, Int, String)], links: Links) -> Node {
        .element("table", ["class": "kv"]) {
            Node.element("tbody") {
                for (label, count, filter) in rows {
                    Node.element("tr") {
                        Node.element("th", ["scope": "row"]) { label }
                        Node.element("td", ["class": "num"]) {
                            links.anchor(links.records(where: filter)) { Format.count(count, "record") }
                        }
                    }
                }
            }
        }
    }

    static func ranges(_ s: AtlasSummary) -> Node {
        let rows: [(String, Statistics?, String)] = [
            ("ionic conductivity", s.conductivity, "S cm⁻¹"),
            ("capacity, areal", s.capacityAreal, "µA h cm⁻²"),
            ("capacity, per µm of cathode", s.capacityVolumetric, "µA h cm⁻² µm⁻¹"),
            ("capacity, specific", s.capacitySpecific, "mA h g⁻¹"),
            ("capacity, absolute", s.capacityCharge, "µA h"),
            ("cycles", s.cycles, ""),
            ("capacity retention", s.retention, "%"),
        ]
        return .element("div", ["class": "table-scroll"]) {
            Node.element("table") {
                Node.element("thead") {
                    Node.element("tr") {
                        Node.element("th", ["scope": "col"]) { "quantity" }
                        Node.element("th", ["scope": "col", "class": "num"]) { "records with a value" }
                        Node.element("th", ["scope": "col", "class": "num"]) { "min" }
                        Node.element("th", ["scope": "col", "class": "num"]) { "median" }
                        Node.element("th", ["scope": "col", "class": "num"]) { "max" }
                        Node.element("th", ["scope": "col"]) { "unit" }
                    }
                }
                Node.element("tbody") {
                    for (label, st, unit) in rows {
                        Node.element("tr") {
                            Node.element("th", ["scope": "row"]) { label }
                            Node.element("td", ["class": "num"]) { Format.integer(st?.count ?? 0) }
                            Node.element("td", ["class": "num"]) { Format.number(st?.min) }
                            Node.element("td", ["class": "num"]) { Format.number(st?.median) }
                            Node.element("td", ["class": "num"]) { Format.number(st?.max) }
                            Node.element("td") { unit }
                        }
                    }
                }
            }
        }
    }
}
