import AtlasAnalysis
import AtlasData
import AtlasStore

/// The home page: what the atlas is, its counts and ranges, and ways in.
enum HomePage {
    static func render(_ summary: AtlasSummary, families: Int, techniques: Int) -> Node {
        Layout.page(title: "Microbattery Atlas", section: .home) {
            Node.element("h1") { "Microbattery Atlas" }
            Node.element("p", ["class": "lead"]) {
                "Solid electrolytes in 2D and 3D all-solid-state lithium microbatteries, as data: every cell the review "
                "“Recent advancements in solid electrolytes integrated into all-solid-state 2D and 3D lithium-ion microbatteries” "
                "(Jetybayeva et al., J. Mater. Chem. A, 2021) collects in its Table 2, with the values as printed beside their parsed "
                "readings in consistent units, the electrolyte families and deposition methods it compares, and its 310 references."
            }
            Node.element("ul", ["class": "stats"]) {
                stat(summary.recordCount, "records", href: "/records")
                stat(summary.reviewRecords, "from the review's Table 2", href: "/records?where=origin%20%3D%20review")
                if summary.importedRecords > 0 {
                    stat(summary.importedRecords, "imported", href: "/records?where=origin%20%3D%20import")
                }
                stat(families, "electrolyte family profiles", href: "/families")
                stat(techniques, "preparation techniques", href: "/methods")
                stat(summary.referenceCount, "references cited by records", href: "/references")
            }
            Node.element("h2") { "Browse" }
            Node.element("ul", ["class": "examples"]) {
                for (label, filter) in examples {
                    Node.element("li") {
                        Node.element("a", ["href": QueryString([("where", filter)]).url("/records")]) { label }
                    }
                }
            }
            Node.element("div", ["class": "columns"]) {
                Node.element("section") {
                    Node.element("h2") { "By class" }
                    counts(summary.byClass.map { ($0.electrolyteClass.rawValue, $0.count, "class = \($0.electrolyteClass.rawValue)") })
                    Node.element("h2") { "By architecture" }
                    counts(summary.byArchitecture.map {
                        ($0.architecture?.rawValue ?? "not stated", $0.count,
                         $0.architecture.map { "structure = \($0.rawValue)" } ?? "structure is na")
                    })
                }
                Node.element("section") {
                    Node.element("h2") { "By family" }
                    counts(summary.byFamily.map { ($0.family.rawValue, $0.count, "family = \($0.family.rawValue)") })
                }
            }
            Node.element("h2") { "Ranges over all records" }
            ranges(summary)
            Node.element("p", ["class": "hint"]) {
                "Everything here is also available as JSON: see the "
                Node.element("a", ["href": "/api"]) { "API" }
                " and its "
                Node.element("a", ["href": "/api/openapi.yaml"]) { "OpenAPI document" }
                "."
            }
        }
    }

    static let examples: [(String, String)] = [
        ("3D microbatteries", "structure = 3D"),
        ("LiPON and its variants", "family = LiPON"),
        ("σ ≥ 1 µS cm⁻¹", "conductivity >= 1 uS/cm"),
        ("more than 1000 cycles", "cycles > 1000"),
        ("atomic layer deposition", "method = ALD"),
        ("polymer electrolytes", "class = polymer"),
    ]

    static func stat(_ value: Int, _ label: String, href: String) -> Node {
        .element("li") {
            Node.element("a", ["href": href]) {
                Node.element("span", ["class": "value"]) { String(value) }
            }
            Node.element("span", ["class": "label"]) { label }
        }
    }

    static func counts(_ rows: [(String, Int, String)]) -> Node {
        .element("table", ["class": "kv"]) {
            Node.element("tbody") {
                for (label, count, filter) in rows {
                    Node.element("tr") {
                        Node.element("th", ["scope": "row"]) { label }
                        Node.element("td", ["class": "num"]) {
                            Node.element("a", ["href": QueryString([("where", filter)]).url("/records")]) { Format.count(count, "record") }
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
