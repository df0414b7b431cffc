import Foundation
import Testing

@testable import AtlasPlot

/// Renders every example chart, checks it, and (when rsvg-convert is installed) converts it to
/// PNG. With `PLOT_EXAMPLES_DIR` set, the SVG and PNG files are written there.
@Suite("Example gallery")
struct ExampleGallery {
    static let examples: [(String, @Sendable () throws -> RenderedChart)] = [
        ("scatter-ragone-loglog", { try ExampleCharts.ragone().render() }),
        ("scatter-arrhenius", { try ExampleCharts.arrhenius().render() }),
        ("scatter-discharge-curves", { try ExampleCharts.discharge().render() }),
        ("scatter-retention", { try ExampleCharts.retention().render() }),
        ("radar-families", { try ExampleCharts.radar().render() }),
        ("strip-conductivity-horizontal", { try ExampleCharts.conductivity().render() }),
        ("strip-conductivity-vertical", { try ExampleCharts.conductivity(orientation: .vertical).render() }),
        ("matrix-techniques", { try ExampleCharts.techniques().render() }),
    ]

    @Test("every example renders to well-formed SVG with no NaN or inf, and to PNG when possible")
    func gallery() throws {
        let directory = ProcessInfo.processInfo.environment["PLOT_EXAMPLES_DIR"]
        let renderer = PNGRenderer(zoom: 1)
        let canRender = renderer.isAvailable
        for (name, make) in Self.examples {
            let chart = try make()
            let inspector = try SVGInspector(chart.svg)
            #expect(inspector.marks.count == chart.markCount, "\(name)")
            #expect(!chart.svg.contains("NaN") && !chart.svg.contains("nan") && !chart.svg.contains("inf"), "\(name)")
            guard let directory else { continue }
            let base = URL(fileURLWithPath: directory).appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: base.deletingLastPathComponent(), withIntermediateDirectories: true)
            try chart.svg.write(to: base.appendingPathExtension("svg"), atomically: true, encoding: .utf8)
            if canRender {
                try PNGRenderer(zoom: 1).render(svg: chart.svg).write(to: base.appendingPathExtension("png"))
            }
        }
    }
}
