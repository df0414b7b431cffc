import AtlasCore

/// One point of a Ragone curve: what the cell delivers at one constant rate, per footprint area.
public struct RagonePoint: Sendable, Equatable {
    public let cRate: Double
    public let currentDensity: CurrentDensity
    public let capacity: ArealCapacity
    public let meanVoltage: Voltage
    /// Areal energy (plotted in µW h cm⁻²).
    public let energy: ArealEnergy
    /// Average areal power (plotted in µW cm⁻²).
    public let power: ArealPower
    public let termination: Termination

    public init(_ summary: DischargeSummary) {
        cRate = summary.cRate
        currentDensity = summary.currentDensity
        capacity = summary.capacity
        meanVoltage = summary.meanVoltage
        energy = summary.energy
        power = summary.averagePower
        termination = summary.termination
    }
}

/// A design's simulated rate capability: one constant-current discharge per rate, in the order
/// given. This is the data a Ragone plot overlays on the literature cells (energy against
/// power) and a rate-capability plot draws (capacity against rate).
public struct RagoneCurve: Sendable {
    public let points: [RagonePoint]

    /// Discharges `model` at each C-rate (multiples of its 1C current), each in closed form.
    public init(model: CellModel, rates: [Double]) throws(SimulationError) {
        var points: [RagonePoint] = []
        points.reserveCapacity(rates.count)
        for rate in rates {
            guard rate.isFinite, rate > 0 else {
                throw .invalidParameter("rates", reason: "every C-rate must be positive; got \(rate)")
            }
            let discharge = ConstantCurrentDischarge(model: model, currentDensity: rate * model.oneCCurrentDensity)
            points.append(RagonePoint(discharge.summary()))
        }
        self.points = points
    }

    /// The curve of discharges already run, one summary per rate, in order.
    public init(summaries: [DischargeSummary]) {
        points = summaries.map(RagonePoint.init)
    }

    /// The rates of the review-style rate sweep: 0.1, 0.5, 1, 2, 5, 10, 20 and 50C.
    public static let standardRates: [Double] = [0.1, 0.5, 1, 2, 5, 10, 20, 50]
}

/// Discharge curves of one design at several rates (for `plot discharge`).
public struct DischargeFamily: Sendable {
    public let rates: [Double]
    public let results: [DischargeResult]

    public init(model: CellModel, rates: [Double], points: Int = 201) throws(SimulationError) {
        var results: [DischargeResult] = []
        for rate in rates {
            guard rate.isFinite, rate > 0 else {
                throw .invalidParameter("rates", reason: "every C-rate must be positive; got \(rate)")
            }
            results.append(
                ConstantCurrentDischarge(model: model, currentDensity: rate * model.oneCCurrentDensity).run(
                    points: points))
        }
        self.rates = rates
        self.results = results
    }
}
