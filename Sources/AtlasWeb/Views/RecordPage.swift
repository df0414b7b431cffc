import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasFigures
import AtlasStore
import Foundation

/// `/records/{id}`: every printed value beside its parsed value and canonical unit, where each
/// came from (table or prose), the values the atlas derives with their provenance (what
/// `mbatlas show` prints), the curator's notes and the full citation with BibTeX.
enum RecordPage {
    static func render(_ stored: StoredRecord, reference: Reference?, metrics: RecordMetrics, links: Links) -> Node {
        let r = stored.record
        return Layout.page(title: "Record \(r.id): \(r.electrolyte)", section: .records, links: links) {
            Node.element("p", ["class": "meta"]) {
                Node.element("a", ["href": links.section(.records)!]) { "Records" }
                " › record \(r.id)"
            }
            Node.element("h1") {
                r.electrolyte
                if let composition = r.composition, !r.electrolyte.contains(composition) { " (\(composition))" }
            }
            Node.element("p", ["class": "meta"]) { origin(stored) }
            identity(r, links: links)
            Node.element("h2") { "Values" }
            Node.element("p", ["class": "hint"]) {
                "Each value as the review prints it, as the atlas reads it, and in the canonical unit used for filtering and sorting. "
                "Values marked "
                Node.element("span", ["class": "tag prose"]) { "prose" }
                " were reconstructed from the review's text because the table cell was lost or garbled."
            }
            values(stored)
            derived(metrics)
            if !r.notes.isEmpty {
                Node.element("h2") { "Curator's notes" }
                Node.element("ul") {
                    for note in r.notes {
                        Node.element("li") {
                            Node.element("strong") { note.field }
                            ": "
                            if let extracted = note.extracted {
                                "extracted “"
                                Node.element("code") { extracted }
                                "” — "
                            }
                            note.text
                            if let prose = note.prose { " (prose: \(prose))" }
                        }
                    }
                }
            }
            Node.element("h2") { "Source" }
            citation(r, reference, links: links)
            if let api = links.api("/api/v1/records/\(r.id)") {
                Node.element("p", ["class": "hint"]) {
                    "This record as JSON (with the derived values): "
                    Node.element("a", ["href": api]) { Node.element("code") { api } }
                }
            }
        }
    }

    /// The derived values, each with the formula used, its inputs and their sources, and caveats.
    static func derived(_ metrics: RecordMetrics) -> Node {
        let all = metrics.all
        return .fragment([
            .element("h2", ["id": "derived"]) { "Derived values" },
            .element("p", ["class": "hint"]) {
                "Computed by the atlas from the values above (docs/ANALYSIS.md): each says which formula it used "
                "and what "
                "went in. A value whose input is missing is left out, never shown as zero."
            },
            all.isEmpty
                ? .element("p") { "Nothing can be derived from this record's values." }
                : .element("div", ["class": "table-scroll"]) {
                    Node.element("table", ["class": "derived"]) {
                        Node.element("thead") {
                            Node.element("tr") {
                                for title in ["quantity", "value", "how it was obtained", "inputs"] {
                                    Node.element("th", ["scope": "col"]) { title }
                                }
                            }
                        }
                        Node.element("tbody") {
                            for (name, value) in all {
                                Node.element("tr") {
                                    Node.element(
                                        "th",
                                        ["scope": "row"]
                                    ) { name.split(separator: "_").joined(separator: " ") }
                                    Node.element("td", ["class": "num"]) { value.text }
                                    Node.element("td") {
                                        value.provenance
                                        for flag in value.flags {
                                            Node.void("br")
                                            Node.element("span", ["class": "tag flag"]) { "⚠ " + flag }
                                        }
                                    }
                                    Node.element("td") {
                                        if value.inputs.isEmpty {
                                            "—"
                                        } else {
                                            Node.element("ul", ["class": "inputs"]) {
                                                for input in value.inputs { Node.element("li") { input } }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                },
        ])
    }

    static func origin(_ stored: StoredRecord) -> Node {
        switch stored.origin {
        case .review:
            return .text("Table 2 of the review, entry \(stored.record.id)")
        case .imported(let file, let at):
            let date = ISO8601DateFormatter().string(from: at)
            return .fragment([
                .element("span", ["class": "tag import"]) { "import" },
                .text(" imported from \(file) on \(date); not part of the review"),
            ])
        }
    }

    static func identity(_ r: MicrobatteryRecord, links: Links) -> Node {
        .element("table", ["class": "kv"]) {
            Node.element("tbody") {
                kv("Family") {
                    links.anchor(
                        links.section(
                            .families,
                            fragment: "family-\(anchor(r.family.rawValue))")
                    ) { r.family.rawValue }
                    " (\(r.electrolyteClass.rawValue))"
                }
                if !r.variants.isEmpty {
                    kv("Variants") {
                        r.variants.enumerated().map { "[\($0.offset)] \($0.element)" }.joined(separator: "; ")
                    }
                }
                kv("Preparation method") {
                    r.methodPrinted
                    if !r.methods.isEmpty {
                        " → "
                        for (i, m) in r.methods.enumerated() {
                            if i > 0 { ", " }
                            links.anchor(links.section(.methods, fragment: "method-\(m.rawValue)")) { m.name }
                        }
                    }
                    if r.methodSource == "prose" {
                        " "
                        Node.element("span", ["class": "tag prose"]) { "prose" }
                    }
                }
                kv("Conditions") { r.conditions ?? "—" }
                for cell in r.cells {
                    kv("Cell") {
                        Node.element("code") { cell.printed }
                        Node.void("br")
                        "anode \(cell.anode ?? "—") · electrolyte \(cell.electrolyte ?? "—") · cathode \(cell.cathode ?? "—")"
                        if !cell.layers.isEmpty { " · layers: " + cell.layers.joined(separator: ", ") }
                        if cell.source == "prose" {
                            " "
                            Node.element("span", ["class": "tag prose"]) { "prose" }
                        }
                    }
                }
                kv("Structure") {
                    r.structure.printed
                    if let a = r.structure.architecture { " → \(a.rawValue)" }
                    if let d = r.structure.detail { " (\(d))" }
                }
            }
        }
    }

    static func kv(_ label: String, @NodeBuilder _ value: () -> [Node]) -> Node {
        .element("tr") {
            Node.element("th", ["scope": "row"]) { label }
            Node.element("td") { value() }
        }
    }

    static let quantityColumns: [(String, MicrobatteryRecord.QuantityColumn)] = [
        ("electrolyte thickness", .electrolyteThickness), ("cathode thickness", .cathodeThickness),
        ("ionic conductivity", .conductivity), ("initial discharge capacity", .capacity), ("voltage window", .voltage),
        ("current", .current), ("cycles", .cycles), ("capacity retention", .retention),
    ]

    static func values(_ stored: StoredRecord) -> Node {
        let r = stored.record
        return .element("div", ["class": "table-scroll"]) {
            Node.element("table") {
                Node.element("thead") {
                    Node.element("tr") {
                        for title in ["quantity", "as printed", "parsed", "canonical", "kind", "condition", "source"] {
                            Node.element("th", ["scope": "col"]) { title }
                        }
                    }
                }
                Node.element("tbody") {
                    for (label, column) in quantityColumns {
                        let cells = r.cells(in: column)
                        if cells.isEmpty {
                            Node.element("tr") {
                                Node.element("th", ["scope": "row"]) { label }
                                Node.element("td", ["colspan": "6", "class": "hint"]) {
                                    stored.missingValueText(column)
                                }
                            }
                        }
                        for cell in cells {
                            Node.element("tr") {
                                Node.element("th", ["scope": "row"]) { label }
                                Node.element("td") { cell.printed }
                                Node.element("td") { Format.parsed(cell) }
                                Node.element("td") { Format.canonical(cell) ?? "" }
                                Node.element("td") { cell.kind?.name ?? "" }
                                Node.element("td") { condition(cell, r) }
                                Node.element("td") {
                                    switch cell.provenance {
                                    case .prose: Node.element("span", ["class": "tag prose"]) { "prose" }
                                    case .table: "table"
                                    case .imported: "imported file"
                                    }
                                    if let prose = cell.prose {
                                        Node.void("br")
                                        "prose says: \(prose)"
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The condition printed with a value and the variant it belongs to.
    static func condition(_ cell: ReportedCell, _ r: MicrobatteryRecord) -> String {
        var parts: [String] = []
        if let c = cell.condition { parts.append(c) }
        if let v = cell.variant, r.variants.indices.contains(v) { parts.append("variant: \(r.variants[v])") }
        return parts.joined(separator: "; ")
    }

    static func citation(_ r: MicrobatteryRecord, _ reference: Reference?, links: Links) -> Node {
        if let reference {
            return .fragment([
                .element("p") {
                    Node.element("a", ["href": links.reference(reference.number)]) { "Reference \(reference.number)" }
                    " of the review: "
                    reference.printed
                },
                reference.note.map { note in
                    .element("p", ["class": "hint"]) { "Curator's note on this reference: \(note)" }
                } ?? .empty,
                .element("h3") { "BibTeX" },
                .element("pre") { Node.element("code") { Citations.bibtex(reference) } },
            ])
        }
        guard r.citation != nil || r.doi != nil else { return .element("p") { "No source given." } }
        return .fragment([
            .element("p") {
                r.citation ?? ""
                if let doi = r.doi {
                    " "
                    Node.element("a", ["href": "https://doi.org/" + QueryString.encodePath(doi)]) { "doi:\(doi)" }
                }
            },
            .element("h3") { "BibTeX" },
            .element("pre") {
                Node.element("code") { Citations.bibtex(recordID: r.id, citation: r.citation, doi: r.doi) }
            },
        ])
    }

    /// `solid polymer` → `solid-polymer`, for fragment identifiers.
    static func anchor(_ name: String) -> String { FigureContext.anchor(name) }
}
