import AtlasCore
import AtlasData
import Foundation

/// A conductivity measurement as the store holds it, with its row id.
public struct StoredMeasurement: Hashable, Sendable, Identifiable {
    public let id: Int
    public let measurement: ConductivityMeasurement

    public init(id: Int, measurement: ConductivityMeasurement) {
        self.id = id
        self.measurement = measurement
    }
}

/// Which measurements to fetch and in which order (the measurement twin of ``RecordQuery``).
public struct MeasurementQuery: Sendable {
    public var filter: FilterExpression?
    public var sort: [SortKey]
    public var limit: Int?

    public init(filter: FilterExpression? = nil, sort: [SortKey] = [], limit: Int? = nil) {
        self.filter = filter
        self.sort = sort
        self.limit = limit
    }

    /// Parses and checks `--where` text and `--sort` keys against the measurement fields
    /// (``QueryCatalogue/measurements``) before any store is touched.
    public init(where text: String?, sort: [String] = [], limit: Int? = nil) throws(QueryError) {
        let catalogue = QueryCatalogue.measurements
        self.filter = try text.map { (t: String) throws(QueryError) in try QueryParser(catalogue: catalogue).parse(t) }
        if let filter { _ = try SQLCompiler(catalogue: catalogue).compile(filter) }
        var keys: [SortKey] = []
        for s in sort { keys.append(try SortKey.parse(s, catalogue: catalogue)) }
        self.sort = keys
        self.limit = limit
    }
}

/// A source with what the store holds of it.
public struct SourceSummary: Hashable, Sendable {
    public let source: MeasurementSource
    public let measurements: Int
    /// Distinct printed compositions.
    public let compositions: Int
    /// Lowest and highest measurement temperature (nil when the source has none stored).
    public let temperatureRange: ClosedRange<Temperature>?

    public init(
        source: MeasurementSource, measurements: Int, compositions: Int, temperatureRange: ClosedRange<Temperature>?
    ) {
        self.source = source
        self.measurements = measurements
        self.compositions = compositions
        self.temperatureRange = temperatureRange
    }
}

/// The measurements of one composition across all sources, and how they were matched.
public struct CompositionLookup: Sendable {
    public enum Method: Hashable, Sendable {
        /// The text is a formula: compared per atom within ``AtlasData/CompositionKey/tolerance``.
        case perAtom(Composition)
        /// The text is an abbreviation, a symbolic formula or a name: matched by text only.
        case textOnly
    }

    /// The composition as asked for.
    public let query: String
    public let method: Method
    public let measurements: [StoredMeasurement]

    public init(query: String, method: Method, measurements: [StoredMeasurement]) {
        self.query = query
        self.method = method
        self.measurements = measurements
    }
}

/// What replacing a source's measurements did.
public struct MeasurementWriteReport: Hashable, Sendable {
    public let source: String
    public let written: Int
    /// Measurements of the same source id that were there before and are gone now.
    public let replaced: Int

    public init(source: String, written: Int, replaced: Int) {
        self.source = source
        self.written = written
        self.replaced = replaced
    }
}

/// Conductivity measurements from every source behind one interface: the review's, the bundled
/// OBELiX data set (both rebuilt with the bundled data) and imported tables (kept).
public protocol MeasurementStore: Sendable {
    /// Measurements matching `query`, in its order (then by id).
    func measurements(_ query: MeasurementQuery) throws -> [StoredMeasurement]
    /// Number of measurements matching `filter` (all when nil).
    func measurementCount(_ filter: FilterExpression?) throws -> Int
    /// Every source with its counts: bundled first, then imported by id.
    func measurementSources() throws -> [SourceSummary]
    /// Every measurement of the composition `text` (see ``CompositionLookup/Method``).
    func measurements(ofComposition text: String) throws -> CompositionLookup
    /// Writes `measurements` as the whole content of `source` (an imported source), replacing
    /// what the store held for that id, in one transaction.
    func replaceMeasurements(of source: MeasurementSource, with measurements: [ConductivityMeasurement]) throws
        -> MeasurementWriteReport
    /// Removes an imported source and its measurements; returns how many measurements went.
    func deleteMeasurementSource(_ id: String) throws -> Int
}
