import AtlasAnalysis
import AtlasCore
import AtlasData

/// `/screen`: the electrolyte families and the records' electrolytes against the review's
/// specifications (`mbatlas screen`), each criterion pass, fail or unknown with the value and its
/// source; and the Pareto front of the cells (`mbatlas rank`).
struct ScreenPage {
    /// The form's values as given (option name → text), `where` and `by` included.
    var values: [String: String]
    var conformal3D: Bool
    var familiesOnly: Bool
    var criteria: ScreeningCriteria?
    var candidates: [Candidate]
    var ranking: [RankingGroup]
    /// The objectives of the ranking, as read.
    var objectives: [RankingObjective]
    /// A filter or option that cannot be read (nothing is computed then).
    var error: WebError?
    var links: Links
    /// What a static report's results cover.
    var scope: String?

    /// The ranking objectives when none are given (`mbatlas rank`'s default).
    static let defaultObjectives = "capacity,cycle-life"

    func render() -> Node {
        Layout.page(title: "Screening and ranking", section: .screen, links: links) {
            Node.element("h1") { "Screening and ranking" }
            Node.element("p", ["class": "lead"]) {
                "Which electrolytes meet the review's specifications for a microbattery electrolyte, and which cells "
                "are best on capacity and cycle life. Every family the review profiles and every record's electrolyte "
                "is judged on each criterion: pass, fail or unknown, with the value used and where it comes from."
            }
            if let scope { Node.element("p", ["class": "meta"]) { scope } }
            if links.isServer { form }
            if let error {
                if error.position != nil {
                    FilterErrorView.box(error, filterText: values["where"] ?? "")
                } else {
                    Node.element("div", ["class": "error-box", "role": "alert"]) {
                        Node.element("strong") { "This cannot be screened: " }
                        error.message
                    }
                }
            } else {
                if let criteria { screening(criteria) }
                pareto
            }
        }
    }

    // MARK: Form

    var form: Node {
        .element("form", ["class": "design", "method": "get", "action": "/screen"]) {
            Node.element("fieldset") {
                Node.element("legend") { "Criteria" }
                Node.element("p", ["class": "hint"]) { "Empty fields use the review's values, shown in grey." }
                text(.minConductivity, "Minimum ionic conductivity", placeholder: "1e-7 S/cm")
                text(.targetConductivity, "Target ionic conductivity", placeholder: "1e-4 S/cm, or none")
                text(.maxElectronic, "Largest electronic conductivity", placeholder: "1e-10 S/cm, or none")
                text(.window, "Stable over the window (vs Li)", placeholder: "0-5 V, or none")
                text(.stableWith, "Stable against", placeholder: "Li, or none")
                text(.maxProcessTemperature, "Highest processing temperature", placeholder: "off, e.g. 400 C")
                checkbox("conformal-3d", "require conformal coating of 3D structures", conformal3D)
            }
            Node.element("fieldset") {
                Node.element("legend") { "Candidates" }
                Node.element("label", ["for": "f-class"]) { "Class" }
                Node.element("select", ["id": "f-class", "name": "class"]) {
                    option("", "all classes", values["class"] ?? "")
                    for c in ["polymer", "crystalline", "glass"] { option(c, c, values["class"] ?? "") }
                }
                Node.element("label", ["for": "f-where"]) { "Records matching (the records' filter language)" }
                Node.void(
                    "input",
                    [
                        Attribute("type", "text"), Attribute("id", "f-where"), Attribute("name", "where"),
                        Attribute("value", values["where"] ?? ""), Attribute("placeholder", "e.g. structure = 3D"),
                        Attribute("spellcheck", "false"), Attribute("autocomplete", "off"),
                    ])
                checkbox("families-only", "families only, no records", familiesOnly)
            }
            Node.element("fieldset") {
                Node.element("legend") { "Pareto ranking" }
                Node.element("label", ["for": "f-by"]) { "Objectives, comma separated" }
                Node.void(
                    "input",
                    [
                        Attribute("type", "text"), Attribute("id", "f-by"), Attribute("name", "by"),
                        Attribute("value", values["by"] ?? ""), Attribute("placeholder", Self.defaultObjectives),
                        Attribute("spellcheck", "false"), Attribute("autocomplete", "off"),
                    ])
                Node.element("p", ["class": "hint"]) {
                    "Any two or more of " + RankingObjective.allCases.map(\.rawValue).joined(separator: ", ") + "."
                }
            }
            Node.element("div", ["class": "actions"]) {
                Node.element("button", ["type": "submit"]) { "Screen" }
                " "
                Node.element("a", ["class": "button secondary", "href": "/screen"]) { "Review defaults" }
            }
        }
    }

    func text(_ o: ScreeningOptions.Option, _ label: String, placeholder: String) -> Node {
        let id = "f-" + o.rawValue
        return .fragment([
            .element("label", ["for": id]) { label },
            .void(
                "input",
                [
                    Attribute("type", "text"), Attribute("id", id), Attribute("name", o.rawValue),
                    Attribute("value", values[o.rawValue] ?? ""), Attribute("placeholder", placeholder),
                    Attribute("spellcheck", "false"), Attribute("autocomplete", "off"),
                ]),
        ])
    }

    func checkbox(_ name: String, _ label: String, _ on: Bool) -> Node {
        .element("label", ["class": "check"]) {
            if on {
                Node.void(
                    "input",
                    [
                        Attribute("type", "checkbox"), Attribute("name", name), Attribute("value", "true"),
                        .flag("checked"),
                    ])
            } else {
                Node.void("input", ["type": "checkbox", "name": name, "value": "true"])
            }
            " " + label
        }
    }

    func option(_ value: String, _ text: String, _ selected: String) -> Node {
        value == selected
            ? .element("option", [Attribute("value", value), .flag("selected")]) { text }
            : .element("option", ["value": value]) { text }
    }

    // MARK: Screening

    func screening(_ criteria: ScreeningCriteria) -> Node {
        let labels = candidates.first?.results.map(\.criterion) ?? []
        return .fragment([
            .element("h2", ["id": "screening"]) { "Screening" },
            .element("p") { "Criteria: " + Self.describe(criteria) + "." },
            .element("p", ["class": "hint"]) {
                "Score = criteria passed ÷ criteria applied (unknown is not a pass); ties go to fewer unknowns, then "
                "higher ionic conductivity. Ratings: good is a pass, moderate and poor are fails. Details in "
                "docs/ANALYSIS.md"
                if let api = links.api(apiURL("/api/v1/screen", ScreenPage.screenNames)) {
                    "; as JSON: "
                    Node.element("a", ["href": api]) { Node.element("code") { "/api/v1/screen" } }
                    " (the output of "
                    Node.element("code") { "mbatlas screen --format json" }
                    ")"
                }
                "."
            },
            .element("p", ["class": "meta"]) { Format.count(candidates.count, "candidate") },
            .element("div", ["class": "table-scroll"]) {
                Node.element("table", ["class": "screen"]) {
                    Node.element("thead") {
                        Node.element("tr") {
                            Node.element("th", ["scope": "col", "class": "num"]) { "#" }
                            Node.element("th", ["scope": "col"]) { "candidate" }
                            Node.element("th", ["scope": "col", "class": "num"]) { "score" }
                            for label in labels { Node.element("th", ["scope": "col"]) { label } }
                        }
                    }
                    Node.element("tbody") {
                        for (i, c) in candidates.enumerated() { row(i + 1, c, labels) }
                    }
                }
            },
        ])
    }

    func row(_ rank: Int, _ c: Candidate, _ labels: [String]) -> Node {
        .element("tr") {
            Node.element("td", ["class": "num"]) { String(rank) }
            Node.element("th", ["scope": "row"]) {
                switch c.subject {
                case .record(let id): Node.element("a", ["href": links.record(id)]) { c.name }
                case .family(let id):
                    links.anchor(links.section(.families, fragment: "family-\(RecordPage.anchor(id))")) { c.name }
                }
                Node.element("span", ["class": "range"]) { c.electrolyteClass.rawValue }
            }
            Node.element("td", ["class": "num"]) {
                "\(c.passes)/\(c.results.count)"
                if c.unknowns > 0 { Node.element("span", ["class": "range"]) { "\(c.unknowns) unknown" } }
            }
            for label in labels {
                if let r = c.results.first(where: { $0.criterion == label }) {
                    Node.element("td", ["class": "outcome-\(r.outcome.rawValue)"]) {
                        Node.element("span", ["class": "badge \(r.outcome.rawValue)"]) { r.outcome.rawValue }
                        if let v = r.value { " " + v }
                        if let s = r.source { Node.element("span", ["class": "range"]) { s } }
                        if let n = r.note {
                            // Notes can be a sentence of the review; they open on demand so rows stay short.
                            Node.element("details", ["class": "note"]) {
                                Node.element("summary") { "note" }
                                n
                            }
                        }
                    }
                } else {
                    Node.element("td") { "—" }
                }
            }
        }
    }

    /// The criteria in words.
    static func describe(_ c: ScreeningCriteria) -> String {
        var parts = ["ionic conductivity ≥ \(c.minConductivity)"]
        if let t = c.targetConductivity { parts.append("target ≥ \(t)") }
        if let e = c.maxElectronic { parts.append("electronic conductivity ≤ \(e)") }
        if let w = c.window {
            parts.append("stable over \(Format.number(w.lowerBound))–\(Format.number(w.upperBound)) V vs Li")
        }
        if let s = c.stableWith { parts.append("stable with \(s)") }
        if c.conformal3D { parts.append("conformal on 3D structures") }
        if let t = c.maxProcessTemperature {
            parts.append("processed at ≤ \(Format.number(t.si - 273.15, digits: 4)) °C")
        }
        if let k = c.electrolyteClass { parts.append("\(k.rawValue) electrolytes only") }
        return parts.joined(separator: "; ")
    }

    // MARK: Pareto

    var pareto: Node {
        .fragment([
            .element("h2", ["id": "pareto"]) { "Pareto front of the cells" },
            .element("p") {
                "Objectives: " + objectives.map(\.rawValue).joined(separator: ", ") + ". "
                "A cell is on the front when no other cell of its group is at least as good on every objective and "
                "better on one. Cells are compared within the same architecture and, with capacity, the same printed "
                "capacity form; records cycled fewer than 10 times or retaining more than 100 % are left out of "
                "cycle-life rankings, and a retention printed as ~100 % is compared at the largest fade its printed "
                "precision allows, not at zero."
            },
            links.api(apiURL("/api/v1/rank", ["where", "by"])).map { api in
                .element("p", ["class": "hint"]) {
                    "As JSON: "
                    Node.element("a", ["href": api]) { Node.element("code") { "/api/v1/rank" } }
                    " (the output of "
                    Node.element("code") { "mbatlas rank --format json" }
                    ")."
                }
            } ?? .empty,
            ranking.isEmpty
                ? .element("p") { "No record of the selection has values for all of these objectives." }
                : .fragment(ranking.map(group)),
        ])
    }

    func group(_ g: RankingGroup) -> Node {
        let arch = g.architecture.map { $0 == .planar ? "2D (thin-film) cells" : "3D cells" } ?? "cells"
        let form = g.capacityKind.map { ", capacity as \($0.name)" } ?? ""
        let dominated = g.records.count - g.front.count
        return .fragment([
            .element("h3") { arch + form },
            .element("p", ["class": "meta"]) {
                "\(g.front.count) on the front of \(Format.count(g.records.count, "record")) compared"
                dominated > 0 ? "; \(dominated) dominated." : "."
            },
            .element("div", ["class": "table-scroll"]) {
                Node.element("table") {
                    Node.element("thead") {
                        Node.element("tr") {
                            Node.element("th", ["scope": "col"]) { "record" }
                            Node.element("th", ["scope": "col"]) { "cell" }
                            for (o, unit) in zip(g.objectives, g.units) {
                                Node.element("th", ["scope": "col", "class": "num"]) { "\(o.rawValue) (\(unit))" }
                            }
                            Node.element("th", ["scope": "col"]) { "ref." }
                            Node.element("th", ["scope": "col"]) { "notes" }
                        }
                    }
                    Node.element("tbody") {
                        for r in g.front {
                            Node.element("tr") {
                                Node.element("th", ["scope": "row"]) {
                                    Node.element("a", ["href": links.record(r.recordID)]) {
                                        "\(r.recordID) · \(r.electrolyte)"
                                    }
                                }
                                Node.element("td") { r.cell ?? "—" }
                                for v in r.values { Node.element("td", ["class": "num"]) { Format.number(v) } }
                                Node.element("td") {
                                    if let ref = r.ref {
                                        Node.element("a", ["href": links.reference(ref)]) { String(ref) }
                                    } else {
                                        "—"
                                    }
                                }
                                Node.element("td") { r.flags.joined(separator: "; ") }
                            }
                        }
                    }
                }
            },
        ])
    }

    static let screenNames =
        ScreeningOptions.Option.allCases.map(\.rawValue) + ["conformal-3d", "where", "families-only"]

    /// The API URL with the form's values among `names`.
    func apiURL(_ path: String, _ names: [String]) -> String {
        var pairs: [(name: String, value: String)] = []
        for name in names {
            if name == "conformal-3d", conformal3D {
                pairs.append((name, "true"))
                continue
            }
            if name == "families-only", familiesOnly {
                pairs.append((name, "true"))
                continue
            }
            if let v = values[name], !v.isEmpty { pairs.append((name, v)) }
        }
        return QueryString(pairs).url(path)
    }
}
