import AtlasCore
import AtlasData
import AtlasStore

/// Every record of a static report in one table, each with its citation in full (the report has
/// no filter box or pages; the server's `/records` has).
enum RecordIndexPage {
    static func render(_ records: [StoredRecord], references: [Int: Reference], scope: String?, links: Links) -> Node {
        Layout.page(title: "Records", section: .records, links: links) {
            Node.element("h1") { "Records" }
            Node.element("p", ["class": "lead"]) {
                "Every record of this report with the values that identify it and the work it comes from. Each "
                "record's page has every printed value beside its parsed reading, the derived values and the BibTeX "
                "entry."
            }
            if let scope { Node.element("p", ["class": "meta"]) { scope } }
            Node.element("div", ["class": "table-scroll"]) {
                Node.element("table", ["class": "records"]) {
                    Node.element("thead") {
                        Node.element("tr") {
                            for (title, numeric) in columns {
                                Node.element("th", ["scope": "col", "class": numeric ? "num" : ""]) { title }
                            }
                        }
                    }
                    Node.element("tbody") {
                        for stored in records { row(stored, references: references, links: links) }
                    }
                }
            }
        }
    }

    /// The citation comes right after the electrolyte and the cell, so that it is on screen without
    /// scrolling sideways; the numbers follow.
    static let columns: [(String, Bool)] = [
        ("id", true), ("electrolyte", false), ("cell", false), ("source", false), ("family", false), ("method", false),
        ("σ (S cm⁻¹)", true), ("arch.", false), ("capacity (as printed)", false), ("cycles", true),
        ("retention (%)", true),
    ]

    static func row(_ stored: StoredRecord, references: [Int: Reference], links: Links) -> Node {
        let r = stored.record
        let p = r.primary
        return .element("tr") {
            Node.element("td", ["class": "num"]) { Node.element("a", ["href": links.record(r.id)]) { String(r.id) } }
            Node.element("td") {
                Node.element("a", ["href": links.record(r.id)]) { r.electrolyte }
                if case .imported = stored.origin {
                    " "
                    Node.element("span", ["class": "tag import"]) { "import" }
                }
            }
            Node.element("td") { r.primaryCell?.printed ?? "—" }
            Node.element("td", ["class": "citation"]) { citation(r, references: references, links: links) }
            Node.element("td") { r.family.rawValue }
            Node.element("td") {
                r.methods.isEmpty ? r.methodPrinted : r.methods.map(\.abbreviation).joined(separator: " + ")
            }
            Node.element("td", ["class": "num"]) { Format.number(p.conductivity, digits: 2) }
            Node.element("td") { r.structure.architecture?.rawValue ?? "—" }
            Node.element("td") { r.capacity.first?.printed ?? "—" }
            Node.element("td", ["class": "num"]) { Format.integer(p.cycles) }
            Node.element("td", ["class": "num"]) { Format.number(p.retention, digits: 3) }
        }
    }

    /// "ref. 56: J. B. Bates, …", or the record's own citation and DOI.
    static func citation(_ r: MicrobatteryRecord, references: [Int: Reference], links: Links) -> Node {
        if let n = r.ref {
            return .fragment([
                .element("a", ["href": links.reference(n)]) { "ref. \(n)" },
                .text(references[n].map { ": " + $0.printed } ?? ""),
            ])
        }
        var parts: [Node] = []
        if let c = r.citation { parts.append(.text(c)) }
        if let doi = r.doi {
            if !parts.isEmpty { parts.append(.text(" ")) }
            parts.append(.element("a", ["href": "https://doi.org/" + QueryString.encodePath(doi)]) { "doi:\(doi)" })
        }
        return parts.isEmpty ? .text("—") : .fragment(parts)
    }
}
