import AtlasCore
import AtlasData
import AtlasPhysics
import Foundation

/// Everything the atlas derives for one record: capacity in each canonical form the record
/// allows, the nominal voltage and discharge time, energy and power densities by the review's
/// eqns (1)–(2), cycle-life figures, and the electrolyte's area-specific resistance and ohmic drop.
///
/// When the entry lists parallel variants (two cells, two conditions), every value is computed
/// from one variant only — its own cells and the cells shared by all variants — so no value
/// combines inputs of different cells; each provenance names the variant.
public struct RecordMetrics: Sendable {
    public let recordID: Int
    /// The variant the values are computed for; nil for an entry without variants.
    public var variant: RecordVariant?
    public var capacityAreal: DerivedValue?
    public var capacityVolumetric: DerivedValue?
    public var capacitySpecific: DerivedValue?
    /// Cell voltage used for energy: the couple's voltage from the materials library (nominal, or
    /// estimated when an electrode's potential is a window mid-point — the provenance says which),
    /// or else the mid-point of the printed voltage window.
    public var voltage: DerivedValue?
    public var dischargeTime: DerivedValue?
    /// µW h cm⁻², per footprint area.
    public var energyAreal: DerivedValue?
    /// mW h cm⁻³, per volume of cathode (from a capacity per µm of cathode).
    public var energyVolumetric: DerivedValue?
    /// W h kg⁻¹ of active material, eqn (1) with C/(θ·ρ) the specific capacity.
    public var energySpecific: DerivedValue?
    public var powerAreal: DerivedValue?
    public var powerVolumetric: DerivedValue?
    public var powerSpecific: DerivedValue?
    /// Fraction of capacity lost per cycle (dimensionless, in %).
    public var fadePerCycle: DerivedValue?
    /// Cycles until 80 % of the initial capacity, extrapolated at the measured fade rate.
    public var cyclesTo80: DerivedValue?
    /// Ω cm².
    public var electrolyteResistance: DerivedValue?
    /// V at the test current.
    public var ohmicDrop: DerivedValue?

    /// Every present value with the name the CLI, the web page and the JSON use.
    public var all: [(name: String, value: DerivedValue)] {
        let named: [(String, DerivedValue?)] = [
            ("capacity_areal", capacityAreal), ("capacity_volumetric", capacityVolumetric),
            ("capacity_specific", capacitySpecific), ("voltage", voltage), ("discharge_time", dischargeTime),
            ("energy_areal", energyAreal), ("energy_volumetric", energyVolumetric), ("energy_specific", energySpecific),
            ("power_areal", powerAreal), ("power_volumetric", powerVolumetric), ("power_specific", powerSpecific),
            ("fade_per_cycle", fadePerCycle), ("cycles_to_80_percent", cyclesTo80),
            ("electrolyte_resistance", electrolyteResistance), ("ohmic_drop", ohmicDrop),
        ]
        return named.compactMap { name, value in value.map { (name, $0) } }
    }

    /// Appends the variant to every value's provenance.
    mutating func state(_ variant: RecordVariant) {
        func stated(_ v: DerivedValue?) -> DerivedValue? {
            v.map {
                DerivedValue(
                    kind: $0.kind, value: $0.value, provenance: $0.provenance + " [\(variant.description)]", inputs: $0.inputs,
                    flags: $0.flags)
            }
        }
        capacityAreal = stated(capacityAreal)
        capacityVolumetric = stated(capacityVolumetric)
        capacitySpecific = stated(capacitySpecific)
        voltage = stated(voltage)
        dischargeTime = stated(dischargeTime)
        energyAreal = stated(energyAreal)
        energyVolumetric = stated(energyVolumetric)
        energySpecific = stated(energySpecific)
        powerAreal = stated(powerAreal)
        powerVolumetric = stated(powerVolumetric)
        powerSpecific = stated(powerSpecific)
        fadePerCycle = stated(fadePerCycle)
        cyclesTo80 = stated(cyclesTo80)
        electrolyteResistance = stated(electrolyteResistance)
        ohmicDrop = stated(ohmicDrop)
    }
}

/// Computes ``RecordMetrics`` for records, with optional user ``MetricAssumptions`` for
/// conversions the printed data cannot do alone.
public struct MetricsCalculator: Sendable {
    public var assumptions: MetricAssumptions

    public init(assumptions: MetricAssumptions = .none) {
        self.assumptions = assumptions
    }

    /// The metrics of the record's primary (first listed) variant, or of the record when it
    /// lists no variants.
    public func metrics(for record: MicrobatteryRecord) -> RecordMetrics {
        metrics(for: record, variant: 0)
    }

    /// The metrics of one variant of the record: only the values marked with that variant or
    /// with none, and the variant's own cell stack (``MicrobatteryRecord/restricted(toVariant:)``).
    /// A record without variants ignores `variant`.
    public func metrics(for record: MicrobatteryRecord, variant index: Int) -> RecordMetrics {
        let r = record.restricted(toVariant: index)
        var m = RecordMetrics(recordID: record.id, variant: record.variant(index))
        let p = r.primary
        capacities(r, p, &m)
        m.voltage = nominalVoltage(r, p)
        m.dischargeTime = dischargeTime(r, p, m)
        energyAndPower(r, &m)
        cycleLife(r, p, &m)
        resistance(r, p, &m)
        if let variant = m.variant { m.state(variant) }
        return m
    }

    /// One set of metrics per variant the record lists (one set when it lists none).
    public func metricsByVariant(for record: MicrobatteryRecord) -> [RecordMetrics] {
        record.hasVariants ? record.variants.indices.map { metrics(for: record, variant: $0) } : [metrics(for: record)]
    }

    // MARK: Capacity

    /// Where a condition such as the cathode thickness came from.
    static func conditionSource(_ cell: ReportedCell) -> String {
        switch cell.provenance {
        case .table: return "(Table 2 conditions)"
        case .prose: return "(from the review's prose)"
        case .imported: return "(imported)"
        }
    }

    static func source(_ cell: ReportedCell?) -> String {
        guard let cell else { return "" }
        switch cell.provenance {
        case .table: return "(Table 2)"
        case .prose: return "(Table 2, reconstructed from the prose)"
        case .imported: return "(imported)"
        }
    }

    private func capacities(_ r: MicrobatteryRecord, _ p: PrimaryValues, _ m: inout RecordMetrics) {
        let capCell = { (kind: QuantityKind) in r.capacity.first { $0.quantity.map { kind.accepts($0.unit) } ?? false } }
        if let v = p.capacityAreal, let cell = capCell(.arealCapacity) {
            m.capacityAreal = DerivedValue(
                kind: .arealCapacity, value: v, provenance: "as printed",
                inputs: ["capacity \(cell.printed) \(Self.source(cell))"])
        }
        if let v = p.capacityVolumetric, let cell = capCell(.volumetricCapacity) {
            m.capacityVolumetric = DerivedValue(
                kind: .volumetricCapacity, value: v,
                provenance: cell.quantity?.unit == QuantityKind.volumetricCapacity.canonicalUnit ? "as printed" : "unit conversion (1 mA h cm⁻³ = 0.1 µA h cm⁻² µm⁻¹)",
                inputs: ["capacity \(cell.printed) \(Self.source(cell))"])
        }
        if let v = p.capacitySpecific, let cell = capCell(.specificCapacity) {
            m.capacitySpecific = DerivedValue(
                kind: .specificCapacity, value: v, provenance: "as printed", inputs: ["capacity \(cell.printed) \(Self.source(cell))"])
        }
        // Conversions that need a cathode thickness: the record's own, or the user's assumption.
        let thickness: (value: Double, text: String)? = {
            if let t = p.cathodeThickness, let cell = r.cathodeThickness.first {
                return (t, "cathode thickness \(cell.printed) " + Self.conditionSource(cell))
            }
            if let t = assumptions.cathodeThickness {
                return (t.canonical, "cathode thickness \(t) (assumption given by the user)")
            }
            return nil
        }()
        // Only for planar cells: in a 3D cell the film covers AG times the footprint, so footprint
        // capacity ÷ film thickness is not a capacity per µm of cathode.
        if let t = thickness, t.value > 0, r.structure.architecture == .planar {
            if m.capacityAreal == nil, let vol = m.capacityVolumetric {
                m.capacityAreal = DerivedValue(
                    kind: .arealCapacity, value: vol.value * t.value, provenance: "capacity per µm × cathode thickness",
                    inputs: vol.inputs + [t.text])
            } else if m.capacityVolumetric == nil, let areal = m.capacityAreal {
                m.capacityVolumetric = DerivedValue(
                    kind: .volumetricCapacity, value: areal.value / t.value, provenance: "areal capacity ÷ cathode thickness",
                    inputs: areal.inputs + [t.text])
            }
        }
        // Absolute capacity needs the cell area.
        if m.capacityAreal == nil, let charge = p.capacityCharge, let area = assumptions.area, let cell = capCell(.charge) {
            let cm2 = (try? area.value(in: Unit.parse("cm²"))) ?? 0
            if cm2 > 0 {
                m.capacityAreal = DerivedValue(
                    kind: .arealCapacity, value: charge / cm2, provenance: "capacity ÷ cell area",
                    inputs: ["capacity \(cell.printed) \(Self.source(cell))", "area \(area) (assumption given by the user)"])
            }
        }
        // A specific capacity from a volumetric one needs the cathode density.
        if m.capacitySpecific == nil, let vol = m.capacityVolumetric, let rho = assumptions.cathodeDensity {
            let gPerCm3 = rho.canonical
            if gPerCm3 > 0 {
                // µA h cm⁻² µm⁻¹ = 10 mA h cm⁻³; ÷ g cm⁻³ → mA h g⁻¹
                m.capacitySpecific = DerivedValue(
                    kind: .specificCapacity, value: vol.value * 10 / gPerCm3,
                    provenance: "capacity per µm (= per volume) ÷ cathode density",
                    inputs: vol.inputs + ["cathode density \(rho) (assumption given by the user)"])
            }
        }
    }

    // MARK: Voltage and time

    /// The couple's voltage from the materials library (positive minus negative electrode, each its
    /// potential vs Li), or else the mid-point of the printed voltage window.
    ///
    /// The provenance says what kind of number it is. It is a "nominal voltage of the couple" only
    /// when both potentials describe the materials — an OCV-fit mean or a potential a source states
    /// (``MeanPotential/Kind``). When either is only the mid-point of some cell's cycling window,
    /// the provenance says "estimated" and names that electrode. Each input says how its potential
    /// was obtained, and when a printed name was read as a library material (`pSi` as Si).
    func nominalVoltage(_ r: MicrobatteryRecord, _ p: PrimaryValues) -> DerivedValue? {
        if let cell = r.primaryCell, let positive = cell.cathode, let negative = cell.anode,
            let e1 = Self.potential(of: positive), let e2 = Self.potential(of: negative), e1.value - e2.value > 0
        {
            let couple = "E(\(positive)) − E(\(negative)) vs Li/Li⁺"
            let midPoints = [(positive, e1), (negative, e2)].filter { $0.1.kind == .cyclingWindowMidPoint }.map { "E(\($0.0))" }
            let provenance =
                midPoints.isEmpty
                ? "nominal voltage of the couple: \(couple)"
                : "estimated voltage of the couple: \(couple), where \(midPoints.joined(separator: " and ")) "
                    + (midPoints.count == 1 ? "is the mid-point of a cycling window" : "are mid-points of cycling windows")
                    + ", not a measured potential"
            return DerivedValue(
                kind: .voltage, value: e1.value - e2.value, provenance: provenance,
                inputs: ["E(\(positive)) = \(Self.volts(e1.value)) (\(e1.basis))", "E(\(negative)) = \(Self.volts(e2.value)) (\(e2.basis))"])
        }
        if let lo = p.voltageMin, let hi = p.voltageMax, let cell = r.voltage.first {
            return DerivedValue(
                kind: .voltage, value: (lo + hi) / 2, provenance: "mid-point of the voltage window",
                inputs: ["voltage window \(cell.printed) \(Self.source(cell))"])
        }
        return nil
    }

    static func volts(_ v: Double) -> String { QuantityFormatter(significantDigits: 4).string(from: Quantity(v, Unit(.volt))) }

    /// Printed electrode names the materials library holds under another name, with why they are
    /// the same material. Only names that denote the library's compound are listed: `α-MoO3-x`
    /// (oxygen-deficient, another composition) and composites such as `pSi-Cu` are not.
    static let libraryNames: [String: (id: String, reason: String)] = [
        "pSi": ("Si", "the review's 'macroporous silicon (pSi)' (§3.2, ref. 116)"),
        "Li4/3Ti5/3O4": ("Li4Ti5O12", "the same compound written per four O: 3 × Li₄/₃Ti₅/₃O₄ = Li₄Ti₅O₁₂"),
        "TiO2nts": (
            "TiO2",
            "the review's TiO₂ nanotubes 'grown by anodization of Ti foil' (§3.1.1.1, ref. 73); the library's TiO₂ is anatase, and the review does not state the nanotubes' phase"
        ),
    ]

    /// Potential vs Li of a printed electrode name, when the materials library knows it (directly,
    /// by its first word, or through ``libraryNames``), with how it was obtained.
    static func potential(of printed: String) -> (value: Double, kind: MeanPotential.Kind, basis: String)? {
        let name = printed.trimmingSpaces
        if name == "Li" || name.lowercased() == "li metal" { return (0, .stated, "lithium metal, 0 V vs Li/Li⁺ by definition") }
        var candidates = [(name, ""), (String(name.prefix { $0 != " " && $0 != "(" }), "")]
        if let mapped = libraryNames[name] { candidates.append((mapped.id, "read as \(mapped.id): \(mapped.reason); ")) }
        for (candidate, reading) in candidates {
            for material in [try? MaterialLibrary.cathode(named: candidate), try? MaterialLibrary.anode(named: candidate)] {
                if let material, let mean = material.meanVoltage {
                    return (mean.value.si, mean.kind, "\(reading)\(material.name), \(mean.basis), AtlasPhysics materials library")
                }
            }
        }
        return nil
    }

    /// Δt of the review's eqn (2): 1/C for a C-rate, else capacity ÷ current in a matching form.
    func dischargeTime(_ r: MicrobatteryRecord, _ p: PrimaryValues, _ m: RecordMetrics) -> DerivedValue? {
        guard let currentCell = p.current else { return nil }
        let cellText = "current \(currentCell.printed) \(Self.source(currentCell))"
        if let c = p.cRate, c > 0 {
            return DerivedValue(kind: .time, value: 1 / c, provenance: "1/C-rate (full nominal capacity at that rate)", inputs: [cellText])
        }
        if let j = p.currentDensity, j > 0, let areal = m.capacityAreal {
            return DerivedValue(kind: .time, value: areal.value / j, provenance: "areal capacity ÷ current density", inputs: areal.inputs + [cellText])
        }
        if let i = p.currentSpecific, i > 0, let spec = m.capacitySpecific {
            return DerivedValue(kind: .time, value: spec.value / i, provenance: "specific capacity ÷ specific current", inputs: spec.inputs + [cellText])
        }
        if let i = p.currentAbsolute, i > 0, let q = p.capacityCharge {
            return DerivedValue(kind: .time, value: q / i, provenance: "capacity ÷ current", inputs: ["capacity \(p.capacity?.printed ?? "")", cellText])
        }
        return nil
    }

    // MARK: Energy and power (eqns (1)–(2))

    private func energyAndPower(_ r: MicrobatteryRecord, _ m: inout RecordMetrics) {
        let printedEnergy = r.capacity.first { $0.kind == .arealEnergy }
        if let v = m.voltage, let c = m.capacityAreal {
            // µA h cm⁻² × V = µW h cm⁻²
            m.energyAreal = DerivedValue(kind: .arealEnergy, value: c.value * v.value, provenance: "E = C·V (areal capacity × voltage)", inputs: c.inputs + ["voltage \(v.text): \(v.provenance)"])
        } else if let e = printedEnergy, let q = e.quantity, let value = try? q.representative.value(in: QuantityKind.arealEnergy) {
            m.energyAreal = DerivedValue(kind: .arealEnergy, value: value, provenance: "as printed (the capacity column prints an energy density)", inputs: ["energy \(e.printed) \(Self.source(e))"])
        }
        if let v = m.voltage, let c = m.capacityVolumetric {
            // µA h cm⁻² µm⁻¹ × V = µW h cm⁻² µm⁻¹ = 10 mW h cm⁻³ (per volume of cathode)
            m.energyVolumetric = DerivedValue(kind: .volumetricEnergy, value: c.value * v.value * 10, provenance: "E = C·V per volume of cathode (capacity per µm × voltage)", inputs: c.inputs + ["voltage \(v.text): \(v.provenance)"])
        }
        if let v = m.voltage, let c = m.capacitySpecific {
            // mA h g⁻¹ × V = mW h g⁻¹ = W h kg⁻¹: eqn (1) with C/(θ·ρ) the specific capacity
            m.energySpecific = DerivedValue(kind: .specificEnergy, value: c.value * v.value, provenance: "eqn (1) E = C·V/(θ·ρ), with C/(θ·ρ) the specific capacity of the active material", inputs: c.inputs + ["voltage \(v.text): \(v.provenance)"])
        }
        guard let t = m.dischargeTime, t.value > 0 else { return }
        let timeInput = "discharge time \(t.text): \(t.provenance)"
        if let e = m.energyAreal {
            m.powerAreal = DerivedValue(kind: .arealPower, value: e.value / t.value, provenance: "eqn (2) P = E/Δt", inputs: ["energy \(e.text): \(e.provenance)", timeInput])
        }
        if let e = m.energyVolumetric {
            m.powerVolumetric = DerivedValue(kind: .volumetricPower, value: e.value / t.value, provenance: "eqn (2) P = E/Δt", inputs: ["energy \(e.text): \(e.provenance)", timeInput])
        }
        if let e = m.energySpecific {
            m.powerSpecific = DerivedValue(kind: .specificPower, value: e.value / t.value, provenance: "eqn (2) P = E/Δt", inputs: ["energy \(e.text): \(e.provenance)", timeInput])
        }
    }

    // MARK: Cycle life

    /// Per-cycle fade f = 1 − (R/100)^(1/N); cycles to 80 % N₈₀ = ln 0.8 / ln(1 − f).
    private func cycleLife(_ r: MicrobatteryRecord, _ p: PrimaryValues, _ m: inout RecordMetrics) {
        guard let retention = p.retention, let cycles = p.cycles, cycles > 0, retention > 0,
            let rCell = r.retention.first, let nCell = r.cycles.first
        else { return }
        var flags: [String] = []
        if retention > 100 { flags.append("retention above 100 % (capacity grew)") }
        if cycles < 10 { flags.append("fewer than 10 cycles: too few to extrapolate") }
        if retention == 100 { flags.append("no measurable fade: cycles to 80 % cannot be extrapolated") }
        let fade = 1 - pow(retention / 100, 1 / Double(cycles))
        let inputs = ["retention \(rCell.printed) \(Self.source(rCell))", "cycles \(nCell.printed) \(Self.source(nCell))"]
        m.fadePerCycle = DerivedValue(kind: .fraction, value: fade * 100, provenance: "1 − (retention/100)^(1/cycles)", inputs: inputs, flags: flags)
        if retention < 100, cycles >= 10 {
            m.cyclesTo80 = DerivedValue(
                kind: .count, value: Double(cycles) * log(0.8) / log(retention / 100),
                provenance: "cycles × ln 0.8 / ln(retention/100) (constant fade per cycle, extrapolated)", inputs: inputs)
        }
    }

    // MARK: Electrolyte resistance

    /// R = θ/σ (Ω cm²); ΔV = i·R at the test current (density, or C-rate × areal capacity).
    private func resistance(_ r: MicrobatteryRecord, _ p: PrimaryValues, _ m: inout RecordMetrics) {
        guard let theta = p.electrolyteThickness, let sigma = p.conductivity, sigma > 0,
            let tCell = r.electrolyteThickness.first, let sCell = r.conductivity.first
        else { return }
        // µm × 1e-4 cm/µm ÷ (S cm⁻¹) = Ω cm²
        let asr = theta * 1e-4 / sigma
        let inputs = ["electrolyte thickness \(tCell.printed) \(Self.source(tCell))", "conductivity \(sCell.printed) \(Self.source(sCell))"]
        m.electrolyteResistance = DerivedValue(kind: .arealResistance, value: asr, provenance: "R = θ/σ (planar layer)", inputs: inputs)
        var j: (value: Double, text: String)? = nil
        if let jd = p.currentDensity, let c = p.current {
            j = (jd, "current density \(c.printed) \(Self.source(c))")
        } else if let rate = p.cRate, let areal = m.capacityAreal, let c = p.current {
            j = (rate * areal.value, "current density = C-rate × areal capacity (\(c.printed) × \(areal.text))")
        }
        if let j {
            // µA cm⁻² × Ω cm² = µV → V
            m.ohmicDrop = DerivedValue(kind: .voltage, value: j.value * asr * 1e-6, provenance: "ΔV = i·R", inputs: [j.text, "R = \(QuantityFormatter(significantDigits: 4).string(from: Quantity(asr, QuantityKind.arealResistance.canonicalUnit)))"])
        }
    }
}
