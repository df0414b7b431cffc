import AtlasCore
import AtlasData
import AtlasStore

/// What a Pareto ranking optimizes.
public enum RankingObjective: String, CaseIterable, Sendable {
    /// Higher initial capacity, in the group's comparable form.
    case capacity
    /// Lower fade per cycle.
    case cycleLife = "cycle-life"
    /// Higher ionic conductivity.
    case conductivity
    /// Higher areal energy (µW h cm⁻²).
    case energy
    /// Higher areal power (µW cm⁻²).
    case power

    public var higherIsBetter: Bool { self != .cycleLife }

    /// "capacity,cycle-life" → objectives; unknown names are an error naming them.
    public static func parse(_ text: String) throws(AnalysisError) -> [RankingObjective] {
        var out: [RankingObjective] = []
        for part in text.split(separator: ",") {
            let name = String(part).trimmingSpaces.lowercased()
            guard let o = RankingObjective(rawValue: name == "cycle_life" || name == "cyclelife" ? "cycle-life" : name) else {
                throw .unknownObjective(String(part), known: allCases.map(\.rawValue))
            }
            if !out.contains(o) { out.append(o) }
        }
        guard out.count >= 2 else { throw .needsTwoObjectives }
        return out
    }
}

/// One record placed in a ranking group.
public struct RankedRecord: Sendable, Hashable {
    public let recordID: Int
    public let electrolyte: String
    public let cell: String?
    public let ref: Int?
    /// Objective values, in each objective's unit (capacity in the group's canonical unit,
    /// fade in % per cycle).
    public let values: [Double]
    /// Records that beat this one on every objective (empty on the front).
    public let dominatedBy: [Int]
    public let flags: [String]

    public var isOnFront: Bool { dominatedBy.isEmpty }
}

/// Records comparable with each other: same architecture and, when capacity is an objective,
/// the same capacity form (a capacity in µA h is never compared with one in mA h g⁻¹).
public struct RankingGroup: Sendable {
    public let architecture: Architecture?
    public let capacityKind: QuantityKind?
    public let objectives: [RankingObjective]
    /// Units of `values`, per objective.
    public let units: [String]
    public let records: [RankedRecord]

    public var front: [RankedRecord] { records.filter(\.isOnFront) }
}

/// Errors of the analysis layer, each naming the offending input.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownObjective(String, known: [String])
    case needsTwoObjectives
    case unknownFigure(String, known: [String])
    case invalidOption(String, reason: String)

    public var description: String {
        switch self {
        case .unknownObjective(let s, let known): return "unknown objective '\(s)' (one of: \(known.joined(separator: ", ")))"
        case .needsTwoObjectives: return "a Pareto ranking needs at least two objectives, e.g. capacity,cycle-life"
        case .unknownFigure(let s, let known): return "unknown figure '\(s)' (one of: \(known.joined(separator: ", ")))"
        case .invalidOption(let o, let reason): return "\(o): \(reason)"
        }
    }
}

/// The Pareto front of cells: a record is on the front when no other record in its group is at
/// least as good on every objective and strictly better on one. Records cycled fewer than 10 times
/// are left out of cycle-life rankings (too few to estimate a fade rate).
public struct ParetoRanking: Sendable {
    public let objectives: [RankingObjective]
    public let calculator: MetricsCalculator

    public init(objectives: [RankingObjective] = [.capacity, .cycleLife], calculator: MetricsCalculator = .init()) {
        self.objectives = objectives
        self.calculator = calculator
    }

    public func rank(_ records: [MicrobatteryRecord]) -> [RankingGroup] {
        let capacityKinds: [QuantityKind?] = objectives.contains(.capacity)
            ? [.arealCapacity, .volumetricCapacity, .specificCapacity] : [nil]
        var groups: [RankingGroup] = []
        let metrics = Dictionary(uniqueKeysWithValues: records.map { ($0.id, calculator.metrics(for: $0)) })
        for architecture in [Architecture.planar, .threeDimensional] {
            for kind in capacityKinds {
                var entries: [(MicrobatteryRecord, [Double], [String])] = []
                for r in records where r.structure.architecture == architecture {
                    guard let m = metrics[r.id], let values = self.values(r, m, capacityKind: kind) else { continue }
                    entries.append((r, values, m.fadePerCycle?.flags ?? []))
                }
                guard !entries.isEmpty else { continue }
                let ranked = entries.map { e -> RankedRecord in
                    let dominators = entries.filter { dominates($0.1, e.1) }.map(\.0.id)
                    return RankedRecord(
                        recordID: e.0.id, electrolyte: e.0.electrolyte, cell: e.0.primaryCell?.printed, ref: e.0.ref,
                        values: e.1, dominatedBy: dominators, flags: e.2)
                }
                .sorted { ($0.dominatedBy.count, -($0.values.first ?? 0), $0.recordID) < ($1.dominatedBy.count, -($1.values.first ?? 0), $1.recordID) }
                groups.append(RankingGroup(
                    architecture: architecture, capacityKind: kind, objectives: objectives,
                    units: objectives.map { unit($0, kind) }, records: ranked))
            }
        }
        return groups
    }

    private func unit(_ o: RankingObjective, _ kind: QuantityKind?) -> String {
        switch o {
        case .capacity: return kind?.canonicalUnit.description ?? ""
        case .cycleLife: return "% fade per cycle"
        case .conductivity: return QuantityKind.conductivity.canonicalUnit.description
        case .energy: return QuantityKind.arealEnergy.canonicalUnit.description
        case .power: return QuantityKind.arealPower.canonicalUnit.description
        }
    }

    private func values(_ record: MicrobatteryRecord, _ m: RecordMetrics, capacityKind: QuantityKind?) -> [Double]? {
        // The values of the variant the metrics were computed for, so no objective mixes cells.
        let r = record.restricted(toVariant: m.variant?.index ?? 0)
        var out: [Double] = []
        for o in objectives {
            switch o {
            case .capacity:
                let v: DerivedValue?
                switch capacityKind {
                case .some(.arealCapacity): v = m.capacityAreal
                case .some(.volumetricCapacity): v = m.capacityVolumetric
                default: v = m.capacitySpecific
                }
                // Only printed capacities: a conversion through an assumption is not comparable data.
                guard let v, v.provenance.hasPrefix("as printed") || v.provenance.hasPrefix("unit conversion") else { return nil }
                out.append(v.value)
            case .cycleLife:
                guard let fade = m.fadePerCycle, let cycles = r.primary.cycles, cycles >= 10 else { return nil }
                out.append(fade.value)
            case .conductivity:
                guard let s = r.primary.conductivity else { return nil }
                out.append(s)
            case .energy:
                guard let e = m.energyAreal else { return nil }
                out.append(e.value)
            case .power:
                guard let p = m.powerAreal else { return nil }
                out.append(p.value)
            }
        }
        return out
    }

    /// Whether `a` is at least as good as `b` on every objective and better on one.
    func dominates(_ a: [Double], _ b: [Double]) -> Bool {
        var strictly = false
        for (i, o) in objectives.enumerated() {
            let better = o.higherIsBetter ? a[i] > b[i] : a[i] < b[i]
            let worse = o.higherIsBetter ? a[i] < b[i] : a[i] > b[i]
            if worse { return false }
            if better { strictly = true }
        }
        return strictly
    }
}
