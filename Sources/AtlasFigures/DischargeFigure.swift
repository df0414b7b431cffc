import AtlasCore
import AtlasPhysics
import AtlasPlot

/// A design simulated at several rates: its Ragone curve (overlaid on the literature cells) and
/// its discharge curves.
public struct SimulatedDesign: Sendable {
    public let name: String
    /// The cell that was simulated (its cathode and electrolyte label the figures).
    public let model: CellModel
    public let ragone: RagoneCurve
    public let discharges: DischargeFamily

    /// Simulates `design` at `rates` (C-rates).
    public init(name: String, model: CellModel, rates: [Double]) throws(SimulationError) {
        self.name = name
        self.model = model
        ragone = try RagoneCurve(model: model, rates: rates)
        discharges = try DischargeFamily(model: model, rates: rates)
    }

    /// The simulated points as a line with marks, one mark per rate.
    var ragoneSeries: ScatterSeries {
        ScatterSeries(
            "simulated: \(name)",
            points: ragone.points.map { p in
                PlotPoint(
                    x: p.power.canonical, y: p.energy.canonical, id: "sim-\(QuantityFormatter.shortest(p.cRate))C",
                    tooltip:
                        "\(name) at \(QuantityFormatter.shortest(p.cRate))C: \(p.energy), \(p.power), \(p.capacity) (\(p.termination.rawValue))"
                )
            },
            drawing: .marksAndLine, markStyle: MarkStyle(shape: .diamond, color: Color(0x000000), size: 4.5),
            lineStyle: .dashed(Color(0x000000)))
    }
}

/// Voltage against delivered capacity per footprint area, one line per rate.
enum DischargeFigure {
    static func render(_ context: FigureContext) throws -> AtlasFigure {
        guard let sim = context.simulation else {
            throw FigureError(
                figure: "discharge", reason: "needs a simulated design (--design FILE.json, or the default cell)")
        }
        var chart = ScatterChart(
            x: Axis(
                "Delivered capacity", unit: QuantityKind.arealCapacity.canonicalUnit, scale: .linear, includesZero: true
            ),
            y: Axis("Cell voltage", unit: QuantityKind.voltage.canonicalUnit, scale: .linear))
        let colors = Palette.sequential(count: max(2, sim.discharges.results.count))
        chart.series = zip(sim.discharges.rates, sim.discharges.results).enumerated().map { index, pair in
            let (rate, result) = pair
            return ScatterSeries(
                "\(QuantityFormatter.shortest(rate))C",
                points: result.curve.map { PlotPoint(x: $0.capacity.canonical, y: $0.voltage) },
                drawing: .line, lineStyle: LineStyle(color: colors[index], width: 2))
        }
        chart.title = "Simulated discharge curves: \(sim.name)"
        let design = sim.model.design
        let electrolyte: String
        switch design.electrolyteTransport {
        case .singleIon: electrolyte = "single-ion"
        case .binary(let t): electrolyte = "binary, t₊ = \(QuantityFormatter.shortest(t))"
        }
        chart.subtitle =
            "Dense \(design.cathode.name) film, \(design.electrolyteName) electrolyte (\(electrolyte)), Li anode; "
            + "model and validation in docs/SIMULATOR.md"
        chart.source =
            "Microbattery Atlas discharge simulator (AtlasPhysics); \(design.cathode.name) OCV: "
            + sim.model.openCircuitVoltage.source
        chart.legendTitle = "Rate"
        chart.width = context.width
        return AtlasFigure(
            name: .discharge, chart: try chart.render(), recordIDs: [], note: "\(sim.discharges.rates.count) rates")
    }
}
