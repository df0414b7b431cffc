import AtlasCore
import Foundation
import Testing

@testable import AtlasPlot

@Suite("Scatter chart")
struct ScatterChartTests {
    static func logLog(_ series: [ScatterSeries]) -> ScatterChart {
        ScatterChart(
            x: Axis("Power density", unit: try? AtlasCore.Unit.parse("uW/cm2"), scale: .log10),
            y: Axis("Energy density", unit: try? AtlasCore.Unit.parse("uW h/cm2"), scale: .log10),
            series: series)
    }

    @Test("one mark per finite point; NaN, inf and non-positive log values are dropped and counted")
    func marksMatchFinitePoints() throws {
        let points = [
            PlotPoint(x: 1, y: 2), PlotPoint(x: .nan, y: 3), PlotPoint(x: 10, y: .infinity),
            PlotPoint(x: 0, y: 5), PlotPoint(x: 100, y: -1), PlotPoint(x: 1000, y: 4000),
            PlotPoint(x: -.infinity, y: 1), PlotPoint(x: 0.05, y: 0.02),
        ]
        let rendered = try Self.logLog([ScatterSeries("a", points: points)]).render()
        let svg = try SVGInspector(rendered.svg)
        #expect(svg.marks.count == 3)
        #expect(rendered.markCount == 3)
        #expect(rendered.dropped == DroppedValues(nonFinite: 3, nonPositiveOnLogAxis: 2))
        for word in ["NaN", "nan", "inf", "Infinity"] { #expect(!rendered.svg.contains(word)) }
    }

    @Test("the fitted domains contain every point: each mark lies inside the plot area")
    func domainsContainAllPoints() throws {
        var rng = SplitMix64(seed: 99)
        let points = (0..<70).map { _ in PlotPoint(x: pow(10, -2 + 6 * rng.unit()), y: pow(10, -2 + 6 * rng.unit())) }
        let linear = ScatterChart(
            x: Axis("x"), y: Axis("y"),
            series: [ScatterSeries("a", points: points.map { PlotPoint(x: $0.y * 3 - 7, y: $0.x) })])
        for chart in [Self.logLog([ScatterSeries("a", points: points)]), linear] {
            let svg = try SVGInspector(try chart.render().svg)
            let plot = try svg.plotArea()
            #expect(svg.circleMarks.count == 70)
            for mark in svg.circleMarks {
                #expect(
                    mark.x >= plot.minX - 0.01 && mark.x <= plot.maxX + 0.01 && mark.y >= plot.minY - 0.01
                        && mark.y <= plot.maxY + 0.01)
            }
        }
    }

    @Test(
        "a small series is drawn after a large one, so a lone mark sharing a crowded spot stays on top; the legend keeps its order"
    )
    func smallSeriesOnTop() throws {
        let crowd = ScatterSeries("many", points: (1...20).map { PlotPoint(x: Double($0), y: 5, id: "many-\($0)") })
        let lone = ScatterSeries("one", points: [PlotPoint(x: 10, y: 5, id: "lone")])
        let rendered = try Self.logLog([lone, crowd]).render()
        let svg = try SVGInspector(rendered.svg)
        #expect(svg.marks.last?.attributes["data-id"] == "lone")
        let legend = svg.elements.filter { $0.name == "text" && $0.ancestorClasses.contains("legend") }.map(\.text)
        #expect(legend.firstIndex(of: "one")! < legend.firstIndex(of: "many")!)
    }

    @Test("log axes are labelled in decades with superscripts and titled with units")
    func logLabels() throws {
        let chart = Self.logLog([ScatterSeries("a", points: [PlotPoint(x: 0.012, y: 0.5), PlotPoint(x: 3400, y: 20)])])
        let texts = try SVGInspector(try chart.render().svg).texts
        for label in ["10⁻²", "10⁻¹", "10⁰", "10¹", "10²", "10³", "10⁴"] { #expect(texts.contains(label), "\(label)") }
        #expect(texts.contains("Power density (µW cm⁻²)"))
        #expect(texts.contains("Energy density (µW h cm⁻²)"))
    }

    @Test("a mark carries its data-id, a title tooltip and a link")
    func tooltipAndLink() throws {
        let point = PlotPoint(
            x: 3, y: 4, id: "t2-12", tooltip: "t2-12, Li/LiPON/LiCoO2, ref. 48", link: "/records/t2-12")
        let svg = try SVGInspector(try Self.logLog([ScatterSeries("a", points: [point])]).render().svg)
        let mark = try #require(svg.marks.first)
        #expect(mark.attributes["data-id"] == "t2-12")
        #expect(mark.ancestors.last == "a")
        #expect(svg.all("a").first?.attributes["href"] == "/records/t2-12")
        let tooltip = try #require(svg.all("title").first { $0.ancestors.last == mark.name })
        #expect(tooltip.text == "t2-12, Li/LiPON/LiCoO2, ref. 48")
    }

    @Test("a javascript: link is not written, the mark still is")
    func unsafeLinkDropped() throws {
        let point = PlotPoint(x: 3, y: 4, id: "x", link: "javascript:alert(1)")
        let rendered = try Self.logLog([ScatterSeries("a", points: [point])]).render()
        #expect(!rendered.svg.contains("javascript"))
        #expect(try SVGInspector(rendered.svg).marks.count == 1)
    }

    @Test("hostile series names and titles are escaped in the document")
    func hostileLabels() throws {
        var chart = Self.logLog([
            ScatterSeries("<script>alert(1)</script>", points: [PlotPoint(x: 1, y: 1, tooltip: "</title><script>")])
        ])
        chart.title = "A & B <b>"
        let rendered = try chart.render()
        #expect(!rendered.svg.contains("<script>"))
        let texts = try SVGInspector(rendered.svg).texts
        #expect(texts.contains("<script>alert(1)</script>"))
        #expect(texts.contains("A & B <b>"))
    }

    @Test("the same input renders byte-identical SVG")
    func deterministic() throws {
        let a = try ExampleCharts.ragone().render().svg
        let b = try ExampleCharts.ragone().render().svg
        #expect(a == b)
    }

    @Test("points outside a fixed domain are dropped and counted")
    func fixedDomain() throws {
        let chart = ScatterChart(
            x: Axis("x", domain: 0...10), y: Axis("y", domain: 0...10),
            series: [
                ScatterSeries("a", points: [PlotPoint(x: 5, y: 5), PlotPoint(x: 11, y: 5), PlotPoint(x: 5, y: -1)])
            ])
        let rendered = try chart.render()
        #expect(rendered.markCount == 1)
        #expect(rendered.dropped.outsideDomain == 2)
    }

    @Test("nothing to draw is a typed error")
    func emptyData() {
        #expect(throws: PlotError.noData(chart: "scatter chart")) {
            try ScatterChart(
                x: Axis("x"), y: Axis("y"), series: [ScatterSeries("a", points: [PlotPoint(x: .nan, y: 1)])]
            ).render()
        }
        #expect(throws: PlotError.noData(chart: "scatter chart")) {
            try ScatterChart(x: Axis("x"), y: Axis("y")).render()
        }
        #expect(throws: PlotError.nothingPositiveOnLogAxis(axis: "Power density", dropped: 2)) {
            try Self.logLog([ScatterSeries("a", points: [PlotPoint(x: 0, y: 1), PlotPoint(x: -3, y: 2)])]).render()
        }
    }

    @Test("the legend stays outside the plot area, at the right or below")
    func legendOutsidePlot() throws {
        for placement in [LegendPlacement.right, .bottom, .automatic] {
            var chart = ExampleCharts.ragone()
            chart.legendPlacement = placement
            let svg = try SVGInspector(try chart.render().svg)
            let plot = try svg.plotArea()
            let boxes = svg.legendLabelBoxes
            #expect(!boxes.isEmpty)
            for box in boxes {
                #expect(!box.intersects(plot), "\(placement): \(box)")
                #expect(box.maxX <= chart.width, "\(placement): legend clipped at \(box.maxX)")
            }
        }
    }

    @Test("tick labels never overlap one another")
    func tickLabelsApart() throws {
        // 15 decades along 300 px: labels must be thinned.
        var chart = ScatterChart(
            x: Axis("x", scale: .log10), y: Axis("y", scale: .log10),
            series: [
                ScatterSeries("a", points: [PlotPoint(x: 1e-12, y: 1e-9), PlotPoint(x: 1e3, y: 1e-2)])
            ])
        chart.width = 420
        let boxes = try SVGInspector(try chart.render().svg).tickLabelBoxes
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] { #expect(!a.intersects(b), "\(a) overlaps \(b)") }
        }
    }

    @Test("lines break at non-finite points instead of jumping across them")
    func lineGaps() throws {
        let chart = ScatterChart(
            x: Axis("x"), y: Axis("y"),
            series: [
                ScatterSeries(
                    "curve", points: [0, 1, 2, .nan, 4, 5].map { PlotPoint(x: Double($0.isNaN ? 3 : $0), y: $0) },
                    drawing: .line)
            ])
        let svg = try SVGInspector(try chart.render().svg)
        let line = try #require(svg.elements.first { $0.attributes["class"] == "series-line" })
        let d = line.attributes["d"] ?? ""
        #expect(d.filter { $0 == "M" }.count == 2)
        #expect(svg.marks.isEmpty)
    }

    @Test("a quantity in another unit converts to the axis unit")
    func quantityConversion() throws {
        let axis = Axis("Power density", unit: try AtlasCore.Unit.parse("uW/cm2"), scale: .log10)
        // 1 mW = 1000 µW exactly; the tolerance only absorbs the binary representation of 10⁻³ and 10⁻⁶.
        #expect(abs(try axis.value(of: Quantity(1, try AtlasCore.Unit.parse("mW/cm2"))) - 1000) < 1e-9)
        #expect(throws: PlotError.self) { try axis.value(of: Quantity(1, try AtlasCore.Unit.parse("V"))) }
    }
}

@Suite("Legend layout")
struct LegendLayoutTests {
    @Test("a legend title wider than its short labels is not broken inside a word")
    func titleKeepsWords() throws {
        var chart = ScatterChart(
            x: Axis("x"), y: Axis("y"), series: [ScatterSeries("2D", points: [PlotPoint(x: 1, y: 1)])])
        chart.legendTitle = "Architecture"
        chart.legendPlacement = .right
        let texts = try SVGInspector(try chart.render().svg).texts
        #expect(texts.contains("Architecture"))
    }

    @Test("a long label moves an automatic legend below the plot and wraps there, within the chart")
    func longLabelsGoBelow() throws {
        let long = String(repeating: "Simulated thin-film cell with a thick cathode ", count: 4)
        var chart = ScatterChart(
            x: Axis("x"), y: Axis("y"), series: [ScatterSeries(long, points: [PlotPoint(x: 1, y: 1)])])
        chart.width = 600
        let svg = try SVGInspector(try chart.render().svg)
        let plot = try svg.plotArea()
        let boxes = svg.legendLabelBoxes + svg.lineBoxes(inside: "legend").map(\.box)
        #expect(!boxes.isEmpty)
        for box in boxes {
            #expect(box.minY >= plot.maxY)
            #expect(box.maxX <= 600)
        }
    }
}

@Suite("Chart size")
struct ChartSizeTests {
    @Test("an explicit height is the document height; the default width is 800 px")
    func explicitHeight() throws {
        var chart = ScatterChart(
            x: Axis("x"), y: Axis("y"),
            series: [ScatterSeries("a", points: [PlotPoint(x: 1, y: 1), PlotPoint(x: 2, y: 3)])])
        chart.height = 420
        let rendered = try chart.render()
        #expect(rendered.width == 800 && rendered.height == 420)
        let root = try #require(try SVGInspector(rendered.svg).all("svg").first)
        #expect(root.attributes["width"] == "800" && root.attributes["height"] == "420")
        #expect(root.attributes["viewBox"] == "0 0 800 420")
    }
}

@Suite("Secondary top axis")
struct SecondaryAxisTests {
    static let perKelvin = AtlasCore.Unit([AtlasCore.Unit.Factor(.kelvin, exponent: -1)])

    /// An Arrhenius-style chart over 1000/T = 1.6…3.5 K⁻¹ (352 °C down to 12.6 °C).
    static func chart(topAxis: SecondaryAxis?) -> ScatterChart {
        var chart = ScatterChart(
            x: Axis("1000/T", unit: perKelvin),
            y: Axis("Ionic conductivity", unit: try? AtlasCore.Unit.parse("S/cm"), scale: .log10),
            series: [ScatterSeries("a", points: [PlotPoint(x: 1.6, y: 1e-2), PlotPoint(x: 3.5, y: 1e-5)])])
        chart.title = "Arrhenius plot"
        chart.topAxis = topAxis
        return chart
    }

    @Test("°C ticks sit at 1000/(θ + 273.15) on the bottom scale, are round numbers and never overlap")
    func celsiusTicks() throws {
        let svg = try SVGInspector(try Self.chart(topAxis: .celsius()).render().svg)
        let plot = try svg.plotArea()
        let labels = svg.elements.filter { $0.name == "text" && $0.ancestorClasses.contains("top-axis") }
            .filter { $0.ancestorClasses.contains("tick-labels") }
        #expect(labels.count >= 4)
        // The bottom axis is fitted to 1.6…3.6 (step 0.2 or 0.5): read its ends back from its labels.
        let bottom = svg.elements.filter {
            $0.name == "text" && $0.ancestorClasses.contains("tick-labels") && !$0.ancestorClasses.contains("top-axis")
                && $0.number("y") > plot.maxY + 10 && $0.number("y") < plot.maxY + 30
        }
        let low = try #require(bottom.min { $0.number("x") < $1.number("x") })
        let high = try #require(bottom.max { $0.number("x") < $1.number("x") })
        let (x0, v0) = (low.number("x"), Double(low.text.replacingOccurrences(of: "−", with: "-")) ?? .nan)
        let (x1, v1) = (high.number("x"), Double(high.text) ?? .nan)
        for label in labels {
            let celsius = try #require(Double(label.text.replacingOccurrences(of: "−", with: "-")), "\(label.text)")
            #expect(celsius.truncatingRemainder(dividingBy: 10) == 0, "\(label.text) is not a round value")
            let expected = x0 + (1000 / (celsius + 273.15) - v0) / (v1 - v0) * (x1 - x0)
            #expect(
                abs(label.number("x") - expected) < 0.6, "\(label.text) °C at \(label.number("x")), not \(expected)")
            #expect(label.number("y") < plot.minY)
        }
        let boxes = labels.map { $0.textBox() }
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] { #expect(!a.intersects(b), "\(a) overlaps \(b)") }
        }
        #expect(svg.texts.contains("Temperature (°C)"))
    }

    @Test("the top axis moves the plot down by its depth and leaves the header alone; nil draws nothing")
    func layout() throws {
        let with = try SVGInspector(try Self.chart(topAxis: .celsius()).render().svg)
        let without = try SVGInspector(try Self.chart(topAxis: nil).render().svg)
        let shift = try with.plotArea().minY - without.plotArea().minY
        #expect(abs(shift - SecondaryAxis.celsius().depth) < 1e-9)
        #expect(!without.elements.contains { $0.ancestorClasses.contains("top-axis") })
        let title = try #require(with.lineBoxes().first { $0.text == "Temperature (°C)" })
        let header = try #require(with.lineBoxes().first { $0.text == "Arrhenius plot" })
        #expect(title.box.minY > header.box.maxY)
        let plotTop = try with.plotArea().minY
        #expect(title.box.maxY < plotTop)
    }

    @Test("a mapping with nothing finite over the domain gives no ticks, not a crash")
    func degenerate() throws {
        let flat = SecondaryAxis("Nothing", fromPrimary: { _ in .nan }, toPrimary: { _ in .nan })
        let svg = try SVGInspector(try Self.chart(topAxis: flat).render().svg)
        #expect(svg.elements.filter { $0.ancestorClasses.contains("top-axis") && $0.name == "text" }.count == 1)
    }
}
