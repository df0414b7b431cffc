import AtlasCore
import Foundation

/// The design calculator: from a ``CellDesign`` to a ``DesignResult``.
///
/// Capacity per footprint = volumetric capacity × electrode volume per footprint (from the
/// geometry); energy = capacity × cell voltage; power by eqn (2); specific energy by eqn (1); the
/// electrolyte's area-specific resistance R = θ/(σ·AG) with AG the area gain at the
/// cathode/electrolyte interface; ohmic drop = j·R; the largest C-rate under a drop limit
/// ΔV_max/(C_areal·R).
public enum DesignCalculator {
    public static func evaluate(_ design: CellDesign) throws(PhysicsError) -> DesignResult {
        var notes: [String] = []
        let g = design.geometry

        // --- Layers and geometry checks
        let tE = design.electrolyteThickness
        try requirePositive(tE, "electrolyte thickness")
        if let minimum = design.electrolyte.minimumThickness, tE < minimum.value, !design.enforceMinimumThickness {
            notes.append(
                "\(design.electrolyte.name) \(tE) is below the pin-hole minimum \(minimum.value) (\(minimum.source)); check disabled"
            )
        } else if let minimum = design.electrolyte.minimumThickness, tE < minimum.value {
            throw .layerTooThin(
                layer: design.electrolyte.name, thickness: tE.description, minimum: minimum.value.description,
                source: minimum.source.text)
        }
        if let recommended = design.electrolyte.recommendedThickness, tE < recommended.value,
            tE >= (design.electrolyte.minimumThickness?.value ?? .zero)
        {
            notes.append(
                "\(design.electrolyte.name) thinner than \(recommended.value): \(recommended.note ?? "") (\(recommended.source))"
            )
        }

        let tC: Length
        if g.isActiveCathode {
            if let given = design.cathodeThickness {
                throw .malformedSpec(
                    "\(design.cathode.id):\(given)",
                    reason: "the structure is the cathode ('active'); give the cathode without a thickness")
            }
            tC = .zero
        } else {
            guard let given = design.cathodeThickness else {
                throw .malformedSpec(
                    design.cathode.id, reason: "the cathode needs a thickness (e.g. \(design.cathode.id):1um)")
            }
            try requirePositive(given, "cathode thickness")
            tC = given
        }
        if let limit = design.maxAspectRatio, let ar = g.aspectRatio, ar.value > limit {
            throw .aspectRatioExceeded(
                actual: ar.value, limit: limit, definition: ar.definition,
                isDefault: limit == CellDesign.defaultMaxAspectRatio)
        }

        let (qvC, cathodeBasis) = try design.cathode.designVolumetricCapacity()
        // A whole-reaction capacity the library marks as an upper bound (TiO₂) is said to be one.
        for material in [design.cathode, design.anode] where material.usableFraction.value == 1 {
            if let caveat = material.usableFraction.note { notes.append("\(material.name) capacity: \(caveat)") }
        }
        let cathodeVolume =
            g.isActiveCathode ? g.structureVolumePerFootprint : g.shellVolumePerFootprint(from: .zero, to: tC)
        let cathodeCapacity: ArealCapacity = qvC * cathodeVolume
        let interfaceOffset = tC
        let electrolyteVolume = g.shellVolumePerFootprint(from: interfaceOffset, to: interfaceOffset + tE)

        // --- Anode: given, or matched to the cathode capacity (N/P = 1); the stack must fit
        let anodeStart = interfaceOffset + tE
        let qvA = try? design.anode.designVolumetricCapacity()
        if let given = design.anodeThickness { try requirePositive(given, "anode thickness") }
        let anodeThickness: Length
        do {
            anodeThickness = try stackedAnode(design, in: g, cathode: tC, electrolyte: tE, qvC: qvC, qvA: qvA?.value)
        } catch {
            guard case .geometryDoesNotFit(let condition) = error else { throw error }
            throw .geometryDoesNotFit(
                condition: condition
                    + fittingClearance(design, g, cathode: tC, electrolyte: tE, qvC: qvC, qvA: qvA?.value))
        }
        let anodeBasis = design.anodeThickness == nil ? "sized to the cathode, N/P = 1" : "given"
        let totalCoating = anodeStart + anodeThickness
        let anodeVolume = g.shellVolumePerFootprint(from: anodeStart, to: totalCoating)

        // --- Capacity: the smaller electrode limits
        var capacity = cathodeCapacity
        var limiting = "cathode"
        if let qvA {
            let anodeCapacity: ArealCapacity = qvA.value * anodeVolume
            if anodeCapacity < cathodeCapacity * (1 - 1e-9) {
                capacity = anodeCapacity
                limiting = "anode"
            }
        } else {
            notes.append("no cited capacity per µm for \(design.anode.name): the capacity is the cathode's")
        }

        // --- Voltage and energy
        let voltage: Voltage
        let voltageBasis: String
        if let v = design.cellVoltage {
            try requirePositive(v, "cell voltage")
            voltage = v
            voltageBasis = "given"
        } else {
            guard let vc = design.cathode.meanVoltage else {
                throw .missingProperty(
                    material: design.cathode.name, property: "mean potential vs Li (give --cell-voltage)")
            }
            guard let va = design.anode.meanVoltage else {
                throw .missingProperty(
                    material: design.anode.name, property: "mean potential vs Li (give --cell-voltage)")
            }
            voltage = vc.value - va.value
            voltageBasis = "cathode \(vc.value) (\(vc.basis)) − anode \(va.value) (\(va.basis))"
            guard voltage.si > 0 else {
                throw .outOfRange(
                    parameter: "cell voltage", value: voltage.description, allowed: "> 0 V (cathode above anode)")
            }
        }
        let arealEnergy: ArealEnergy = capacity * voltage
        let stackHeight = g.height + totalCoating
        let volumetricEnergy: VolumetricEnergy = arealEnergy / stackHeight

        // Eqn (1)
        let cathodeMass = design.cathode.density.map { cathodeVolume.si * $0.si }
        let anodeMass = design.anode.density.map { anodeVolume.si * $0.si }
        let specificCathode = cathodeMass.map {
            ReviewEquations.specificEnergy(capacity: capacity, voltage: voltage, arealMass: $0)
        }
        var specificElectrodes: SpecificEnergy? = nil
        if let mc = cathodeMass, let ma = anodeMass {
            specificElectrodes = ReviewEquations.specificEnergy(
                capacity: capacity, voltage: voltage, arealMass: mc + ma)
        }

        // --- Rate
        let rate: CRate
        let j: CurrentDensity
        switch design.load {
        case .cRate(let c):
            try requirePositive(c, "C-rate")
            rate = c
            j = CurrentDensity(si: capacity.si * c.si)
        case .currentDensity(let given):
            try requirePositive(given, "current density")
            j = given
            rate = CRate(si: given.si / capacity.si)
        case .current(let i):
            try requirePositive(i, "current")
            guard let area = design.footprint else {
                throw .malformedSpec(
                    "\(i)",
                    reason: "a current in A needs a footprint area (--area), or give a current density (e.g. 10uA/cm2)")
            }
            j = i / area
            rate = CRate(si: j.si / capacity.si)
        }
        let dischargeTime = Duration(si: 1 / rate.si)
        let arealPower = ReviewEquations.power(energy: arealEnergy, dischargeTime: dischargeTime)
        let specificPower = specificCathode.map { ReviewEquations.power(energy: $0, dischargeTime: dischargeTime) }

        // --- Electrolyte resistance
        let sigma = try design.electrolyte.conductivity(at: design.temperature)
        let interfaceGain = g.areaGain(atOffset: interfaceOffset)
        let asr = ArealResistance(si: (tE / sigma).si / interfaceGain)
        let drop: Voltage = j * asr
        try requirePositive(design.maxDrop, "max drop")
        let maxRate = CRate(si: design.maxDrop.si / (capacity.si * asr.si))
        if drop > design.maxDrop {
            notes.append("the ohmic drop \(drop) exceeds the limit \(design.maxDrop)")
        }

        let gain: Double? = (g is PlanarStack || g.isActiveCathode) ? nil : cathodeVolume / tC

        let area = design.footprint
        if let area { try requirePositive(area, "footprint area") }
        return DesignResult(
            cathodeName: design.cathode.name, cathodeThickness: g.isActiveCathode ? nil : tC,
            cathodeVolumetricCapacity: qvC, cathodeCapacityBasis: cathodeBasis, cathodeDensity: design.cathode.density,
            electrolyteName: design.electrolyte.name, electrolyteFamily: design.electrolyte.family,
            electrolyteThickness: tE, conductivity: sigma, temperature: design.temperature,
            anodeName: design.anode.name, anodeThickness: anodeThickness, anodeThicknessBasis: anodeBasis,
            geometrySummary: g.summary, areaGain: g.areaGain(), interfaceAreaGain: interfaceGain,
            aspectRatio: g.aspectRatio, cathodeVolumePerFootprint: cathodeVolume,
            anodeVolumePerFootprint: anodeVolume, electrolyteVolumePerFootprint: electrolyteVolume,
            stackHeight: stackHeight, electrolytePathLength: tE, footprintCapacityGain: gain,
            arealCapacity: capacity, limitingElectrode: limiting, cellVoltage: voltage, cellVoltageBasis: voltageBasis,
            arealEnergy: arealEnergy, volumetricEnergy: volumetricEnergy,
            specificEnergyCathode: specificCathode, specificEnergyElectrodes: specificElectrodes,
            cRate: rate, currentDensity: j, dischargeTime: dischargeTime, arealPower: arealPower,
            volumetricPower: VolumetricPower(si: arealPower.si / stackHeight.si), specificPowerCathode: specificPower,
            arealResistance: asr, ohmicDrop: drop, maxDrop: design.maxDrop, maxCRateForDrop: maxRate,
            footprint: area, capacity: area.map { capacity * $0 },
            energy: area.map { Energy(si: arealEnergy.si * $0.si) },
            power: area.map { Power(si: arealPower.si * $0.si) }, current: area.map { j * $0 },
            cellVolume: area.map { $0 * stackHeight }, notes: notes)
    }

    /// The anode's thickness in geometry `g` — the given one, or the shell that holds the
    /// cathode's capacity (N/P = 1) — after checking that the whole stack fits the structure's
    /// coating limit. A stack that does not fit is ``PhysicsError/geometryDoesNotFit(condition:)``
    /// saying by how much.
    static func stackedAnode(
        _ design: CellDesign, in g: any CellGeometry, cathode tC: Length, electrolyte tE: Length,
        qvC: VolumetricCapacity, qvA: VolumetricCapacity?
    ) throws(PhysicsError) -> Length {
        let start = tC + tE
        let limit = g.coatingLimit
        let layers = g.isActiveCathode ? "electrolyte \(tE)" : "cathode \(tC) + electrolyte \(tE)"
        if let limit, start.si >= limit.thickness * (1 - 1e-12) {
            let across = start * 2
            let space = Length(si: 2 * limit.thickness)
            let excess = across - space
            let how = excess.canonical > 5e-5 ? "already exceeds \(space) by \(excess)" : "already fills \(space)"
            throw .geometryDoesNotFit(
                condition: "2·(\(layers)) = \(across) \(how), leaving no room for the anode (\(limit.condition))")
        }
        let anode: Length
        if let given = design.anodeThickness {
            anode = given
        } else {
            guard let qvA else {
                throw .missingProperty(
                    material: design.anode.name, property: "capacity per µm (needed to size it; give its thickness)")
            }
            let cathodeVolume =
                g.isActiveCathode ? g.structureVolumePerFootprint : g.shellVolumePerFootprint(from: .zero, to: tC)
            anode = try shellThickness(in: g, from: start, volume: Length(si: (qvC * cathodeVolume).si / qvA.si))
        }
        let total = start + anode
        if let limit, total.si > limit.thickness * (1 + 1e-12) {
            let across = total * 2
            let space = Length(si: 2 * limit.thickness)
            throw .geometryDoesNotFit(
                condition:
                    "2·(\(layers) + anode \(anode)) = \(across) exceeds \(space) by \(across - space) (\(limit.condition))"
            )
        }
        return anode
    }

    /// What would fit when the stack does not: the smallest clearance (gap of pillars or plates,
    /// pore diameter) that holds these layers, other dimensions unchanged, found by widening and
    /// bisection (the fit is monotonic in the clearance) and rounded up to 3 significant digits so
    /// that the value printed fits. Empty for a geometry without one clearance (tubes).
    static func fittingClearance(
        _ design: CellDesign, _ g: any CellGeometry, cathode tC: Length, electrolyte tE: Length,
        qvC: VolumetricCapacity, qvA: VolumetricCapacity?
    ) -> String {
        guard let adjustable = g as? any ClearanceAdjustable else { return "" }
        func fits(_ c: Double) -> Bool {
            guard let wider = try? adjustable.withClearance(Length(si: c)) else { return false }
            return (try? stackedAnode(design, in: wider, cathode: tC, electrolyte: tE, qvC: qvC, qvA: qvA)) != nil
        }
        var lo = adjustable.clearance.value.si
        var hi = max(lo, 2 * (tC + tE + (design.anodeThickness ?? .zero)).si) * 1.01
        var doublings = 0
        while !fits(hi) {
            guard doublings < 60 else { return "" }
            lo = hi
            hi *= 2
            doublings += 1
        }
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            if fits(mid) { hi = mid } else { lo = mid }
        }
        let microns = Length(si: hi).canonical
        let scale = pow(10, floor(log10(microns)) - 2)
        var rounded = (microns / scale).rounded(.up) * scale
        if !fits(Length(canonical: rounded).si) { rounded += scale }
        let anode = design.anodeThickness == nil ? " with the anode sized to N/P = 1" : ""
        return
            "; these layers fit a \(adjustable.clearance.name) of at least \(Length(canonical: rounded))\(anode), other dimensions unchanged"
    }

    /// The shell thickness t, starting at offset `start`, whose volume per footprint is `volume`
    /// (V(start + t) − V(start) is increasing in t, so bisection converges).
    static func shellThickness(in g: any CellGeometry, from start: Length, volume: Length) throws(PhysicsError)
        -> Length
    {
        let limit = g.coatingLimit.map { Length(si: $0.thickness) - start }
        func shell(_ t: Double) -> Double { g.shellVolumePerFootprint(from: start, to: start + Length(si: t)).si }
        var hi = limit?.si ?? volume.si
        if let limit {
            guard shell(limit.si) >= volume.si else {
                throw .geometryDoesNotFit(
                    condition:
                        "the anode needed for N/P = 1 (\(volume) per footprint) exceeds the \(Length(si: shell(limit.si))) per footprint left after cathode and electrolyte (\(g.coatingLimit!.condition))"
                )
            }
        } else {
            hi = volume.si  // planar: V = t
        }
        var lo = 0.0
        // 200 halvings reach the last bit of a Double; 100 is far below any printed precision.
        for _ in 0..<100 {
            let mid = (lo + hi) / 2
            if shell(mid) < volume.si { lo = mid } else { hi = mid }
        }
        return Length(si: hi)
    }
}
