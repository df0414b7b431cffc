import AtlasCore
import AtlasData
import Foundation
import GRDB

extension SQLiteRecordStore: MeasurementStore {
    // MARK: Building the bundled sources

    /// Replaces the review's and OBELiX's measurements (inside the rebuild transaction).
    static func rebuildBundledMeasurements(review: ReviewDataset, files: [String: Data], _ db: Database) throws {
        let bundledIDs = MeasurementSource.bundled.map(\.id)
        let placeholders = bundledIDs.map { _ in "?" }.joined(separator: ", ")
        try db.execute(
            sql: "DELETE FROM measurement WHERE source IN (\(placeholders))", arguments: StatementArguments(bundledIDs))
        try db.execute(
            sql: "DELETE FROM measurement_source WHERE id IN (\(placeholders))",
            arguments: StatementArguments(bundledIDs))
        for source in MeasurementSource.bundled { try insert(source, db) }
        try insert(ReviewMeasurements.all(review), import: nil, db)
        guard let data = files[OBELiXDataset.csvFile] else {
            throw DatasetError(file: OBELiXDataset.csvFile, location: "", reason: "missing from the bundled files")
        }
        let obelix = try OBELiXDataset.read(csv: String(decoding: data, as: UTF8.self))
        guard obelix.rejected.isEmpty else {
            throw DatasetError(
                file: OBELiXDataset.csvFile, location: "",
                reason: "\(obelix.rejected.count) rows could not be read; first: \(obelix.rejected[0])")
        }
        try insert(obelix.measurements, import: nil, db)
    }

    static func insert(_ source: MeasurementSource, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO measurement_source (id, kind, name, licence, attribution, reference, origin, import_file, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                source.id, source.kind.rawValue, source.name, source.licence, source.attribution, source.reference,
                source.origin, source.importFile, source.importedAt?.timeIntervalSince1970,
            ])
    }

    static let measurementColumns = [
        "source", "location", "composition", "composition_key", "formula", "element_key", "family", "family_label",
        "class", "temperature", "temperature_basis", "conductivity", "qualifier", "kind", "space_group", "doi", "ref",
        "citation", "note", "import_file", "imported_at",
    ]

    static func insert(_ measurements: [ConductivityMeasurement], import: (file: String, at: Date)?, _ db: Database)
        throws
    {
        let sql =
            "INSERT INTO measurement (\(measurementColumns.joined(separator: ", "))) VALUES (\(measurementColumns.map { _ in "?" }.joined(separator: ", ")))"
        let statement = try db.cachedStatement(sql: sql)
        for m in measurements {
            let values: [(any DatabaseValueConvertible)?] = [
                m.source, m.location, m.compositionPrinted, CompositionKey.textKey(m.compositionPrinted),
                m.normalizedFormula, m.elementKey, m.family.rawValue, m.familyLabel,
                m.family.electrolyteClass?.rawValue,
                m.temperature.canonical, m.temperatureBasis.rawValue, m.conductivity.canonical, m.qualifier.rawValue,
                m.kind.rawValue, m.spaceGroup, m.doi, m.ref, m.citation, m.note, `import`?.file,
                `import`?.at.timeIntervalSince1970,
            ]
            try statement.execute(arguments: StatementArguments(values))
        }
    }

    // MARK: Reading

    static let selectMeasurement =
        "SELECT measurement.id, " + measurementColumns.map { "measurement.\($0)" }.joined(separator: ", ")

    static func measurement(_ row: Row) -> StoredMeasurement {
        let formula: String? = row["formula"]
        let m = ConductivityMeasurement(
            source: row["source"], location: row["location"], compositionPrinted: row["composition"],
            composition: formula.flatMap { try? Composition(parsing: $0) },
            family: MeasurementFamily(rawValue: row["family"]) ?? .unclassified, familyLabel: row["family_label"],
            temperature: Temperature(canonical: row["temperature"]),
            temperatureBasis: ConductivityMeasurement.TemperatureBasis(rawValue: row["temperature_basis"]) ?? .stated,
            conductivity: Conductivity(canonical: row["conductivity"]),
            qualifier: ConductivityMeasurement.Qualifier(rawValue: row["qualifier"]) ?? .exact,
            kind: ConductivityMeasurement.Kind(rawValue: row["kind"]) ?? .unspecified, spaceGroup: row["space_group"],
            doi: row["doi"], ref: row["ref"], citation: row["citation"], note: row["note"])
        return StoredMeasurement(id: row["id"], measurement: m)
    }

    public func measurements(_ query: MeasurementQuery) throws -> [StoredMeasurement] {
        let compiler = SQLCompiler(catalogue: .measurements)
        let filter = try query.filter.map { try compiler.compile($0) } ?? .all
        var sql = "\(Self.selectMeasurement) FROM measurement WHERE \(filter.sql)"
        var args = filter.arguments
        let order = query.sort.map { key -> String in
            let column = key.field.sortColumn
            return "\(column) IS NULL, \(column) \(key.descending ? "DESC" : "ASC")"
        }
        sql += " ORDER BY " + (order + ["measurement.id ASC"]).joined(separator: ", ")
        if let limit = query.limit {
            sql += " LIMIT ?"
            args.append(.integer(limit))
        }
        return try writer.read { db in
            try Row.fetchAll(db, sql: sql, arguments: Self.arguments(args)).map(Self.measurement)
        }
    }

    public func measurementCount(_ filter: FilterExpression?) throws -> Int {
        let compiled = try filter.map { try SQLCompiler(catalogue: .measurements).compile($0) } ?? .all
        return try writer.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM measurement WHERE \(compiled.sql)",
                arguments: Self.arguments(compiled.arguments)) ?? 0
        }
    }

    public func measurementSources() throws -> [SourceSummary] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.*, count(m.id) AS n, count(DISTINCT m.composition) AS compositions,
                           min(m.temperature) AS tmin, max(m.temperature) AS tmax
                    FROM measurement_source s LEFT JOIN measurement m ON m.source = s.id
                    GROUP BY s.id ORDER BY s.kind = 'imported', CASE s.id WHEN 'review' THEN 0 WHEN 'obelix' THEN 1 ELSE 2 END, s.id
                    """)
            return rows.map { row in
                let source = MeasurementSource(
                    id: row["id"], name: row["name"], kind: MeasurementSource.Kind(rawValue: row["kind"]) ?? .imported,
                    licence: row["licence"], attribution: row["attribution"], reference: row["reference"],
                    origin: row["origin"], importFile: row["import_file"],
                    importedAt: (row["imported_at"] as Double?).map { Date(timeIntervalSince1970: $0) })
                let tmin: Double? = row["tmin"]
                let tmax: Double? = row["tmax"]
                let range = tmin.flatMap { lo in
                    tmax.map { hi in Temperature(canonical: lo)...Temperature(canonical: hi) }
                }
                return SourceSummary(
                    source: source, measurements: row["n"], compositions: row["compositions"], temperatureRange: range)
            }
        }
    }

    public func measurements(ofComposition text: String) throws -> CompositionLookup {
        if let composition = CompositionKey.parse(text) {
            let key = CompositionKey.elementKey(composition)
            let candidates = try writer.read { db in
                try Row.fetchAll(
                    db, sql: "\(Self.selectMeasurement) FROM measurement WHERE element_key = ? ORDER BY measurement.id",
                    arguments: [key]
                ).map(Self.measurement)
            }
            let matching = candidates.filter { stored in
                stored.measurement.composition.map { CompositionKey.matches($0, composition) } ?? false
            }
            return CompositionLookup(query: text, method: .perAtom(composition), measurements: matching)
        }
        let rows = try writer.read { db in
            try Row.fetchAll(
                db, sql: "\(Self.selectMeasurement) FROM measurement WHERE composition_key = ? ORDER BY measurement.id",
                arguments: [CompositionKey.textKey(text)]
            ).map(Self.measurement)
        }
        return CompositionLookup(query: text, method: .textOnly, measurements: rows)
    }

    // MARK: Writing

    public func replaceMeasurements(of source: MeasurementSource, with measurements: [ConductivityMeasurement]) throws
        -> MeasurementWriteReport
    {
        guard source.kind == .imported, !ConductivityMapping.reservedSourceIDs.contains(source.id.lowercased()) else {
            throw DatasetError(
                file: source.importFile ?? source.id, location: "",
                reason: "source id '\(source.id)' is reserved for a bundled source")
        }
        if let stray = measurements.first(where: { $0.source != source.id }) {
            throw DatasetError(
                file: source.importFile ?? source.id, location: stray.location,
                reason: "measurement of source '\(stray.source)' in an import of '\(source.id)'")
        }
        return try writer.write { db in
            let before =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM measurement WHERE source = ?", arguments: [source.id])
                ?? 0
            try db.execute(sql: "DELETE FROM measurement WHERE source = ?", arguments: [source.id])
            try db.execute(sql: "DELETE FROM measurement_source WHERE id = ?", arguments: [source.id])
            try Self.insert(source, db)
            try Self.insert(measurements, import: (source.importFile ?? source.id, source.importedAt ?? Date()), db)
            try Self.bumpGeneration(db)
            return MeasurementWriteReport(source: source.id, written: measurements.count, replaced: before)
        }
    }

    public func deleteMeasurementSource(_ id: String) throws -> Int {
        guard !ConductivityMapping.reservedSourceIDs.contains(id.lowercased()) else {
            throw DatasetError(file: id, location: "", reason: "'\(id)' is a bundled source and cannot be deleted")
        }
        return try writer.write { db in
            try db.execute(sql: "DELETE FROM measurement WHERE source = ?", arguments: [id])
            let n = db.changesCount
            try db.execute(sql: "DELETE FROM measurement_source WHERE id = ?", arguments: [id])
            try Self.bumpGeneration(db)
            return n
        }
    }
}
