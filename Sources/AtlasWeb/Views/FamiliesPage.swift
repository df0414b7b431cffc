import AtlasAnalysis
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

    /// The page: the statistics of the records per family (`mbatlas families`), then every profile.
    /// `scope` says which records the statistics cover when they are not all of them.
    static func render(_ entries: [Entry], statistics: [GroupStatistics], scope: String? = nil, links: Links) -> Node {
        Layout.page(title: "Electrolyte families", section: .families, links: links) {
            Node.element("h1") { "Electrolyte families" }
            Node.element("p", ["class": "lead"]) {
                "What the review states about each class and family of solid electrolytes: property values with the references "
                "and sentences they come from, qualitative ratings, advantages and issues"
                links.isServer ? ". Record counts link to the records list." : "."
            }
            Node.element("h2", ["id": "statistics"]) { "Statistics of the records by family" }
            if let scope { Node.element("p", ["class": "meta"]) { scope } }
            StatisticsView.table(statistics, title: "family") { g in
                let anchor = RecordPage.anchor(g.key)
                return entries.contains { RecordPage.anchor($0.profile.id) == anchor } ? "#family-\(anchor)" : nil
            }
            Node.element("p", ["class": "hint"]) {
                StatisticsView.note
                if let api = links.api("/api/v1/families/statistics") {
                    " As JSON: "
                    Node.element("a", ["href": api]) { Node.element("code") { api } }
                    " (the output of "
                    Node.element("code") { "mbatlas families --format json" }
                    ")."
                }
            }
            Node.element("h2") { "Profiles" }
            Node.element("nav", ["aria-label": "Families on this page"]) {
                Node.element("ul", ["class": "examples"]) {
                    for e in entries {
                        Node.element("li") {
                            Node.element("a", ["href": "#family-\(RecordPage.anchor(e.profile.id))"]) { e.profile.name }
                        }
                    }
                }
            }
            for e in entries { profile(e, links: links) }
        }
    }

    static func profile(_ e: Entry, links: Links) -> Node {
        let p = e.profile
        return .element("section", ["class": "profile", "id": "family-\(RecordPage.anchor(p.id))"]) {
            Node.element("h2") { p.name }
            Node.element("p", ["class": "meta"]) {
                p.isClass ? "Class" : "Family in the \(p.electrolyteClass.rawValue) class"
                if let parent = p.parent { " · variant of \(parent)" }
                if let section = p.section { " · review section \(section)" }
                " · "
                links.anchor(links.records(where: e.filter)) { Format.count(e.count, "record") }
            }
            if !p.examples.isEmpty { Node.element("p") { "Examples: " + p.examples.joined(separator: ", ") } }
            if !p.properties.isEmpty {
                Node.element("h3") { "Properties" }
                Node.dataTable(["property", "value (as printed), references and the review's sentence", "method"]) {
                    for v in p.properties {
                        Node.element("tr") {
                            Node.element("th", ["scope": "row"]) { v.property.label }
                            Node.element("td") { StatementView.full(v.statement, links: links) }
                            Node.element("td") { v.method?.name ?? "" }
                        }
                    }
                }
            }
            if !p.ratings.isEmpty {
                Node.element("h3") { "Ratings" }
                Node.dataTable(["criterion", "rating", "supported by"]) {
                    for r in p.ratings {
                        Node.element("tr") {
                            Node.element("th", ["scope": "row"]) { r.criterion.label }
                            Node.element("td") { StatementView.rating(r) }
                            Node.element("td") { StatementView.full(r.statement, links: links) }
                        }
                    }
                }
            }
            Node.element("div", ["class": "columns"]) {
                if !p.advantages.isEmpty {
                    Node.element("div") {
                        Node.element("h3") { "Advantages" }
                        StatementView.list(p.advantages, links: links)
                    }
                }
                if !p.issues.isEmpty {
                    Node.element("div") {
                        Node.element("h3") { "Issues" }
                        StatementView.list(p.issues, links: links)
                    }
                }
            }
            if let note = p.note { Node.element("p", ["class": "hint"]) { "Note: \(note)" } }
        }
    }
}
