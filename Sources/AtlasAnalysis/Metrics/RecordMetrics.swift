import AtlasCore
import AtlasData
import AtlasPhysics
import Foundation

/// Everything the atlas derives for one record: capacity in each canonical form the record
/// allows, the nominal voltage and discharge time, energy and power densities by the review's
/// eqns (1)–(2), cycle-life figures, and the electrolyte's area-specific resistance and ohmic drop
/// (planar cells only).
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
    /// For a retention printed as approximately 100 % ("~100%"), whose fade is below the printed
    /// precision: the largest fade per cycle (%) that precision allows — the retention half a unit
    /// of the last printed digit below 100 (99.5 %). `rank` compares such a cell at this value.
    public var fadeUpperBound: Double?
    /// Ω cm², of a planar electrolyte layer (absent for 3D cells: it depends on the area gain).
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
                    kind: $0.kind, value: $0.value, provenance: $0.provenance + " [\(variant.description)]",
                    inputs: $0.inputs,
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

    private func capacities(_ r: MicrobatteryRecord, _ p: PrimaryValues, _ m: inout RecordMetrics) {
        let capCell = { (kind: QuantityKind) in Self.capacityCell(r, kind) }
        if let v = p.capacityAreal, let cell = capCell(.arealCapacity) {
            m.capacityAreal = DerivedValue(
                kind: .arealCapacity, value: v, provenance: "as printed", inputs: [Self.input("capacity", cell)])
        }
        if let v = p.capacityVolumetric, let cell = capCell(.volumetricCapacity) {
            m.capacityVolumetric = DerivedValue(
                kind: .volumetricCapacity, value: v,
                provenance: cell.quantity?.unit == QuantityKind.volumetricCapacity.canonicalUnit
                    ? "as printed" : "unit conversion (1 mA h cm⁻³ = 0.1 µA h cm⁻² µm⁻¹)",
                inputs: [Self.input("capacity", cell)])
        }
        if let v = p.capacitySpecific, let cell = capCell(.specificCapacity) {
            m.capacitySpecific = DerivedValue(
                kind: .specificCapacity, value: v, provenance: "as printed", inputs: [Self.input("capacity", cell)])
        }
        // Absolute capacity needs the cell area — first, so that an areal capacity obtained this
        // way can go on to a capacity per µm with the record's own cathode thickness.
        if m.capacityAreal == nil { m.capacityAreal = arealOverAssumedArea(r, p) }
        // Conversions that need a cathode thickness: the record's own, or the user's assumption.
        let thickness: (value: Double, text: String)? = {
            if let t = p.cathodeThickness, let cell = r.cathodeThickness.first {
                return (t, Self.input("cathode thickness", cell, source: Self.conditionSource(cell)))
            }
            if let t = assumptions.cathodeThickness {
                return (t.canonical, "cathode thickness \(t) \(MetricAssumptions.marker)")
            }
            return nil
        }()
        // Only for planar cells: in a 3D cell the film covers AG times the footprint, so footprint
        // capacity ÷ film thickness is not a capacity per µm of cathode.
        if let t = thickness, t.value > 0, r.structure.architecture == .planar {
            if m.capacityAreal == nil, let vol = m.capacityVolumetric {
                m.capacityAreal = converted(
                    r, .arealCapacity, vol.value * t.value, "capacity per µm × cathode thickness", from: vol, t.text)
            } else if m.capacityVolumetric == nil, let areal = m.capacityAreal {
                m.capacityVolumetric = converted(
                    r, .volumetricCapacity, areal.value / t.value, "areal capacity ÷ cathode thickness", from: areal,
                    t.text)
            }
        }
        // A specific capacity from a volumetric one needs the cathode density.
        if m.capacitySpecific == nil, let vol = m.capacityVolumetric, let rho = assumptions.cathodeDensity {
            let gPerCm3 = rho.canonical
            if gPerCm3 > 0 {
                // µA h cm⁻² µm⁻¹ = 10 mA h cm⁻³; ÷ g cm⁻³ → mA h g⁻¹
                m.capacitySpecific = converted(
                    r, .specificCapacity, vol.value * 10 / gPerCm3, "capacity per µm (= per volume) ÷ cathode density",
                    from: vol, "cathode density \(rho) \(MetricAssumptions.marker)")
            }
        }
    }

    /// An absolute capacity (µA h) over the user's assumed cell area. The store has no structured
    /// cell area, so the assumption applies to every such record; but one whose conditions print
    /// a cell size (entry 26: "100 mm × 100 mm (cell size), 200 mm × 200 mm") must not lose it
    /// silently, so the value is flagged as replacing it.
    private func arealOverAssumedArea(_ r: MicrobatteryRecord, _ p: PrimaryValues) -> DerivedValue? {
        guard let charge = p.capacityCharge, let area = assumptions.area, let cell = Self.capacityCell(r, .charge),
            let cm2 = try? area.value(in: Unit.parse("cm²")), cm2 > 0
        else { return nil }
        let sizeFlag = r.conditions.flatMap { conditions in
            conditions.lowercased().contains("cell size")
                ? "the record's conditions print a cell size (\"\(conditions)\"), which the assumed area replaces: "
                    + "the atlas holds no structured cell area to use instead"
                : nil
        }
        let conflict = Self.statedElsewhere(r, .arealCapacity, converted: charge / cm2)
        return DerivedValue(
            kind: .arealCapacity, value: charge / cm2,
            provenance: "capacity ÷ cell area"
                + (conflict == nil ? "" : "; disagrees with the value the review's prose states (see the flag)"),
            inputs: [Self.input("capacity", cell), "area \(area) \(MetricAssumptions.marker)"],
            flags: [sizeFlag, conflict].compactMap { $0 })
    }

    /// A capacity converted from another with one more input. When the review states the same
    /// quantity elsewhere and the two disagree (``statedElsewhere(_:_:converted:)``), the value
    /// is kept but says so in its provenance and in a flag that follows it into every energy,
    /// time and power computed from it.
    private func converted(
        _ r: MicrobatteryRecord, _ kind: QuantityKind, _ value: Double, _ formula: String, from base: DerivedValue,
        _ input: String
    ) -> DerivedValue {
        let conflict = Self.statedElsewhere(r, kind, converted: value)
        return DerivedValue(
            kind: kind, value: value,
            provenance: formula
                + (conflict == nil ? "" : "; disagrees with the value the review's prose states (see the flag)"),
            inputs: base.inputs + [input], flags: (base.flags + [conflict].compactMap { $0 }).uniqued)
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
            let midPoints = [(positive, e1), (negative, e2)].filter { $0.1.kind == .cyclingWindowMidPoint }.map {
                "E(\($0.0))"
            }
            let provenance =
                midPoints.isEmpty
                ? "nominal voltage of the couple: \(couple)"
                : "estimated voltage of the couple: \(couple), where \(midPoints.joined(separator: " and ")) "
                    + (midPoints.count == 1
                        ? "is the mid-point of a cycling window" : "are mid-points of cycling windows")
                    + ", not a measured potential"
            var inputs = [
                "E(\(positive)) = \(Self.volts(e1.value)) (\(e1.basis))",
                "E(\(negative)) = \(Self.volts(e2.value)) (\(e2.basis))",
            ]
            if cell.source == "prose" {
                // Li-free cells (entries 13, 14) print no anode: the plated Li comes from the prose.
                inputs.append(
                    "electrodes of \(cell.printed) as the review's prose names them (see the entry's note on cells)")
            }
            return DerivedValue(kind: .voltage, value: e1.value - e2.value, provenance: provenance, inputs: inputs)
        }
        if let lo = p.voltageMin, let hi = p.voltageMax, let cell = r.voltage.first {
            return DerivedValue(
                kind: .voltage, value: (lo + hi) / 2, provenance: "mid-point of the voltage window",
                inputs: ["voltage window \(cell.printed) \(Self.source(cell))"])
        }
        return nil
    }

    static func volts(_ v: Double) -> String {
        QuantityFormatter(significantDigits: 4).string(from: Quantity(v, Unit(.volt)))
    }

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
        if name == "Li" || name.lowercased() == "li metal" {
            return (0, .stated, "lithium metal, 0 V vs Li/Li⁺ by definition")
        }
        var candidates = [(name, ""), (String(name.prefix { $0 != " " && $0 != "(" }), "")]
        if let mapped = libraryNames[name] {
            candidates.append((mapped.id, "read as \(mapped.id): \(mapped.reason); "))
        }
        for (candidate, reading) in candidates {
            for material in [
                try? MaterialLibrary.cathode(named: candidate), try? MaterialLibrary.anode(named: candidate),
            ] {
                if let material, let mean = material.meanVoltage {
                    return (
                        mean.value.si, mean.kind,
                        "\(reading)\(material.name), \(mean.basis), AtlasPhysics materials library"
                    )
                }
            }
        }
        return nil
    }

    /// Δt of the review's eqn (2): 1/C for a C-rate, else capacity ÷ current in a matching form.
    /// A current printed in two forms that disagree ("100 μA cm⁻² (2C)": 0.4 h by the density,
    /// 0.5 h by the rate) is flagged.
    func dischargeTime(_ r: MicrobatteryRecord, _ p: PrimaryValues, _ m: RecordMetrics) -> DerivedValue? {
        guard let currentCell = p.current else { return nil }
        let cellText = Self.input("current", currentCell)
        if let c = p.cRate, c > 0 {
            return DerivedValue(
                kind: .time, value: 1 / c, provenance: "1/C-rate (full nominal capacity at that rate)",
                inputs: [cellText])
        }
        let formula: String
        let time: Double
        let inputs: [String]
        let flags: [String]
        if let j = p.currentDensity, j > 0, let areal = m.capacityAreal {
            (formula, time, inputs, flags) = (
                "areal capacity ÷ current density", areal.value / j, areal.inputs + [cellText], areal.flags
            )
        } else if let i = p.currentSpecific, i > 0, let spec = m.capacitySpecific {
            (formula, time, inputs, flags) = (
                "specific capacity ÷ specific current", spec.value / i, spec.inputs + [cellText], spec.flags
            )
        } else if let i = p.currentAbsolute, i > 0, let q = p.capacityCharge, let cell = Self.capacityCell(r, .charge) {
            (formula, time, inputs, flags) = (
                "capacity ÷ current", q / i, [Self.input("capacity", cell), cellText], []
            )
        } else {
            return nil
        }
        let disagreement = Self.otherCurrentForm(
            currentCell, time: time, used: "\(formula) (\(currentCell.parsedFrom ?? currentCell.printed))")
        return DerivedValue(
            kind: .time, value: time, provenance: formula, inputs: inputs,
            flags: (flags + [disagreement].compactMap { $0 }).uniqued)
    }

    // MARK: Energy and power (eqns (1)–(2))

    private func energyAndPower(_ r: MicrobatteryRecord, _ m: inout RecordMetrics) {
        let printedEnergy = r.capacity.first { $0.kind == .arealEnergy }
        if let v = m.voltage, let c = m.capacityAreal {
            // µA h cm⁻² × V = µW h cm⁻²
            m.energyAreal = DerivedValue(
                kind: .arealEnergy, value: c.value * v.value, provenance: "E = C·V (areal capacity × voltage)",
                inputs: c.inputs + ["voltage \(v.text): \(v.provenance)"], flags: c.flags)
        } else if let e = printedEnergy, let q = e.quantity,
            let value = try? q.representative.value(in: QuantityKind.arealEnergy)
        {
            m.energyAreal = DerivedValue(
                kind: .arealEnergy, value: value,
                provenance: "as printed (the capacity column prints an energy density)",
                inputs: [Self.input("energy", e)])
        }
        if let v = m.voltage, let c = m.capacityVolumetric {
            // µA h cm⁻² µm⁻¹ × V = µW h cm⁻² µm⁻¹ = 10 mW h cm⁻³ (per volume of cathode)
            // In a 3D cell "per µm" has no stated basis (cathode shell, pillar height?): say so.
            let basis =
                r.structure.architecture == .threeDimensional
                ? "E = C·V per µm as printed (capacity per µm × voltage); for a 3D cell the review does not say "
                    + "what the µm measures, so this is not necessarily per volume of cathode"
                : "E = C·V per volume of cathode (capacity per µm × voltage)"
            m.energyVolumetric = DerivedValue(
                kind: .volumetricEnergy, value: c.value * v.value * 10, provenance: basis,
                inputs: c.inputs + ["voltage \(v.text): \(v.provenance)"], flags: c.flags)
        }
        if let v = m.voltage, let c = m.capacitySpecific {
            // mA h g⁻¹ × V = mW h g⁻¹ = W h kg⁻¹: eqn (1) with C/(θ·ρ) the specific capacity
            m.energySpecific = DerivedValue(
                kind: .specificEnergy, value: c.value * v.value,
                provenance: "eqn (1) E = C·V/(θ·ρ), with C/(θ·ρ) the specific capacity of the active material",
                inputs: c.inputs + ["voltage \(v.text): \(v.provenance)"], flags: c.flags)
        }
        guard let t = m.dischargeTime, t.value > 0 else { return }
        // A power names the assumptions and carries the flags of its energy and its discharge time.
        func power(_ kind: QuantityKind, _ e: DerivedValue?) -> DerivedValue? {
            e.map {
                DerivedValue(
                    kind: kind, value: $0.value / t.value, provenance: "eqn (2) P = E/Δt",
                    inputs: [$0.summary("energy"), t.summary("discharge time")]
                        + ($0.assumptions + t.assumptions).uniqued,
                    flags: ($0.flags + t.flags).uniqued)
            }
        }
        m.powerAreal = power(.arealPower, m.energyAreal)
        m.powerVolumetric = power(.volumetricPower, m.energyVolumetric)
        m.powerSpecific = power(.specificPower, m.energySpecific)
    }

    // MARK: Cycle life

    /// Per-cycle fade f = 1 − (R/100)^(1/N); cycles to 80 % N₈₀ = ln 0.8 / ln(1 − f).
    ///
    /// A retention printed as approximately 100 % ("~100%") is not "no fade": the fade is below
    /// what the printed precision resolves. Its fade stays 0 but is flagged so, and
    /// ``RecordMetrics/fadeUpperBound`` holds the largest fade that precision allows (99.5 % for
    /// "~100%"), which `rank` uses.
    private func cycleLife(_ r: MicrobatteryRecord, _ p: PrimaryValues, _ m: inout RecordMetrics) {
        guard let retention = p.retention, let cycles = p.cycles, cycles > 0, retention > 0,
            let rCell = r.retention.first, let nCell = r.cycles.first
        else { return }
        let approximate = rCell.quantity?.magnitude.isApproximate ?? false
        var flags: [String] = []
        if retention > 100 { flags.append("retention above 100 % (capacity grew)") }
        if cycles < 10 { flags.append("fewer than 10 cycles: too few to extrapolate") }
        if retention == 100, approximate {
            let lowest = 100 - Self.halfUnitOfLastDigit(rCell.parsedFrom ?? rCell.printed)
            let bound = (1 - pow(lowest / 100, 1 / Double(cycles))) * 100
            m.fadeUpperBound = bound
            let f = QuantityFormatter(significantDigits: 4)
            flags.append(
                "approximately 100 %: fade below the printed precision, not measured as zero — at most "
                    + "\(f.string(from: Quantity(bound, QuantityKind.fraction.canonicalUnit))) per cycle "
                    + "(\(f.number(lowest)) % after \(cycles) cycles); cycles to 80 % cannot be extrapolated")
        } else if retention == 100 {
            flags.append("no measurable fade: cycles to 80 % cannot be extrapolated")
        }
        let fade = 1 - pow(retention / 100, 1 / Double(cycles))
        let inputs = [Self.input("retention", rCell), Self.input("cycles", nCell)]
        m.fadePerCycle = DerivedValue(
            kind: .fraction, value: fade * 100, provenance: "1 − (retention/100)^(1/cycles)", inputs: inputs,
            flags: flags)
        if retention < 100, cycles >= 10 {
            m.cyclesTo80 = DerivedValue(
                kind: .count, value: Double(cycles) * log(0.8) / log(retention / 100),
                provenance: "cycles × ln 0.8 / ln(retention/100) (constant fade per cycle, extrapolated)",
                inputs: inputs)
        }
    }

    // MARK: Electrolyte resistance

    /// R = θ/σ (Ω cm²); ΔV = i·R at the test current (density, or C-rate × areal capacity).
    ///
    /// Planar cells only. In a 3D cell the electrolyte film covers AG times the footprint, so its
    /// resistance per footprint is θ/(σ·AG) and a footprint current drops only i·θ/(σ·AG) across
    /// it; no record carries an area gain the atlas could use (entry 34 prints one but no
    /// conductivity), so for 3D cells both are absent rather than a planar figure too large by AG.
    private func resistance(_ r: MicrobatteryRecord, _ p: PrimaryValues, _ m: inout RecordMetrics) {
        guard r.structure.architecture == .planar, let theta = p.electrolyteThickness, let sigma = p.conductivity,
            sigma > 0,
            let tCell = r.electrolyteThickness.first, let sCell = r.conductivity.first
        else { return }
        // µm × 1e-4 cm/µm ÷ (S cm⁻¹) = Ω cm²
        let asr = theta * 1e-4 / sigma
        let inputs = [Self.input("electrolyte thickness", tCell), Self.input("conductivity", sCell)]
        m.electrolyteResistance = DerivedValue(
            kind: .arealResistance, value: asr, provenance: "R = θ/σ (planar layer)", inputs: inputs)
        var j: (value: Double, inputs: [String], flags: [String])? = nil
        if let jd = p.currentDensity, let c = p.current {
            j = (jd, [Self.input("current density", c)], [])
        } else if let rate = p.cRate, let areal = m.capacityAreal, let c = p.current {
            j = (
                rate * areal.value,
                ["current density = C-rate × areal capacity (\(c.printed) × \(areal.text))"] + areal.assumptions,
                areal.flags
            )
        }
        if let j {
            // µA cm⁻² × Ω cm² = µV → V
            let rText =
                "R = \(QuantityFormatter(significantDigits: 4).string(from: Quantity(asr, QuantityKind.arealResistance.canonicalUnit)))"
            m.ohmicDrop = DerivedValue(
                kind: .voltage, value: j.value * asr * 1e-6, provenance: "ΔV = i·R",
                inputs: [j.inputs[0], rText] + j.inputs.dropFirst(), flags: j.flags)
        }
    }
}
