import Foundation
import Testing

@testable import AtlasPlot

@Suite("PNG rendering")
struct PNGRendererTests {
    static let available = PNGRenderer().isAvailable

    @Test(
        "a chart renders to a PNG of the chart's size",
        .enabled(if: PNGRendererTests.available, "rsvg-convert not found: install librsvg2-bin to run this test"))
    func rendersPNG() throws {
        let chart = try ExampleCharts.radar().render()
        let png = try PNGRenderer.render(svg: chart.svg)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height, big-endian, at bytes 16–23.
        let bytes = Array(png)
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 800)
        #expect(abs(Double(height) - chart.height) <= 1)
        let doubled = try PNGRenderer(zoom: 2).render(svg: chart.svg)
        #expect(Array(doubled)[16..<20].reduce(0) { $0 << 8 | Int($1) } == 1600)
    }

    @Test("a missing converter is a typed error that says what to install")
    func missingProgram() {
        let renderer = PNGRenderer(program: "rsvg-convert-not-installed-anywhere")
        #expect(!renderer.isAvailable)
        #expect(throws: PlotError.rendererNotFound(program: "rsvg-convert-not-installed-anywhere")) {
            try renderer.render(svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        }
        #expect(
            PlotError.rendererNotFound(program: "rsvg-convert").message
                == "rsvg-convert not found: install librsvg2-bin")
    }

    @Test(
        "invalid SVG is reported with the converter's message",
        .enabled(if: PNGRendererTests.available, "rsvg-convert not found: install librsvg2-bin to run this test"))
    func invalidSVG() {
        #expect {
            try PNGRenderer.render(svg: "<svg")
        } throws: { error in
            guard case PlotError.renderFailed(let status, _) = error else { return false }
            return status != 0
        }
    }
}
