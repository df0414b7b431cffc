import AtlasStore

/// `/api`: the JSON API's endpoints, read from the OpenAPI document so the page and the document
/// cannot disagree, with examples to try.
enum APIPage {
    static func render(_ document: JSONValue, writable: Bool) -> Node {
        Layout.page(title: "API", section: nil) {
            Node.element("h1") { "JSON API" }
            Node.element("p", ["class": "lead"]) {
                "Everything the pages show is available as JSON under "
                Node.element("code") { "/api/v1" }
                ". Records use the same schema as "
                Node.element("code") { "mbatlas list --format json" }
                " and filters the same "
                Node.element("code") { "--where" }
                " language. The full description is the OpenAPI 3.1 document: "
                Node.element("a", ["href": "/api/openapi.yaml"]) { "openapi.yaml" }
                " ("
                Node.element("a", ["href": "/api/openapi.json"]) { "JSON" }
                ")."
            }
            Node.element("p") {
                writable
                    ? "This server accepts imports: POST /api/v1/records with Authorization: Bearer TOKEN."
                    : "This server is read-only: POST /api/v1/records answers 403."
            }
            Node.element("div", ["class": "table-scroll"]) {
                Node.element("table") {
                    Node.element("thead") {
                        Node.element("tr") {
                            for t in ["method", "path", "what it does", "parameters"] {
                                Node.element("th", ["scope": "col"]) { t }
                            }
                        }
                    }
                    Node.element("tbody") {
                        for op in operations(document) {
                            Node.element("tr") {
                                Node.element("td") { Node.element("code") { op.method.uppercased() } }
                                Node.element("td") {
                                    if op.method == "get" && !op.path.contains("{") {
                                        Node.element("a", ["href": op.path]) { Node.element("code") { op.path } }
                                    } else {
                                        Node.element("code") { op.path }
                                    }
                                }
                                Node.element("td") { op.summary }
                                Node.element("td") { op.parameters.joined(separator: ", ") }
                            }
                        }
                    }
                }
            }
            Node.element("h2") { "Examples" }
            Node.element("ul") {
                for (label, href) in examples {
                    Node.element("li") {
                        label + ": "
                        Node.element("a", ["href": href]) { Node.element("code") { href } }
                    }
                }
            }
            Node.element("p") {
                "Errors are "
                Node.element("code") { "{\"error\": \"…\", \"position\": N}" }
                " with a 4xx status; "
                Node.element("code") { "position" }
                " (the column of the filter text) is present only for filter errors."
            }
        }
    }

    static let examples: [(String, String)] = [
        ("3D records", "/api/v1/records?where=structure%20%3D%203D"),
        ("the same as CSV", "/api/v1/records?where=structure%20%3D%203D&format=csv"),
        ("longest-cycling first, 5 records", "/api/v1/records?sort=cycles:desc&limit=5"),
        ("record 1 in full", "/api/v1/records/1"),
        ("reference 56 as BibTeX", "/api/v1/references/56.bib"),
        (
            "a planar LiCoO₂/LiPON/Li cell of 1 mm²",
            "/api/v1/design?cathode=LiCoO2:1um&electrolyte=LiPON:1.5um&anode=Li&area=1mm2"
        ),
        ("the Ragone plot of the 3D cells", "/api/v1/figures/ragone.svg?where=structure%20%3D%203D"),
        ("screening with the review's criteria", "/api/v1/screen"),
        ("the Pareto front on capacity and cycle life", "/api/v1/rank"),
        ("statistics per family", "/api/v1/families/statistics"),
        (
            "a 3D pillar cell at five rates",
            "/api/v1/simulate?geometry=pillars:d%3D2um,gap%3D6um,h%3D20um&rates=0.1,1,5,10,50"
        ),
        ("LLZO at 25 °C", "/api/v1/conductivity?composition=Li7La3Zr2O12&at=25C"),
        ("the conductivity sources and their licences", "/api/v1/sources"),
        ("a filter error", "/api/v1/records?where=conductivty%20%3E%201e-6"),
    ]

    struct Operation {
        let method: String
        let path: String
        let summary: String
        let parameters: [String]
    }

    static func operations(_ document: JSONValue) -> [Operation] {
        guard case .object(let top) = document, let paths = top.first(where: { $0.0 == "paths" })?.1,
            case .object(let entries) = paths
        else { return [] }
        var result: [Operation] = []
        for (path, item) in entries {
            guard case .object(let methods) = item else { continue }
            for (method, op) in methods {
                guard case .object(let fields) = op else { continue }
                var summary = ""
                if case .string(let s)? = fields.first(where: { $0.0 == "summary" })?.1 { summary = s }
                var parameters: [String] = []
                if case .array(let list)? = fields.first(where: { $0.0 == "parameters" })?.1 {
                    for p in list {
                        if case .object(let pf) = p, case .string(let name)? = pf.first(where: { $0.0 == "name" })?.1 {
                            parameters.append(name)
                        }
                    }
                }
                result.append(Operation(method: method, path: path, summary: summary, parameters: parameters))
            }
        }
        return result
    }
}
