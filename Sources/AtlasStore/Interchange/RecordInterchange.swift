import AtlasCore
import AtlasData
import Foundation

/// The exchange format of records — what `mbatlas list/export --format json|csv` writes and
/// `mbatlas import` reads (documented in docs/QUERY.md and the README). A record's primary
/// values appear both as the text printed (`*_raw`) and parsed in canonical units; on import the
/// raw text wins and the numbers, when also given, must agree with it.
public enum RecordInterchange {
    /// CSV columns, in order. JSON objects use the same names, except that the capacity is an
    /// object `{value, unit, raw}` and `methods` an array.
    public static let csvColumns = [
        "id", "electrolyte", "composition", "family", "class", "method", "methods", "conditions",
        "conductivity_S_per_cm", "conductivity_raw", "thickness_um", "thickness_raw", "cell", "anode", "cathode",
        "structure", "structure_detail", "capacity_value", "capacity_unit", "capacity_raw", "voltage_min_V",
        "voltage_max_V", "voltage_raw", "current_raw", "cycles", "retention_percent", "retention_raw", "ref",
        "citation", "doi",
    ]

    // MARK: Export

    /// One record as an ordered JSON object.
    public static func json(_ stored: StoredRecord) -> JSONValue {
        let f = fields(stored.record)
        var pairs: [(String, JSONValue)] = []
        for name in csvColumns {
            switch name {
            case "capacity_value":
                pairs.append(
                    (
                        "capacity",
                        .object([
                            ("value", .number(f.capacityValue)), ("unit", .string(f.capacityUnit)),
                            ("raw", .string(f.text["capacity_raw"] ?? nil)),
                        ])
                    ))
            case "capacity_unit", "capacity_raw": continue
            case "methods": pairs.append(("methods", .array(stored.record.methods.map { .string($0.rawValue) })))
            case "id", "cycles", "ref": pairs.append((name, .integer(f.integers[name] ?? nil)))
            default:
                if let n = f.numbers[name] {
                    pairs.append((name, .number(n)))
                } else {
                    pairs.append((name, .string(f.text[name] ?? nil)))
                }
            }
        }
        return .object(pairs)
    }

    /// A JSON array of records (pretty, one key per line).
    public static func json(_ records: [StoredRecord]) -> String {
        JSONValue.array(records.map(json)).pretty + "\n"
    }

    /// CSV with a header row.
    public static func csv(_ records: [StoredRecord]) -> String {
        var out = CSVTable.line(csvColumns) + "\n"
        for stored in records {
            let f = fields(stored.record)
            let values = csvColumns.map { name -> String in
                if name == "methods" { return stored.record.methods.map(\.rawValue).joined(separator: ";") }
                if name == "capacity_value" { return f.capacityValue.map(QuantityFormatter.shortest) ?? "" }
                if name == "capacity_unit" { return f.capacityUnit ?? "" }
                if let i = f.integers[name] { return i.map(String.init) ?? "" }
                if let n = f.numbers[name] { return n.map(QuantityFormatter.shortest) ?? "" }
                return (f.text[name] ?? nil) ?? ""
            }
            out += CSVTable.line(values) + "\n"
        }
        return out
    }

    struct Fields {
        var text: [String: String?] = [:]
        var numbers: [String: Double?] = [:]
        var integers: [String: Int?] = [:]
        var capacityValue: Double?
        var capacityUnit: String?
    }

    static func fields(_ r: MicrobatteryRecord) -> Fields {
        let p = r.primary
        var f = Fields()
        f.integers["id"] = r.id
        f.text["electrolyte"] = r.electrolyte
        f.text["composition"] = r.composition
        f.text["family"] = r.family.rawValue
        f.text["class"] = r.electrolyteClass.rawValue
        f.text["method"] = r.methodPrinted
        f.text["conditions"] = r.conditions
        f.numbers["conductivity_S_per_cm"] = p.conductivity
        f.text["conductivity_raw"] = r.conductivity.first?.printed
        f.numbers["thickness_um"] = p.electrolyteThickness
        f.text["thickness_raw"] = r.electrolyteThickness.first?.printed
        f.text["cell"] = r.primaryCell?.printed
        f.text["anode"] = r.primaryCell?.anode
        f.text["cathode"] = r.primaryCell?.cathode
        f.text["structure"] = r.structure.architecture?.rawValue
        f.text["structure_detail"] = r.structure.detail
        if let c = p.capacity {
            f.text["capacity_raw"] = c.printed
            f.capacityValue = c.quantity?.representative.magnitude
            f.capacityUnit = c.quantity?.unit.description
        }
        f.numbers["voltage_min_V"] = p.voltageMin
        f.numbers["voltage_max_V"] = p.voltageMax
        f.text["voltage_raw"] = r.voltage.first?.printed
        f.text["current_raw"] = r.current.first?.printed
        f.integers["cycles"] = p.cycles
        f.numbers["retention_percent"] = p.retention
        f.text["retention_raw"] = r.retention.first?.printed
        f.integers["ref"] = r.ref
        f.text["citation"] = r.citation
        f.text["doi"] = r.doi
        return f
    }

    // MARK: Import

    /// A field of an import row with where it is in the file.
    public struct Cell: Sendable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    public typealias Rejection = ImportReport.Rejection

    /// Reads a CSV file into import candidates and the rows rejected with their place and reason.
    /// A file that cannot be read as CSV (an unterminated quote) gives no candidates.
    public static func candidates(csv text: String) -> (candidates: [ImportCandidate], rejected: [Rejection]) {
        var candidates: [ImportCandidate] = []
        var rejected: [Rejection] = []
        var unreadable: Rejection? = nil
        candidateBatches(csv: text, batchSize: .max) { batch, rejections, fileError in
            candidates += batch
            rejected += rejections
            if fileError != nil { unreadable = fileError }
        }
        if let unreadable { return ([], [unreadable]) }
        return (candidates, rejected)
    }

    /// Reads a CSV file batch by batch (rows parsed on all cores), handing each batch's
    /// candidates and rejected rows to `body` in file order, so that a large import need not hold
    /// every row at once. A file-level problem (empty file, unknown column, unterminated quote)
    /// comes last as `fileError`, after the batches before it.
    public static func candidateBatches(
        csv text: String, batchSize: Int = 8192,
        _ body: (_ candidates: [ImportCandidate], _ rejected: [Rejection], _ fileError: Rejection?) throws -> Void
    ) rethrows {
        struct StopReading: Error { let rejection: Rejection }
        var names: [String]? = nil
        // The batch being parsed while `body` handles the one before it.
        var inFlight: BackgroundValue<[Outcome]>? = nil
        // Whatever ends the reading, a batch still being parsed is waited for (it reads `text`).
        defer { _ = inFlight?.wait() }
        func deliver(_ outcomes: [Outcome]) throws {
            var candidates: [ImportCandidate] = []
            var rejected: [Rejection] = []
            for outcome in outcomes {
                switch outcome {
                case .success(let c): candidates.append(c)
                case .failure(let r): rejected.append(r)
                }
            }
            try body(candidates, rejected, nil)
        }
        do {
            try CSVTable.forEachBatch(parsing: text, batchSize: batchSize) { batch in
                var rows = batch[...]
                if names == nil, let header = rows.popFirst() {
                    var read: [String] = []
                    for field in header.fields {
                        let name = field.text.trimmingSpaces
                        guard csvColumns.contains(name) else {
                            let hint = closest(name).map { " (did you mean '\($0)'?)" } ?? ""
                            throw StopReading(
                                rejection: Rejection(
                                    line: field.line, column: field.column, reason: "unknown column '\(name)'\(hint)"))
                        }
                        read.append(name)
                    }
                    names = read
                }
                guard let names, !rows.isEmpty else { return }
                // Rows are independent: parse them on all cores, in the background, while `body`
                // takes the batch before (a database writer inserting it on one core).
                let dataRows = Array(rows)
                let parsing = BackgroundValue { dataRows.concurrentMap { row in outcome(row, names: names) } }
                if let previous = inFlight { try deliver(previous.wait()) }
                inFlight = parsing
            }
            if let last = inFlight {
                inFlight = nil
                try deliver(last.wait())
            }
        } catch let error as CSVTable.ParseError {
            // The rows before the unreadable part still count (and are reported).
            if let last = inFlight {
                inFlight = nil
                try deliver(last.wait())
            }
            try body([], [], Rejection(line: error.line, column: error.column, reason: error.reason))
            return
        } catch let stop as StopReading {
            try body([], [], stop.rejection)
            return
        } catch {
            // Only `body` throws anything else; `rethrows` lets it through unchanged.
            try { throw error }()
        }
        if names == nil { try body([], [], Rejection(line: 1, column: 1, reason: "the file is empty")) }
    }

    /// One data row as a candidate or a rejection.
    private static func outcome(_ row: CSVTable.Row, names: [String]) -> Outcome {
        guard row.fields.count == names.count else {
            let last = row.fields.last
            return .failure(
                Rejection(
                    line: row.line, column: last.map { $0.column } ?? 1,
                    reason: "expected \(names.count) fields, found \(row.fields.count)"))
        }
        var cells = [String: Cell](minimumCapacity: names.count)
        for (name, field) in zip(names, row.fields) {
            let text = field.text.trimmingSpaces
            if !text.isEmpty { cells[name] = Cell(text: text, line: field.line, column: field.column) }
        }
        return candidate(cells, line: row.line)
    }

    /// Reads a JSON array of record objects (the `--format json` shape).
    public static func candidates(json text: String) -> (candidates: [ImportCandidate], rejected: [Rejection]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            let failure = SystemErrors.jsonFailure(error, in: text) ?? (1, 1, Self.jsonReason(error))
            return (
                [], [Rejection(line: failure.line, column: failure.column, reason: "not valid JSON: \(failure.reason)")]
            )
        }
        guard let array = object as? [Any] else {
            return ([], [Rejection(line: 1, column: 1, reason: "expected a JSON array of record objects")])
        }
        let positions = JSONPositions.topLevelElements(in: text)
        var candidates: [ImportCandidate] = []
        var rejected: [Rejection] = []
        for (index, element) in array.enumerated() {
            let (line, column) = index < positions.count ? positions[index] : (1, 1)
            guard let dict = element as? [String: Any] else {
                rejected.append(Rejection(line: line, column: column, reason: "record \(index + 1) is not an object"))
                continue
            }
            var cells: [String: Cell] = [:]
            var bad: Rejection? = nil
            for (key, value) in dict {
                let flat: [(String, Any)]
                if key == "capacity" {
                    guard let cap = value as? [String: Any] else {
                        if !(value is NSNull) {
                            bad = Rejection(
                                line: line, column: column,
                                reason: "record \(index + 1): capacity must be an object {value, unit, raw}")
                        }
                        continue
                    }
                    for k in cap.keys where !["value", "unit", "raw"].contains(k) {
                        bad = Rejection(
                            line: line, column: column, reason: "record \(index + 1): unknown field 'capacity.\(k)'")
                    }
                    flat = cap.map { ("capacity_" + $0.key, $0.value) }
                } else if key == "methods", let list = value as? [Any] {
                    flat = [("methods", list.map { "\($0)" }.joined(separator: ";"))]
                } else {
                    flat = [(key, value)]
                }
                for (name, v) in flat {
                    guard csvColumns.contains(name) else {
                        let hint = closest(name).map { " (did you mean '\($0)'?)" } ?? ""
                        bad = Rejection(
                            line: line, column: column, reason: "record \(index + 1): unknown field '\(name)'\(hint)")
                        continue
                    }
                    if v is NSNull { continue }
                    let text: String
                    if let s = v as? String {
                        text = s
                    } else if let n = v as? NSNumber {
                        text = QuantityFormatter.shortest(n.doubleValue)
                    } else {
                        bad = Rejection(
                            line: line, column: column,
                            reason: "record \(index + 1): field '\(name)' must be text or a number")
                        continue
                    }
                    let trimmed = text.trimmingSpaces
                    if !trimmed.isEmpty { cells[name] = Cell(text: trimmed, line: line, column: column) }
                }
            }
            if let bad {
                rejected.append(bad)
                continue
            }
            switch candidate(cells, line: line) {
            case .success(let c): candidates.append(c)
            case .failure(let r): rejected.append(r)
            }
        }
        return (candidates, rejected)
    }

    static func jsonReason(_ error: Error) -> String {
        let text = SystemErrors.describe(error) ?? "\(error)"
        return text.count > 160 ? String(text.prefix(160)) + "…" : text
    }

    static func closest(_ name: String) -> String? {
        let key = name.lowercased()
        if csvColumns.contains(key + "_raw") { return key + "_raw" }
        if let prefixed = csvColumns.first(where: { $0.hasPrefix(key + "_") }) { return prefixed }
        let scored = csvColumns.map { ($0, QueryField.editDistance(key, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 3 else { return nil }
        return best.0
    }

    enum Outcome: Sendable {
        case success(ImportCandidate)
        case failure(Rejection)
    }

    /// Validates one row and builds the record it describes.
    static func candidate(_ cells: [String: Cell], line: Int) -> Outcome {
        do {
            return .success(try build(cells, line: line))
        } catch let rejection as Rejection {
            return .failure(rejection)
        } catch {
            return .failure(Rejection(line: line, column: 1, reason: "\(error)"))
        }
    }

    private static func build(_ c: [String: Cell], line: Int) throws -> ImportCandidate {
        func fail(_ name: String, _ reason: String) -> Rejection {
            let cell = c[name]
            return Rejection(line: cell?.line ?? line, column: cell?.column ?? 1, reason: "\(name): \(reason)")
        }
        func required(_ name: String) throws -> Cell {
            guard let cell = c[name] else {
                throw Rejection(line: line, column: 1, reason: "\(name): required field is missing")
            }
            return cell
        }
        var explicitID = false
        var id = 0
        if let cell = c["id"] {
            guard let n = Int(cell.text), n > 0 else {
                throw fail("id", "'\(cell.text)' is not a positive whole number")
            }
            id = n
            explicitID = true
        }
        let electrolyte = try required("electrolyte").text
        let familyCell = try required("family")
        guard let family = ElectrolyteFamily(name: familyCell.text) else {
            throw fail(
                "family",
                "unknown family '\(familyCell.text)' (one of: \(ElectrolyteFamily.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
        }
        if let cls = c["class"] {
            guard let parsed = ElectrolyteClass(name: cls.text) else {
                throw fail("class", "unknown class '\(cls.text)'")
            }
            guard parsed == family.electrolyteClass else {
                throw fail(
                    "class",
                    "'\(cls.text)' does not match family \(family.rawValue) (\(family.electrolyteClass.rawValue))")
            }
        }
        let structureCell = try required("structure")
        guard let architecture = Architecture(name: structureCell.text) else {
            throw fail("structure", "must be 2D or 3D, found '\(structureCell.text)'")
        }
        var methods: [PreparationMethod] = []
        if let m = c["methods"] {
            for part in m.text.split(whereSeparator: { $0 == ";" || $0 == "," }) {
                let name = String(part).trimmingSpaces
                guard let method = PreparationMethod(name: name) else {
                    throw fail("methods", "unknown method '\(name)'")
                }
                if !methods.contains(method) { methods.append(method) }
            }
        } else if let printed = c["method"]?.text, !["na", "n/a", "—", "-"].contains(printed.lowercased()) {
            // Without `methods`, the printed text is the only source of the method ids `method = …`
            // queries; a part that names no known method would leave the record unfindable.
            for part in printed.split(whereSeparator: { ",;+/".contains($0) }) {
                let name = String(part).trimmingSpaces
                guard let method = PreparationMethod(name: name) else {
                    throw fail(
                        "method",
                        "'\(name)' is no known preparation method (`mbatlas methods` lists them); "
                            + "keep the text in `method` and give known ids in `methods`")
                }
                if !methods.contains(method) { methods.append(method) }
            }
        }
        func column(_ raw: String, _ numberName: String?, _ unit: String, _ col: MicrobatteryRecord.QuantityColumn)
            throws -> [ReportedCell]
        {
            var text: String? = c[raw]?.text
            var name = raw
            if text == nil, let numberName, let n = c[numberName] {
                guard Double(n.text) != nil else { throw fail(numberName, "'\(n.text)' is not a number") }
                text = unit == "%" ? n.text + "%" : n.text + " " + unit
                name = numberName
            }
            guard let text else { return [] }
            let cell = try reportedCell(text, column: col, fail: { fail(name, $0) })
            if name == raw, let numberName, let n = c[numberName] {
                guard let given = Double(n.text) else { throw fail(numberName, "'\(n.text)' is not a number") }
                let kind = col.acceptedKinds[0]
                let parsed = cell.quantity.flatMap { try? $0.representative.value(in: kind) }
                guard let parsed, abs(parsed - given) <= 1e-9 * max(abs(parsed), abs(given)) else {
                    throw fail(numberName, "\(n.text) does not match \(raw) '\(text)'")
                }
            }
            return [cell]
        }
        let conductivity = try column("conductivity_raw", "conductivity_S_per_cm", "S cm⁻¹", .conductivity)
        let thickness = try column("thickness_raw", "thickness_um", "µm", .electrolyteThickness)
        var capacity: [ReportedCell] = []
        if let raw = c["capacity_raw"] {
            capacity = [try reportedCell(raw.text, column: .capacity, fail: { fail("capacity_raw", $0) })]
            if let v = c["capacity_value"] {
                guard let given = Double(v.text) else { throw fail("capacity_value", "'\(v.text)' is not a number") }
                guard let q = capacity[0].quantity,
                    abs(q.representative.magnitude - given) <= 1e-9 * max(abs(given), 1e-300)
                else {
                    throw fail("capacity_value", "\(v.text) does not match capacity_raw '\(raw.text)'")
                }
                if let u = c["capacity_unit"], let parsedUnit = try? Unit.parse(u.text), parsedUnit != q.unit,
                    (try? Quantity(1, parsedUnit).value(in: q.unit)) != 1
                {
                    throw fail("capacity_unit", "'\(u.text)' does not match capacity_raw '\(raw.text)'")
                }
            }
        } else if let v = c["capacity_value"] {
            guard let u = c["capacity_unit"] else {
                throw fail("capacity_value", "a capacity value needs capacity_unit")
            }
            guard Double(v.text) != nil else { throw fail("capacity_value", "'\(v.text)' is not a number") }
            capacity = [try reportedCell(v.text + " " + u.text, column: .capacity, fail: { fail("capacity_unit", $0) })]
        }
        var voltage: [ReportedCell] = []
        if let raw = c["voltage_raw"] {
            voltage = [try reportedCell(raw.text, column: .voltage, fail: { fail("voltage_raw", $0) })]
        } else if let lo = c["voltage_min_V"], let hi = c["voltage_max_V"] {
            guard Double(lo.text) != nil else { throw fail("voltage_min_V", "'\(lo.text)' is not a number") }
            guard Double(hi.text) != nil else { throw fail("voltage_max_V", "'\(hi.text)' is not a number") }
            voltage = [
                try reportedCell("\(lo.text)–\(hi.text) V", column: .voltage, fail: { fail("voltage_min_V", $0) })
            ]
        } else if c["voltage_min_V"] != nil || c["voltage_max_V"] != nil {
            throw fail(
                c["voltage_min_V"] != nil ? "voltage_min_V" : "voltage_max_V",
                "give both ends of the voltage window (or voltage_raw)")
        }
        if !voltage.isEmpty, let q = voltage[0].quantity {
            for (name, bound) in [("voltage_min_V", q.lower), ("voltage_max_V", q.upper)] {
                if let cell = c[name], let given = Double(cell.text), let b = bound?.magnitude,
                    abs(b - given) > 1e-9 * max(abs(b), 1)
                {
                    throw fail(name, "\(cell.text) does not match voltage_raw")
                }
            }
        }
        let current =
            try c["current_raw"].map {
                [try reportedCell($0.text, column: .current, fail: { fail("current_raw", $0) })]
            } ?? []
        let cycles =
            try c["cycles"].map { [try reportedCell($0.text, column: .cycles, fail: { fail("cycles", $0) })] } ?? []
        let retention = try column("retention_raw", "retention_percent", "%", .retention)
        var ref: Int? = nil
        if let r = c["ref"] {
            guard let n = Int(r.text), n > 0 else { throw fail("ref", "'\(r.text)' is not a reference number") }
            ref = n
        }
        let citation = c["citation"]?.text
        let doi = c["doi"]?.text
        guard ref != nil || citation != nil || doi != nil else {
            throw Rejection(
                line: line, column: 1,
                reason: "ref: a record needs its source: ref (review reference number), citation or doi")
        }
        let cellText = c["cell"]?.text
        let anode = c["anode"]?.text
        let cathode = c["cathode"]?.text
        guard cellText != nil || (anode != nil && cathode != nil) else {
            throw Rejection(
                line: line, column: 1, reason: "cell: give the cell (e.g. Li/LiPON/LiCoO2) or both anode and cathode")
        }
        var electrolyteLayer = electrolyte
        var stackAnode = anode
        var stackCathode = cathode
        if let cellText {
            let parts = cellText.split(separator: "/").map { String($0).trimmingSpaces }
            if parts.count == 3 {
                stackAnode = stackAnode ?? parts[0]
                electrolyteLayer = parts[1]
                stackCathode = stackCathode ?? parts[2]
            }
        }
        let stack = CellStack(
            printed: cellText ?? "\(anode!)/\(electrolyte)/\(cathode!)", anode: stackAnode,
            electrolyte: electrolyteLayer, cathode: stackCathode)
        let record = MicrobatteryRecord(
            id: id, electrolyte: electrolyte, composition: c["composition"]?.text, family: family, variants: [],
            methodPrinted: c["method"]?.text ?? methods.map(\.name).joined(separator: ", "), methods: methods,
            conditions: c["conditions"]?.text, electrolyteThickness: thickness, conductivity: conductivity,
            cells: [stack],
            structure: Structure(
                printed: structureCell.text, architecture: architecture, detail: c["structure_detail"]?.text),
            capacity: capacity, voltage: voltage, current: current, cycles: cycles, retention: retention, ref: ref,
            citation: citation, doi: doi, notes: [])
        return ImportCandidate(line: line, record: record, explicitID: explicitID)
    }

    /// Parses a printed value for a column. A trailing "(condition)" or "; condition" is kept as
    /// the value's condition ("63 μA h cm⁻² μm⁻¹ (V = −50 V)", "C/50; cycled at 60 °C").
    static func reportedCell(
        _ text: String, column: MicrobatteryRecord.QuantityColumn, fail: (String) -> Rejection
    ) throws -> ReportedCell {
        var valueText = text
        var condition: String? = nil
        var value: ReportedValue
        do {
            value = try ReportedValue.parse(text)
        } catch let first {
            if let split = splitCondition(text) {
                valueText = split.value
                condition = split.condition
                do {
                    value = try ReportedValue.parse(valueText)
                } catch {
                    throw fail("'\(text)': \(error.message)")
                }
            } else {
                throw fail("'\(text)': \(first.message)")
            }
        }
        let kind: QuantityKind?
        do {
            kind = try ColumnKinds.kind(of: value, in: column, text: valueText, file: "", location: "")
        } catch let e as DatasetError {
            throw fail(e.reason)
        }
        return ReportedCell(
            printed: text, value: value, kind: kind, condition: condition, provenance: .imported,
            parsedFrom: valueText == text ? nil : valueText)
    }

    static func splitCondition(_ text: String) -> (value: String, condition: String)? {
        if let semicolon = text.firstIndex(of: ";") {
            return (
                String(text[..<semicolon]).trimmingSpaces, String(text[text.index(after: semicolon)...]).trimmingSpaces
            )
        }
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            return (String(text[..<open]).trimmingSpaces, String(inner).trimmingSpaces)
        }
        return nil
    }
}

extension ImportReport.Rejection: Error {}
