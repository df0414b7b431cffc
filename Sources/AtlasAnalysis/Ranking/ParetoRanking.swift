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
            guard let o = RankingObjective(rawValue: name == "cycle_life" || name == "cyclelife" ? "cycle-life" : name)
            else {
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
    /// Caveats of the values compared: their own flags ("approximately 100 %…"), and for each
    /// objective whose value rests on a user assumption, "energy rests on area 1 cm² (assumption
    /// given by the user)".
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
        case .unknownObjective(let s, let known):
            return "unknown objective '\(s)' (one of: \(known.joined(separator: ", ")))"
        case .needsTwoObjectives: return "a Pareto ranking needs at least two objectives, e.g. capacity,cycle-life"
        case .unknownFigure(let s, let known): return "unknown figure '\(s)' (one of: \(known.joined(separator: ", ")))"
        case .invalidOption(let o, let reason): return "\(o): \(reason)"
        }
    }
}

/// The Pareto front of cells: a record is on the front when no other record in its group is at
/// least as good on every objective and strictly better on one. Records cycled fewer than 10 times
/// are left out of cycle-life rankings (too few to estimate a fade rate), and so are records whose
/// retention exceeds 100 % (a capacity that grew is not a fade rate, and a negative fade would
/// beat every real one). A retention printed as approximately 100 % is compared at the largest
/// fade its printed precision allows (``RecordMetrics/fadeUpperBound``), not at zero.
///
/// Each ranked record carries the flags of the values it was compared on, and one flag per
/// objective whose value rests on a user assumption (an assumed area or cathode thickness).
public struct ParetoRanking: Sendable {
    public let objectives: [RankingObjective]
    public let calculator: MetricsCalculator

    public init(objectives: [RankingObjective] = [.capacity, .cycleLife], calculator: MetricsCalculator = .init()) {
        self.objectives = objectives
        self.calculator = calculator
    }

    public func rank(_ records: [MicrobatteryRecord]) -> [RankingGroup] {
        let capacityKinds: [QuantityKind?] =
            objectives.contains(.capacity)
            ? [.arealCapacity, .volumetricCapacity, .specificCapacity] : [nil]
        var groups: [RankingGroup] = []
        let metrics = Dictionary(uniqueKeysWithValues: records.map { ($0.id, calculator.metrics(for: $0)) })
        for architecture in [Architecture.planar, .threeDimensional] {
            for kind in capacityKinds {
                var entries: [(record: MicrobatteryRecord, values: [Double], flags: [String])] = []
                for r in records where r.structure.architecture == architecture {
                    guard let m = metrics[r.id], let compared = self.values(r, m, capacityKind: kind) else { continue }
                    entries.append((r, compared.values, compared.flags))
                }
                guard !entries.isEmpty else { continue }
                let ranked = entries.map { e -> RankedRecord in
                    let dominators = entries.filter { dominates($0.values, e.values) }.map(\.record.id)
                    return RankedRecord(
                        recordID: e.record.id, electrolyte: e.record.electrolyte, cell: e.record.primaryCell?.printed,
                        ref: e.record.ref, values: e.values, dominatedBy: dominators, flags: e.flags)
                }
                .sorted {
                    ($0.dominatedBy.count, -($0.values.first ?? 0), $0.recordID) < (
                        $1.dominatedBy.count, -($1.values.first ?? 0), $1.recordID
                    )
                }
                groups.append(
                    RankingGroup(
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

    /// The record's value on each objective with the flags a reader of the ranking must see, or
    /// nil when the record cannot be compared on one of them.
    private func values(_ record: MicrobatteryRecord, _ m: RecordMetrics, capacityKind: QuantityKind?) -> (
        values: [Double], flags: [String]
    )? {
        // The values of the variant the metrics were computed for, so no objective mixes cells.
        let r = record.restricted(toVariant: m.variant?.index ?? 0)
        var out: [Double] = []
        var flags: [String] = []
        /// A derived value as an objective: its flags, and the user assumptions it rests on.
        func use(_ o: RankingObjective, _ v: DerivedValue) {
            out.append(v.value)
            flags += v.flags
            if v.restsOnAssumption {
                flags.append("\(o.rawValue) rests on " + v.assumptions.joined(separator: " and "))
            }
        }
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
                guard let v, v.provenance.hasPrefix("as printed") || v.provenance.hasPrefix("unit conversion") else {
                    return nil
                }
                use(o, v)
            case .cycleLife:
                guard let fade = m.fadePerCycle, let cycles = r.primary.cycles, cycles >= 10, fade.value >= 0 else {
                    return nil
                }
                use(o, fade)
                if let bound = m.fadeUpperBound {
                    out[out.count - 1] = bound
                    flags.append(
                        "cycle life compared at that bound, "
                            + QuantityFormatter(significantDigits: 3).string(
                                from: Quantity(bound, QuantityKind.fraction.canonicalUnit))
                            + " per cycle, not at zero")
                }
            case .conductivity:
                guard let s = r.primary.conductivity else { return nil }
                out.append(s)
            case .energy:
                guard let e = m.energyAreal else { return nil }
                use(o, e)
            case .power:
                guard let p = m.powerAreal else { return nil }
                use(o, p)
            }
        }
        return (out, flags.uniqued)
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
