import AtlasData
import AtlasStore

/// `/families`: each family profile of the review — properties with references and quotes,
/// ratings, advantages and issues — and how many records of the atlas belong to it.
enum FamiliesPage {
    /// A profile with its record count and the filter that lists those records.
    struct Entry {
        let profile: FamilyProfile
        let filter: String
        let count: Int
    }

    static func render(_ entries: [Entry]) -> Node {
        Layout.page(title: "Electrolyte families", section: .families) {
            Node.element("h1") { "Electrolyte families" }
            Node.element("p", ["class": "lead"]) {
                "What the review states about each class and family of solid electrolytes: property values with the references "
                "and sentences they come from, qualitative ratings, advantages and issues. Record counts link to the records list."
            }
            Node.element("nav", ["aria-label": "Families on this page"]) {
                Node.element("ul", ["class": "examples"]) {
                    for e in entries {
                        Node.element("li") {
                            Node.element("a", ["href": "#family-\(RecordPage.anchor(e.profile.id))"]) { e.profile.name }
                        }
                    }
                }
            }
            for e in entries { profile(e) }
        }
    }

    static func profile(_ e: Entry) -> Node {
        let p = e.profile
        return .element("section", ["class": "profile", "id": "family-\(RecordPage.anchor(p.id))"]) {
            Node.element("h2") { p.name }
            Node.element("p", ["class": "meta"]) {
                p.isClass ? "Class" : "Family in the \(p.electrolyteClass.rawValue) class"
                if let parent = p.parent { " · variant of \(parent)" }
                if let section = p.section { " · review section \(section)" }
                " · "
                Node.element("a", ["href": QueryString([("where", e.filter)]).url("/records")]) {
                    Format.count(e.count, "record")
                }
            }
            if !p.examples.isEmpty { Node.element("p") { "Examples: " + p.examples.joined(separator: ", ") } }
            if !p.properties.isEmpty {
                Node.element("h3") { "Properties" }
                Node.element("div", ["class": "table-scroll"]) {
                    Node.element("table") {
                        Node.element("thead") {
                            Node.element("tr") {
                                Node.element("th", ["scope": "col"]) { "property" }
                                Node.element("th", ["scope": "col"]) { "value (as printed), references and the review's sentence" }
                                Node.element("th", ["scope": "col"]) { "method" }
                            }
                        }
                        Node.element("tbody") {
                            for v in p.properties {
                                Node.element("tr") {
                                    Node.element("th", ["scope": "row"]) { v.property.label }
                                    Node.element("td") { StatementView.full(v.statement) }
                                    Node.element("td") { v.method?.name ?? "" }
                                }
                            }
                        }
                    }
                }
            }
            if !p.ratings.isEmpty {
                Node.element("h3") { "Ratings" }
                Node.element("div", ["class": "table-scroll"]) {
                    Node.element("table") {
                        Node.element("thead") {
                            Node.element("tr") {
                                Node.element("th", ["scope": "col"]) { "criterion" }
                                Node.element("th", ["scope": "col"]) { "rating" }
                                Node.element("th", ["scope": "col"]) { "supported by" }
                            }
                        }
                        Node.element("tbody") {
                            for r in p.ratings {
                                Node.element("tr") {
                                    Node.element("th", ["scope": "row"]) { r.criterion.label }
                                    Node.element("td") { StatementView.rating(r) }
                                    Node.element("td") { StatementView.full(r.statement) }
                                }
                            }
                        }
                    }
                }
            }
            Node.element("div", ["class": "columns"]) {
                if !p.advantages.isEmpty {
                    Node.element("div") {
                        Node.element("h3") { "Advantages" }
                        StatementView.list(p.advantages)
                    }
                }
                if !p.issues.isEmpty {
                    Node.element("div") {
                        Node.element("h3") { "Issues" }
                        StatementView.list(p.issues)
                    }
                }
            }
            if let note = p.note { Node.element("p", ["class": "hint"]) { "Note: \(note)" } }
        }
    }
}
