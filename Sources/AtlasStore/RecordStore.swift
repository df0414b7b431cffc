import AtlasCore
import AtlasData
import Foundation

/// Where a stored record came from.
public enum RecordOrigin: Hashable, Sendable {
    /// A Table 2 entry of the review (rebuilt whenever the bundled data changes).
    case review
    /// A record a user imported, with the file name and the time of the import.
    case imported(file: String, at: Date)

    public var name: String {
        switch self {
        case .review: return "review"
        case .imported: return "import"
        }
    }
}

/// A record as the store holds it: the typed record and its origin.
public struct StoredRecord: Hashable, Sendable, Identifiable {
    public let record: MicrobatteryRecord
    public let origin: RecordOrigin
    public var id: Int { record.id }

    public init(record: MicrobatteryRecord, origin: RecordOrigin) {
        self.record = record
        self.origin = origin
    }

    /// What to show where a quantity column has no value: a Table 2 cell the review does not state
    /// (a thickness) or whose printed text could not be recovered, or a value an import left out.
    public func missingValueText(_ column: MicrobatteryRecord.QuantityColumn) -> String {
        switch origin {
        case .review:
            return column == .electrolyteThickness || column == .cathodeThickness
                ? "not stated" : "not recoverable from the review (see the notes)"
        case .imported(let file, _):
            return "not given in \(file)"
        }
    }
}

/// Which records to fetch and in which order.
public struct RecordQuery: Sendable {
    public var filter: FilterExpression?
    public var sort: [SortKey]
    public var limit: Int?
    public var offset: Int

    public init(filter: FilterExpression? = nil, sort: [SortKey] = [], limit: Int? = nil, offset: Int = 0) {
        self.filter = filter
        self.sort = sort
        self.limit = limit
        self.offset = offset
    }

    /// Parses `--where` text and `--sort field[:desc]` keys.
    /// Parses and checks `--where` text (unknown fields, units of the wrong kind, unknown
    /// vocabulary are reported here, before any store is touched) and `--sort` keys.
    public init(where text: String?, sort: [String] = [], limit: Int? = nil, offset: Int = 0) throws(QueryError) {
        self.filter = try text.map { (t: String) throws(QueryError) in try QueryParser().parse(t) }
        if let filter { _ = try SQLCompiler().compile(filter) }
        var keys: [SortKey] = []
        for s in sort { keys.append(try SortKey.parse(s)) }
        self.sort = keys
        self.limit = limit
        self.offset = offset
    }
}

/// A sort field and direction; records without a value sort last.
public struct SortKey: Hashable, Sendable {
    public let field: QueryField
    public let descending: Bool

    /// `cycles`, `conductivity:desc`, `ref:asc`; field names from `catalogue`.
    public static func parse(_ text: String, catalogue: QueryCatalogue = .records) throws(QueryError) -> SortKey {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let name = parts.first, let field = catalogue.named(name) else {
            let name = parts.first ?? text
            let descending = name.hasPrefix("-") ? catalogue.named(String(name.dropFirst())) : nil
            let hint =
                descending.map { " (to sort descending, write '\($0.name):desc')" }
                ?? catalogue.suggestion(for: name).map { " (did you mean '\($0)'?)" } ?? ""
            throw QueryError("unknown sort field '\(name)'\(hint)", column: 0)
        }
        if case .polymorphic = field.type {
            throw QueryError(
                "sort by one form of '\(field.name)' (e.g. \(field.name == "current" ? "c_rate, current_density" : "capacity_areal, capacity_specific"))",
                column: 0)
        }
        let direction = parts.count > 1 ? parts[1].lowercased() : "asc"
        guard direction == "asc" || direction == "desc" else {
            throw QueryError("sort direction must be asc or desc, found '\(parts[1])'", column: 0)
        }
        return SortKey(field: field, descending: direction == "desc")
    }
}

/// The outcome of an import: which rows were accepted, which were rejected and why.
public struct ImportReport: Sendable, Equatable {
    public struct Rejection: Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let reason: String
        public var description: String { "\(line):\(column): \(reason)" }

        public init(line: Int, column: Int, reason: String) {
            self.line = line
            self.column = column
            self.reason = reason
        }
    }

    /// Ids of the records written (empty on a dry run or when anything was rejected).
    public var written: [Int]
    /// Rows that validated (and would be written).
    public var accepted: Int
    public var rejected: [Rejection]
    public var dryRun: Bool

    public var succeeded: Bool { rejected.isEmpty }

    public init(written: [Int], accepted: Int, rejected: [Rejection], dryRun: Bool) {
        self.written = written
        self.accepted = accepted
        self.rejected = rejected
        self.dryRun = dryRun
    }
}

/// Options of an import.
public struct ImportOptions: Sendable {
    public var dryRun: Bool
    public var allowDuplicates: Bool
    /// Name recorded as the records' source (usually the file name).
    public var sourceName: String

    public init(dryRun: Bool = false, allowDuplicates: Bool = false, sourceName: String) {
        self.dryRun = dryRun
        self.allowDuplicates = allowDuplicates
        self.sourceName = sourceName
    }
}

/// The one persistence interface the CLI, the analysis code and the web server use. SQLite
/// (``SQLiteRecordStore``) is the embedded default; a server database can implement the same
/// protocol without touching its callers.
public protocol RecordStore: Sendable {
    /// Records matching `query`, in its order.
    func records(_ query: RecordQuery) throws -> [StoredRecord]
    /// Flat summaries of the records matching `query` (what lists and exports show).
    func summaries(_ query: RecordQuery) throws -> [RecordSummary]
    /// Number of records matching `filter` (all when nil).
    func count(_ filter: FilterExpression?) throws -> Int
    func record(id: Int) throws -> StoredRecord?
    func reference(_ number: Int) throws -> Reference?
    func references() throws -> [Reference]
    /// The review's curated data beyond Table 2 (Table 1, families, specifications, techniques).
    func review() throws -> ReviewDataset
    /// Validates and writes the records that `produce` hands over batch by batch, in one
    /// transaction: all or nothing. Each batch comes with the rows already rejected while reading
    /// it; once anything is rejected the remaining batches are only checked, so that the report
    /// names every bad row. Rejections are reported in line order.
    func importRecords(
        options: ImportOptions,
        produce: (_ add: (_ candidates: [ImportCandidate], _ rejected: [ImportReport.Rejection]) throws -> Void) throws
            -> Void
    ) throws -> ImportReport
    /// Removes every imported record (review records are untouched).
    func deleteImported() throws -> Int
    /// A token that changes whenever the records or references (and, in a store that is also a
    /// ``MeasurementStore``, the conductivity measurements) change, whoever changes them;
    /// equal tokens mean equal data. Nil when the store cannot tell (then nothing may be cached).
    func dataVersion() throws -> String?
}

extension RecordStore {
    public func dataVersion() throws -> String? { nil }

    /// Validates and writes `records` in one transaction: all or nothing.
    public func importRecords(_ records: [ImportCandidate], options: ImportOptions) throws -> ImportReport {
        try importRecords(options: options) { add in try add(records, []) }
    }
}

/// A record read from an import file, with the line it came from for error messages.
public struct ImportCandidate: Sendable {
    public let line: Int
    public let record: MicrobatteryRecord
    /// Whether the file gave the id explicitly (kept if free) or it is to be assigned.
    public let explicitID: Bool

    public init(line: Int, record: MicrobatteryRecord, explicitID: Bool) {
        self.line = line
        self.record = record
        self.explicitID = explicitID
    }
}
