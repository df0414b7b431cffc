import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasPhysics
import AtlasStore
import Foundation

/// A figure's options as text — the options of `mbatlas plot` and the query parameters of
/// `GET /api/v1/figures/{name}.svg`, under the same names (`basis`, `by`, `families`, `width`,
/// `composition`, `measurements-where`, `sources`, `rates`, and the simulator's design
/// parameters). Both front ends read their input into this and call
/// ``context(for:records:review:filter:measurements:linkPrefix:linkSuffix:)``.
///
/// ```swift
/// var options = FigureOptions()
/// options.basis = "volumetric"
/// let context = try options.context(for: .ragone, records: records, review: review, filter: nil)
/// let figure = try Figures.render(.ragone, context)
/// ```
public struct FigureOptions: Sendable {
    /// The options a figure takes besides the filter and the design.
    public enum Option: String, CaseIterable, Sendable {
        /// Ragone basis: `areal` or `volumetric`.
        case basis
        /// Conductivity grouping: `family` or `method`.
        case by
        /// Spider chart: comma-separated family or class ids.
        case families
        /// Width in px, 400–4000.
        case width
        /// Arrhenius plot: the composition (formula, abbreviation or name as printed).
        case composition
        /// Conductivity and Arrhenius plots: a filter over the measurements (`mbatlas fields --measurements`).
        case measurementsWhere = "measurements-where"
        /// Conductivity and Arrhenius plots: comma-separated source ids (`mbatlas sources`).
        case sources
    }

    /// Ragone basis (``FigureContext/RagoneBasis``); nil: areal.
    public var basis: String?
    /// Conductivity grouping (``FigureContext/GroupBy``); nil: family.
    public var by: String?
    /// Spider chart families, comma separated; nil: the classes and the most common families.
    public var families: String?
    /// Width in px as text; nil: 800.
    public var width: String?
    /// `arrhenius`: the composition whose measurements are drawn (required there, refused elsewhere).
    public var composition: String?
    /// `conductivity` and `arrhenius`: only the measurements matching this filter; nil: for
    /// `conductivity` ``FigureContext/defaultMeasurementFilter``, for `arrhenius` all.
    public var measurementsWhere: String?
    /// `conductivity` and `arrhenius`: only these sources (comma-separated ids); `review` stands
    /// for the review's records on `conductivity`. Nil: every source.
    public var sources: String?
    /// A design to simulate: overlaid on `ragone`, drawn by `discharge`. `discharge` without one
    /// draws the default cell. Its ``SimulationRequest/rates`` default to
    /// ``RagoneCurve/standardRates``.
    public var simulation: SimulationRequest?
    /// The simulated design's name in legends when the design file has none (e.g. the file name).
    public var designName: String?

    /// The default width of a figure in px.
    public static let defaultWidth = 800.0
    /// Widths accepted, in px.
    public static let widths: ClosedRange<Double> = 400...4000
    /// The name of the default thin-film cell in legends.
    public static let defaultCellName = "default Li/LiPON/LiCoO₂ cell"

    public init(
        basis: String? = nil, by: String? = nil, families: String? = nil, width: String? = nil,
        composition: String? = nil, measurementsWhere: String? = nil, sources: String? = nil,
        simulation: SimulationRequest? = nil, designName: String? = nil
    ) {
        self.composition = composition
        self.measurementsWhere = measurementsWhere
        self.sources = sources
        self.basis = basis
        self.by = by
        self.families = families
        self.width = width
        self.simulation = simulation
        self.designName = designName
    }

    /// Reads the options into a ``FigureContext`` over `records`, simulating the design when the
    /// figure needs it and reading the measurements `conductivity` and `arrhenius` draw from
    /// `measurements` (without a measurement store `conductivity` shows the records only, and
    /// `arrhenius` cannot be drawn). Errors: ``FigureOptionError`` naming the option, or the
    /// simulation's error.
    public func context(
        for figure: FigureName, records: [StoredRecord], review: ReviewDataset, filter: String?,
        measurements store: (any MeasurementStore)? = nil, linkPrefix: String = "/records/", linkSuffix: String = ""
    ) throws(FigureOptionError) -> FigureContext {
        let basis =
            try self.basis.map { (text: String) throws(FigureOptionError) -> FigureContext.RagoneBasis in
                guard let b = FigureContext.RagoneBasis(rawValue: text.lowercased()) else {
                    throw .option(.basis, "areal or volumetric, found '\(text)'")
                }
                return b
            } ?? .areal
        let groupBy =
            try by.map { (text: String) throws(FigureOptionError) -> FigureContext.GroupBy in
                guard let g = FigureContext.GroupBy(rawValue: text.lowercased()) else {
                    throw .option(.by, "family or method, found '\(text)'")
                }
                return g
            } ?? .family
        var pixels = Self.defaultWidth
        if let width {
            guard let w = Double(width.trimmingSpaces), Self.widths.contains(w) else {
                throw .option(.width, "between 400 and 4000 px, found '\(width)'")
            }
            pixels = w
        }
        let familyList = families.map {
            $0.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        }
        var simulated: SimulatedDesign?
        if simulation != nil || figure == .discharge {
            simulated = try simulate()
        }
        var context = FigureContext(
            records: records, review: review, filter: filter, linkPrefix: linkPrefix, linkSuffix: linkSuffix,
            width: pixels, basis: basis, groupBy: groupBy, families: familyList, simulation: simulated)
        try addMeasurements(for: figure, from: store, to: &context)
        return context
    }

    /// Checks the measurement options against `figure` and puts what they select into `context`.
    func addMeasurements(
        for figure: FigureName, from store: (any MeasurementStore)?, to context: inout FigureContext
    ) throws(FigureOptionError) {
        let usesMeasurements = figure == .conductivity || figure == .arrhenius
        if composition != nil, figure != .arrhenius { throw .option(.composition, "only for the arrhenius figure") }
        if !usesMeasurements {
            if measurementsWhere != nil {
                throw .option(.measurementsWhere, "only for the conductivity and arrhenius figures")
            }
            if sources != nil { throw .option(.sources, "only for the conductivity and arrhenius figures") }
            return
        }
        if figure == .arrhenius {
            guard let composition else { throw .option(.composition, "the arrhenius figure needs one, e.g. Li3OCl") }
            if composition.trimmingSpaces.isEmpty { throw .option(.composition, "empty") }
        }
        let measurementQuery =
            try measurementsWhere.map { (text: String) throws(FigureOptionError) -> MeasurementQuery in
                do throws(QueryError) {
                    return try MeasurementQuery(where: text)
                } catch {
                    throw .option(.measurementsWhere, error.description)
                }
            }
        guard let store else {
            if figure == .arrhenius { throw .figure(.arrhenius, "needs the measurement store") }
            return
        }
        do {
            let known = try store.measurementSources().map(\.source)
            context.measurementSources = known
            let selected = try selectedSources(known: known)
            if figure == .arrhenius, let composition {
                let found = try store.measurements(ofComposition: composition)
                var kept = found.measurements
                if let selected { kept = kept.filter { selected.contains($0.measurement.source) } }
                if let measurementQuery {
                    let allowed = Set(try store.measurements(measurementQuery).map(\.id))
                    kept = kept.filter { allowed.contains($0.id) }
                }
                if kept.isEmpty, !found.measurements.isEmpty {
                    let n = found.measurements.count
                    let given = [
                        sources.map { "sources \($0)" }, measurementsWhere.map { "measurements-where '\($0)'" },
                    ]
                    .compactMap { $0 }.joined(separator: " and ")
                    throw FigureOptionError.figure(
                        .arrhenius,
                        "none of the \(n) measurement\(n == 1 ? "" : "s") of '\(found.query)' is left by \(given)")
                }
                context.composition = CompositionLookup(query: found.query, method: found.method, measurements: kept)
            } else {
                if let selected, !selected.contains(MeasurementSource.review.id) { context.records = [] }
                context.measurements = try FigureContext.outsideMeasurements(
                    from: store, filter: measurementsWhere, sources: selected)
                context.measurementFilter = measurementsWhere
            }
        } catch let error as FigureOptionError {
            throw error
        } catch {
            throw .data(String(describing: error))
        }
    }

    /// The ids of ``sources``, each checked against the store's sources; nil when not given.
    func selectedSources(known: [MeasurementSource]) throws(FigureOptionError) -> Set<String>? {
        guard let sources else { return nil }
        let names = known.map(\.id).joined(separator: ", ")
        let ids = sources.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        guard !ids.isEmpty else { throw .option(.sources, "empty (sources: \(names))") }
        for id in ids where !known.contains(where: { $0.id == id }) {
            throw .option(.sources, "no source '\(id)' (sources: \(names))")
        }
        return Set(ids)
    }

    /// The design of ``simulation`` (or the default cell) at its rates (or the standard ones).
    public func simulate() throws(FigureOptionError) -> SimulatedDesign {
        let request = simulation ?? SimulationRequest()
        do throws(SimulationRequestError) {
            let (fileName, design) = try request.design()
            let model = try request.model(design)
            let rates = try request.rateList() ?? RagoneCurve.standardRates
            let name = fileName ?? designName ?? Self.name(settings: request.settings)
            do throws(SimulationError) {
                return try SimulatedDesign(name: name, model: model, rates: rates)
            } catch {
                throw SimulationRequestError(origin: .parameter("rates"), error: error)
            }
        } catch {
            throw .simulation(error)
        }
    }

    /// "default Li/LiPON/LiCoO₂ cell", or "cell with cathode-thickness 2um, x0 0.6". A comma inside a
    /// value gets a space after it (`pillars:d=2um, gap=6um, h=20um`) so that titles and legends can
    /// wrap there.
    static func name(settings: [(key: String, value: String)]) -> String {
        guard !settings.isEmpty else { return defaultCellName }
        return "cell with "
            + settings.map { "\($0.key) \($0.value.replacingOccurrences(of: ",", with: ", "))" }.joined(separator: ", ")
    }
}

/// A figure option that cannot be used, or a design that cannot be simulated.
public enum FigureOptionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The option and why (`basis`, "areal or volumetric, found 'x'").
    case option(FigureOptions.Option, String)
    /// The design to overlay or draw could not be simulated.
    case simulation(SimulationRequestError)
    /// The options are readable but leave the figure nothing it can draw (`arrhenius`, "none of …").
    case figure(FigureName, String)
    /// The measurements could not be read from the store.
    case data(String)

    /// `basis: areal or volumetric, found 'x'`, or the simulation's description.
    public var description: String {
        switch self {
        case .option(let option, let reason): return "\(option.rawValue): \(reason)"
        case .simulation(let error): return error.description
        case .figure(let figure, let reason): return "\(figure.rawValue): \(reason)"
        case .data(let reason): return "reading the measurements: \(reason)"
        }
    }
}
