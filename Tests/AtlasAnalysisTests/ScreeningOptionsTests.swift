import AtlasCore
import AtlasData
import Testing

@testable import AtlasAnalysis

@Suite("Screening options as text (the CLI's options, the API's parameters)")
struct ScreeningOptionsTests {
    static let specifications = Result { try ReviewDataset.bundled().specifications }

    @Test("no options give the review's defaults; given ones replace them, in any unit; 'none' drops a criterion")
    func options() throws {
        let specs = try Self.specifications.get()
        let defaults = ScreeningCriteria.reviewDefaults(specs)
        let plain = try ScreeningOptions().criteria(specs)
        #expect(
            plain.minConductivity == defaults.minConductivity && plain.targetConductivity == defaults.targetConductivity
        )
        #expect(plain.window == defaults.window && plain.stableWith == "Li" && !plain.conformal3D)
        let given = try ScreeningOptions(
            values: [
                .minConductivity: "1 uS/cm", .targetConductivity: "none", .maxElectronic: "NONE", .window: "0..4.5",
                .stableWith: "none", .maxProcessTemperature: "400 C", .electrolyteClass: "glass",
            ],
            conformal3D: true
        ).criteria(specs)
        #expect(abs(given.minConductivity.canonical - 1e-6) < 1e-18)
        #expect(given.targetConductivity == nil && given.maxElectronic == nil && given.stableWith == nil)
        #expect(given.window == 0...4.5)
        #expect(abs((given.maxProcessTemperature?.si ?? 0) - 673.15) < 1e-9)
        #expect(given.electrolyteClass == .glass && given.conformal3D)
        // Blank text is the same as not given.
        #expect(try ScreeningOptions(values: [.window: "  "]).criteria(specs).window == 0...5)
    }

    @Test("text that cannot be read is an error naming the option by its CLI name")
    func errors() throws {
        let specs = try Self.specifications.get()
        let cases: [(ScreeningOptions.Option, String, String)] = [
            (.minConductivity, "5 mAh/g", "min-conductivity"),
            (.window, "5 V", "window"),
            (.electrolyteClass, "ceramic", "class"),
            (.maxProcessTemperature, "hot", "max-process-temperature"),
        ]
        for (option, text, name) in cases {
            do {
                _ = try ScreeningOptions(values: [option: text]).criteria(specs)
                Issue.record("\(option) '\(text)' was accepted")
            } catch {
                guard case .invalidOption(let o, let reason) = error else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(o == name)
                #expect(!reason.isEmpty)
            }
        }
        #expect(
            throws: AnalysisError.invalidOption("window", reason: "expected a voltage range such as 0-5 V, found '5 V'")
        ) {
            try ScreeningOptions.window("5 V")
        }
        #expect(
            throws: AnalysisError.invalidOption(
                "class", reason: "unknown class 'ceramic' (polymer, crystalline or glass)")
        ) {
            try ScreeningOptions(values: [.electrolyteClass: "ceramic"]).criteria(specs)
        }
    }

    @Test("a bare processing temperature is read in °C, like 400 C, 400C and 400 °C; 673.15 K is the same limit")
    func processTemperatureInCelsius() throws {
        let specs = try Self.specifications.get()
        for text in ["400", "400 C", "400C", "400 °C", "673.15 K"] {
            let criteria = try ScreeningOptions(values: [.maxProcessTemperature: text]).criteria(specs)
            let kelvin = try #require(criteria.maxProcessTemperature?.si, "\(text)")
            #expect(abs(kelvin - 673.15) < 1e-9, "\(text) read as \(kelvin) K")
        }
        #expect(
            throws: AnalysisError.invalidOption(
                "max-process-temperature", reason: "'-300' is not above absolute zero (0 K = −273.15 °C)")
        ) {
            try ScreeningOptions(values: [.maxProcessTemperature: "-300"]).criteria(specs)
        }
    }

    @Test("a conductivity threshold of zero or below is refused, naming the option and the value")
    func nonPositiveConductivity() throws {
        let specs = try Self.specifications.get()
        #expect(
            throws: AnalysisError.invalidOption(
                "min-conductivity", reason: "must be greater than zero, got −1 × 10⁻⁶ S cm⁻¹")
        ) {
            try ScreeningOptions(values: [.minConductivity: "-1e-6S/cm"]).criteria(specs)
        }
        for option in [ScreeningOptions.Option.targetConductivity, .maxElectronic] {
            #expect(
                throws: AnalysisError.invalidOption(option.rawValue, reason: "must be greater than zero, got 0 S cm⁻¹")
            ) {
                try ScreeningOptions(values: [option: "0 S/cm"]).criteria(specs)
            }
        }
    }

    @Test("a window written high to low is refused rather than silently swapped")
    func reversedWindow() throws {
        #expect(
            throws: AnalysisError.invalidOption(
                "window", reason: "the window must run from low to high, e.g. 0-5 V; got '5-0V'")
        ) {
            try ScreeningOptions.window("5-0V")
        }
        #expect(throws: AnalysisError.self) { try ScreeningOptions.window("3-3 V") }
        #expect(try ScreeningOptions.window("1.5-4.5 V") == 1.5...4.5)
    }

    @Test("a conductivity temperature needs a unit")
    func temperature() throws {
        #expect(abs(try ConductivityReport.temperature(parsing: "25C").canonical - 298.15) < 1e-9)
        #expect(try ConductivityReport.temperature(parsing: "300 K").canonical == 300)
        #expect(throws: AnalysisError.invalidOption("at", reason: "give a unit: 25C or 25 K")) {
            try ConductivityReport.temperature(parsing: "25")
        }
    }
}
