import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasStore

/// `/conductivity`: ionic conductivities from the review, OBELiX and imported data sets
/// (`mbatlas conductivity`): a composition matched per atom or by text, a filter over the
/// measurements, the Arrhenius fits of every series with 3 or more temperatures and their value
/// at a chosen temperature; and the sources with their licences (`mbatlas sources`).
struct ConductivityPage {
    var composition: String
    var at: String
    var filterText: String
    var report: ConductivityReport?
    /// Measurements the filter selects before the page's limit (filter-only searches).
    var matching: Int?
    var limit: Int
    var sources: [SourceSummary]
    var error: WebError?

    static let examples: [(String, [(String, String)])] = [
        (
            "Li7La3Zr2O12 at 25 °C (per atom: Li14La6Zr4O24 matches too)",
            [("composition", "Li7La3Zr2O12"), ("at", "25C")]
        ),
        ("Li3OCl (stored as Li3ClO)", [("composition", "Li3OCl")]),
        ("LLZO (an abbreviation: matched by text)", [("composition", "LLZO")]),
        ("garnets measured at 20–30 °C", [("where", "family = garnet and temperature between 20 C and 30 C")]),
        ("above 1 mS/cm", [("where", "conductivity >= 1 mS/cm")]),
    ]

    func render() -> Node {
        Layout.page(title: "Ionic conductivity", section: .conductivity) {
            Node.element("h1") { "Ionic conductivity" }
            Node.element("p", ["class": "lead"]) {
                "Conductivity measurements from the review, the OBELiX data set and imported tables, in one place: "
                "look up a composition (compared per atom when it is a formula with numbers), or filter the "
                "measurements; series measured at three or more temperatures get Arrhenius fits. The same as "
                Node.element("code") { "mbatlas conductivity" }
                "."
            }
            form
            Node.element("p", ["class": "hint"]) { "Examples:" }
            Node.element("ul", ["class": "examples"]) {
                for (label, pairs) in Self.examples {
                    Node.element("li") {
                        Node.element("a", ["href": QueryString(pairs).url("/conductivity")]) { label }
                    }
                }
            }
            if let error {
                if error.position != nil {
                    FilterErrorView.box(error, filterText: filterText)
                } else {
                    Node.element("div", ["class": "error-box", "role": "alert"]) {
                        Node.element("strong") { "This search cannot be run: " }
                        error.message
                    }
                }
            }
            if let report { results(report) }
            sourcesTable
        }
    }

    var form: Node {
        .element("form", ["class": "design", "method": "get", "action": "/conductivity", "role": "search"]) {
            Node.element("fieldset", ["class": "wide"]) {
                Node.element("legend") { "Search" }
                Node.element("div", ["class": "field-grid"]) {
                    Node.element("div") {
                        Node.element("label", ["for": "f-composition"]) {
                            "Composition (formula, abbreviation or name)"
                        }
                        Node.void(
                            "input",
                            [
                                Attribute("type", "text"), Attribute("id", "f-composition"),
                                Attribute("name", "composition"),
                                Attribute("value", composition), Attribute("placeholder", "Li7La3Zr2O12"),
                                Attribute("spellcheck", "false"), Attribute("autocomplete", "off"),
                            ])
                    }
                    Node.element("div") {
                        Node.element("label", ["for": "f-at"]) { "Value of each fit at (temperature with a unit)" }
                        Node.void(
                            "input",
                            [
                                Attribute("type", "text"), Attribute("id", "f-at"), Attribute("name", "at"),
                                Attribute("value", at),
                                Attribute("placeholder", "25C"), Attribute("spellcheck", "false"),
                                Attribute("autocomplete", "off"),
                            ])
                    }
                    Node.element("div", ["class": "span-2"]) {
                        Node.element("label", ["for": "f-where"]) {
                            "Measurements matching (mbatlas fields --measurements)"
                        }
                        Node.void(
                            "input",
                            [
                                Attribute("type", "text"), Attribute("id", "f-where"), Attribute("name", "where"),
                                Attribute("value", filterText),
                                Attribute("placeholder", "e.g. family = garnet and temperature between 20 C and 30 C"),
                                Attribute("spellcheck", "false"), Attribute("autocomplete", "off"),
                            ])
                    }
                }
                Node.element("p", ["class": "hint"]) {
                    "Fields: " + QueryCatalogue.measurements.fields.map(\.name).joined(separator: ", ")
                        + ". Temperatures take °C or K (25 C, 298.15 K)."
                }
            }
            Node.element("div", ["class": "actions"]) {
                Node.element("button", ["type": "submit"]) { "Search" }
                " "
                Node.element("a", ["class": "button secondary", "href": "/conductivity"]) { "Clear" }
            }
        }
    }

    func results(_ r: ConductivityReport) -> Node {
        .element("section", ["aria-label": "Measurements"]) {
            Node.element("h2") { "Measurements" }
            if let line = r.matchLine { Node.element("p") { line } }
            if let line = r.alsoByNameLine { Node.element("p", ["class": "hint"]) { line } }
            if let matching, matching > r.measurements.count {
                Node.element("p", ["class": "meta"]) {
                    "Showing the first \(r.measurements.count) of \(matching) measurements; narrow the filter, or "
                    "get them all from the "
                    Node.element("a", ["href": apiURL(csv: true)]) { "CSV" }
                    "."
                }
            } else {
                Node.element("p", ["class": "meta"]) { Format.count(r.measurements.count, "measurement") }
            }
            if !r.measurements.isEmpty { measurementTable(r) }
            Node.element("h2") { "Arrhenius fits" }
            if r.fits.isEmpty {
                Node.element("p") {
                    "No study in these measurements measured one composition at 3 or more temperatures, so there is no "
                    "fit"
                    r.temperature.map { " and no value at \(ConductivityReport.celsius($0)) °C." } ?? "."
                }
                if sources.allSatisfy({ $0.source.kind == .bundled }) {
                    Node.element("p", ["class": "hint"]) {
                        "The bundled sources (the review and OBELiX) give one temperature per study; fits come from "
                        "imported temperature series such as the Liverpool Ionics Dataset ("
                        Node.element("code") { "mbatlas import --format liverpool FILE" }
                        ")."
                    }
                }
            } else {
                fitTable(r)
            }
            Node.element("p", ["class": "hint"]) {
                "As JSON: "
                Node.element("a", ["href": apiURL(csv: false)]) { Node.element("code") { "/api/v1/conductivity" } }
                " (the output of "
                Node.element("code") { "mbatlas conductivity --format json" }
                "), or "
                Node.element("a", ["href": apiURL(csv: true)]) { "CSV" }
                "."
            }
        }
    }

    func apiURL(csv: Bool) -> String {
        var pairs: [(name: String, value: String)] = [("composition", composition), ("at", at), ("where", filterText)]
        if csv { pairs.append(("format", "csv")) }
        return QueryString(pairs).url("/api/v1/conductivity")
    }

    func measurementTable(_ r: ConductivityReport) -> Node {
        .element("div", ["class": "table-scroll"]) {
            Node.element("table") {
                Node.element("thead") {
                    Node.element("tr") {
                        for (title, numeric) in [
                            ("source", false), ("composition", false), ("family", false), ("T (°C)", true),
                            ("σ (S cm⁻¹)", true),
                            ("kind", false), ("citation", false), ("notes", false),
                        ] {
                            Node.element("th", ["scope": "col", "class": numeric ? "num" : ""]) { title }
                        }
                    }
                }
                Node.element("tbody") {
                    for s in r.measurements {
                        let m = s.measurement
                        Node.element("tr") {
                            Node.element("td") { m.source }
                            Node.element("td") { m.compositionPrinted }
                            Node.element("td") { m.family.rawValue }
                            Node.element("td", ["class": "num"]) { ConductivityReport.celsius(m.temperature) }
                            Node.element("td", ["class": "num"]) { Format.number(m.conductivity.canonical, digits: 3) }
                            Node.element("td") { m.kind == .unspecified ? "—" : m.kind.rawValue }
                            Node.element("td") { citation(m) }
                            Node.element("td") { ConductivityReport.flags(m) }
                        }
                    }
                }
            }
        }
    }

    func citation(_ m: ConductivityMeasurement) -> Node {
        if let ref = m.ref {
            return .fragment([
                .element("a", ["href": Links.server.reference(ref)]) { "ref. \(ref)" },
                .text(m.citation.map { " (\($0))" } ?? ""),
            ])
        }
        if let doi = m.doi {
            return .element("a", ["href": "https://doi.org/" + QueryString.encodePath(doi)]) { "doi:\(doi)" }
        }
        return .text(m.citation ?? "—")
    }

    /// "0.23 ± 0.017" (eV), as `mbatlas conductivity` prints it.
    static func activationEnergy(_ fit: ArrheniusFit) -> String {
        ConductivityReport.eV(fit.activationEnergy.canonical) + " ± "
            + ConductivityReport.eV(fit.activationEnergyError.canonical, digits: 2)
    }

    func fitTable(_ r: ConductivityReport) -> Node {
        .element("div", ["class": "table-scroll"]) {
            Node.element("table") {
                Node.element("thead") {
                    Node.element("tr") {
                        for title in [
                            "source", "composition", "paper", "points", "T range (°C)", "Eₐ, ln(σT) form (eV)",
                            "R²", "Eₐ, ln σ form (eV)",
                        ] {
                            Node.element("th", ["scope": "col"]) { title }
                        }
                        if let t = r.temperature {
                            Node.element("th", ["scope": "col"]) {
                                "σ at \(ConductivityReport.celsius(t)) °C (S cm⁻¹)"
                            }
                        }
                    }
                }
                Node.element("tbody") {
                    for f in r.fits {
                        let range = f.sigmaT.temperatureRange
                        Node.element("tr") {
                            Node.element("td") { f.series.source }
                            Node.element("td") { f.series.compositionPrinted }
                            Node.element("td") { f.series.paper.isEmpty ? "—" : f.series.paper }
                            Node.element("td", ["class": "num"]) { String(f.sigmaT.count) }
                            Node.element("td") {
                                ConductivityReport.celsius(range.lowerBound) + "–"
                                    + ConductivityReport.celsius(range.upperBound)
                            }
                            Node.element("td") { Self.activationEnergy(f.sigmaT) }
                            Node.element("td", ["class": "num"]) { Format.number(f.sigmaT.rSquared, digits: 4) }
                            Node.element("td") { Self.activationEnergy(f.sigma) }
                            if let t = r.temperature {
                                let e = f.estimate(at: t)
                                Node.element("td") {
                                    Format.number(e.conductivity.canonical, digits: 3)
                                    if e.isExtrapolated {
                                        Node.element("span", ["class": "tag flag"]) { "extrapolated" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    var sourcesTable: Node {
        .element("section", ["aria-label": "Sources"]) {
            Node.element("h2", ["id": "sources"]) { "Sources" }
            Node.element("div", ["class": "table-scroll"]) {
                Node.element("table") {
                    Node.element("thead") {
                        Node.element("tr") {
                            for (title, numeric) in [
                                ("source", false), ("kind", false), ("measurements", true), ("compositions", true),
                                ("temperatures", false), ("licence", false), ("attribution", false),
                            ] {
                                Node.element("th", ["scope": "col", "class": numeric ? "num" : ""]) { title }
                            }
                        }
                    }
                    Node.element("tbody") {
                        for s in sources {
                            Node.element("tr") {
                                Node.element("th", ["scope": "row"]) {
                                    s.source.id
                                    Node.element("span", ["class": "range"]) { s.source.name }
                                }
                                Node.element("td") { s.source.kind.rawValue }
                                Node.element("td", ["class": "num"]) {
                                    Node.element(
                                        "a",
                                        [
                                            "href": QueryString([("where", "source = \(s.source.id)")]).url(
                                                "/conductivity")
                                        ]
                                    ) {
                                        String(s.measurements)
                                    }
                                }
                                Node.element("td", ["class": "num"]) { String(s.compositions) }
                                Node.element("td") { SourcesReport.temperatureRange(s) }
                                Node.element("td") { s.source.licence ?? "none stated" }
                                Node.element("td") {
                                    s.source.attribution
                                    if let reference = s.source.reference {
                                        Node.element("span", ["class": "range"]) { reference }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Node.element("p", ["class": "hint"]) {
                "As JSON: "
                Node.element("a", ["href": "/api/v1/sources"]) { Node.element("code") { "/api/v1/sources" } }
                " (the output of "
                Node.element("code") { "mbatlas sources --format json" }
                ")."
            }
        }
    }
}
