import AtlasCore

/// A row of a conductivity table that could not be read, with the place in the file.
public struct RowRejection: Error, Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let reason: String

    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `12:7: unknown element 'Xx' at column 3 of composition 'LiXxO2'`.
    public var description: String { "\(line):\(column): \(reason)" }
}

/// What reading a conductivity table gave: the measurements of the rows that were read, the
/// rows that were not (each with line:column and a reason), and notices a user must see
/// ("no temperature column: 25 °C assumed").
public struct MeasurementTable: Sendable {
    public var measurements: [ConductivityMeasurement]
    public var rejected: [RowRejection]
    /// Data rows in the file (header excluded, blank lines skipped).
    public var rowsRead: Int
    public var notices: [String]
    /// Where the file stopped being readable (an unterminated quote swallows the rest of it): the
    /// rows before it were read and checked, but the file cannot be imported, even row by row.
    public var unreadable: RowRejection?

    public init(
        measurements: [ConductivityMeasurement], rejected: [RowRejection], rowsRead: Int, notices: [String],
        unreadable: RowRejection? = nil
    ) {
        self.measurements = measurements
        self.rejected = rejected
        self.rowsRead = rowsRead
        self.notices = notices
        self.unreadable = unreadable
    }
}

/// Reads a CSV conductivity table with a ``ConductivityMapping``.
///
/// Every row is checked: the composition must be a formula (or a known material abbreviation,
/// then matched by text only), the conductivity a positive number in a conductivity unit, the
/// temperature one above absolute zero. A row that fails is rejected with the line and column
/// of the offending character; the others are read. Whether anything is written when some rows
/// fail is the caller's decision (`mbatlas import` writes nothing unless `--skip-bad-rows`).
///
/// ```swift
/// let mapping = try ConductivityMapping.parse(yaml: yamlText, file: "map.yaml")
/// let table = try ConductivityTable.read(csv: csvText, mapping: mapping, file: "data.csv")
/// table.measurements.count
/// table.rejected.map(\.description)    // ["4:12: conductivity: expected a number …"]
/// ```
public enum ConductivityTable {
    /// The rows up to the end of the file or to where it stops being readable, and why it stopped.
    static func readableRows(_ text: String) -> (rows: [CSVTable.Row], error: CSVTable.ParseError?) {
        var rows: [CSVTable.Row] = []
        do {
            try CSVTable.forEachBatch(parsing: text, batchSize: .max) { rows += $0 }
            return (rows, nil)
        } catch let error as CSVTable.ParseError {
            return (rows, error)
        } catch {
            preconditionFailure("collecting rows throws nothing but parse errors: \(error)")
        }
    }

    /// Reads `csv`; throws ``DatasetError`` when the file as a whole cannot be read (not CSV,
    /// no header, a mapped column missing from the header, an unterminated quote before any data row).
    public static func read(csv text: String, mapping: ConductivityMapping, file: String) throws(DatasetError)
        -> MeasurementTable
    {
        // Rows before an unterminated quote are still read, so that their errors are reported too.
        let (parsed, unreadable) = readableRows(text)
        if let unreadable, parsed.count <= (mapping.hasHeader ? 1 : 0) {
            throw DatasetError(
                file: file, location: "\(unreadable.line):\(unreadable.column)", reason: unreadable.reason)
        }
        var rows = parsed[...]
        var indices: [ConductivityMapping.Field: Int] = [:]
        var header: CSVTable.Row?
        if mapping.hasHeader {
            guard let first = rows.popFirst() else {
                throw DatasetError(file: file, location: "", reason: "the file is empty")
            }
            header = first
        }
        let names = header.map { $0.fields.map { HeaderName.clean($0.text) } } ?? []
        for (field, reference) in mapping.columns {
            switch reference {
            case .number(let n): indices[field] = n - 1
            case .name(let name):
                guard
                    let i = names.firstIndex(of: name)
                        ?? names.firstIndex(where: { $0.lowercased() == name.lowercased() })
                else {
                    let hint =
                        names.min {
                            EditDistance.of(name.lowercased(), $0.lowercased())
                                < EditDistance.of(name.lowercased(), $1.lowercased())
                        }
                        .flatMap {
                            EditDistance.of(name.lowercased(), $0.lowercased()) <= 3 ? " (did you mean '\($0)'?)" : nil
                        } ?? ""
                    throw DatasetError(
                        file: file, location: "1:1",
                        reason:
                            "no column '\(name)' for \(field.rawValue) in the header\(hint); the header has \(names.map { "'\($0)'" }.joined(separator: ", "))"
                    )
                }
                indices[field] = i
            }
        }

        var notices: [String] = []
        if mapping.columns[.temperature] == nil {
            switch mapping.defaultTemperature {
            case .assumedRoomTemperature:
                notices.append("no temperature column: every row is assumed at 25 °C (room temperature, not stated)")
            case .statedRoomTemperature:
                notices.append(
                    "no temperature column: every row is at room temperature as the source states; 25 °C is used")
            case .stated(let t):
                notices.append(
                    "no temperature column: every row is at \(QuantityFormatter(significantDigits: 5).number(t.canonical - 273.15)) °C as the mapping states"
                )
            }
        }

        let reader = RowReader(mapping: mapping, indices: indices, file: file)
        var measurements: [ConductivityMeasurement] = []
        var rejected: [RowRejection] = []
        var rowsRead = 0
        for row in rows {
            rowsRead += 1
            switch reader.read(row) {
            case .success(let ms): measurements += ms
            case .failure(let rejection): rejected.append(rejection)
            }
        }
        return MeasurementTable(
            measurements: measurements, rejected: rejected, rowsRead: rowsRead, notices: notices,
            unreadable: unreadable.map {
                RowRejection(
                    line: $0.line, column: $0.column, reason: "\($0.reason); the rest of the file cannot be read")
            })
    }
}

/// Header names as matched against a mapping: without invisible characters (a BOM, zero-width
/// spaces) and surrounding spaces.
enum HeaderName {
    static func clean(_ text: String) -> String {
        String(
            text.unicodeScalars.filter {
                !["\u{FEFF}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}"].contains($0)
            }
        )
        .trimmingSpaces
    }
}

/// Reads one data row into measurements.
struct RowReader {
    let mapping: ConductivityMapping
    let indices: [ConductivityMapping.Field: Int]
    let file: String

    struct Reject: Error {
        let rejection: RowRejection
    }

    func read(_ row: CSVTable.Row) -> Result<[ConductivityMeasurement], RowRejection> {
        do {
            return .success(try measurements(row))
        } catch {
            return .failure(error.rejection)
        }
    }

    /// The field for `field`, nil when the mapping does not name it.
    func cell(_ field: ConductivityMapping.Field, _ row: CSVTable.Row) throws(Reject) -> CSVTable.Field? {
        guard let index = indices[field] else { return nil }
        guard index < row.fields.count else {
            let last = row.fields.last
            let column = last.map { $0.column + $0.text.count + ($0.quoted ? 2 : 0) } ?? 1
            throw Reject(
                rejection: RowRejection(
                    line: row.line, column: column,
                    reason:
                        "missing column \(index + 1) (\(field.rawValue)): the row has \(row.fields.count) field\(row.fields.count == 1 ? "" : "s")"
                ))
        }
        return row.fields[index]
    }

    func reject(_ field: CSVTable.Field, at offset: Int = 1, _ reason: String) -> Reject {
        Reject(rejection: RowRejection(line: field.line, column: field.textColumn + offset - 1, reason: reason))
    }

    /// A CoreError inside a cell, with its column moved to the file.
    func reject(_ field: CSVTable.Field, _ name: String, _ error: CoreError) -> Reject {
        let column = Self.column(of: error) ?? 1
        return reject(field, at: column, "\(name) '\(field.text)': \(error.message)")
    }

    static func column(of error: CoreError) -> Int? {
        switch error {
        case .expectedNumber(let c), .unknownUnit(_, let c), .malformedExponent(let c), .unbalancedParenthesis(let c),
            .unexpectedText(_, let c), .wrongKind(_, _, let c), .inconsistentRange(let c), .unknownElement(_, let c),
            .malformedFormula(_, let c):
            return c
        default: return nil
        }
    }

    func measurements(_ row: CSVTable.Row) throws(Reject) -> [ConductivityMeasurement] {
        // Composition
        guard let compositionCell = try cell(.composition, row) else { return [] }
        let printed = compositionCell.text.trimmingSpaces
        guard !printed.isEmpty else { throw reject(compositionCell, "empty composition") }
        let composition: Composition?
        do {
            let formula = try Formula.parse(compositionCell.text)
            composition = formula.isSymbolic ? nil : try formula.composition()
        } catch {
            if case .malformedFormula(let reason, _) = error, reason.contains("material abbreviation") {
                composition = nil  // LLZO, LATP…: kept, matched by text
            } else {
                throw reject(compositionCell, "composition", error)
            }
        }

        // Conductivity
        guard let sigmaCell = try cell(.conductivity, row) else { return [] }
        let (sigma, qualifier) = try conductivity(sigmaCell, name: "conductivity")

        // Temperature
        let temperature: Temperature
        let basis: ConductivityMeasurement.TemperatureBasis
        if let tCell = try cell(.temperature, row) {
            temperature = try self.temperature(tCell)
            basis = .stated
        } else {
            switch mapping.defaultTemperature {
            case .assumedRoomTemperature: (temperature, basis) = (.roomTemperature, .assumedRoomTemperature)
            case .statedRoomTemperature: (temperature, basis) = (.roomTemperature, .roomTemperature)
            case .stated(let t): (temperature, basis) = (t, .stated)
            }
        }

        // Source of the row
        var doi: String?
        var citation = mapping.citation
        if let doiCell = try cell(.doi, row) {
            let text = doiCell.text.trimmingSpaces
            if let d = DOI.normalized(text) { doi = d } else if !text.isEmpty { citation = text }
        }
        if let citationCell = try cell(.citation, row), !citationCell.text.trimmingSpaces.isEmpty {
            citation = citationCell.text.trimmingSpaces
        }

        // Optional fields
        let label =
            try cell(.family, row).map { $0.text.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
            ?? mapping.defaultFamily
        let family = FamilyLabels.family(for: label, composition: composition)
        let spaceGroup = try cell(.spaceGroup, row).map { SpaceGroupText.normalized($0.text) }.flatMap {
            $0.isEmpty ? nil : $0
        }
        var kind = mapping.defaultKind
        if let kindCell = try cell(.kind, row), !kindCell.text.trimmingSpaces.isEmpty {
            guard let k = ConductivityMeasurement.Kind(rawValue: kindCell.text.trimmingSpaces.lowercased()) else {
                throw reject(kindCell, "kind '\(kindCell.text)' is not total, bulk or unspecified")
            }
            kind = k
        }
        let rowID = try cell(.id, row).map { $0.text.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        let location = rowID.map { "ID \($0)" } ?? "line \(row.line)"

        // Total and bulk columns: they name the main value's kind, and add a measurement when they differ from it.
        var extra: [(Conductivity, ConductivityMeasurement.Qualifier, ConductivityMeasurement.Kind)] = []
        for (field, k) in [
            (ConductivityMapping.Field.totalConductivity, ConductivityMeasurement.Kind.total),
            (.bulkConductivity, .bulk),
        ] {
            guard let c = try cell(field, row), !c.text.trimmingSpaces.isEmpty else { continue }
            let (value, q) = try conductivity(c, name: field.rawValue)
            if Self.same(value, sigma) {
                if kind == .unspecified { kind = k }
            } else {
                extra.append((value, q, k))
            }
        }

        func make(_ value: Conductivity, _ q: ConductivityMeasurement.Qualifier, _ k: ConductivityMeasurement.Kind)
            -> ConductivityMeasurement
        {
            ConductivityMeasurement(
                source: mapping.sourceID, location: location, compositionPrinted: printed, composition: composition,
                family: family, familyLabel: label, temperature: temperature, temperatureBasis: basis,
                conductivity: value, qualifier: q, kind: k, spaceGroup: spaceGroup, doi: doi, citation: citation)
        }
        return [make(sigma, qualifier, kind)] + extra.map { make($0.0, $0.1, $0.2) }
    }

    /// Equal to 6 significant digits (the data sets print the same number in two columns).
    static func same(_ a: Conductivity, _ b: Conductivity) -> Bool {
        abs(a.si - b.si) <= 1e-6 * max(abs(a.si), abs(b.si))
    }

    func conductivity(_ c: CSVTable.Field, name: String) throws(Reject) -> (
        Conductivity, ConductivityMeasurement.Qualifier
    ) {
        let text = c.text.trimmingSpaces
        guard !text.isEmpty else { throw reject(c, "no \(name)") }
        let reported: ReportedValue
        do {
            reported = try ReportedValue.parse(c.text, defaultUnit: mapping.conductivityUnit)
        } catch {
            throw reject(c, name, error)
        }
        guard case .quantity(let q) = reported else { throw reject(c, "no \(name) ('\(text)')") }
        guard QuantityKind.conductivity.accepts(q.unit) else {
            throw reject(
                c, at: TemperatureText.unitColumn(in: c.text),
                "\(name) '\(text)': '\(q.unit)' is not a conductivity unit")
        }
        let qualifier: ConductivityMeasurement.Qualifier
        switch q.magnitude {
        case .exact, .plusMinus: qualifier = .exact
        case .approximate: qualifier = .approximate
        case .range: qualifier = .rangeRepresentative
        case .below: qualifier = .upperBound
        case .above: qualifier = .lowerBound
        }
        let value = Conductivity(si: q.representative.siValue)
        guard value.si > 0, value.si.isFinite else { throw reject(c, "\(name) '\(text)' is not positive") }
        return (value, qualifier)
    }

    func temperature(_ c: CSVTable.Field) throws(Reject) -> Temperature {
        guard !c.text.trimmingSpaces.isEmpty else { throw reject(c, "no temperature") }
        do {
            return try TemperatureText.parse(
                c.text, defaultUnit: mapping.temperatureUnit ?? QuantityKind.temperature.canonicalUnit)
        } catch {
            if case .belowAbsoluteZero(let t) = error {
                throw reject(c, "temperature '\(t)' is not above absolute zero")
            }
            throw reject(c, "temperature", error)
        }
    }
}

/// DOIs as the data sets print them: `10.1016/…`, `doi:10.…`, `https://doi.org/10.…`.
public enum DOI {
    /// The DOI in lower case without a prefix, or nil when the text is not one.
    public static func normalized(_ text: String) -> String? {
        var t = text.trimmingSpaces
        for prefix in [
            "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "DOI:", "doi: ",
            "DOI ",
        ] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmingSpaces
        }
        guard t.hasPrefix("10."), t.contains("/"), !t.contains(where: { $0.isWhitespace }) else { return nil }
        return t
    }
}

/// Space groups as spreadsheets print them: `Ia-3d`, `Ia3̅d` (combining overline), `P -1`, `C2/m `.
public enum SpaceGroupText {
    /// The symbol with an overlined digit written as `-digit` and spaces removed: `Ia3̅d` → `Ia-3d`,
    /// `P -1` → `P-1`.
    public static func normalized(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\u{0305}" || scalar == "\u{0304}" {
                // The overline belongs to the digit before it.
                if let last = out.last, last.isNumber {
                    out.removeLast()
                    out += "-" + String(last)
                }
                continue
            }
            if scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}" { continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
