import AtlasData

/// `/references`: the review's reference list as printed, each with the records citing it.
enum ReferencesPage {
    static func render(_ references: [Reference], citing: [Int: [Int]], links: Links) -> Node {
        Layout.page(title: "References", section: .references, links: links) {
            Node.element("h1") { "References" }
            Node.element("p", ["class": "lead"]) {
                "The \(references.count) references of the review, exactly as printed (the review's style prints no article titles or DOIs). "
                "\(citing.count) of them are the sources of records in the atlas."
            }
            Node.element("ol", ["class": "references"]) {
                for r in references {
                    Node.element("li", ["id": "ref-\(r.number)", "value": String(r.number)]) {
                        r.printed
                        if let note = r.note { Node.element("span", ["class": "hint"]) { " Note: \(note)" } }
                        if let ids = citing[r.number], !ids.isEmpty {
                            Node.element("span", ["class": "meta"]) {
                                " — records: "
                                for (i, id) in ids.enumerated() {
                                    if i > 0 { ", " }
                                    Node.element("a", ["href": links.record(id)]) { String(id) }
                                }
                            }
                        }
                        if let bib = links.api("/api/v1/references/\(r.number).bib") {
                            " "
                            Node.element("a", ["class": "hint", "href": bib]) { "BibTeX" }
                        }
                    }
                }
            }
        }
    }
}
