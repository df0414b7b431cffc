import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasPlot
import AtlasStore
import Foundation

/// Fig. 10b: electrolyte families compared on the review's specification axes, each mapped to
/// 0–1 from the family profiles (documented in docs/ANALYSIS.md):
///
/// - ionic conductivity: (log₁₀ σ + 8) / 6, clamped — 10⁻⁸ S cm⁻¹ → 0, 10⁻² S cm⁻¹ → 1;
/// - electronic insulation: (−log₁₀ σₑ − 6) / 8 — 10⁻⁶ S cm⁻¹ → 0, 10⁻¹⁴ S cm⁻¹ → 1;
/// - electrochemical window: the fraction of 0–5 V the stated window covers;
/// - stability: mean of the ratings for stability vs Li, in air, electrochemical and thermal;
/// - mechanical integrity, processability/conformality (mean of both), cost: the ratings
///   (good 1, moderate 0.5, poor 0).
/// A value the family's profile does not state falls back to its class's profile (said so in the
/// tooltip); a value neither states is left out (a gap, never a zero).
enum SpiderFigure {
    static let axes = [
        "Ionic conductivity", "Electronic insulation", "Electrochemical window", "Stability",
        "Mechanical integrity", "Processability / conformality", "Cost",
    ]

    struct AxisValue {
        let value: Double
        let basis: String
    }

    static func values(_ p: FamilyProfile, classProfile: FamilyProfile?) -> [AxisValue?] {
        func withFallback(_ f: (FamilyProfile) -> AxisValue?) -> AxisValue? {
            if let v = f(p) { return v }
            guard let cp = classProfile, let v = f(cp) else { return nil }
            return AxisValue(value: v.value, basis: v.basis + " (class-level: \(cp.name))")
        }
        func log(_ v: Double) -> Double { Foundation.log10(v) }
        let ionic = withFallback { prof in
            Screening.representativeConductivity(prof).map {
                AxisValue(
                    value: min(1, max(0, (log($0.value) + 8) / 6)),
                    basis: "σ = \($0.statement.printed ?? "")" + refs($0.statement))
            }
        }
        let electronic = withFallback { prof in
            prof.values(.electronicConductivity).compactMap { s -> AxisValue? in
                guard let q = s.value?.reportedQuantity,
                    let v = try? q.representative.value(in: QuantityKind.conductivity), v > 0
                else { return nil }
                return AxisValue(value: min(1, max(0, (-log(v) - 6) / 8)), basis: "σₑ = \(s.printed ?? "")" + refs(s))
            }.first
        }
        let window = withFallback(windowCoverage)
        let stability = withFallback { prof in
            mean(prof, [.stabilityLi, .stabilityAir, .electrochemicalStability, .thermalStability])
        }
        let mechanical = withFallback { prof in mean(prof, [.mechanicalIntegrity]) }
        let processing = withFallback { prof in mean(prof, [.processability, .conformality3D]) }
        let cost = withFallback { prof in mean(prof, [.cost]) }
        return [ionic, electronic, window, stability, mechanical, processing, cost]
    }

    static func refs(_ s: Statement) -> String {
        s.refs.isEmpty ? "" : " [ref. " + s.refs.map(String.init).joined(separator: ", ") + "]"
    }

    static func mean(_ p: FamilyProfile, _ criteria: [Criterion]) -> AxisValue? {
        let ratings = criteria.compactMap { p.rating($0) }
        guard !ratings.isEmpty else { return nil }
        let v = ratings.map(\.level.score).reduce(0, +) / Double(ratings.count)
        return AxisValue(
            value: v,
            basis: ratings.map { "\($0.criterion.label) \($0.level.rawValue)" + refs($0.statement) }.joined(
                separator: "; "))
    }

    /// The stable interval implied by the stated windows and limits, as a fraction of 0–5 V.
    static func windowCoverage(_ p: FamilyProfile) -> AxisValue? {
        var lo: Double? = nil
        var hi: Double? = nil
        var used: [Statement] = []
        for s in p.values(.electrochemicalWindow) {
            guard let q = s.value?.reportedQuantity, let v = try? q.representative.value(in: QuantityKind.voltage)
            else { continue }
            switch q.magnitude {
            case .range(let a, let b, _):
                lo = max(lo ?? -.infinity, min(a, b))
                hi = min(hi ?? .infinity, max(a, b))
            case .above: lo = max(lo ?? -.infinity, v)
            case .below where s.aspect == "reduction_limit": lo = max(lo ?? -.infinity, v)
            case .below: hi = min(hi ?? .infinity, v)
            default: continue
            }
            used.append(s)
        }
        guard let l = lo, let h = hi else { return nil }
        let covered = max(0, min(h, 5) - max(l, 0)) / 5
        return AxisValue(value: covered, basis: used.map { "\($0.printed ?? "")" + refs($0) }.joined(separator: "; "))
    }

    static func render(_ context: FigureContext) throws -> AtlasFigure {
        let profiles = Dictionary(
            context.review.families.map { ($0.id.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        let chosen: [FamilyProfile]
        if let names = context.families {
            chosen = try names.map { name in
                guard let p = profiles[name.lowercased()] else {
                    throw FigureError(
                        figure: "spider",
                        reason:
                            "unknown family '\(name)' (one of: \(context.review.families.map(\.id).joined(separator: ", ")))"
                    )
                }
                return p
            }
        } else {
            // The three classes, then the families with the most records in the selection.
            let counts = Dictionary(grouping: context.records.map(\.record.family), by: { $0 }).mapValues(\.count)
            let families = counts.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.prefix(3)
                .compactMap { profiles[$0.key.rawValue.lowercased()] }
            chosen = ElectrolyteClass.allCases.compactMap { profiles[$0.rawValue] } + families
        }
        guard !chosen.isEmpty else { throw FigureError(figure: "spider", reason: "no family to draw") }
        var chart = RadarChart(axes: axes)
        chart.series = chosen.prefix(8).enumerated().map { index, p in
            let classProfile = p.isClass ? nil : profiles[p.electrolyteClass.rawValue]
            let vs = values(p, classProfile: classProfile)
            return RadarSeries(
                p.isClass ? "\(p.electrolyteClass.rawValue) (class)" : p.id, values: vs.map { $0?.value ?? .nan },
                color: Palette.categorical(index), shape: MarkShape.categorical(index), dash: p.isClass ? [6, 3] : [],
                id: "family-\(p.id)",
                link: context.pageLink("families", fragment: "family-" + FigureContext.anchor(p.id)),
                tooltips: zip(axes, vs).map { axis, v in
                    "\(p.name) — \(axis): "
                        + (v.map { "\(QuantityFormatter(significantDigits: 2).number($0.value)) from \($0.basis)" }
                            ?? "not stated in the review")
                })
        }
        chart.title = "Solid electrolytes on the specification axes"
        chart.subtitle = [
            context.subtitleFilter,
            "0 = worst, 1 = best; mapping in docs/ANALYSIS.md; gaps where the review states nothing",
        ].compactMap { $0 }.joined(separator: ". ")
        chart.source = context.source("family profiles of sections 3–5; Fig. 10b")
        chart.legendTitle = "Class / family"
        chart.width = context.width
        return AtlasFigure(
            name: .spider, chart: try chart.render(), recordIDs: [], note: "\(chart.series.count) classes and families")
    }
}
