import AtlasAnalysis
import AtlasData

/// `/methods`: the deposition and preparation techniques the review compares — rates, process
/// temperatures, conformality on 3D structures, advantages and drawbacks — with record counts.
enum MethodsPage {
    struct Entry {
        let technique: Technique
        let filter: String
        let count: Int
    }

    /// The page: the techniques, the statistics of the records per method (`mbatlas methods`), then
    /// each technique in full. `scope` says which records the statistics cover when not all.
    static func render(_ entries: [Entry], statistics: [GroupStatistics], scope: String? = nil, links: Links) -> Node {
        Layout.page(title: "Preparation methods", section: .methods, links: links) {
            Node.element("h1") { "Preparation and deposition methods" }
            Node.element("p", ["class": "lead"]) {
                "The techniques the review describes for making solid electrolytes, with the deposition rates, process temperatures "
                "and 3D conformality it reports, each with its references"
                links.isServer ? ". Record counts link to the records made by that method." : "."
            }
            Node.dataTable([
                "technique", "kind", "deposition rate", "process temperature", "3D conformality", "records",
            ]) {
                for e in entries {
                    let t = e.technique
                    Node.element("tr") {
                        Node.element("th", ["scope": "row"]) {
                            Node.element("a", ["href": "#method-\(t.id)"]) { t.name }
                            if let a = t.abbreviation { " (\(a))" }
                        }
                        Node.element("td") { t.kind.rawValue }
                        Node.element("td") { t.depositionRates.map(StatementView.headline).joined(separator: "; ") }
                        Node.element("td") { t.processTemperatures.map(StatementView.headline).joined(separator: "; ") }
                        Node.element("td") {
                            if let c = t.conformality { StatementView.rating(c) } else { "—" }
                        }
                        Node.element("td", ["class": "num"]) {
                            links.anchor(links.records(where: e.filter)) { String(e.count) }
                        }
                    }
                }
            }
            Node.element("h2", ["id": "statistics"]) { "Statistics of the records by method" }
            if let scope { Node.element("p", ["class": "meta"]) { scope } }
            StatisticsView.table(statistics, title: "method") { g in
                entries.contains { $0.technique.id == g.key } ? "#method-\(g.key)" : nil
            }
            Node.element("p", ["class": "hint"]) {
                StatisticsView.note
                if let api = links.api("/api/v1/methods/statistics") {
                    " As JSON: "
                    Node.element("a", ["href": api]) { Node.element("code") { api } }
                    " (the output of "
                    Node.element("code") { "mbatlas methods --format json" }
                    ")."
                }
            }
            for e in entries { technique(e, links: links) }
        }
    }

    static func technique(_ e: Entry, links: Links) -> Node {
        let t = e.technique
        return .element("section", ["class": "profile", "id": "method-\(t.id)"]) {
            Node.element("h2") {
                t.name
                if let a = t.abbreviation { " (\(a))" }
            }
            Node.element("p", ["class": "meta"]) {
                "\(t.kind.rawValue) technique · "
                links.anchor(links.records(where: e.filter)) { Format.count(e.count, "record") }
                if !t.aliases.isEmpty { " · also called " + t.aliases.joined(separator: ", ") }
            }
            if !t.electrolytes.isEmpty {
                Node.element("p") { "Electrolytes made this way: " + t.electrolytes.joined(separator: ", ") }
            }
            section("Deposition rates", t.depositionRates, links: links)
            section("Process temperatures", t.processTemperatures, links: links)
            if let c = t.conformality {
                Node.element("h3") { "Conformality on 3D structures" }
                Node.element("div") {
                    StatementView.rating(c)
                    " — "
                    StatementView.full(c.statement, links: links)
                }
            }
            section("Other process parameters", t.parameters, links: links)
            Node.element("div", ["class": "columns"]) {
                if !t.advantages.isEmpty {
                    Node.element("div") {
                        Node.element("h3") { "Advantages" }
                        StatementView.list(t.advantages, links: links)
                    }
                }
                if !t.drawbacks.isEmpty {
                    Node.element("div") {
                        Node.element("h3") { "Drawbacks" }
                        StatementView.list(t.drawbacks, links: links)
                    }
                }
            }
            if let note = t.note { Node.element("p", ["class": "hint"]) { "Note: \(note)" } }
        }
    }

    static func section(_ title: String, _ statements: [Statement], links: Links) -> Node {
        guard !statements.isEmpty else { return .empty }
        return .fragment([.element("h3") { title }, StatementView.list(statements, links: links)])
    }
}
