import AtlasCore
import AtlasData
import AtlasStore
import Foundation

/// The review's electrolyte specifications as screening criteria, with the defaults taken from
/// the review (documented in docs/ANALYSIS.md).
public struct ScreeningCriteria: Sendable {
    /// Ionic conductivity the electrolyte must reach (default: the review's minimum,
    /// ">10⁻⁷ S m⁻¹", read as S cm⁻¹ — see specifications.json).
    public var minConductivity: Conductivity
    /// The review's target ("10⁻⁴ S m⁻¹" read as S cm⁻¹); a separate criterion. Nil to skip.
    public var targetConductivity: Conductivity?
    /// Largest acceptable electronic conductivity. The review asks for one "significantly lower"
    /// than the ionic and calls LVSO's 10⁻¹⁰ S cm⁻¹ low, so 10⁻¹⁰ S cm⁻¹ is the default.
    public var maxElectronic: Conductivity?
    /// Voltage window (vs Li/Li⁺) the electrolyte must be stable over. Default 0–5 V: Li metal
    /// at 0 V to the 5 V class of cathodes (LNMO is cycled to 5 V in Table 2).
    public var window: ClosedRange<Double>?
    /// An electrode the electrolyte must be stable against ("Li"). Default Li.
    public var stableWith: String?
    /// Require conformal coating of 3D structures.
    public var conformal3D: Bool
    /// Highest acceptable processing temperature. The review states no target; nil by default.
    public var maxProcessTemperature: Temperature?
    /// Only candidates of this class.
    public var electrolyteClass: ElectrolyteClass?

    public init(
        minConductivity: Conductivity, targetConductivity: Conductivity? = nil, maxElectronic: Conductivity? = nil,
        window: ClosedRange<Double>? = nil, stableWith: String? = nil, conformal3D: Bool = false,
        maxProcessTemperature: Temperature? = nil, electrolyteClass: ElectrolyteClass? = nil
    ) {
        self.minConductivity = minConductivity
        self.targetConductivity = targetConductivity
        self.maxElectronic = maxElectronic
        self.window = window
        self.stableWith = stableWith
        self.conformal3D = conformal3D
        self.maxProcessTemperature = maxProcessTemperature
        self.electrolyteClass = electrolyteClass
    }

    /// The review's stated targets: the minimum and target ionic conductivity from the
    /// specifications (as interpreted there), 10⁻¹⁰ S cm⁻¹ electronic, 0–5 V, stable with Li.
    public static func reviewDefaults(_ specs: Specifications) -> ScreeningCriteria {
        let thresholds = specs.criterion("ionic_conductivity")?.thresholds ?? []
        func value(_ role: Specifications.Threshold.Role) -> Conductivity? {
            guard let t = thresholds.first(where: { $0.role == role }), let q = t.value.reportedQuantity else {
                return nil
            }
            let bound = q.magnitude.lowerBound ?? q.magnitude.upperBound ?? q.representative.magnitude
            return try? Conductivity(Quantity(bound, q.unit))
        }
        return ScreeningCriteria(
            minConductivity: value(.minimum) ?? Conductivity(canonical: 1e-7), targetConductivity: value(.target),
            maxElectronic: Conductivity(canonical: 1e-10), window: 0...5, stableWith: "Li")
    }
}

/// The verdict on one criterion.
public enum Outcome: String, Sendable, Hashable {
    case pass, fail, unknown
}

/// One criterion's verdict for one candidate, with the value used and where it comes from.
public struct CriterionResult: Sendable, Hashable {
    public let criterion: String
    public let outcome: Outcome
    /// The value the verdict rests on ("3 × 10⁻⁶ S cm⁻¹", "good", "0–5.5 V").
    public let value: String?
    /// Its source ("Table 2, entry 12 (ref. 239)", "family profile LiPON, refs 27, 59").
    public let source: String?
    public let note: String?
}

/// A screened electrolyte: a family from the review's profiles, or the specific electrolyte of
/// one record.
public struct Candidate: Sendable {
    public enum Subject: Sendable, Hashable {
        case family(String)
        case record(Int)
    }

    public let subject: Subject
    public let name: String
    public let electrolyteClass: ElectrolyteClass
    public let family: ElectrolyteFamily?
    public let results: [CriterionResult]

    public var passes: Int { results.filter { $0.outcome == .pass }.count }
    public var unknowns: Int { results.filter { $0.outcome == .unknown }.count }
    /// Fraction of criteria passed (unknown counts as not passed).
    public var score: Double { results.isEmpty ? 0 : Double(passes) / Double(results.count) }
    /// The conductivity used, S cm⁻¹ (tie-break).
    public let conductivity: Double?
}

/// Screens families and records against ``ScreeningCriteria`` and ranks them.
///
/// Ranking: by score (criteria passed ÷ criteria applied; unknown is not pass), then fewer
/// unknowns, then higher ionic conductivity, then name.
public struct Screening: Sendable {
    public let criteria: ScreeningCriteria

    public init(criteria: ScreeningCriteria) {
        self.criteria = criteria
    }

    public func screen(review: ReviewDataset, records: [MicrobatteryRecord]) -> [Candidate] {
        let profiles = Dictionary(review.families.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let techniques = Dictionary(review.techniques.map { ($0.method, $0) }, uniquingKeysWith: { a, _ in a })
        var candidates: [Candidate] = []
        for profile in review.families where !profile.isClass {
            guard criteria.electrolyteClass == nil || profile.electrolyteClass == criteria.electrolyteClass else {
                continue
            }
            candidates.append(family(profile, classProfile: profiles[profile.electrolyteClass.rawValue]))
        }
        for record in records {
            guard criteria.electrolyteClass == nil || record.electrolyteClass == criteria.electrolyteClass else {
                continue
            }
            candidates.append(
                self.record(
                    record, profile: profiles[record.family.rawValue],
                    classProfile: profiles[record.electrolyteClass.rawValue], techniques: techniques, review: review))
        }
        return candidates.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.unknowns != b.unknowns { return a.unknowns < b.unknowns }
            if (a.conductivity ?? 0) != (b.conductivity ?? 0) { return (a.conductivity ?? 0) > (b.conductivity ?? 0) }
            return a.name < b.name
        }
    }

    // MARK: Families

    private func family(_ p: FamilyProfile, classProfile: FamilyProfile?) -> Candidate {
        var results: [CriterionResult] = []
        let sigma = Self.representativeConductivity(p)
        results.append(
            conductivityResult(
                "ionic conductivity ≥ \(criteria.minConductivity)", sigma, criteria.minConductivity,
                source: sigma.map { Self.cite(p, $0.statement) }))
        if let target = criteria.targetConductivity {
            results.append(
                conductivityResult(
                    "ionic conductivity ≥ target \(target)", sigma, target,
                    source: sigma.map { Self.cite(p, $0.statement) }))
        }
        if let max = criteria.maxElectronic { results.append(electronic(p, max)) }
        if let window = criteria.window { results.append(self.window(p, window)) }
        if let e = criteria.stableWith { results.append(familyStability(with: e, p, classProfile)) }
        if criteria.conformal3D {
            results.append(rating(.conformality3D, label: "conformal on 3D structures", p, classProfile))
        }
        if let t = criteria.maxProcessTemperature { results.append(processTemperature(p, t)) }
        return Candidate(
            subject: .family(p.id), name: "\(p.name) (family)", electrolyteClass: p.electrolyteClass, family: p.family,
            results: results, conductivity: sigma?.value)
    }

    /// The family's conductivity for screening: a "typical" value, else the family's stated range,
    /// else its "best" (often one modified composition, LVSO with LiBO₂), else the largest single
    /// value stated outside elevated temperature. A range counts at its upper end, so a family is
    /// judged by the best the review says it reaches in general.
    public static func representativeConductivity(_ p: FamilyProfile) -> (value: Double, statement: Statement)? {
        let values = p.properties.filter { $0.property == .ionicConductivity }.compactMap {
            pv -> (Double, Statement, String?)? in
            guard let q = pv.statement.value?.reportedQuantity,
                let v = try? q.representative.value(in: QuantityKind.conductivity)
            else { return nil }
            let upper =
                (q.magnitude.upperBound.flatMap { try? Quantity($0, q.unit).value(in: QuantityKind.conductivity) }) ?? v
            return (upper, pv.statement, pv.statement.aspect)
        }
        for aspect in ["typical", "range", "best"] {
            if let hit = values.first(where: { $0.2 == aspect }) { return (hit.0, hit.1) }
        }
        return values.filter { $0.2 != "elevated_temperature" }.max(by: { $0.0 < $1.0 }).map { ($0.0, $0.1) }
    }

    static func cite(_ p: FamilyProfile, _ s: Statement) -> String {
        "family profile \(p.id)" + (s.refs.isEmpty ? "" : ", ref. " + s.refs.map(String.init).joined(separator: ", "))
            + (s.aspect.map { " (\($0))" } ?? "")
    }

    private func conductivityResult(
        _ label: String, _ sigma: (value: Double, statement: Statement)?, _ threshold: Conductivity, source: String?
    ) -> CriterionResult {
        guard let sigma else {
            return CriterionResult(
                criterion: label, outcome: .unknown, value: nil, source: nil, note: "no value stated")
        }
        return CriterionResult(
            criterion: label, outcome: sigma.value >= threshold.canonical ? .pass : .fail,
            value: sigma.statement.printed ?? Self.sigmaText(sigma.value), source: source,
            note: sigma.statement.condition)
    }

    static func sigmaText(_ v: Double) -> String {
        QuantityFormatter(significantDigits: 3).string(from: Quantity(v, QuantityKind.conductivity.canonicalUnit))
    }

    private func electronic(_ p: FamilyProfile, _ max: Conductivity) -> CriterionResult {
        let label = "electronic conductivity ≤ \(max)"
        guard let s = p.values(.electronicConductivity).first, let q = s.value?.reportedQuantity,
            let v = try? q.representative.value(in: QuantityKind.conductivity)
        else {
            return CriterionResult(
                criterion: label, outcome: .unknown, value: nil, source: nil, note: "not stated in the review")
        }
        return CriterionResult(
            criterion: label, outcome: v <= max.canonical ? .pass : .fail, value: s.printed, source: Self.cite(p, s),
            note: nil)
    }

    /// Pass when a stated range covers the whole window and no stated limit excludes part of
    /// it; fail when a stated limit excludes part of it; unknown otherwise. "> 1 V versus Li" and a
    /// reduction limit "< 1.8 V" mean unstable below that voltage; "up to 5 V" means unstable above.
    private func window(_ p: FamilyProfile, _ w: ClosedRange<Double>) -> CriterionResult {
        let label =
            "stable over \(QuantityFormatter.unicode.number(w.lowerBound))–\(QuantityFormatter.unicode.number(w.upperBound)) V"
        var covering: Statement? = nil
        for s in p.values(.electrochemicalWindow) {
            guard let q = s.value?.reportedQuantity, let v = try? q.representative.value(in: QuantityKind.voltage)
            else { continue }
            let fail = { (why: String) in
                CriterionResult(criterion: label, outcome: .fail, value: s.printed, source: Self.cite(p, s), note: why)
            }
            switch q.magnitude {
            case .range(let a, let b, _):
                if min(a, b) <= w.lowerBound && max(a, b) >= w.upperBound { covering = covering ?? s }
            case .above:
                if v > w.lowerBound { return fail("unstable below \(QuantityFormatter.unicode.number(v)) V") }
            case .below where s.aspect == "reduction_limit":
                if v > w.lowerBound { return fail("reduced below \(QuantityFormatter.unicode.number(v)) V") }
            case .below:
                if v < w.upperBound { return fail("stable only up to \(QuantityFormatter.unicode.number(v)) V") }
            default:
                continue
            }
        }
        if let covering {
            return CriterionResult(
                criterion: label, outcome: .pass, value: covering.printed, source: Self.cite(p, covering),
                note: covering.material)
        }
        return CriterionResult(
            criterion: label, outcome: .unknown, value: nil, source: nil, note: "no stated window covers it")
    }

    private func rating(_ c: Criterion, label: String, _ p: FamilyProfile, _ classProfile: FamilyProfile?)
        -> CriterionResult
    {
        if let r = p.rating(c) { return Self.verdict(label, r, source: Self.cite(p, r.statement), note: nil) }
        if let cp = classProfile, let r = cp.rating(c) {
            return Self.verdict(
                label, r, source: Self.cite(cp, r.statement), note: "class-level statement (\(cp.name))")
        }
        return CriterionResult(
            criterion: label, outcome: .unknown, value: nil, source: nil, note: "not stated in the review")
    }

    /// good → pass; moderate and poor → fail (the specifications ask for "high" stability and
    /// conformal coating; a mixed record does not meet them).
    static func verdict(_ label: String, _ r: Rating, source: String, note: String?) -> CriterionResult {
        CriterionResult(
            criterion: label, outcome: r.level == .good ? .pass : .fail, value: r.level.rawValue, source: source,
            note: note ?? r.statement.quote.map { String($0.prefix(140)) })
    }

    private func processTemperature(_ p: FamilyProfile, _ max: Temperature) -> CriterionResult {
        let label =
            "processing ≤ \(QuantityFormatter(significantDigits: 4).string(from: Quantity(si: max.si, in: Unit(.celsius))))"
        let stated = p.values(.processingTemperature).filter { $0.aspect != "reduction" }.compactMap {
            s -> (Double, Statement)? in
            guard let q = s.value?.reportedQuantity, q.unit.dimension == .temperature else { return nil }
            let bound = q.magnitude.lowerBound ?? q.representative.magnitude
            return (Quantity(bound, q.unit).siValue, s)
        }
        guard let hottest = stated.max(by: { $0.0 < $1.0 }) else {
            return CriterionResult(
                criterion: label, outcome: .unknown, value: nil, source: nil, note: "no processing temperature stated")
        }
        return CriterionResult(
            criterion: label, outcome: hottest.0 <= max.si ? .pass : .fail, value: hottest.1.printed,
            source: Self.cite(p, hottest.1), note: "highest processing temperature the review states for the family")
    }

    // MARK: Records

    private func record(
        _ r: MicrobatteryRecord, profile: FamilyProfile?, classProfile: FamilyProfile?,
        techniques: [PreparationMethod: Technique], review: ReviewDataset
    ) -> Candidate {
        var results: [CriterionResult] = []
        let here = "Table 2, entry \(r.id)" + (r.ref.map { " (ref. \($0))" } ?? "")
        let sigma = r.primary.conductivity
        let sigmaCell = r.conductivity.first { $0.quantity != nil }
        func recordSigma(_ label: String, _ threshold: Conductivity) -> CriterionResult {
            guard let sigma else {
                return CriterionResult(
                    criterion: label, outcome: .unknown, value: nil, source: here, note: "not reported (NA)")
            }
            return CriterionResult(
                criterion: label, outcome: sigma >= threshold.canonical ? .pass : .fail, value: sigmaCell?.printed,
                source: here, note: nil)
        }
        results.append(recordSigma("ionic conductivity ≥ \(criteria.minConductivity)", criteria.minConductivity))
        if let target = criteria.targetConductivity {
            results.append(recordSigma("ionic conductivity ≥ target \(target)", target))
        }
        if let max = criteria.maxElectronic {
            results.append(inherited(profile.map { electronic($0, max) }, label: "electronic conductivity ≤ \(max)"))
        }
        if let w = criteria.window {
            results.append(
                inherited(
                    profile.map { window($0, w) },
                    label:
                        "stable over \(QuantityFormatter.unicode.number(w.lowerBound))–\(QuantityFormatter.unicode.number(w.upperBound)) V"
                ))
        }
        if let e = criteria.stableWith {
            results.append(recordStability(with: e, r, here: here, profile, classProfile))
        }
        if criteria.conformal3D {
            let label = "conformal on 3D structures"
            if r.structure.architecture == .threeDimensional {
                results.append(
                    CriterionResult(
                        criterion: label, outcome: .pass, value: r.structure.printed, source: here,
                        note:
                            "deposited in a 3D cell by \(r.methods.map(\.name).joined(separator: " + ").nonEmpty ?? r.methodPrinted)"
                    ))
            } else if let rated = r.methods.compactMap({ m in techniques[m]?.conformality.map { (m, $0) } }).first {
                let t = techniques[rated.0]!
                results.append(
                    Self.verdict(
                        label, rated.1,
                        source: "technique \(t.name)"
                            + (rated.1.statement.refs.isEmpty
                                ? "" : ", ref. " + rated.1.statement.refs.map(String.init).joined(separator: ", ")),
                        note: "rating of the record's method"))
            } else {
                results.append(
                    CriterionResult(
                        criterion: label, outcome: .unknown, value: nil, source: nil,
                        note: "2D cell and no conformality stated for its method"))
            }
        }
        if let t = criteria.maxProcessTemperature {
            let label =
                "processing ≤ \(QuantityFormatter(significantDigits: 4).string(from: Quantity(si: t.si, in: Unit(.celsius))))"
            if let stated = Self.temperatures(in: r.conditions ?? "").max() {
                results.append(
                    CriterionResult(
                        criterion: label, outcome: stated <= t.si ? .pass : .fail,
                        value: QuantityFormatter(significantDigits: 4).string(
                            from: Quantity(si: stated, in: Unit(.celsius))),
                        source: here, note: "highest temperature in the preparation conditions"))
            } else {
                results.append(inherited(profile.map { processTemperature($0, t) }, label: label))
            }
        }
        return Candidate(
            subject: .record(r.id), name: "\(r.electrolyte) (entry \(r.id))", electrolyteClass: r.electrolyteClass,
            family: r.family, results: results, conductivity: sigma)
    }

    // MARK: Stability against an electrode

    /// Whether `name` is lithium metal, the electrode of the review's `stability_li` ratings.
    static func isLithium(_ name: String) -> Bool {
        ["li", "li metal", "lithium", "lithium metal"].contains(name.trimmingSpaces.lowercased())
    }

    /// The electrodes the data holds stability evidence for: Li, which the review rates for
    /// every family it profiles (`stability_li`), then every electrode — anode or cathode — that a
    /// record's cell was cycled against, in alphabetical order.
    public static func stabilityEvidence(records: [MicrobatteryRecord]) -> [String] {
        var seen: Set<String> = ["li"]
        var cycled: [String] = []
        for record in records {
            for cell in record.cells {
                for electrode in [cell.anode, cell.cathode].compactMap({ $0 }) where !isLithium(electrode) {
                    if seen.insert(electrode.lowercased()).inserted { cycled.append(electrode) }
                }
            }
        }
        return ["Li"] + cycled.sorted { $0.lowercased() < $1.lowercased() }
    }

    /// Refuses an electrode the data holds no stability evidence for: without it every verdict
    /// would rest on evidence about another electrode. Errors name the option `stable-with` and
    /// list the electrodes that do have evidence.
    public static func requireStabilityEvidence(for electrode: String?, records: [MicrobatteryRecord])
        throws(AnalysisError)
    {
        guard let electrode else { return }
        let known = stabilityEvidence(records: records)
        if isLithium(electrode) || known.contains(where: { $0.lowercased() == electrode.lowercased() }) { return }
        throw .invalidOption(
            ScreeningOptions.Option.stableWith.rawValue,
            reason:
                "no stability evidence for '\(electrode)' in the data; evidence exists for Li (the review's rating of "
                + "each family's stability vs Li) and for the electrodes the screened records were cycled against: "
                + (known.count > 1 ? known.dropFirst().joined(separator: ", ") : "none"))
    }

    /// A family against Li: its `stability_li` rating (or its class's). Against any other
    /// electrode the review rates no family, so the verdict is unknown.
    private func familyStability(with electrode: String, _ p: FamilyProfile, _ classProfile: FamilyProfile?)
        -> CriterionResult
    {
        let label = "stable with \(electrode)"
        if Self.isLithium(electrode) { return rating(.stabilityLi, label: label, p, classProfile) }
        return CriterionResult(
            criterion: label, outcome: .unknown, value: nil, source: nil,
            note: "the review rates families' stability against Li only")
    }

    /// A record against an electrode: pass on direct evidence — one of its cells has that
    /// electrode and was cycled (the cycles and retention of that cell's own variant, or of the
    /// primary variant when the stack is shared); against Li
    /// without such a cell, the family's rating; otherwise unknown.
    private func recordStability(
        with electrode: String, _ r: MicrobatteryRecord, here: String, _ profile: FamilyProfile?,
        _ classProfile: FamilyProfile?
    ) -> CriterionResult {
        let label = "stable with \(electrode)"
        func matches(_ name: String?) -> Bool {
            guard let name else { return false }
            return Self.isLithium(electrode) ? Self.isLithium(name) : name.lowercased() == electrode.lowercased()
        }
        for cell in r.cells where matches(cell.anode) || matches(cell.cathode) {
            // The cell's own variant; a stack shared by several variants takes the first (primary).
            let own = r.restricted(toVariant: r.variantIndex(ofCell: cell) ?? 0)
            guard let cycles = own.primary.cycles, cycles > 1, let retention = own.primary.retention else { continue }
            let side = matches(cell.anode) ? cell.anode! : cell.cathode!
            return CriterionResult(
                criterion: label, outcome: .pass,
                value: "\(cycles) cycles, \(QuantityFormatter(significantDigits: 3).number(retention)) % retention",
                source: here, note: "cycled against \(side) in \(cell.printed)")
        }
        if Self.isLithium(electrode), let profile {
            return inheritedNote(rating(.stabilityLi, label: label, profile, classProfile))
        }
        return CriterionResult(
            criterion: label, outcome: .unknown, value: nil, source: nil,
            note: Self.isLithium(electrode) ? nil : "not cycled against \(electrode) in this entry")
    }

    /// A family-level verdict reused for a record, marked as such.
    private func inherited(_ result: CriterionResult?, label: String) -> CriterionResult {
        guard let result else {
            return CriterionResult(criterion: label, outcome: .unknown, value: nil, source: nil, note: nil)
        }
        return inheritedNote(result)
    }

    private func inheritedNote(_ r: CriterionResult) -> CriterionResult {
        CriterionResult(
            criterion: r.criterion, outcome: r.outcome, value: r.value, source: r.source,
            note: "family value" + (r.note.map { "; \($0)" } ?? ""))
    }

    /// Temperatures printed in a conditions cell ("heat treatment 1 h at 200 °C"), in kelvin.
    static func temperatures(in text: String) -> [Double] {
        var out: [Double] = []
        let tokens = text.split(whereSeparator: { $0 == ";" || $0 == "," })
        for token in tokens {
            let words = token.split(separator: " ").map(String.init)
            for (i, w) in words.enumerated()
            where i + 1 < words.count && (words[i + 1].hasPrefix("°C") || words[i + 1] == "℃" || words[i + 1] == "K") {
                if let q = try? Quantity.parse("\(w) \(words[i + 1] == "K" ? "K" : "°C")") { out.append(q.siValue) }
            }
        }
        return out
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
