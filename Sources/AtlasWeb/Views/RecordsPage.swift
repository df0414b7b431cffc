import AtlasCore
import AtlasStore

/// `/records`: the filter box (the `--where` language), the sortable, paginated table and the
/// download links for exactly the filtered set.
struct RecordsPage {
    /// A column of the table and the `--sort` field its header sorts by (nil: not sortable).
    struct Column {
        let title: String
        let sortField: String?
        let numeric: Bool
    }

    static let columns: [Column] = [
        .init(title: "id", sortField: "id", numeric: true),
        .init(title: "electrolyte", sortField: "electrolyte", numeric: false),
        .init(title: "family", sortField: "family", numeric: false),
        .init(title: "method", sortField: "method", numeric: false),
        .init(title: "σ (S\u{00A0}cm⁻¹)", sortField: "conductivity", numeric: true),
        .init(title: "thickness (µm)", sortField: "thickness", numeric: true),
        .init(title: "cell", sortField: "cell", numeric: false),
        .init(title: "arch.", sortField: "structure", numeric: false),
        .init(title: "capacity (as printed)", sortField: nil, numeric: false),
        .init(title: "cycles", sortField: "cycles", numeric: true),
        .init(title: "retention (%)", sortField: "retention", numeric: true),
        .init(title: "ref.", sortField: "ref", numeric: true),
    ]

    /// The filter text as typed (kept in the box, also when it is wrong).
    var filterText: String
    /// The single sort key in force (`cycles:desc`), if any.
    var sort: String?
    var rows: [RecordSummary]
    var total: Int
    var page: Int
    var pageSize: Int
    /// The filter's error, when it could not be read.
    var error: WebError?

    var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }

    /// The parameters that select the set (filter and order), without the page.
    var selection: QueryString {
        QueryString([("where", filterText), ("sort", sort ?? "")])
    }

    func render() -> Node {
        Layout.page(title: filterText.isEmpty ? "Records" : "Records where \(filterText)", section: .records) {
            Node.element("h1") { "Records" }
            filterForm
            if let error {
                errorBox(error)
            } else {
                resultBar
                table
                pager
            }
            fieldHelp
        }
    }

    var filterForm: Node {
        .element("form", ["class": "filter", "method": "get", "action": "/records", "role": "search"]) {
            Node.element("label", ["for": "where"]) { "Filter" }
            Node.void(
                "input",
                [
                    Attribute("type", "text"), Attribute("id", "where"), Attribute("name", "where"),
                    Attribute("value", filterText),
                    Attribute("placeholder", "e.g. structure = 3D and conductivity >= 1 uS/cm"),
                    Attribute("aria-describedby", "where-help"), Attribute("spellcheck", "false"),
                    Attribute("autocomplete", "off"), Attribute("autocapitalize", "off"),
                ])
            if let sort { Node.void("input", ["type": "hidden", "name": "sort", "value": sort]) }
            Node.element("button", ["type": "submit"]) { "Apply" }
            if !filterText.isEmpty || sort != nil {
                Node.element("a", ["class": "button secondary", "href": "/records"]) { "Clear" }
            }
        }
    }

    func errorBox(_ error: WebError) -> Node { FilterErrorView.box(error, filterText: filterText) }

    var resultBar: Node {
        let first = total == 0 ? 0 : (page - 1) * pageSize + 1
        let last = min(total, page * pageSize)
        let download = QueryString([("where", filterText), ("sort", sort ?? "")])
        return .element("div", ["class": "result-bar"]) {
            Node.element("p", ["aria-live": "polite"]) {
                if total == 0 {
                    "No record matches this filter."
                } else {
                    "Showing \(first)–\(last) of "
                    Node.element("strong") { Format.count(total, "record") }
                    filterText.isEmpty ? "." : " matching the filter."
                }
            }
            Node.element("p") {
                "Download the \(total == 1 ? "record" : "\(total) records"): "
                Node.element(
                    "a",
                    [
                        "href": download.setting("format", "csv").url("/api/v1/records"),
                        "download": "mbatlas-records.csv",
                    ]
                ) { "CSV" }
                " · "
                Node.element("a", ["href": download.url("/api/v1/records"), "download": "mbatlas-records.json"]) {
                    "JSON"
                }
            }
        }
    }

    var table: Node {
        .element("div", ["class": "table-scroll"]) {
            Node.element("table", ["class": "records"]) {
                Node.element("caption", ["class": "skip"]) { "Records, \(sortDescription)" }
                Node.element("thead") {
                    Node.element("tr") { for c in Self.columns { header(c) } }
                }
                Node.element("tbody") { for r in rows { row(r) } }
            }
        }
    }

    var sortDescription: String {
        guard let sort else { return "in Table 2 order" }
        let parts = sort.split(separator: ":")
        return "sorted by \(parts[0])\(parts.count > 1 && parts[1] == "desc" ? ", descending" : "")"
    }

    /// A header links to the same set sorted by its column: ascending first, then descending.
    func header(_ c: Column) -> Node {
        let cls = c.numeric ? "num" : ""
        guard let field = c.sortField else { return .element("th", ["scope": "col", "class": cls]) { c.title } }
        let ascending = sort == field || sort == field + ":asc"
        let descending = sort == field + ":desc"
        let next = ascending ? field + ":desc" : field
        let href = selection.setting("sort", next).url("/records")
        var attributes: [Attribute] = [Attribute("scope", "col"), Attribute("class", cls)]
        if ascending { attributes.append(Attribute("aria-sort", "ascending")) }
        if descending { attributes.append(Attribute("aria-sort", "descending")) }
        return .element("th", attributes) {
            Node.element("a", ["href": href, "title": "Sort by \(field)\(ascending ? ", descending" : "")"]) {
                c.title
                if ascending { Node.element("span", ["class": "dir", "aria-hidden": "true"]) { " ▲" } }
                if descending { Node.element("span", ["class": "dir", "aria-hidden": "true"]) { " ▼" } }
            }
        }
    }

    func row(_ r: RecordSummary) -> Node {
        let methods = r.methods.compactMap { PreparationMethod(rawValue: $0)?.abbreviation }.joined(separator: " + ")
        return .element("tr") {
            Node.element("td", ["class": "num"]) {
                Node.element(
                    "a",
                    ["href": Links.server.record(r.id)]
                ) { String(r.id) }
            }
            Node.element("td") {
                Node.element("a", ["href": Links.server.record(r.id)]) { r.electrolyte }
                if r.origin == "import" {
                    " "
                    Node.element("span", ["class": "tag import"]) { "import" }
                }
            }
            Node.element("td") { r.family }
            Node.element("td") { methods.isEmpty ? (r.method ?? "—") : methods }
            Node.element("td", ["class": "num"]) { Format.number(r.conductivity, digits: 2) }
            Node.element("td", ["class": "num"]) { Format.number(r.thickness, digits: 3) }
            Node.element("td") { r.cell ?? "—" }
            Node.element("td") { r.structure ?? "—" }
            Node.element("td") { r.capacityRaw ?? "—" }
            Node.element("td", ["class": "num"]) { Format.integer(r.cycles) }
            Node.element("td", ["class": "num"]) { Format.number(r.retention, digits: 3) }
            Node.element("td", ["class": "num"]) {
                if let ref = r.ref {
                    Node.element("a", ["href": Links.server.reference(ref)]) { String(ref) }
                } else {
                    r.doi != nil ? "doi" : "—"
                }
            }
        }
    }

    var pager: Node {
        guard pageCount > 1 else { return .empty }
        func link(_ label: String, _ target: Int, rel: String? = nil) -> Node {
            guard target != page, (1...pageCount).contains(target) else {
                return .element("span", ["aria-disabled": "true"]) { label }
            }
            var attributes: [Attribute] = [Attribute("href", selection.setting("page", String(target)).url("/records"))]
            if let rel { attributes.append(Attribute("rel", rel)) }
            return .element("a", attributes) { label }
        }
        return .element("nav", ["class": "pager", "aria-label": "Pages"]) {
            link("« First", 1)
            link("‹ Previous", page - 1, rel: "prev")
            Node.element("span") { "Page \(page) of \(pageCount)" }
            link("Next ›", page + 1, rel: "next")
            link("Last »", pageCount)
        }
    }

    var fieldHelp: Node {
        .element("details", ["class": "fields", "id": "where-help"]) {
            Node.element("summary") { "Filter language: fields, operators and examples" }
            Node.element("p") {
                "Combine comparisons with "
                Node.element("code") { "and" }
                ", "
                Node.element("code") { "or" }
                ", "
                Node.element("code") { "not" }
                " and parentheses. Operators: "
                Node.element("code") { "= != < <= > >= ~ (contains) !~ in (…) between … and … is na" }
                ". Quantities take any unit of their kind ("
                Node.element("code") { "conductivity >= 1 uS/cm" }
                "); bare numbers are in the canonical unit. The same language as "
                Node.element("code") { "mbatlas list --where" }
                "."
            }
            Node.element("div", ["class": "table-scroll"]) {
                Node.element("table") {
                    Node.element("thead") {
                        Node.element("tr") {
                            Node.element("th", ["scope": "col"]) { "field" }
                            Node.element("th", ["scope": "col"]) { "type" }
                            Node.element("th", ["scope": "col"]) { "meaning" }
                            Node.element("th", ["scope": "col"]) { "example" }
                        }
                    }
                    Node.element("tbody") {
                        for f in QueryField.all {
                            Node.element("tr") {
                                Node.element("td") {
                                    Node.element("code") { f.name }
                                    if !f.aliases.isEmpty {
                                        Node.element("span", ["class": "hint"]) {
                                            " (" + f.aliases.joined(separator: ", ") + ")"
                                        }
                                    }
                                }
                                Node.element("td") { f.typeDescription }
                                Node.element("td") { f.summary }
                                Node.element("td") {
                                    Node.element("a", ["href": QueryString([("where", f.example)]).url("/records")]) {
                                        Node.element("code") { f.example }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
