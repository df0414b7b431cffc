import GRDB

/// The store's schema, as GRDB migrations. Add a migration for every change; never edit one
/// that has shipped.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: records, references, bundled files") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                    CREATE TABLE bundled_file (name TEXT PRIMARY KEY NOT NULL, content BLOB NOT NULL);
                    CREATE TABLE reference (
                        number INTEGER PRIMARY KEY NOT NULL,
                        kind TEXT NOT NULL,
                        authors TEXT NOT NULL,
                        journal TEXT, year INTEGER, volume TEXT, issue TEXT, pages TEXT,
                        title TEXT, publisher TEXT, patent_office TEXT, patent_number TEXT,
                        printed TEXT NOT NULL, note TEXT
                    );
                    CREATE TABLE record (
                        id INTEGER PRIMARY KEY NOT NULL,
                        origin TEXT NOT NULL CHECK (origin IN ('review', 'import')),
                        import_file TEXT, imported_at REAL,
                        electrolyte TEXT NOT NULL, composition TEXT,
                        family TEXT NOT NULL, class TEXT NOT NULL,
                        method_printed TEXT, method_primary TEXT, conditions TEXT,
                        structure TEXT, structure_detail TEXT,
                        cell TEXT, anode TEXT, electrolyte_layer TEXT, cathode TEXT,
                        conductivity REAL, thickness REAL, cathode_thickness REAL,
                        capacity_raw TEXT, capacity_value REAL, capacity_unit TEXT, capacity_kind TEXT,
                        capacity_areal REAL, capacity_volumetric REAL, capacity_specific REAL, capacity_charge REAL,
                        voltage_min REAL, voltage_max REAL,
                        current_raw TEXT, c_rate REAL, current_density REAL, current_abs REAL, current_specific REAL,
                        cycles INTEGER, retention REAL,
                        ref INTEGER, citation TEXT, doi TEXT,
                        duplicate_key TEXT NOT NULL,
                        document BLOB NOT NULL
                    );
                    CREATE TABLE record_method (
                        record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
                        method TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        PRIMARY KEY (record_id, method)
                    );
                    CREATE INDEX record_family ON record(family);
                    CREATE INDEX record_class ON record(class);
                    CREATE INDEX record_structure ON record(structure);
                    CREATE INDEX record_method_primary ON record(method_primary);
                    CREATE INDEX record_conductivity ON record(conductivity);
                    CREATE INDEX record_thickness ON record(thickness);
                    CREATE INDEX record_capacity_areal ON record(capacity_areal);
                    CREATE INDEX record_capacity_volumetric ON record(capacity_volumetric);
                    CREATE INDEX record_capacity_specific ON record(capacity_specific);
                    CREATE INDEX record_cycles ON record(cycles);
                    CREATE INDEX record_retention ON record(retention);
                    CREATE INDEX record_ref ON record(ref);
                    CREATE INDEX record_origin ON record(origin);
                    CREATE INDEX record_duplicate ON record(duplicate_key);
                    CREATE INDEX record_method_method ON record_method(method, record_id);
                    """)
        }
        migrator.registerMigration("v2: conductivity measurements") { db in
            try db.execute(
                sql: """
                    CREATE TABLE measurement_source (
                        id TEXT PRIMARY KEY NOT NULL,
                        kind TEXT NOT NULL CHECK (kind IN ('bundled', 'imported')),
                        name TEXT NOT NULL, licence TEXT, attribution TEXT NOT NULL, reference TEXT, origin TEXT,
                        import_file TEXT, imported_at REAL
                    );
                    CREATE TABLE measurement (
                        id INTEGER PRIMARY KEY NOT NULL,
                        source TEXT NOT NULL REFERENCES measurement_source(id) ON DELETE CASCADE,
                        location TEXT NOT NULL,
                        composition TEXT NOT NULL,
                        composition_key TEXT NOT NULL,
                        formula TEXT,
                        element_key TEXT,
                        family TEXT NOT NULL, family_label TEXT, class TEXT,
                        temperature REAL NOT NULL,
                        temperature_basis TEXT NOT NULL,
                        conductivity REAL NOT NULL,
                        qualifier TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        space_group TEXT, doi TEXT, ref INTEGER, citation TEXT, note TEXT,
                        import_file TEXT, imported_at REAL
                    );
                    CREATE INDEX measurement_source_index ON measurement(source);
                    CREATE INDEX measurement_family ON measurement(family);
                    CREATE INDEX measurement_temperature ON measurement(temperature);
                    CREATE INDEX measurement_conductivity ON measurement(conductivity);
                    CREATE INDEX measurement_formula ON measurement(formula);
                    CREATE INDEX measurement_element_key ON measurement(element_key);
                    CREATE INDEX measurement_composition_key ON measurement(composition_key);
                    """)
        }
        migrator.registerMigration("v3: data generation counter") { db in
            // Every writing transaction of the store bumps the generation once
            // (SQLiteRecordStore.bumpGeneration), so readers can tell cheaply whether anything
            // changed (RecordStore.dataVersion) and keep caches keyed by it. Once per transaction,
            // not per row: a per-row trigger cost a bulk import almost a second per 100,000 rows.
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO meta (key, value) VALUES ('generation', '0');
                    DROP TRIGGER IF EXISTS record_generation_insert;
                    DROP TRIGGER IF EXISTS record_generation_update;
                    DROP TRIGGER IF EXISTS record_generation_delete;
                    DROP TRIGGER IF EXISTS reference_generation_insert;
                    DROP TRIGGER IF EXISTS reference_generation_delete;
                    """)
        }
        return migrator
    }
}
