import AtlasCore
import AtlasFigures
import AtlasPhysics

/// `/simulate`: the discharge simulator (`mbatlas simulate`) as a form — every design parameter
/// under its option name, with the default cell's values as placeholders — and its result: the
/// summary (or one row per rate), the discharge curves and, with rates, the simulated Ragone curve
/// over the literature cells.
struct SimulatePage {
    /// The form's values as given (parameter key → text).
    var values: [String: String]
    var outcome: SimulationOutcome?
    var discharge: FigureView.Item?
    var ragone: FigureView.Item?
    var error: WebError?

    /// What an empty form starts from: the default cell at the review's standard rates.
    static let defaults: [String: String] = [
        "rates": RagoneCurve.standardRates.map(QuantityFormatter.shortest).joined(separator: ",")
    ]

    /// The parameters shown first; the rest are under "More parameters".
    static let main: [DesignParameter] = [
        .cathode, .cathodeThickness, .electrolyte, .electrolyteThickness, .electrolyteConductivity, .geometry,
        .areaGain,
        .rate, .currentDensity, .temperature, .cutoff,
    ]

    func render() -> Node {
        Layout.page(title: "Discharge simulator", section: .simulate) {
            Node.element("h1") { "Discharge simulator" }
            Node.element("p", ["class": "lead"]) {
                "The constant-current discharge of a thin-film or 3D solid-state cell: a dense intercalation cathode "
                "behind a solid electrolyte with a Li metal anode (equations and validation in docs/SIMULATOR.md). "
                "Capacities, energies and powers are per cm² of footprint. The same simulation as "
                Node.element("code") { "mbatlas simulate" }
                "; every field is the option of the same name."
            }
            // The error goes above the long form, where it is seen.
            if let error {
                Node.element("div", ["class": "error-box", "role": "alert"]) {
                    Node.element("strong") { "This design cannot be simulated: " }
                    error.message
                }
            }
            form
            if let outcome { result(outcome) }
            if let discharge { FigureView.render(discharge, links: .server) }
            if let ragone { FigureView.render(ragone, links: .server) }
            Node.element("p", ["class": "hint"]) {
                "As JSON: "
                Node.element(
                    "a",
                    [
                        "href": QueryString(values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }).url(
                            "/api/v1/simulate")
                    ]
                ) {
                    Node.element("code") { "/api/v1/simulate" }
                }
                " with the same parameters (GET), or POST a design file (JSON; its keys are the field names) — the output of "
                Node.element("code") { "mbatlas simulate --format json" }
                "."
            }
        }
    }

    var form: Node {
        .element("form", ["class": "design", "method": "get", "action": "/simulate"]) {
            Node.element("fieldset") {
                Node.element("legend") { "Cell" }
                select(.cathode, IntercalationCathode.all.map(\.name))
                for p in [DesignParameter.cathodeThickness] { field(p) }
                select(.electrolyte, ElectrolyteMaterial.all.map(\.name))
                for p in [DesignParameter.electrolyteThickness, .electrolyteConductivity, .geometry] { field(p) }
                Node.element("p", ["class": "hint"]) { "e.g. pillars:d=2um,gap=6um,h=20um — " + GeometrySpec.grammar }
                field(.areaGain)
            }
            Node.element("fieldset") {
                Node.element("legend") { "Discharge" }
                for p in [DesignParameter.rate, .currentDensity, .temperature, .cutoff] { field(p) }
                Node.element("label", ["for": "f-rates"]) {
                    "Rates of a rate table "
                    Node.element("code") { "rates" }
                }
                Node.void(
                    "input",
                    [
                        Attribute("type", "text"), Attribute("id", "f-rates"), Attribute("name", "rates"),
                        Attribute("value", values["rates"] ?? ""), Attribute("placeholder", "0.1,1,10 (a rate sweep)"),
                        Attribute("spellcheck", "false"), Attribute("autocomplete", "off"),
                    ])
                Node.element("p", ["class": "hint"]) {
                    "Comma-separated C-rates: one summary per rate, the data of a Ragone curve."
                }
            }
            Node.element("fieldset", ["class": "wide"]) {
                Node.element("legend") { "More parameters" }
                Node.element("details", open ? [.flag("open")] : []) {
                    Node.element("summary") { "Cathode kinetics, transport, 3D factors, temperature dependence" }
                    Node.element("div", ["class": "field-grid"]) {
                        for p in DesignParameter.allCases where !Self.main.contains(p) { field(p) }
                    }
                }
            }
            Node.element("div", ["class": "actions"]) {
                Node.element("button", ["type": "submit"]) { "Simulate" }
                " "
                Node.element("a", ["class": "button secondary", "href": "/simulate"]) { "Default cell" }
            }
        }
    }

    /// The advanced fields start open when one of them is filled in.
    var open: Bool { DesignParameter.allCases.contains { !Self.main.contains($0) && values[$0.key] != nil } }

    func field(_ p: DesignParameter) -> Node {
        let id = "f-" + p.key
        return .element("div", ["class": "field"]) {
            Node.element("label", ["for": id, "title": p.summary]) {
                p.label
                " "
                Node.element("code") { p.key }
            }
            Node.void(
                "input",
                [
                    Attribute("type", "text"), Attribute("id", id), Attribute("name", p.key),
                    Attribute("value", values[p.key] ?? ""), Attribute("placeholder", p.defaultText ?? ""),
                    Attribute("title", p.summary), Attribute("spellcheck", "false"), Attribute("autocomplete", "off"),
                ])
        }
    }

    /// A select of the simulator's materials; the default is the empty choice.
    func select(_ p: DesignParameter, _ names: [String]) -> Node {
        let id = "f-" + p.key
        let selected = values[p.key] ?? ""
        let known = names.contains { $0.lowercased() == selected.lowercased() }
        return .fragment([
            .element("label", ["for": id, "title": p.summary]) {
                p.label
                " "
                Node.element("code") { p.key }
            },
            .element("select", ["id": id, "name": p.key]) {
                if selected.isEmpty {
                    Node.element("option", [Attribute("value", ""), .flag("selected")]) {
                        "\(p.defaultText ?? "") (default)"
                    }
                } else {
                    Node.element("option", ["value": ""]) { "\(p.defaultText ?? "") (default)" }
                }
                if !selected.isEmpty && !known {
                    Node.element("option", [Attribute("value", selected), .flag("selected")]) { selected }
                }
                for name in names {
                    if name.lowercased() == selected.lowercased() {
                        Node.element("option", [Attribute("value", name), .flag("selected")]) { name }
                    } else {
                        Node.element("option", ["value": name]) { name }
                    }
                }
            },
        ])
    }

    // MARK: Result

    func result(_ outcome: SimulationOutcome) -> Node {
        switch outcome {
        case .discharge(let name, _, let result):
            let s = result.summary
            return .element("section", ["aria-label": "Result"]) {
                Node.element("h2") { name.map { "Result: \($0)" } ?? "Result" }
                Node.element("table", ["class": "kv"]) {
                    Node.element("tbody") {
                        row("rate", "\(n(s.cRate))C (\(n(s.currentDensity.si)) A m⁻²)")
                        row(
                            "delivered capacity",
                            "\(n(s.capacity.canonical)) µA h cm⁻² (\(n(100 * s.utilization)) % of "
                                + "\(n(s.theoreticalCapacity.canonical)))"
                        )
                        row("mean voltage", "\(n(s.meanVoltage.si)) V")
                        row("energy", "\(n(s.energy.canonical)) µW h cm⁻²")
                        row("average power", "\(n(s.averagePower.canonical)) µW cm⁻²")
                        row("duration", "\(n(s.duration.si)) s")
                        row("end of discharge", s.termination.rawValue)
                    }
                }
            }
        case .rates(let name, _, let summaries):
            return .element("section", ["aria-label": "Result"]) {
                Node.element("h2") { name.map { "Rate sweep: \($0)" } ?? "Rate sweep" }
                Node.element("div", ["class": "table-scroll"]) {
                    Node.element("table") {
                        Node.element("thead") {
                            Node.element("tr") {
                                for h in [
                                    "C-rate", "i (A m⁻²)", "Q (µA h cm⁻²)", "V̄ (V)", "E (µW h cm⁻²)",
                                    "P (µW cm⁻²)",
                                ] {
                                    Node.element("th", ["scope": "col", "class": "num"]) { h }
                                }
                                Node.element("th", ["scope": "col"]) { "end of discharge" }
                            }
                        }
                        Node.element("tbody") {
                            for s in summaries {
                                Node.element("tr") {
                                    for v in [
                                        s.cRate, s.currentDensity.si, s.capacity.canonical, s.meanVoltage.si,
                                        s.energy.canonical, s.averagePower.canonical,
                                    ] {
                                        Node.element("td", ["class": "num"]) { n(v) }
                                    }
                                    Node.element("td") { s.termination.rawValue }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    func row(_ label: String, _ value: String) -> Node {
        .element("tr") {
            Node.element("th", ["scope": "row"]) { label }
            Node.element("td") { value }
        }
    }

    func n(_ x: Double) -> String { Format.number(x, digits: 4) }
}
