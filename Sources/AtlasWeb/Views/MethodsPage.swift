import AtlasData

/// `/methods`: the deposition and preparation techniques the review compares — rates, process
/// temperatures, conformality on 3D structures, advantages and drawbacks — with record counts.
enum MethodsPage {
    struct Entry {
        let technique: Technique
        let filter: String
        let count: Int
    }

    static func render(_ entries: [Entry]) -> Node {
        Layout.page(title: "Preparation methods", section: .methods) {
            Node.element("h1") { "Preparation and deposition methods" }
            Node.element("p", ["class": "lead"]) {
                "The techniques the review describes for making solid electrolytes, with the deposition rates, process temperatures "
                "and 3D conformality it reports, each with its references. Record counts link to the records made by that method."
            }
            Node.element("div", ["class": "table-scroll"]) {
                Node.element("table") {
                    Node.element("thead") {
                        Node.element("tr") {
                            for t in ["technique", "kind", "deposition rate", "process temperature", "3D conformality", "records"] {
                                Node.element("th", ["scope": "col"]) { t }
                            }
                        }
                    }
                    Node.element("tbody") {
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
                                    Node.element("a", ["href": QueryString([("where", e.filter)]).url("/records")]) { String(e.count) }
                                }
                            }
                        }
                    }
                }
            }
            for e in entries { technique(e) }
        }
    }

    static func technique(_ e: Entry) -> Node {
        let t = e.technique
        return .element("section", ["class": "profile", "id": "method-\(t.id)"]) {
            Node.element("h2") {
                t.name
                if let a = t.abbreviation { " (\(a))" }
            }
            Node.element("p", ["class": "meta"]) {
                "\(t.kind.rawValue) technique · "
                Node.element("a", ["href": QueryString([("where", e.filter)]).url("/records")]) { Format.count(e.count, "record") }
                if !t.aliases.isEmpty { " · also called " + t.aliases.joined(separator: ", ") }
            }
            if !t.electrolytes.isEmpty { Node.element("p") { "Electrolytes made this way: " + t.electrolytes.joined(separator: ", ") } }
            section("Deposition rates", t.depositionRates)
            section("Process temperatures", t.processTemperatures)
            if let c = t.conformality {
                Node.element("h3") { "Conformality on 3D structures" }
                Node.element("div") { StatementView.rating(c); " — "; StatementView.full(c.statement) }
            }
            section("Other process parameters", t.parameters)
            Node.element("div", ["class": "columns"]) {
                if !t.advantages.isEmpty {
                    Node.element("div") {
                        Node.element("h3") { "Advantages" }
                        StatementView.list(t.advantages)
                    }
                }
                if !t.drawbacks.isEmpty {
                    Node.element("div") {
                        Node.element("h3") { "Drawbacks" }
                        StatementView.list(t.drawbacks)
                    }
                }
            }
            if let note = t.note { Node.element("p", ["class": "hint"]) { "Note: \(note)" } }
        }
    }

    static func section(_ title: String, _ statements: [Statement]) -> Node {
        guard !statements.isEmpty else { return .empty }
        return .fragment([.element("h3") { title }, StatementView.list(statements)])
    }
}
