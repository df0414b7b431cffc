import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasPlot
import AtlasStore

/// Fig. 10a (all cells, 2D and 3D by shape and colour) and Fig. 10c (2D cells by cathode
/// thickness class): energy density against power density on log–log axes, one mark per
/// record whose energy and power can both be derived (``MetricsCalculator``).
enum RagoneFigure {
    /// Cathode thickness classes of Fig. 10c.
    static func thicknessClass(_ micrometres: Double?) -> (index: Int, label: String) {
        guard let t = micrometres else { return (3, "cathode thickness not stated") }
        if t < 1 { return (0, "cathode < 1 µm") }
        if t <= 3 { return (1, "cathode 1–3 µm") }
        return (2, "cathode > 3 µm")
    }

    static func render(_ context: FigureContext, planarOnly: Bool) throws -> AtlasFigure {
        let areal = context.basis == .areal
        let energyKind: QuantityKind = areal ? .arealEnergy : .volumetricEnergy
        let powerKind: QuantityKind = areal ? .arealPower : .volumetricPower
        var groups: [Int: (label: String, points: [PlotPoint])] = [:]
        var ids: [Int] = []
        let candidates = context.records.map(\.record).filter { !planarOnly || $0.structure.architecture == .planar }
        for r in candidates {
            let m = context.metrics.metrics(for: r)
            guard let e = areal ? m.energyAreal : m.energyVolumetric, let p = areal ? m.powerAreal : m.powerVolumetric,
                e.value > 0, p.value > 0
            else { continue }
            let key: (Int, String)
            if planarOnly {
                key = thicknessClass(r.primary.cathodeThickness)
            } else {
                key = r.structure.architecture == .threeDimensional ? (1, "3D cells") : (0, "2D (thin-film) cells")
            }
            let tip = context.tooltip(
                r, "\(e.text), \(p.text) (\(m.voltage.map { "V = \($0.text), \($0.provenance)" } ?? ""))")
            groups[key.0, default: (key.1, [])].points.append(
                PlotPoint(x: p.value, y: e.value, id: "record-\(r.id)", tooltip: tip, link: context.link(r)))
            ids.append(r.id)
        }
        var chart = ScatterChart(
            x: Axis(
                areal ? "Power density" : "Power density per cathode volume", unit: powerKind.canonicalUnit,
                scale: .log10),
            y: Axis(
                areal ? "Energy density" : "Energy density per cathode volume", unit: energyKind.canonicalUnit,
                scale: .log10))
        chart.title =
            planarOnly
            ? "Ragone plot of 2D (thin-film) microbatteries by cathode thickness"
            : "Ragone plot of 2D and 3D microbatteries"
        chart.subtitle = [
            context.subtitleFilter,
            "E = C·V (eqn 1), P = E/Δt (eqn 2); \(ids.count) of \(candidates.count) records have both",
        ].compactMap { $0 }.joined(separator: ". ")
        chart.source = context.source("Table 2; Fig. 10\(planarOnly ? "c" : "a")")
        chart.legendTitle = planarOnly ? "Cathode thickness" : "Architecture"
        chart.width = context.width
        chart.series = groups.keys.sorted().map { key in
            let g = groups[key]!
            let style: MarkStyle
            if planarOnly {
                // Ordered classes on a sequential (viridis) scale; "not stated" in grey.
                let colors = Palette.sequential(count: 3)
                style =
                    key < 3
                    ? MarkStyle(shape: MarkShape.categorical(key), color: colors[key], size: 5)
                    : MarkStyle(shape: .circle, color: Color(0x999999), size: 4.5, filled: false)
            } else {
                style = MarkStyle.categorical(key, size: 5)
            }
            return ScatterSeries(g.label, points: g.points, markStyle: style)
        }
        if let sim = context.simulation, context.basis == .areal {
            chart.series.append(sim.ragoneSeries)
            chart.subtitle =
                (chart.subtitle ?? "") + "; dashed: \(sim.name) simulated at \(sim.ragone.points.count) rates"
        }
        guard !chart.series.isEmpty else {
            let reason =
                planarOnly && candidates.isEmpty && !context.records.isEmpty
                ? "no 2D (thin-film) cell in the selection; this figure shows 2D cells only"
                : "no \(planarOnly ? "2D " : "")record in the selection has both an energy and a power density"
            throw FigureError(figure: planarOnly ? "ragone-2d" : "ragone", reason: reason)
        }
        let rendered = try chart.render()
        return AtlasFigure(
            name: planarOnly ? .ragone2D : .ragone, chart: rendered, recordIDs: ids,
            note:
                "\(ids.count) of \(candidates.count) records have an energy/power pair on the \(context.basis.rawValue) basis"
        )
    }
}
