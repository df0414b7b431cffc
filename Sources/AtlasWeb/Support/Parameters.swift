import AtlasAnalysis
import AtlasFigures
import AtlasPhysics
import AtlasStore
import Hummingbird

extension QueryString {
    /// Refuses a parameter `allowed` does not accept, so that a typo does not pass silently:
    /// 400 naming it and listing `known`.
    func requireKnown(_ allowed: (String) -> Bool, known: String) throws(WebError) {
        for (name, _) in pairs where !allowed(name) {
            throw WebError.parameter(name, "unknown parameter (known: \(known))")
        }
    }

    /// Refuses every parameter: for the endpoints that take none, a parameter is a typo or a
    /// misunderstanding that should not pass silently.
    func requireNone(path: String) throws(WebError) {
        if let (name, _) = pairs.first {
            throw WebError.parameter(name, "unknown parameter (\(path) takes no parameters)")
        }
    }

    /// A true/false parameter: absent is false; `true`, `1`, `yes`, `on` and a bare `?name` are true;
    /// `false`, `0`, `no`, `off` are false; anything else is a 400.
    func flag(_ name: String) throws(WebError) -> Bool {
        guard let value = self[name] else { return false }
        switch value.lowercased().trimmingCharacters(in: .whitespaces) {
        case "", "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw WebError.parameter(name, "expected true or false, found '\(value)'")
        }
    }
}

/// The simulator's settings among a request's parameters: the ``DesignParameter`` keys and
/// `geometry.X` (the names of `mbatlas simulate`'s options without `--`).
enum DesignSettings {
    static func isSetting(_ name: String) -> Bool {
        DesignParameter(rawValue: name) != nil || (name.hasPrefix("geometry.") && name.count > "geometry.".count)
    }

    /// The settings given, in the order given (blank values are left out).
    static func from(_ params: QueryString) -> [(key: String, value: String)] {
        params.pairs.filter { isSetting($0.name) && !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { (key: $0.name, value: $0.value.trimmingCharacters(in: .whitespaces)) }
    }
}

/// The parameters of a figure request — `where`, the ``FigureOptions/Option`` names (`basis`, `by`,
/// `families`, `width`, `composition`, `measurements-where`, `sources`), `rates` and the simulator's
/// design parameters — read the way `mbatlas plot` reads its options.
struct FigureParameters {
    var filterText: String?
    var query: RecordQuery
    var options: FigureOptions
    /// The parameters as given (for links to the same figure elsewhere).
    var given: QueryString

    static let names = ["where", "rates"] + FigureOptions.Option.allCases.map(\.rawValue)

    init(_ params: QueryString) throws(WebError) {
        try params.requireKnown(
            { Self.names.contains($0) || DesignSettings.isSetting($0) },
            known: Self.names.joined(separator: ", ") + " and the simulator's design parameters")
        filterText = params.nonBlank("where")
        do {
            query = try RecordQuery(where: filterText)
        } catch {
            throw .filter(error)
        }
        options = FigureOptions(
            basis: params.nonBlank("basis"), by: params.nonBlank("by"), families: params.nonBlank("families"),
            width: params.nonBlank("width"), composition: params.nonBlank("composition"),
            measurementsWhere: params.nonBlank("measurements-where"), sources: params.nonBlank("sources"))
        let settings = DesignSettings.from(params)
        let rates = params.nonBlank("rates")
        if !settings.isEmpty || rates != nil {
            options.simulation = SimulationRequest(settings: settings, rates: rates)
        }
        given = QueryString(params.pairs.filter { !$0.value.isEmpty })
    }

    /// The records `query` selects with these options (a page that draws figures of its own: the
    /// simulator's, a static report's).
    init(filterText: String? = nil, query: RecordQuery = RecordQuery(), options: FigureOptions = FigureOptions()) {
        self.filterText = filterText
        self.query = query
        self.options = options
        given = QueryString()
    }
}

/// The parameters of a screening request: the ``ScreeningOptions`` by name, `conformal-3d`, `where`
/// and `families-only` — the options of `mbatlas screen`.
struct ScreenParameters {
    var options: ScreeningOptions
    var filterText: String?
    var query: RecordQuery
    var familiesOnly: Bool

    static let flags = ["conformal-3d", "families-only"]
    static var names: [String] { ScreeningOptions.Option.allCases.map(\.rawValue) + flags + ["where"] }

    /// Reads the parameters; `extra` names more parameters the caller accepts (the page's `by`).
    init(_ params: QueryString, extra: [String] = []) throws(WebError) {
        try params.requireKnown(
            { Self.names.contains($0) || extra.contains($0) }, known: (Self.names + extra).joined(separator: ", "))
        var values: [ScreeningOptions.Option: String] = [:]
        for option in ScreeningOptions.Option.allCases {
            if let v = params.nonBlank(option.rawValue) { values[option] = v }
        }
        options = ScreeningOptions(values: values, conformal3D: try params.flag("conformal-3d"))
        familiesOnly = try params.flag("families-only")
        filterText = params.nonBlank("where")
        do {
            query = try RecordQuery(where: filterText)
        } catch {
            throw .filter(error)
        }
    }
}

extension Site {
    /// 400 when a request to an endpoint without parameters carries one (`/api/v1/records/1?x=1`).
    func refuseParameters(_ request: Request) throws {
        try QueryString(decoding: request.uri.query).requireNone(path: request.uri.path)
    }
}

extension MetricsCalculator {
    /// A calculator with the `assume-…` parameters of a request (``MetricAssumptions/optionNames``).
    init(assumingFrom params: QueryString) throws(AnalysisError) {
        self.init(
            assumptions: try MetricAssumptions.parse(
                cathodeThickness: params.nonBlank("assume-cathode-thickness"),
                cathodeDensity: params.nonBlank("assume-cathode-density"), area: params.nonBlank("assume-area")))
    }
}
