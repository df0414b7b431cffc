import AtlasCore
import AtlasPhysics

/// `/design`: the design calculator as a form (the options of `mbatlas design`) and its result:
/// capacity, energy (eqn 1 of the review), power (eqn 2), area gain and the electrolyte's drop.
enum DesignPage {
    /// What the empty form starts from: a planar Li/LiPON/LiCoO₂ cell of 1 mm² at 1C.
    static let defaults: [String: String] = [
        "cathode": "LiCoO2", "cathode_thickness": "1 um", "electrolyte": "LiPON", "electrolyte_thickness": "1.5 um",
        "anode": "Li", "geometry": "planar", "area": "1 mm2", "rate": "1C",
    ]

    static func render(_ form: DesignForm, outcome: DesignForm.Outcome?, error: WebError?) -> Node {
        Layout.page(title: "Design calculator", section: .design) {
            Node.element("h1") { "Design calculator" }
            Node.element("p", ["class": "lead"]) {
                "What a cell of these layers and this geometry gives per footprint area, per volume and per mass — "
                "or, with a target energy, the smallest footprint (and height, for 3D) that meets it. Materials and "
                "their capacities, densities and conductivities come from the atlas's cited materials library; the same calculation as "
                Node.element("code") { "mbatlas design" }
                "."
            }
            formNode(form)
            if let error {
                Node.element("div", ["class": "error-box", "role": "alert"]) {
                    Node.element("strong") { "This design cannot be computed: " }
                    error.message
                }
            }
            if let outcome { result(outcome) }
            Node.element("p", ["class": "hint"]) {
                "As JSON: "
                Node.element(
                    "a",
                    [
                        "href": QueryString(form.values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }).url(
                            "/api/v1/design")
                    ]
                ) {
                    Node.element("code") { "/api/v1/design" }
                }
                " with the same parameters (GET), or POST a JSON object of them."
            }
        }
    }

    static func formNode(_ form: DesignForm) -> Node {
        let v = form.values
        return .element("form", ["class": "design", "method": "get", "action": "/design"]) {
            Node.element("fieldset") {
                Node.element("legend") { "Layers" }
                select("cathode", "Cathode", ElectrodeMaterial.cathodes.map { ($0.id, $0.name) }, v["cathode"])
                text("cathode_thickness", "Cathode thickness", v, placeholder: "1 um")
                select("electrolyte", "Electrolyte", DesignElectrolyte.all.map { ($0.id, $0.name) }, v["electrolyte"])
                text("electrolyte_thickness", "Electrolyte thickness", v, placeholder: "1.5 um")
                select("anode", "Anode", ElectrodeMaterial.anodes.map { ($0.id, $0.name) }, v["anode"])
                text("anode_thickness", "Anode thickness (empty: N/P = 1)", v, placeholder: "")
            }
            Node.element("fieldset") {
                Node.element("legend") { "Geometry and size" }
                text("geometry", "Geometry", v, placeholder: "planar")
                Node.element("p", ["class": "hint"]) { GeometrySpec.grammar }
                text("area", "Footprint area", v, placeholder: "1 mm2")
                text("max_aspect_ratio", "Largest aspect ratio h/w", v, placeholder: "")
            }
            Node.element("fieldset") {
                Node.element("legend") { "Operation" }
                text("rate", "C-rate", v, placeholder: "1C")
                text("current", "or current (density)", v, placeholder: "10 uA/cm2")
                text("temperature", "Temperature", v, placeholder: "25C")
                text("max_drop", "Largest ohmic drop", v, placeholder: "0.1 V")
                text("cell_voltage", "Cell voltage (override)", v, placeholder: "")
                Node.element("label") {
                    if v["allow_thin_electrolyte"] == "true" {
                        Node.void(
                            "input",
                            [
                                Attribute("type", "checkbox"), Attribute("name", "allow_thin_electrolyte"),
                                Attribute("value", "true"), .flag("checked"),
                            ])
                    } else {
                        Node.void("input", ["type": "checkbox", "name": "allow_thin_electrolyte", "value": "true"])
                    }
                    " allow an electrolyte thinner than its pin-hole minimum"
                }
            }
            Node.element("fieldset") {
                Node.element("legend") { "Inverse design (optional)" }
                text("target_energy", "Target energy", v, placeholder: "24 uWh")
                text("target_power", "Target power", v, placeholder: "10 uW")
                text("max_volume", "Largest volume", v, placeholder: "10 mm3")
            }
            Node.element("div", ["class": "actions"]) {
                Node.element("button", ["type": "submit"]) { "Compute" }
                " "
                Node.element("a", ["class": "button secondary", "href": "/design"]) { "Reset" }
            }
        }
    }

    static func text(_ name: String, _ label: String, _ values: [String: String], placeholder: String) -> Node {
        let id = "f-" + name
        return .fragment([
            .element("label", ["for": id]) { label },
            .void(
                "input",
                [
                    Attribute("type", "text"), Attribute("id", id), Attribute("name", name),
                    Attribute("value", values[name] ?? ""),
                    Attribute("placeholder", placeholder), Attribute("spellcheck", "false"),
                    Attribute("autocomplete", "off"),
                ]),
        ])
    }

    /// A select of library materials; a value typed elsewhere (an alias, `NAME:THICKNESS`) is kept
    /// as an extra option so the form shows what was asked.
    static func select(_ name: String, _ label: String, _ options: [(id: String, name: String)], _ selected: String?)
        -> Node
    {
        let id = "f-" + name
        let known = options.contains { $0.id == selected }
        return .fragment([
            .element("label", ["for": id]) { label },
            .element("select", ["id": id, "name": name]) {
                if let selected, !known {
                    Node.element("option", [Attribute("value", selected), .flag("selected")]) { selected }
                }
                for o in options {
                    if o.id == selected {
                        Node.element("option", [Attribute("value", o.id), .flag("selected")]) { "\(o.name) (\(o.id))" }
                    } else {
                        Node.element("option", ["value": o.id]) { "\(o.name) (\(o.id))" }
                    }
                }
            },
        ])
    }

    // MARK: Result

    struct Row {
        let label: String
        let value: String
    }

    static func result(_ outcome: DesignForm.Outcome) -> Node {
        switch outcome {
        case .forward(let r):
            return .element("section", ["aria-label": "Result"]) { forward(r) }
        case .inverse(let s, let target):
            return .element("section", ["aria-label": "Result"]) {
                table("Inverse design", inverseRows(s, target))
                forward(s.result)
            }
        }
    }

    static func forward(_ r: DesignResult) -> Node {
        .fragment([
            table(
                "Cell",
                [
                    Row(
                        label: "cathode",
                        value: "\(r.cathodeName)"
                            + (r.cathodeThickness.map { " \(fmt($0, "um")) µm" } ?? " (the structure)")),
                    Row(
                        label: "cathode capacity per µm (µA h cm⁻² µm⁻¹)",
                        value: "\(fmt(r.cathodeVolumetricCapacity, "uAh/cm2/um")) — \(r.cathodeCapacityBasis)"),
                    Row(
                        label: "electrolyte",
                        value:
                            "\(r.electrolyteName) (\(r.electrolyteFamily.rawValue)) \(fmt(r.electrolyteThickness, "um")) µm"
                    ),
                    Row(
                        label: "conductivity (S cm⁻¹)",
                        value: "\(fmt(r.conductivity, "S/cm")) at \(Format.number(r.temperature.si - 273.15)) °C"),
                    Row(
                        label: "anode",
                        value: "\(r.anodeName) \(fmt(r.anodeThickness, "um")) µm (\(r.anodeThicknessBasis))"),
                    Row(label: "geometry", value: r.geometrySummary),
                    Row(
                        label: "area gain (bare / cathode surface)",
                        value: "\(fmt(r.areaGain)) / \(fmt(r.interfaceAreaGain))"),
                ] + (r.aspectRatio.map { [Row(label: "aspect ratio \($0.definition)", value: fmt($0.value))] } ?? [])
                    + [
                        Row(label: "stack height (µm)", value: fmt(r.stackHeight, "um"))
                    ]
                    + (r.footprintCapacityGain.map { [Row(label: "footprint-capacity gain vs planar", value: fmt($0))] }
                        ?? [])),
            table(
                "Per footprint area",
                [
                    Row(
                        label: "capacity (µA h cm⁻²)",
                        value: "\(fmt(r.arealCapacity, "uAh/cm2")) (\(r.limitingElectrode)-limited)"),
                    Row(label: "cell voltage (V)", value: "\(fmt(r.cellVoltage, "V")) = \(r.cellVoltageBasis)"),
                    Row(label: "energy (µW h cm⁻²)", value: fmt(r.arealEnergy, "uWh/cm2")),
                    Row(label: "power at \(fmt(r.cRate, "C"))C, eqn (2) (µW cm⁻²)", value: fmt(r.arealPower, "uW/cm2")),
                    Row(label: "current density (µA cm⁻²)", value: fmt(r.currentDensity, "uA/cm2")),
                    Row(label: "discharge time (h)", value: fmt(r.dischargeTime, "h")),
                ]),
            table(
                "Per volume and mass",
                [
                    Row(label: "energy density (mW h cm⁻³)", value: fmt(r.volumetricEnergy, "mWh/cm3")),
                    Row(label: "power density (mW cm⁻³)", value: fmt(r.volumetricPower, "mW/cm3")),
                    Row(
                        label: "eqn (1), cathode mass (W h kg⁻¹)",
                        value: r.specificEnergyCathode.map { fmt($0, "Wh/kg") } ?? "no cited cathode density"),
                    Row(
                        label: "eqn (1), cathode + anode (W h kg⁻¹)",
                        value: r.specificEnergyElectrodes.map { fmt($0, "Wh/kg") }
                            ?? "no cited density for both electrodes"),
                ]),
            table(
                "Electrolyte",
                [
                    Row(label: "resistance θ/(σ·AG) (Ω cm²)", value: fmt(r.arealResistance, "Ohm*cm2")),
                    Row(label: "ohmic drop at this current (V)", value: fmt(r.ohmicDrop, "V")),
                    Row(
                        label: "largest C-rate for a \(fmt(r.maxDrop, "V")) V drop",
                        value: fmt(r.maxCRateForDrop, "C") + "C"),
                ]),
            r.footprint.map { area in
                table(
                    "Cell of \(fmt(area, "mm2")) mm²",
                    [
                        r.capacity.map { Row(label: "capacity (µA h)", value: fmt($0, "uAh")) },
                        r.energy.map { Row(label: "energy (µW h)", value: fmt($0, "uWh")) },
                        r.power.map { Row(label: "power (µW)", value: fmt($0, "uW")) },
                        r.current.map { Row(label: "current (µA)", value: fmt($0, "uA")) },
                        r.cellVolume.map { Row(label: "stack volume (mm³)", value: fmt($0, "mm3")) },
                    ].compactMap { $0 })
            } ?? .empty,
            r.notes.isEmpty
                ? .empty
                : .fragment([
                    .element("h3") { "Notes" },
                    .element("ul") { for n in r.notes { Node.element("li") { n } } },
                ]),
        ])
    }

    static func inverseRows(_ s: InverseDesignResult, _ target: DesignTarget) -> [Row] {
        var rows = [Row(label: "target energy (µW h)", value: fmt(target.energy, "uWh"))]
        if let p = target.power { rows.append(Row(label: "target power (µW)", value: fmt(p, "uW"))) }
        if let v = target.maxVolume { rows.append(Row(label: "volume limit (mm³)", value: fmt(v, "mm3"))) }
        rows.append(
            Row(
                label: "smallest footprint (mm²)",
                value: "\(fmt(s.footprint, "mm2")) — set by the \(s.sizingRequirement) target"))
        if let h = s.height {
            rows.append(
                Row(label: "structure height (µm)", value: "\(fmt(h, "um")) — limited by \(s.heightLimit ?? "")"))
        }
        rows.append(Row(label: "stack volume (mm³)", value: fmt(s.cellVolume, "mm3")))
        return rows
    }

    static func table(_ title: String, _ rows: [Row]) -> Node {
        .fragment([
            .element("h2") { title },
            .element("table", ["class": "kv"]) {
                Node.element("tbody") {
                    for row in rows {
                        Node.element("tr") {
                            Node.element("th", ["scope": "row"]) { row.label }
                            Node.element("td") { row.value }
                        }
                    }
                }
            },
        ])
    }

    static func fmt<K: PhysicalKind>(_ m: Measure<K>, _ unit: String) -> String {
        let u = (try? Unit.parse(unit)) ?? Unit.one
        return fmt((try? m.value(in: u)) ?? m.canonical)
    }

    static func fmt(_ x: Double) -> String { Format.number(x, digits: 4) }
}
