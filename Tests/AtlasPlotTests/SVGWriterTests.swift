import Foundation
import Testing

@testable import AtlasPlot

@Suite("SVG writer")
struct SVGWriterTests {
    static let hostile = "<script>alert(1)</script> & \"quotes\" 'single' ]]> <!-- -->"

    @Test("a hostile label is written as escaped text and reads back unchanged")
    func hostileTextIsEscaped() throws {
        var element = SVGElement("svg", ["xmlns": "http://www.w3.org/2000/svg"])
        element.append(
            SVGElement("text", ["x": "0", "y": "10", "data-label": Self.hostile], children: [.text(Self.hostile)]))
        let xml = element.xml()
        #expect(!xml.contains("<script>"))
        #expect(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let parsed = try SVGInspector(xml)
        let text = try #require(parsed.all("text").first)
        #expect(text.text == Self.hostile)
        #expect(text.attributes["data-label"] == Self.hostile)
    }

    @Test("attribute values keep tabs and newlines as character references")
    func attributeWhitespace() throws {
        #expect(XMLEscaping.attribute("a\tb\nc\"d") == "a&#9;b&#10;c&quot;d")
        let xml = SVGElement("g", ["data-note": "line 1\nline 2"]).xml()
        let parsed = try SVGInspector(xml)
        #expect(parsed.all("g").first?.attributes["data-note"] == "line 1\nline 2")
    }

    @Test("characters XML 1.0 forbids become U+FFFD so the document stays well-formed")
    func forbiddenCharacters() throws {
        let text = "bell\u{07} nul\u{00} ok"
        #expect(XMLEscaping.text(text) == "bell\u{FFFD} nul\u{FFFD} ok")
        _ = try SVGInspector(SVGElement("text", children: [.text(text)]).xml())
    }

    @Test("numbers are fixed decimals: no exponent, no -0, no NaN or inf")
    func fixedDecimals() {
        #expect(SVGNumber.string(12.3456) == "12.35")
        #expect(SVGNumber.string(3) == "3")
        #expect(SVGNumber.string(-2.5) == "-2.5")
        #expect(SVGNumber.string(0.05) == "0.05")
        #expect(SVGNumber.string(1e-7) == "0")
        #expect(SVGNumber.string(-0.001) == "0")
        #expect(SVGNumber.string(1234567.891) == "1234567.89")
        #expect(SVGNumber.string(1e300) == "1000000000")
        #expect(SVGNumber.string(-1e300) == "-1000000000")
        #expect(SVGNumber.string(.nan) == "0")
        #expect(SVGNumber.string(.infinity) == "0")
        #expect(SVGNumber.string(0.125, decimals: 3) == "0.125")
    }

    @Test("text elements are written on one line so tspans gain no whitespace")
    func textIsInline() {
        let element = SVGElement(
            "text", ["x": "1"],
            children: [
                .element(SVGElement("tspan", ["dy": "0"], children: [.text("a")])),
                .element(SVGElement("tspan", ["dy": "12"], children: [.text("b")])),
            ])
        #expect(element.xml() == #"<text x="1"><tspan dy="0">a</tspan><tspan dy="12">b</tspan></text>"#)
    }

    @Test("only relative, http(s) and mailto links are written")
    func linkPolicy() {
        #expect(LinkPolicy.safe("/records/12") == "/records/12")
        #expect(LinkPolicy.safe("#fig-10a") == "#fig-10a")
        #expect(LinkPolicy.safe("records/12?x=1:2") == "records/12?x=1:2")
        #expect(LinkPolicy.safe("https://doi.org/10.1039/D1TA02652A") == "https://doi.org/10.1039/D1TA02652A")
        #expect(LinkPolicy.safe("javascript:alert(1)") == nil)
        #expect(LinkPolicy.safe(" JavaScript:alert(1)") == nil)
        #expect(LinkPolicy.safe("data:text/html,<b>") == nil)
        #expect(LinkPolicy.safe("java\tscript:alert(1)") == nil)
        #expect(LinkPolicy.safe("") == nil)
    }

    @Test("wrapped lines stay within the width, breaking overlong words")
    func wrapping() {
        let text = "Excellent conformality on high-aspect-ratio 3D structures with ångström-level thickness control"
        let lines = TextMetrics.wrap(text, maxWidth: 120, size: 11)
        #expect(lines.count > 1)
        for line in lines { #expect(TextMetrics.width(line, size: 11) <= 120, "\(line)") }
        #expect(lines.joined(separator: " ").replacingOccurrences(of: "- ", with: "-") == text)
        #expect(TextMetrics.wrap("short", maxWidth: 120, size: 11) == ["short"])
    }
}
