import AtlasCore
import Yams

/// How to read a conductivity table: which column holds what, in which units, and the source
/// the rows come from. Written by users as YAML (`mbatlas import --mapping MAP.yaml FILE.csv`);
/// the schema is documented in docs/CONDUCTIVITY.md.
///
/// ```yaml
/// source:
///   id: my-garnets                 # required: letters, digits, '.', '-', '_'
///   name: Garnet series, lab book 3
///   citation: J. Doe, PhD thesis, 2024   # for rows without a DOI
/// header: true                     # false: columns are 1-based numbers
/// columns:
///   composition: Composition       # required
///   conductivity: sigma            # required
///   temperature: T                 # optional
///   doi: DOI                       # optional: a DOI, else kept as a citation
///   family: Family                 # optional
///   space_group: SG                # optional
///   kind: Kind                     # optional: total | bulk
///   total_conductivity: sigma_tot  # optional
///   bulk_conductivity: sigma_bulk  # optional
///   id: Sample                     # optional: row id used in messages and locations
/// conductivity_unit: mS/cm         # default S/cm; a cell may carry its own unit
/// temperature_unit: °C             # required with a temperature column: K or °C
/// default_temperature: room temperature   # without a temperature column: 25 °C, "stated" or a value
/// family: garnet                   # family label for rows without a family column
/// kind: total                      # kind for rows without a kind column
/// ```
public struct ConductivityMapping: Hashable, Sendable {
    /// A column named by its header or by its 1-based number.
    public enum ColumnReference: Hashable, Sendable, CustomStringConvertible {
        case name(String)
        case number(Int)

        public var description: String {
            switch self {
            case .name(let n): return "'\(n)'"
            case .number(let i): return "column \(i)"
            }
        }
    }

    /// What a column holds.
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case composition, conductivity, temperature, doi, citation, family
        case spaceGroup = "space_group"
        case kind
        case totalConductivity = "total_conductivity"
        case bulkConductivity = "bulk_conductivity"
        case id
    }

    /// The temperature of rows when the table has no temperature column.
    public enum DefaultTemperature: Hashable, Sendable {
        /// Nothing is stated: 25 °C is assumed and every measurement says so.
        case assumedRoomTemperature
        /// The source states "room temperature" without a number: 25 °C.
        case statedRoomTemperature
        /// The source states one temperature for every row.
        case stated(Temperature)
    }

    public var sourceID: String
    public var sourceName: String?
    /// Citation for rows that have no DOI or citation of their own.
    public var citation: String?
    public var licence: String?
    public var hasHeader: Bool
    public var columns: [Field: ColumnReference]
    public var conductivityUnit: AtlasCore.Unit
    public var temperatureUnit: AtlasCore.Unit?
    public var defaultTemperature: DefaultTemperature
    public var defaultFamily: String?
    public var defaultKind: ConductivityMeasurement.Kind

    public init(
        sourceID: String, sourceName: String? = nil, citation: String? = nil, licence: String? = nil,
        hasHeader: Bool = true, columns: [Field: ColumnReference], conductivityUnit: AtlasCore.Unit,
        temperatureUnit: AtlasCore.Unit? = nil, defaultTemperature: DefaultTemperature = .assumedRoomTemperature,
        defaultFamily: String? = nil, defaultKind: ConductivityMeasurement.Kind = .unspecified
    ) {
        self.sourceID = sourceID
        self.sourceName = sourceName
        self.citation = citation
        self.licence = licence
        self.hasHeader = hasHeader
        self.columns = columns
        self.conductivityUnit = conductivityUnit
        self.temperatureUnit = temperatureUnit
        self.defaultTemperature = defaultTemperature
        self.defaultFamily = defaultFamily
        self.defaultKind = defaultKind
    }

    /// Source ids the atlas reserves for its bundled sources.
    public static let reservedSourceIDs: Set<String> = ["review", "obelix"]
}

// MARK: Reading YAML

extension ConductivityMapping {
    /// Parses a mapping file; every problem is a ``DatasetError`` naming `file` and the
    /// line:column in it.
    public static func parse(yaml: String, file: String) throws(DatasetError) -> ConductivityMapping {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw DatasetError(file: file, location: "", reason: "the mapping is empty")
            }
            root = node
        } catch let error as DatasetError {
            throw error
        } catch let error as YamlError {
            throw Self.describe(error, file: file)
        } catch {
            throw DatasetError(file: file, location: "", reason: "not YAML: \(error)")
        }
        return try YAMLReader(file: file).mapping(root)
    }

    private static func describe(_ error: YamlError, file: String) -> DatasetError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return DatasetError(
                file: file, location: "\(mark.line):\(mark.column)", reason: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, _):
            return DatasetError(
                file: file, location: "", reason: "duplicate key \(duplicates.sorted().joined(separator: ", "))")
        default:
            return DatasetError(file: file, location: "", reason: "not valid YAML")
        }
    }
}

/// Walks the YAML tree of a mapping, checking every key and value.
private struct YAMLReader {
    let file: String

    func fail(_ node: Node?, _ reason: String) -> DatasetError {
        DatasetError(file: file, location: node?.mark.map { "\($0.line):\($0.column)" } ?? "", reason: reason)
    }

    static let topKeys = [
        "source", "header", "columns", "conductivity_unit", "temperature_unit", "default_temperature", "family", "kind",
    ]

    func mapping(_ root: Node) throws(DatasetError) -> ConductivityMapping {
        guard let top = root.mapping else { throw fail(root, "expected a mapping of keys (source, columns, …)") }
        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in top {
            guard let name = key.string else { throw fail(key, "expected a key name") }
            guard Self.topKeys.contains(name) else {
                throw fail(
                    key,
                    "unknown key '\(name)'\(Self.hint(name, Self.topKeys)) (keys: \(Self.topKeys.joined(separator: ", ")))"
                )
            }
            values[name] = (key, value)
        }

        // source: an id, or {id, name, citation, licence}
        guard let source = values["source"] else { throw fail(root, "missing 'source' (an id for the imported rows)") }
        var sourceName: String?
        var citation: String?
        var licence: String?
        let idNode: Node
        if let sub = source.value.mapping {
            let keys = ["id", "name", "citation", "licence", "license"]
            var found: Node?
            for (key, value) in sub {
                guard let name = key.string, keys.contains(name) else {
                    throw fail(key, "unknown key '\(key.string ?? "")' in source (keys: id, name, citation, licence)")
                }
                switch name {
                case "id": found = value
                case "name": sourceName = try text(value)
                case "citation": citation = try text(value)
                default: licence = try text(value)
                }
            }
            guard let found else { throw fail(source.value, "missing 'id' in source") }
            idNode = found
        } else {
            idNode = source.value
        }
        let sourceID = try text(idNode)
        guard Self.isValidID(sourceID) else {
            throw fail(
                idNode,
                "source id '\(sourceID)' must start with a letter or digit and contain only letters, digits, '.', '-', '_'"
            )
        }
        guard !ConductivityMapping.reservedSourceIDs.contains(sourceID.lowercased()) else {
            throw fail(idNode, "source id '\(sourceID)' is reserved for a bundled source")
        }

        var hasHeader = true
        if let header = values["header"] {
            guard let b = header.value.bool, header.value.scalar?.style == .plain || header.value.scalar?.style == .any
            else {
                throw fail(header.value, "header must be true or false")
            }
            hasHeader = b
        }

        guard let columnsEntry = values["columns"] else { throw fail(root, "missing 'columns'") }
        guard let columnNodes = columnsEntry.value.mapping else {
            throw fail(columnsEntry.value, "columns must map fields (composition, conductivity, …) to columns")
        }
        let fieldNames = ConductivityMapping.Field.allCases.map(\.rawValue)
        var columns: [ConductivityMapping.Field: ConductivityMapping.ColumnReference] = [:]
        var used: [ConductivityMapping.ColumnReference: String] = [:]
        for (key, value) in columnNodes {
            guard let name = key.string, let field = ConductivityMapping.Field(rawValue: name) else {
                let name = key.string ?? ""
                throw fail(
                    key,
                    "unknown field '\(name)'\(Self.hint(name, fieldNames)) (fields: \(fieldNames.joined(separator: ", ")))"
                )
            }
            let reference = try column(value, hasHeader: hasHeader)
            if let other = used[reference] {
                throw fail(value, "\(reference) is already mapped to '\(other)'")
            }
            used[reference] = name
            columns[field] = reference
        }
        for required in [ConductivityMapping.Field.composition, .conductivity] where columns[required] == nil {
            throw fail(columnsEntry.value, "columns: '\(required.rawValue)' is required")
        }

        var conductivityUnit = QuantityKind.conductivity.canonicalUnit
        if let entry = values["conductivity_unit"] {
            conductivityUnit = try unit(entry.value, kind: .conductivity)
        }
        var temperatureUnit: AtlasCore.Unit?
        if let entry = values["temperature_unit"] {
            temperatureUnit = try unit(entry.value, kind: .temperature)
        }
        if columns[.temperature] != nil, temperatureUnit == nil {
            throw fail(columnsEntry.value, "a temperature column needs 'temperature_unit' (K or °C)")
        }

        var defaultTemperature = ConductivityMapping.DefaultTemperature.assumedRoomTemperature
        if let entry = values["default_temperature"] {
            let t = try text(entry.value)
            if ["room temperature", "rt", "room"].contains(t.lowercased()) {
                defaultTemperature = .statedRoomTemperature
            } else {
                do {
                    defaultTemperature = .stated(try TemperatureText.parse(t))
                } catch {
                    throw fail(
                        entry.value,
                        "default_temperature: \(error.message) (give 'room temperature' or a value such as '30 °C')")
                }
            }
            if columns[.temperature] != nil {
                throw fail(entry.key, "default_temperature applies only without a temperature column")
            }
        }

        var defaultFamily: String?
        if let entry = values["family"] { defaultFamily = try text(entry.value) }
        var defaultKind = ConductivityMeasurement.Kind.unspecified
        if let entry = values["kind"] {
            let t = try text(entry.value).lowercased()
            guard let k = ConductivityMeasurement.Kind(rawValue: t) else {
                throw fail(entry.value, "kind must be total, bulk or unspecified, found '\(t)'")
            }
            defaultKind = k
        }

        return ConductivityMapping(
            sourceID: sourceID, sourceName: sourceName, citation: citation, licence: licence, hasHeader: hasHeader,
            columns: columns, conductivityUnit: conductivityUnit, temperatureUnit: temperatureUnit,
            defaultTemperature: defaultTemperature, defaultFamily: defaultFamily, defaultKind: defaultKind)
    }

    func text(_ node: Node) throws(DatasetError) -> String {
        guard let scalar = node.scalar else { throw fail(node, "expected a single value") }
        let t = scalar.string.trimmingSpaces
        guard !t.isEmpty else { throw fail(node, "expected a value, found nothing") }
        return t
    }

    func column(_ node: Node, hasHeader: Bool) throws(DatasetError) -> ConductivityMapping.ColumnReference {
        guard let scalar = node.scalar else { throw fail(node, "expected a column name or number") }
        let isPlain = scalar.style == .plain || scalar.style == .any
        if isPlain, let n = Int(scalar.string) {
            guard n >= 1 else { throw fail(node, "column numbers start at 1, found \(n)") }
            return .number(n)
        }
        guard hasHeader else {
            throw fail(node, "with 'header: false' columns are 1-based numbers, found '\(scalar.string)'")
        }
        let name = scalar.string.trimmingSpaces
        guard !name.isEmpty else { throw fail(node, "expected a column name, found nothing") }
        return .name(name)
    }

    func unit(_ node: Node, kind: QuantityKind) throws(DatasetError) -> AtlasCore.Unit {
        let t = try text(node)
        do {
            let unit = kind == .temperature ? try TemperatureText.unit(t) : try AtlasCore.Unit.parse(t)
            guard kind.accepts(unit) else {
                throw fail(node, "'\(t)' is not \(kind == .temperature ? "a temperature" : "a conductivity") unit")
            }
            return unit
        } catch let error as DatasetError {
            throw error
        } catch {
            throw fail(node, "\(ErrorText.message(error))")
        }
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCIIAlphanumeric else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "-" || $0 == "_" || $0 == "." }
    }

    static func hint(_ name: String, _ names: [String]) -> String {
        let key = name.lowercased()
        let best = names.min { EditDistance.of(key, $0) < EditDistance.of(key, $1) }
        guard let best, EditDistance.of(key, best) <= 3 else { return "" }
        return " (did you mean '\(best)'?)"
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}

/// Levenshtein distance, for "did you mean" hints.
enum EditDistance {
    static func of(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...b.count {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

/// A one-line message for an error from AtlasCore or elsewhere.
enum ErrorText {
    static func message(_ error: any Error) -> String {
        if let e = error as? CoreError { return e.message }
        if let e = error as? DatasetError { return e.description }
        return String(describing: error)
    }
}
