import ArgumentParser
import AtlasAnalysis

/// `--assume-cathode-thickness`, `--assume-cathode-density`, `--assume-area`: values the user
/// supplies for capacity conversions the review's numbers cannot make on their own; every derived
/// value that uses one says "assumption given by the user".
struct AssumptionOptions: ParsableArguments {
    @Option(
        name: .customLong("assume-cathode-thickness"),
        help: "Cathode thickness to assume where a record prints none (e.g. 1um): areal capacity → per µm of cathode.")
    var cathodeThickness: String?
    @Option(
        name: .customLong("assume-cathode-density"),
        help: "Cathode density to assume (e.g. 5.05g/cm3): capacity per volume → per mass.")
    var cathodeDensity: String?
    @Option(
        name: .customLong("assume-area"),
        help: "Cell area to assume where a capacity is printed as a charge (e.g. 1cm2): µA h → µA h cm⁻².")
    var area: String?

    init() {}

    /// The calculator with these assumptions; an unreadable value is an error naming its option.
    func calculator() throws -> MetricsCalculator {
        let assumptions = try Failure.option { () throws(AnalysisError) in
            try MetricAssumptions.parse(cathodeThickness: cathodeThickness, cathodeDensity: cathodeDensity, area: area)
        }
        return MetricsCalculator(assumptions: assumptions)
    }
}
