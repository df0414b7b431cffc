import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasPlot
import AtlasStore

/// The Arrhenius plot of one composition: ionic conductivity (log axis) against 1000/T, with
/// temperature in °C along the top; one series per study (``ConductivitySeries``: same source,
/// paper, kind and composition), a mark per measurement, and for every study with 3 or more
/// temperatures its ln(σT) fit (``SeriesFit``) drawn over the temperatures it measured — never
/// extrapolated. The legend gives each fit's Eₐ ± one standard error.
enum ArrheniusFigure {
    /// Points along a fitted line (the σT form is slightly curved in log σ against 1/T).
    static let lineSamples = 24

    /// 1000/T in K⁻¹.
    static let inverseKilokelvin = AtlasCore.Unit([AtlasCore.Unit.Factor(.kelvin, exponent: -1)])

    static func render(_ context: FigureContext) throws -> AtlasFigure {
        guard let lookup = context.composition else {
            throw FigureError(figure: "arrhenius", reason: "needs a composition (--composition X)")
        }
        let matched = matchText(lookup)
        guard !lookup.measurements.isEmpty else {
            throw FigureError(
                figure: "arrhenius",
                reason: "no measurement of '\(lookup.query)' in any source (\(matched)); "
                    + "mbatlas conductivity --where 'composition ~ …' searches by text")
        }
        // Bounds and range mid-points take part in no series (ConductivitySeries.key is nil); a value
        // that cannot be placed (T or σ not positive and finite: the importers refuse them, but a
        // context can be built by hand) is left out too.
        var order: [String] = []
        var members: [String: [StoredMeasurement]] = [:]
        var invalid = 0
        for stored in lookup.measurements {
            guard let key = ConductivitySeries.key(of: stored.measurement) else { continue }
            let t = stored.measurement.temperature.canonical
            let sigma = stored.measurement.conductivity.canonical
            guard t.isFinite, t > 0, sigma.isFinite, sigma > 0 else {
                invalid += 1
                continue
            }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(stored)
        }
        let skipped = lookup.measurements.count - invalid - order.reduce(0) { $0 + members[$1]!.count }
        guard !order.isEmpty else {
            throw FigureError(
                figure: "arrhenius",
                reason: "the \(plural(lookup.measurements.count, "measurement")) of '\(lookup.query)' are all bounds, "
                    + "ranges or values that cannot be plotted")
        }
        let sources = context.measurementSources

        // Fitted studies first, so their lines get the strongest colours of the palette.
        let studies = order.map { key -> (stored: [StoredMeasurement], group: ConductivitySeries, fit: SeriesFit?) in
            let stored = members[key]!
            let group = ConductivitySeries.group(stored.map(\.measurement))[0]
            return (stored, group, SeriesFit(group))
        }
        let drawOrder = studies.filter { $0.fit != nil } + studies.filter { $0.fit == nil }

        var series: [ScatterSeries] = []
        var legend: [LegendEntry] = []
        var temperatures: Set<Double> = []
        var inverse: [Double] = []
        for (index, study) in drawOrder.enumerated() {
            let (stored, group) = (study.stored, study.group)
            let style = MarkStyle(
                shape: MarkShape.categorical(index), color: Palette.categorical(index), size: 5, filled: index < 8)
            let points = stored.map { s in
                let m = s.measurement
                temperatures.insert(m.temperature.canonical)
                inverse.append(1000 / m.temperature.canonical)
                return PlotPoint(
                    x: 1000 / m.temperature.canonical, y: m.conductivity.canonical, id: "measurement-\(s.id)",
                    tooltip: MeasurementText.tooltip(m, sources: sources), link: MeasurementText.link(m))
            }
            var label =
                MeasurementText.shortName(group.source, sources: sources) + " · "
                + MeasurementText.paper(group.measurements[0])
            if group.kind != .unspecified { label += " (\(group.kind.rawValue))" }
            if group.compositionPrinted != lookup.query { label += ", " + group.compositionPrinted }
            series.append(ScatterSeries(label, points: points, markStyle: style, showsInLegend: false))
            if let fit = study.fit {
                let line = LineStyle(color: style.color, width: 1.8)
                series.append(
                    ScatterSeries(
                        label + " fit", points: fitLine(fit.sigmaT), drawing: .line, lineStyle: line,
                        showsInLegend: false))
                let ea = MeasurementText.energy(
                    fit.sigmaT.activationEnergy.canonical, error: fit.sigmaT.activationEnergyError.canonical)
                legend.append(LegendEntry(label + ": Eₐ = " + ea, symbol: .markOnLine(style, line)))
            } else {
                let n = group.temperatureCount
                legend.append(
                    LegendEntry(label + " (\(n) temperature\(n == 1 ? "" : "s"), no fit)", symbol: .mark(style)))
            }
        }

        // A fitted 1000/T domain ends on a tick, which can put an end point on the frame: pad by 2 %.
        let low = inverse.min()!
        let high = inverse.max()!
        let pad = max(high - low, 0.05 * high) * 0.02
        let xDomain = try Scale.fitting([low - pad, high + pad], kind: .linear, targetTickCount: 8).domain
        var chart = ScatterChart(
            x: Axis("1000/T", unit: inverseKilokelvin, domain: xDomain),
            y: Axis("Ionic conductivity", unit: QuantityKind.conductivity.canonicalUnit, scale: .log10),
            series: series)
        chart.topAxis = .celsius()
        chart.extraLegendEntries = legend
        chart.legendTitle = "Study (source · paper)"
        chart.legendPlacement = .bottom
        chart.title = "Arrhenius plot of \(lookup.query)"
        let count = order.reduce(0) { $0 + members[$1]!.count }
        let sourceIDs = orderedSources(order.map { members[$0]![0].measurement.source }, sources: sources)
        var subtitle =
            "\(count) measurement\(count == 1 ? "" : "s") from \(sourceIDs.count) "
            + "source\(sourceIDs.count == 1 ? "" : "s") (\(matched))"
        if skipped > 0 { subtitle += "; \(plural(skipped, "bound or range", "bounds or ranges")) not drawn" }
        if invalid > 0 { subtitle += "; \(plural(invalid, "value")) not positive and finite, not drawn" }
        subtitle +=
            ". Lines: ln(σT) = ln A − Eₐ/(k_B T) fitted by least squares over each study with ≥ 3 "
            + "temperatures, drawn over its measured range; Eₐ ± one standard error"
        chart.subtitle = subtitle
        chart.source =
            "Source: "
            + sourceIDs.map { MeasurementText.credit($0, sources: sources) }
            .joined(separator: "; ") + "; fits by Microbattery Atlas"
        chart.width = context.width
        let rendered = try chart.render()
        let fitted = studies.filter { $0.fit != nil }.count
        return AtlasFigure(
            name: .arrhenius, chart: rendered, recordIDs: [],
            note: "\(plural(count, "measurement")) of \(lookup.query) at \(plural(temperatures.count, "temperature")); "
                + "\(fitted) of \(plural(studies.count, "study", "studies")) fitted (≥ 3 temperatures)")
    }

    /// The σT line sampled evenly in 1/T between the lowest and highest temperature fitted.
    static func fitLine(_ fit: ArrheniusFit) -> [PlotPoint] {
        let low = 1 / fit.temperatureRange.upperBound.canonical
        let high = 1 / fit.temperatureRange.lowerBound.canonical
        return (0..<lineSamples).map { i in
            let inverse = low + (high - low) * Double(i) / Double(lineSamples - 1)
            let sigma = fit.conductivity(at: Temperature(canonical: 1 / inverse)).canonical
            return PlotPoint(x: 1000 * inverse, y: sigma)
        }
    }

    /// "1 measurement", "3 measurements".
    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) " + (n == 1 ? one : many ?? one + "s")
    }

    /// "matched per atom as Li3ClO" or "matched by text".
    static func matchText(_ lookup: CompositionLookup) -> String {
        switch lookup.method {
        case .perAtom(let composition):
            return "matched per atom as \(CompositionKey.normalizedFormula(composition))"
        case .textOnly:
            return "matched by text: not a formula with numbers"
        }
    }

    /// Distinct source ids in the store's order (bundled first), unknown ones last.
    static func orderedSources(_ ids: [String], sources: [MeasurementSource]) -> [String] {
        let present = Set(ids)
        let known = sources.map(\.id).filter(present.contains)
        return known + present.subtracting(known).sorted()
    }
}
