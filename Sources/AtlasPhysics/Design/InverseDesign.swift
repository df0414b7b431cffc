import AtlasCore

/// What the inverse design must reach.
public struct DesignTarget: Sendable {
    public var energy: Energy
    /// Power to deliver with the electrolyte's ohmic drop under the design's `maxDrop`.
    public var power: Power?
    /// Largest allowed stack volume (footprint × stack height; substrate and package excluded).
    public var maxVolume: Volume?
    /// Largest height/width of the 3D structure the search may use.
    public var maxAspectRatio: Double

    public init(
        energy: Energy, power: Power? = nil, maxVolume: Volume? = nil,
        maxAspectRatio: Double = DesignTarget.defaultMaxAspectRatio
    ) {
        self.energy = energy
        self.power = power
        self.maxVolume = maxVolume
        self.maxAspectRatio = maxAspectRatio
    }

    /// The same bound as forward design, ``CellDesign/defaultMaxAspectRatio`` (20, a bound of this
    /// tool, not a literature value); callers set their own fabrication limit.
    public static let defaultMaxAspectRatio = CellDesign.defaultMaxAspectRatio
}

/// The answer of the inverse design: the smallest footprint (and, for 3D, the height) meeting the
/// target, the constraint that binds, and the full design result at that point.
public struct InverseDesignResult: Sendable {
    public let footprint: Area
    /// The structure height chosen (nil for planar).
    public let height: Length?
    public let cellVolume: Volume
    /// Which requirement sets the footprint (`energy` or `power`).
    public let sizingRequirement: String
    /// Which limit stops a taller structure (`aspect ratio`, `volume`), nil for planar.
    public let heightLimit: String?
    public let result: DesignResult
    /// The target the answer meets.
    public let target: DesignTarget

    /// The power the cell delivers with the electrolyte's ohmic drop at the limit (`maxDrop`):
    /// footprint × V·ΔV_max/R, the p_max the footprint was sized with. At least the target
    /// power; equal to it when the power target sets the footprint.
    public var deliverablePower: Power {
        Power(si: footprint.si * result.cellVoltage.si * result.maxDrop.si / result.arealResistance.si)
    }

    /// The C-rate at which this cell delivers `power` by eqn (2), P = E·C-rate (the ohmic drop
    /// there stays within `maxDrop` when `power` ≤ ``deliverablePower``).
    public func rate(delivering power: Power) -> CRate {
        CRate(si: power.si / (footprint.si * result.arealEnergy.si))
    }

    /// The C-rate at which the target power is delivered, when there is a power target.
    public var targetPowerRate: CRate? { target.power.map(rate(delivering:)) }
}

/// Finds the smallest footprint that stores the target energy and delivers the target power
/// within the volume limit.
///
/// For a fixed geometry the energy and the deliverable power per footprint are fixed, so the
/// footprint is A = max(E*/e, P*/p_max) with p_max = V·ΔV_max/R the power at the largest current
/// density whose ohmic drop stays under the limit. For a 3D structure both e and p_max grow with
/// the height h (more active volume, larger interface), so A(h) decreases with h and the
/// smallest footprint is at the tallest admissible h: the search scans h from 0 to
/// h_max = (max aspect ratio)·width, keeps the heights whose stack volume A(h)·H(h) is within the
/// limit, takes the tallest, and refines the volume boundary by bisection.
public enum InverseDesign {
    public static func solve(_ design: CellDesign, target: DesignTarget) throws(PhysicsError) -> InverseDesignResult {
        try requirePositive(target.energy, "target energy")
        if let p = target.power { try requirePositive(p, "target power") }
        if let v = target.maxVolume { try requirePositive(v, "max volume") }
        guard target.maxAspectRatio > 0 else {
            throw .nonPositive(
                parameter: "max aspect ratio",
                value: QuantityFormatter(significantDigits: 4).number(target.maxAspectRatio))
        }
        guard let adjustable = design.geometry as? any HeightAdjustable else {
            return try sizePlanar(design, target: target)
        }
        return try sizeWithHeight(design, adjustable, target: target)
    }

    /// Footprint and the requirement that sets it, for a fixed geometry.
    static func footprint(for r: DesignResult, target: DesignTarget) -> (Area, String) {
        let forEnergy = target.energy.si / r.arealEnergy.si
        guard let p = target.power else { return (Area(si: forEnergy), "energy") }
        // Deliverable power per footprint at the drop limit: V · j_max, j_max = ΔV_max / R.
        let powerPerArea = r.cellVoltage.si * r.maxDrop.si / r.arealResistance.si
        let forPower = p.si / powerPerArea
        return forPower > forEnergy ? (Area(si: forPower), "power") : (Area(si: forEnergy), "energy")
    }

    static func sizePlanar(_ design: CellDesign, target: DesignTarget) throws(PhysicsError) -> InverseDesignResult {
        var d = design
        d.footprint = nil
        let r = try DesignCalculator.evaluate(d)
        let (area, requirement) = footprint(for: r, target: target)
        let volume = area * r.stackHeight
        if let max = target.maxVolume, volume > max {
            throw .targetUnreachable(
                reason:
                    "volume: a \(d.geometry.kind) cell needs \(Volume(si: volume.si)) (footprint \(area), set by \(requirement)) > \(max); its energy density is \(r.volumetricEnergy)"
            )
        }
        d.footprint = area
        return InverseDesignResult(
            footprint: area, height: nil, cellVolume: volume, sizingRequirement: requirement, heightLimit: nil,
            result: try DesignCalculator.evaluate(d), target: target)
    }

    static func sizeWithHeight(_ design: CellDesign, _ g: any HeightAdjustable, target: DesignTarget)
        throws(PhysicsError) -> InverseDesignResult
    {
        let hMax = g.aspectRatioBase * target.maxAspectRatio
        func evaluate(_ h: Length) -> (area: Area, volume: Volume, requirement: String)? {
            guard let geometry = try? g.withHeight(h) else { return nil }
            var d = design
            d.geometry = geometry
            d.footprint = nil
            d.maxAspectRatio = nil
            guard let r = try? DesignCalculator.evaluate(d) else { return nil }
            let (area, requirement) = footprint(for: r, target: target)
            return (area, area * r.stackHeight, requirement)
        }
        // Make sure the layers themselves are valid (a thin-electrolyte error should surface as is).
        var probe = design
        probe.geometry = try g.withHeight(hMax)
        probe.maxAspectRatio = nil
        _ = try DesignCalculator.evaluate(probe)

        // Scan 400 heights (the curves are smooth; the bisection below sets the precision).
        let steps = 400
        var best: (h: Length, area: Area)? = nil
        var smallestVolume: (h: Length, volume: Volume)? = nil
        var lastFeasible: Length? = nil
        var firstInfeasibleAfter: Length? = nil
        for i in 1...steps {
            let h = hMax * (Double(i) / Double(steps))
            guard let e = evaluate(h) else { continue }
            if smallestVolume == nil || e.volume < smallestVolume!.volume { smallestVolume = (h, e.volume) }
            let feasible = target.maxVolume.map { e.volume <= $0 } ?? true
            if feasible {
                if best == nil || e.area < best!.area { best = (h, e.area) }
                lastFeasible = h
                firstInfeasibleAfter = nil
            } else if lastFeasible != nil, firstInfeasibleAfter == nil {
                firstInfeasibleAfter = h
            }
        }
        guard var chosen = best else {
            let s = smallestVolume
            throw .targetUnreachable(
                reason:
                    "volume: the smallest stack volume over heights up to \(hMax) (aspect ratio \(target.maxAspectRatio)) is \(s.map { "\($0.volume) at h = \($0.h)" } ?? "undefined") > \(target.maxVolume.map(\.description) ?? "")"
            )
        }
        var limit = "aspect ratio"
        if chosen.h < hMax * (1 - 1e-9), let lo0 = lastFeasible, let hi0 = firstInfeasibleAfter,
            let maxV = target.maxVolume
        {
            // The volume limit stops the height: refine the boundary between lo and hi.
            var lo = lo0
            var hi = hi0
            for _ in 0..<60 {
                let mid = (lo + hi) / 2
                if let e = evaluate(mid), e.volume <= maxV { lo = mid } else { hi = mid }
            }
            if let e = evaluate(lo), e.area <= chosen.area { chosen = (lo, e.area) }
            limit = "volume"
        } else if chosen.h < hMax * (1 - 1e-9) {
            limit = "footprint minimum inside the height range"
        }
        var d = design
        d.geometry = try g.withHeight(chosen.h)
        // The structure was chosen within the target's aspect-ratio bound, which is the limit in force.
        d.maxAspectRatio = target.maxAspectRatio
        guard let e = evaluate(chosen.h) else {
            throw .targetUnreachable(reason: "no valid design at h = \(chosen.h)")
        }
        d.footprint = e.area
        let r = try DesignCalculator.evaluate(d)
        return InverseDesignResult(
            footprint: e.area, height: chosen.h, cellVolume: e.volume, sizingRequirement: e.requirement,
            heightLimit: limit, result: r, target: target)
    }
}
