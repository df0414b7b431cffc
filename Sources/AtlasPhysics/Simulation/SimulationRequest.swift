import Foundation

/// One simulation as a user asks for it — the options of `mbatlas simulate`, the parameters of
/// `GET|POST /api/v1/simulate` and the `/simulate` form: an optional design file, then settings by
/// ``DesignParameter`` key, over ``DischargeDesign/defaultThinFilm``; optional C-rates for a rate
/// sweep; and the solver options. Every front end reads its input into this and calls ``run()``,
/// so the CLI and the API give the same numbers and the same JSON.
///
/// ```swift
/// let request = SimulationRequest(settings: [(key: "cathode-thickness", value: "2um")], rates: "0.1,1,10")
/// // what `mbatlas simulate --cathode-thickness 2um --rates 0.1,1,10 --format json` prints:
/// print(try request.run().json)
/// ```
///
/// Errors are ``SimulationRequestError``s that say whether a setting (and which) or the design file
/// is at fault, so each front end can name it in its own words (`--x0: …`, `x0: …`).
public struct SimulationRequest: Sendable {
    /// A design file whose settings come before ``settings``.
    public var designFile: DesignFile?
    /// `key = value` settings (``DesignParameter`` keys, or `geometry.X` for one dimension of the 3D
    /// structure). They are applied after the design file in the order of
    /// ``DesignParameter/allCases`` — whatever order they were given in — then the `geometry.X` keys.
    public var settings: [(key: String, value: String)]
    /// Comma-separated C-rates (`0.1,0.5,1` or `0.1C,2C`): a rate sweep instead of one discharge.
    public var rates: String?
    /// Samples of the discharge curve, equally spaced in time (at least 2).
    public var points: Int
    /// Cells of the finite-volume reference solver (for the one discharge or every rate); nil
    /// uses the closed form.
    public var mesh: Int?
    /// Relative and absolute tolerance of the reference solver, in (0, 1).
    public var tolerance: Double

    /// The default number of curve samples (`mbatlas simulate --points`).
    public static let defaultPoints = 201
    /// The default reference-solver tolerance (`mbatlas simulate --tolerance`).
    public static let defaultTolerance = 1e-7

    public init(
        designFile: DesignFile? = nil, settings: [(key: String, value: String)] = [], rates: String? = nil,
        points: Int = SimulationRequest.defaultPoints, mesh: Int? = nil,
        tolerance: Double = SimulationRequest.defaultTolerance
    ) {
        self.designFile = designFile
        self.settings = settings
        self.rates = rates
        self.points = points
        self.mesh = mesh
        self.tolerance = tolerance
    }

    /// The settings in application order: design parameters in ``DesignParameter/allCases`` order,
    /// then `geometry.X` keys as given. An unknown key is reported here.
    public func orderedSettings() throws(SimulationRequestError) -> [(key: String, value: String)] {
        var parameters: [(DesignParameter, String)] = []
        var geometry: [(key: String, value: String)] = []
        for (key, value) in settings {
            if key.hasPrefix("geometry."), key.count > "geometry.".count {
                geometry.append((key, value))
                continue
            }
            do {
                parameters.append((try DesignParameter.named(key), value))
            } catch {
                throw SimulationRequestError(origin: .parameter(key), error: error)
            }
        }
        let order = Dictionary(uniqueKeysWithValues: DesignParameter.allCases.enumerated().map { ($1, $0) })
        let sorted = parameters.enumerated().sorted { a, b in
            (order[a.element.0]!, a.offset) < (order[b.element.0]!, b.offset)
        }
        return sorted.map { (key: $0.element.0.key, value: $0.element.1) } + geometry
    }

    /// The design: the default cell, then the design file, then the settings. Errors name the
    /// setting or the design file at fault.
    public func design() throws(SimulationRequestError) -> (name: String?, design: DischargeDesign) {
        let given = try orderedSettings()
        let keys = Set(given.map(\.key))
        if keys.contains(DesignParameter.rate.key) && keys.contains(DesignParameter.currentDensity.key) {
            let key = DesignParameter.currentDensity.key
            throw SimulationRequestError(
                origin: .parameter(key),
                error: .invalidParameter(key, reason: "give either rate or current-density, not both"))
        }
        var design = DischargeDesign.defaultThinFilm
        if let designFile {
            do {
                design = try designFile.design()
            } catch {
                throw SimulationRequestError(origin: .designFile, error: error)
            }
        }
        for setting in given {
            do {
                try design.apply([setting])
            } catch {
                throw SimulationRequestError(origin: .parameter(setting.key), error: error)
            }
        }
        return (designFile?.name, design)
    }

    /// Validates `design`, naming the setting at fault: the key given here if it was given,
    /// else the design file if there is one, else the key itself (a default that does not suit,
    /// e.g. PEO without a conductivity).
    public func model(_ design: DischargeDesign) throws(SimulationRequestError) -> CellModel {
        do {
            return try CellModel(design)
        } catch {
            guard let key = error.parameter else { throw SimulationRequestError(origin: .simulation, error: error) }
            let given = settings.contains { $0.key == key || ($0.key.hasPrefix("geometry.") && key == "geometry") }
            if !given, designFile != nil { throw SimulationRequestError(origin: .designFile, error: error) }
            throw SimulationRequestError(origin: .parameter(key), error: error)
        }
    }

    /// The C-rates of ``rates`` (nil when none were asked for).
    public func rateList() throws(SimulationRequestError) -> [Double]? {
        guard let rates else { return nil }
        do {
            return try Self.parseRates(rates)
        } catch {
            throw SimulationRequestError(origin: .parameter("rates"), error: error)
        }
    }

    /// `0.1,0.5,1` or with a C suffix (`0.1C,2C`); every rate must be a positive number.
    public static func parseRates(_ text: String) throws(SimulationError) -> [Double] {
        var out: [Double] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let t = item.trimmingCharacters(in: .whitespaces)
            let number = t.hasSuffix("C") ? String(t.dropLast()) : t
            guard let value = Double(number), value.isFinite, value > 0 else {
                throw .unreadableParameter("rates", reason: "'\(t)' is not a positive C-rate")
            }
            out.append(value)
        }
        return out
    }

    /// Runs the simulation: one discharge, or one summary per rate with ``rates``. Without
    /// ``mesh`` every discharge is solved in closed form; with it, by the finite-volume reference
    /// solver on that many cells (each rate of a rate sweep too). A single discharge's curve has
    /// ``points`` samples equally spaced in time whichever solver ran.
    public func run() throws(SimulationRequestError) -> SimulationOutcome {
        let (name, design) = try self.design()
        let model = try self.model(design)
        if let mesh {
            guard mesh >= 2 else {
                throw SimulationRequestError(
                    origin: .parameter("mesh"),
                    error: .unreadableParameter("mesh", reason: "need at least 2 cells; got \(mesh)"))
            }
            guard tolerance > 0 && tolerance < 1 else {
                throw SimulationRequestError(
                    origin: .parameter("tolerance"),
                    error: .unreadableParameter("tolerance", reason: "must lie in (0, 1); got \(tolerance)"))
            }
        }
        if let rates = try rateList() {
            var summaries: [DischargeSummary] = []
            summaries.reserveCapacity(rates.count)
            for rate in rates {
                let i = rate * model.oneCCurrentDensity
                if let mesh {
                    let solver = FiniteVolumeDischarge(
                        model: model, currentDensity: i, cells: mesh, tolerance: tolerance)
                    summaries.append(try Self.reference(solver).summary)
                } else {
                    summaries.append(ConstantCurrentDischarge(model: model, currentDensity: i).summary())
                }
            }
            return .rates(name: name, model: model, summaries: summaries)
        }
        guard points >= 2 else {
            throw SimulationRequestError(
                origin: .parameter("points"),
                error: .unreadableParameter("points", reason: "need at least 2 samples; got \(points)"))
        }
        if let mesh {
            let solver = FiniteVolumeDischarge(model: model, cells: mesh, tolerance: tolerance)
            return .discharge(name: name, model: model, result: try Self.reference(solver, points: points))
        }
        return .discharge(name: name, model: model, result: ConstantCurrentDischarge(model: model).run(points: points))
    }

    /// Runs the reference solver, reporting its failure as the run's.
    private static func reference(
        _ solver: FiniteVolumeDischarge, points: Int? = nil
    ) throws(SimulationRequestError) -> DischargeResult {
        do {
            return try solver.run(points: points)
        } catch {
            throw SimulationRequestError(origin: .simulation, error: error)
        }
    }
}

/// What a ``SimulationRequest`` produced.
public enum SimulationOutcome: Sendable {
    /// One discharge at the design's rate or current.
    case discharge(name: String?, model: CellModel, result: DischargeResult)
    /// One summary per asked rate (the data of a Ragone plot).
    case rates(name: String?, model: CellModel, summaries: [DischargeSummary])

    /// The model that was simulated.
    public var model: CellModel {
        switch self {
        case .discharge(_, let model, _), .rates(_, let model, _): return model
        }
    }

    /// The JSON `mbatlas simulate --format json` prints (without the final newline): the summary
    /// object, or an array of summaries with rates.
    public var json: String {
        switch self {
        case .discharge(let name, _, let result): return SimulationOutput.summaryJSON(result.summary, name: name)
        case .rates(_, _, let summaries): return SimulationOutput.rateJSON(summaries)
        }
    }

    /// The rate sweep as a Ragone curve (nil for a single discharge).
    public var ragone: RagoneCurve? {
        guard case .rates(_, _, let summaries) = self else { return nil }
        return RagoneCurve(summaries: summaries)
    }
}

/// A simulation that could not be set up or run, and what is at fault.
public struct SimulationRequestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What the error is about.
    public enum Origin: Equatable, Sendable {
        /// A setting or option given by this key (`x0`, `rates`, `mesh`).
        case parameter(String)
        /// The design file (the error's ``SimulationError/parameter`` names its key, if any).
        case designFile
        /// The run itself (the reference solver failed).
        case simulation
    }

    public let origin: Origin
    public let error: SimulationError

    public init(origin: Origin, error: SimulationError) {
        self.origin = origin
        self.error = error
    }

    /// The key at fault when the error is about a setting.
    public var parameter: String? {
        if case .parameter(let key) = origin { return key }
        return nil
    }

    /// `key: reason` for a setting, `design file: key: reason` for the file, else the error's message.
    public var description: String {
        switch origin {
        case .parameter(let key): return "\(key): \(error.reason)"
        case .designFile: return "design file: " + error.message
        case .simulation: return error.message
        }
    }

    /// Whether the input could not be read (as opposed to a design that was read but cannot be
    /// simulated: out of range, missing a value the model needs, cut-off above the OCV, solver
    /// failure).
    public var isUnreadable: Bool {
        switch error {
        case .unreadableParameter, .unknownParameter, .malformedDesignFile: return true
        case .invalidParameter, .missingParameter, .cutoffAboveOpenCircuit, .solverFailed: return false
        }
    }
}
