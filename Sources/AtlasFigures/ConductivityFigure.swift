import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasPlot
import AtlasStore

/// Ionic conductivity by electrolyte family (grouped by class) or by preparation method, on a log
/// axis. The review's records are drawn as before (reported ranges as bars, linked to their
/// record pages); by family, the measurements of the outside data sets in the context (OBELiX,
/// imported tables) are drawn beside them, one colour and shape per source, in the families the
/// review treats and in those it does not.
enum ConductivityFigure {
    /// Group of the measurements without a family.
    static let otherGroup = "other"

    static func render(_ context: FigureContext) throws -> AtlasFigure {
        let records = context.records.map(\.record)
        var categories: [StripCategory] = []
        var seriesPoints: [String: [StripPoint]] = [:]
        var ids: [Int] = []
        func point(_ r: MicrobatteryRecord, category: String) -> StripPoint? {
            guard let cell = r.conductivity.first(where: { $0.quantity != nil }), let q = cell.quantity,
                let v = try? q.representative.value(in: QuantityKind.conductivity)
            else { return nil }
            var range: ValueRange? = nil
            if case .range = q.magnitude, let lo = q.lower, let hi = q.upper,
                let l = try? lo.value(in: QuantityKind.conductivity),
                let h = try? hi.value(in: QuantityKind.conductivity)
            {
                range = ValueRange(l, h)
            }
            return StripPoint(
                category: category, value: v, range: range, id: "record-\(r.id)",
                tooltip: context.tooltip(r, cell.printed), link: context.link(r))
        }
        let reviewSeries = "Review, Table 2 records"
        var order: [String] = []
        var outside = OutsidePoints(measurements: [], skipped: 0)
        switch context.groupBy {
        case .family:
            outside = outsidePoints(context)
            var families: Set<MeasurementFamily> = []
            for f in ElectrolyteFamily.allCases {
                let points = records.filter { $0.family == f }.compactMap { point($0, category: f.rawValue) }
                guard !points.isEmpty else { continue }
                families.insert(MeasurementFamily(f))
                seriesPoints[reviewSeries, default: []] += points
                ids += points.compactMap { $0.id.flatMap { Int($0.dropFirst(7)) } }
            }
            // The outside data sets first, so that the review's marks are drawn on top of them.
            for (source, points) in outside.bySource {
                seriesPoints[source] = points
                order.append(source)
            }
            if seriesPoints[reviewSeries] != nil { order.append(reviewSeries) }
            families.formUnion(outside.families)
            categories = Self.categories(families)
        case .method:
            for m in PreparationMethod.allCases {
                let members = records.filter { $0.methods.contains(m) }
                var any = false
                for c in ElectrolyteClass.allCases {
                    let points = members.filter { $0.electrolyteClass == c }.compactMap { point($0, category: m.name) }
                    guard !points.isEmpty else { continue }
                    any = true
                    seriesPoints[c.rawValue, default: []] += points
                    ids += points.compactMap { $0.id.flatMap { Int($0.dropFirst(7)) } }
                }
                if any { categories.append(StripCategory(m.name)) }
            }
            order = ElectrolyteClass.allCases.map(\.rawValue)
        }
        guard !categories.isEmpty else {
            let what = context.measurements.isEmpty ? "no record in the selection" : "no record or measurement"
            throw FigureError(figure: "conductivity", reason: "\(what) reports an ionic conductivity")
        }
        var chart = StripChart(
            categories: categories,
            value: Axis("Ionic conductivity", unit: QuantityKind.conductivity.canonicalUnit, scale: .log10))
        chart.series = order.enumerated().compactMap { index, name in
            seriesPoints[name].map { points in
                // Style index: the review's records keep the first colour and shape (blue circles) they
                // had before outside data were drawn; each outside source takes the next.
                let style: MarkStyle
                if context.groupBy == .method {
                    style = MarkStyle.categorical(index, size: 4.5)
                } else if name == reviewSeries {
                    style = MarkStyle.categorical(0, size: 4.5)
                } else {
                    // The outside data sets are many: smaller, open marks keep the review's visible.
                    let k = index + 1
                    style = MarkStyle(
                        shape: MarkShape.categorical(k), color: Palette.categorical(k), size: 3, filled: false)
                }
                // With outside data the legend counts each source's marks.
                let label = outside.measurements.isEmpty ? name : name + " (\(points.count))"
                return StripSeries(label, points: points, markStyle: style)
            }
        }
        chart.showsMedians = true
        chart.title =
            "Ionic conductivity by \(context.groupBy == .family ? "electrolyte family" : "preparation method")"
        let unique = Set(ids)
        let outsideCount = outside.measurements.count
        let recordsText = "\(unique.count) of \(records.count) records report a conductivity"
        var parts = [context.subtitleFilter]
        if outsideCount == 0 {
            // As before outside data were drawn (the review's figure alone).
            parts.append(recordsText + "; bars are reported ranges, ticks medians")
            if context.groupBy == .method, !context.measurements.isEmpty {
                parts.append("The outside data sets give no preparation method and are not drawn")
            }
        } else {
            let window = context.measurementFilter ?? FigureContext.defaultMeasurementFilter
            var text = "\(outsideCount) measurements of the outside data sets matching '\(window)'"
            if outside.skipped > 0 {
                let what = ArrheniusFigure.plural(outside.skipped, "bound or range", "bounds or ranges")
                text += " (\(what) left out)"
            }
            parts.append(records.isEmpty ? text : recordsText + "; " + text)
            parts.append("Bars are reported ranges, ticks medians of all values in a row")
        }
        chart.subtitle = parts.compactMap { $0 }.joined(separator: ". ")
        if outsideCount > 0 {
            chart.legendTitle = "Source"
            // Below the plot: the plot keeps the full width, and a wide plot keeps busy rows short.
            chart.legendPlacement = .bottom
            let credits = OutsidePoints.sourceOrder(outside.measurements, context.measurementSources).map {
                MeasurementText.credit($0, sources: context.measurementSources)
            }
            let review = records.isEmpty ? [] : ["Jetybayeva et al., J. Mater. Chem. A 2021, 9, 15140 (Table 2)"]
            chart.source =
                "Source: " + (review + credits).joined(separator: "; ")
                + "; regenerated from data by Microbattery Atlas"
        } else {
            chart.source = context.source("Table 2")
        }
        chart.width = context.width
        var notes: [String] = []
        if !records.isEmpty || outsideCount == 0 { notes.append(recordsText) }
        if outsideCount > 0 {
            notes.append(
                "\(outsideCount) measurements from "
                    + OutsidePoints.sourceOrder(outside.measurements, context.measurementSources).joined(
                        separator: ", "))
        }
        return AtlasFigure(
            name: .conductivity, chart: try chart.render(), recordIDs: Array(unique).sorted(),
            note: notes.joined(separator: "; "))
    }

    /// Categories for `families`: by class (polymer, crystalline, glass, then those without a
    /// family), in the vocabulary's order within a class — the review's families first.
    static func categories(_ families: Set<MeasurementFamily>) -> [StripCategory] {
        let classOrder = ElectrolyteClass.allCases.map(Optional.some) + [nil]
        var result: [StripCategory] = []
        for electrolyteClass in classOrder {
            for family in MeasurementFamily.allCases where families.contains(family) {
                guard family.electrolyteClass == electrolyteClass else { continue }
                result.append(StripCategory(family.rawValue, group: electrolyteClass?.rawValue ?? otherGroup))
            }
        }
        return result
    }

    /// The context's outside measurements as strip points, by source.
    static func outsidePoints(_ context: FigureContext) -> OutsidePoints {
        let drawn = context.measurements.filter { stored in
            let m = stored.measurement
            return m.qualifier.isPointValue && m.conductivity.canonical.isFinite && m.conductivity.canonical > 0
        }
        var result = OutsidePoints(measurements: drawn, skipped: context.measurements.count - drawn.count)
        for id in OutsidePoints.sourceOrder(drawn, context.measurementSources) {
            let points = drawn.filter { $0.measurement.source == id }.map { stored in
                let m = stored.measurement
                return StripPoint(
                    category: m.family.rawValue, value: m.conductivity.canonical, id: "measurement-\(stored.id)",
                    tooltip: MeasurementText.tooltip(m, sources: context.measurementSources),
                    link: MeasurementText.link(m))
            }
            result.bySource.append((MeasurementText.shortName(id, sources: context.measurementSources), points))
        }
        return result
    }

    /// The outside measurements drawn, grouped by source.
    struct OutsidePoints {
        /// Measurements drawn (point values with a positive conductivity).
        var measurements: [StoredMeasurement]
        /// Measurements of the context left out (bounds, range mid-points).
        var skipped: Int
        /// (legend name, points) per source, in the store's source order.
        var bySource: [(String, [StripPoint])] = []

        var families: Set<MeasurementFamily> { Set(measurements.map(\.measurement.family)) }

        /// Source ids of `measurements` in the order the store lists sources, unknown ids last.
        static func sourceOrder(_ measurements: [StoredMeasurement], _ sources: [MeasurementSource]) -> [String] {
            ArrheniusFigure.orderedSources(measurements.map(\.measurement.source), sources: sources)
        }
    }
}
