import Testing

@testable import AtlasPlot

@Suite("Scales and ticks")
struct ScaleTests {
    @Test("a log domain snaps outwards to whole decades and labels each with a superscript power")
    func logDecades() throws {
        let scale = try Scale.fitting([0.012, 5, 3400], kind: .log10)
        #expect(scale.domain == 0.01...10000)
        #expect(scale.majorTicks.map(\.label) == ["10⁻²", "10⁻¹", "10⁰", "10¹", "10²", "10³", "10⁴"])
        #expect(abs(scale.fraction(1) - 1.0 / 3) < 1e-12)
    }

    @Test(
        "a value on (or within 2 % of a decade of) a power of ten gets a decade of room, so its mark is inside the frame"
    )
    func exactPowersOfTen() throws {
        #expect(try Scale.fitting([1e-6, 1e-3], kind: .log10).domain == 1e-7...1e-2)
        #expect(try Scale.fitting([1.5e-6, 8e-4], kind: .log10).domain == 1e-6...1e-3)
        #expect(try Scale.fitting([1e-9, 1e-2], kind: .log10).majorTicks.first?.label == "10⁻¹⁰")
    }

    @Test("log minor ticks fall at 2–9 times each decade")
    func logMinorTicks() throws {
        let scale = try Scale.fitting([1.5, 900], kind: .log10)
        let minor = scale.minorTicks
        #expect(minor.count == 3 * 8)
        #expect(minor.prefix(8).map { ($0 * 1e6).rounded() / 1e6 } == [2, 3, 4, 5, 6, 7, 8, 9])
        #expect(!minor.contains(10))
    }

    @Test("a log axis over many decades labels every other decade")
    func manyDecades() throws {
        let scale = try Scale.fitting([1e-12, 1e3], kind: .log10)
        #expect(scale.step == 2)
        #expect(scale.majorTicks.map(\.label).prefix(3) == ["10⁻¹²", "10⁻¹⁰", "10⁻⁸"])
    }

    @Test("a log axis within one decade also labels 2 and 5")
    func oneDecade() throws {
        let scale = try Scale.fitting([2, 8], kind: .log10)
        #expect(scale.domain == 1...10)
        #expect(scale.majorTicks.map(\.label) == ["10⁰", "2", "5", "10¹"])
    }

    @Test("a single value on a log axis gets a decade either side")
    func singleLogValue() throws {
        #expect(try Scale.fitting([10, 10], kind: .log10).domain == 1...100)
    }

    @Test("linear domains end on multiples of a 1, 2 or 5 step")
    func linearNice() throws {
        let scale = try Scale.fitting([0.3, 8.7], kind: .linear)
        #expect(scale.step == 2)
        #expect(scale.domain == 0...10)
        #expect(scale.majorTicks.map(\.label) == ["0", "2", "4", "6", "8", "10"])
        let small = try Scale.fitting([0.01, 0.47], kind: .linear)
        #expect(small.step == 0.1)
        #expect(small.majorTicks.map(\.label) == ["0", "0.1", "0.2", "0.3", "0.4", "0.5"])
        let voltage = try Scale(kind: .linear, domain: 3.0...4.3)
        #expect(voltage.majorTicks.map(\.label) == ["3", "3.2", "3.4", "3.6", "3.8", "4", "4.2"])
    }

    @Test("negative linear ticks use a true minus sign")
    func negativeTicks() throws {
        let scale = try Scale.fitting([-7, 3], kind: .linear)
        #expect(scale.majorTicks.map(\.label).first == "−8")
    }

    @Test("zero can be forced into a fitted linear domain")
    func includingZero() throws {
        #expect(try Scale.fitting([42, 61], kind: .linear, includingZero: true).domain.lowerBound == 0)
    }

    @Test("invalid explicit domains are typed errors")
    func invalidDomains() {
        #expect(throws: PlotError.invalidDomain(axis: "σ", lower: 0, upper: 1)) {
            try Scale(kind: .log10, domain: 0...1, axisName: "σ")
        }
        #expect(throws: PlotError.invalidDomain(axis: "x", lower: 2, upper: 2)) {
            try Scale(kind: .linear, domain: 2...2, axisName: "x")
        }
        #expect(throws: PlotError.nothingPositiveOnLogAxis(axis: "y", dropped: 2)) {
            try Scale.fitting([-1, 0], kind: .log10, axisName: "y")
        }
    }
}
