import AtlasCore

/// A field of the `--where` language: its name, how values are read, and the SQL column(s) it
/// compares against. `mbatlas fields` prints this catalogue.
public struct QueryField: Sendable, Hashable {
    /// How a field's values are typed.
    public enum FieldType: Sendable, Hashable {
        /// A quantity stored in the kind's canonical unit; values may carry any unit of that kind.
        case quantity(QuantityKind, column: String)
        /// A quantity whose column depends on the unit given: `capacity >= 50 uAh/cm2` compares
        /// areal capacities, `capacity > 100 mAh/g` specific ones.
        case polymorphic([(kind: QuantityKind, column: String)])
        /// Free text compared case-insensitively.
        case text(column: String)
        /// A controlled vocabulary (family, class, architecture) compared by normalized value.
        case category(Vocabulary, column: String)
        /// Whole numbers (cycles, reference number, year).
        case integer(column: String)

        public static func == (a: FieldType, b: FieldType) -> Bool { a.description == b.description }
        public func hash(into h: inout Hasher) { h.combine(description) }

        var description: String {
            switch self {
            case .quantity(let k, let c): return "quantity \(k.name) \(c)"
            case .polymorphic(let list):
                return "polymorphic " + list.map { "\($0.kind.name):\($0.column)" }.joined(separator: ",")
            case .text(let c): return "text \(c)"
            case .category(let v, let c): return "category \(v) \(c)"
            case .integer(let c): return "integer \(c)"
            }
        }
    }

    /// The vocabularies categorical fields take.
    public enum Vocabulary: String, Sendable, Hashable {
        case family, electrolyteClass, method, architecture, origin
        /// The measurement families (``AtlasCore/MeasurementFamily``): the review's and the added structure types.
        case measurementFamily
        /// total | bulk | unspecified.
        case conductivityKind
        /// exact | approximate | range | upper bound | lower bound.
        case qualifier
    }

    public let name: String
    public let aliases: [String]
    public let type: FieldType
    public let summary: String
    public let example: String

    /// "quantity (S cm⁻¹)", "text", "category: polymer | crystalline | glass"…
    public var typeDescription: String {
        switch type {
        case .quantity(let k, _): return "quantity (\(k.canonicalUnit))"
        case .polymorphic(let list):
            return "quantity (" + list.map { $0.kind.canonicalUnit.description }.joined(separator: " | ") + ")"
        case .text: return "text"
        case .integer: return "integer"
        case .category(let v, _):
            switch v {
            case .family: return "family name"
            case .electrolyteClass: return "polymer | crystalline | glass"
            case .method: return "preparation method"
            case .architecture: return "2D | 3D"
            case .origin: return "review | import"
            case .measurementFamily: return "family name (mbatlas sources --families)"
            case .conductivityKind: return "total | bulk | unspecified"
            case .qualifier: return "exact | approximate | range | upper bound | lower bound"
            }
        }
    }

    /// The canonical unit bare numbers are read in, for quantity fields.
    public var canonicalUnit: Unit? {
        switch type {
        case .quantity(let k, _): return k.canonicalUnit
        case .polymorphic(let list): return list.first?.kind.canonicalUnit
        default: return nil
        }
    }
}

/// The fields of one table of the `--where` language: records (Table 2 shaped) or conductivity
/// measurements. The parser, the compiler and sort keys take a catalogue, so each table has its
/// own field names, columns and vocabularies.
public struct QueryCatalogue: Sendable {
    /// What the catalogue is about, for messages ("records", "measurements").
    public let name: String
    /// Every field, in the order `mbatlas fields` lists them.
    public let fields: [QueryField]

    public init(name: String, fields: [QueryField]) {
        self.name = name
        self.fields = fields
    }

    /// Looks a field up by name or alias (case-insensitive).
    public func named(_ name: String) -> QueryField? {
        let key = name.lowercased()
        return fields.first { $0.name == key || $0.aliases.contains(key) }
    }

    /// The closest field name to `name`, for "did you mean" hints (edit distance ≤ 3).
    public func suggestion(for name: String) -> String? {
        let key = name.lowercased()
        let scored = fields.flatMap { f in ([f.name] + f.aliases).map { (f.name, QueryField.editDistance(key, $0)) } }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, min(3, key.count / 3)) else { return nil }
        return best.0
    }

    /// The fields of records (Table 2 entries and imported records).
    public static let records = QueryCatalogue(name: "records", fields: QueryField.all)
}

extension QueryField {
    /// Every record field, in the order `mbatlas fields` lists them.
    public static let all: [QueryField] = [
        .init(
            name: "id", aliases: [], type: .integer(column: "record.id"),
            summary: "record id (Table 2 entry number for review records)", example: "id = 12"),
        .init(
            name: "electrolyte", aliases: [], type: .text(column: "record.electrolyte"),
            summary: "electrolyte name as printed", example: "electrolyte ~ PEO"),
        .init(
            name: "composition", aliases: ["formula"], type: .text(column: "record.composition"),
            summary: "electrolyte formula where printed", example: "composition ~ BO"),
        .init(
            name: "family", aliases: [], type: .category(.family, column: "record.family"),
            summary: "electrolyte family (LiPON also matches its B/Si/W variants)",
            example: "family in (garnet, NASICON)"),
        .init(
            name: "class", aliases: [], type: .category(.electrolyteClass, column: "record.class"),
            summary: "electrolyte class", example: "class = polymer"),
        .init(
            name: "method", aliases: [], type: .category(.method, column: "record_method.method"),
            summary: "preparation method (any of the record's methods)", example: "method = ALD"),
        .init(
            name: "conditions", aliases: [], type: .text(column: "record.conditions"),
            summary: "preparation conditions as printed", example: "conditions ~ W cm"),
        .init(
            name: "structure", aliases: ["architecture"], type: .category(.architecture, column: "record.structure"),
            summary: "2D (planar) or 3D", example: "structure = 3D"),
        .init(
            name: "detail", aliases: ["structure_detail"], type: .text(column: "record.structure_detail"),
            summary: "3D detail as printed (nanopillars, nanotubes (nts), gyroid…): search it with ~",
            example: "detail ~ pillar"),
        .init(
            name: "cell", aliases: [], type: .text(column: "record.cell"), summary: "microbattery stack as printed",
            example: "cell ~ LiCoO2"),
        .init(
            name: "anode", aliases: [], type: .text(column: "record.anode"), summary: "negative electrode",
            example: "anode = Li"),
        .init(
            name: "cathode", aliases: [], type: .text(column: "record.cathode"), summary: "positive electrode",
            example: "cathode ~ LiCoO2"),
        .init(
            name: "conductivity", aliases: ["sigma"], type: .quantity(.conductivity, column: "record.conductivity"),
            summary: "ionic conductivity (representative value of a range)", example: "conductivity >= 1 uS/cm"),
        .init(
            name: "thickness", aliases: ["electrolyte_thickness"], type: .quantity(.length, column: "record.thickness"),
            summary: "electrolyte thickness", example: "thickness < 2 um"),
        .init(
            name: "cathode_thickness", aliases: [], type: .quantity(.length, column: "record.cathode_thickness"),
            summary: "positive-electrode thickness where stated", example: "cathode_thickness > 1 um"),
        .init(
            name: "capacity", aliases: [],
            type: .polymorphic([
                (QuantityKind.arealCapacity, "record.capacity_areal"),
                (.volumetricCapacity, "record.capacity_volumetric"),
                (.specificCapacity, "record.capacity_specific"), (.charge, "record.capacity_charge"),
            ]), summary: "initial discharge capacity; the unit given picks the form compared",
            example: "capacity > 100 mAh/g"),
        .init(
            name: "capacity_areal", aliases: [], type: .quantity(.arealCapacity, column: "record.capacity_areal"),
            summary: "capacity per footprint area", example: "capacity_areal >= 50 uAh/cm2"),
        .init(
            name: "capacity_volumetric", aliases: ["capacity_per_um"],
            type: .quantity(.volumetricCapacity, column: "record.capacity_volumetric"),
            summary: "capacity per area and µm (= per volume)", example: "capacity_volumetric > 50 uAh/cm2/um"),
        .init(
            name: "capacity_specific", aliases: ["capacity_gravimetric"],
            type: .quantity(.specificCapacity, column: "record.capacity_specific"), summary: "capacity per gram",
            example: "capacity_specific > 100 mAh/g"),
        .init(
            name: "capacity_charge", aliases: [], type: .quantity(.charge, column: "record.capacity_charge"),
            summary: "absolute capacity of the cell", example: "capacity_charge >= 100 uAh"),
        .init(
            name: "voltage_min", aliases: [], type: .quantity(.voltage, column: "record.voltage_min"),
            summary: "lower end of the voltage window", example: "voltage_min < 1 V"),
        .init(
            name: "voltage_max", aliases: [], type: .quantity(.voltage, column: "record.voltage_max"),
            summary: "upper end of the voltage window", example: "voltage_max >= 4 V"),
        .init(
            name: "current", aliases: [],
            type: .polymorphic([
                (QuantityKind.currentDensity, "record.current_density"), (.cRate, "record.c_rate"),
                (.current, "record.current_abs"), (.specificCurrent, "record.current_specific"),
            ]), summary: "test current; the unit given picks the form (C-rate, density, absolute, specific)",
            example: "current >= 1C"),
        .init(
            name: "c_rate", aliases: ["rate"], type: .quantity(.cRate, column: "record.c_rate"),
            summary: "C-rate where printed as one", example: "c_rate >= 1"),
        .init(
            name: "current_density", aliases: [], type: .quantity(.currentDensity, column: "record.current_density"),
            summary: "current density", example: "current_density > 100 uA/cm2"),
        .init(
            name: "cycles", aliases: [], type: .integer(column: "record.cycles"), summary: "number of cycles tested",
            example: "cycles > 500"),
        .init(
            name: "retention", aliases: [], type: .quantity(.fraction, column: "record.retention"),
            summary: "capacity retention (bare numbers are %)", example: "retention >= 90"),
        .init(
            name: "ref", aliases: ["reference"], type: .integer(column: "record.ref"),
            summary: "reference number in the review", example: "ref = 230"),
        .init(
            name: "year", aliases: [], type: .integer(column: "reference.year"),
            summary: "publication year of the reference", example: "year >= 2015"),
        .init(
            name: "journal", aliases: [], type: .text(column: "reference.journal"), summary: "journal of the reference",
            example: "journal ~ Power Sources"),
        .init(
            name: "author", aliases: ["authors"], type: .text(column: "reference.authors"),
            summary: "any author of the reference", example: "author ~ Dudney"),
        .init(
            name: "origin", aliases: ["source"], type: .category(.origin, column: "record.origin"),
            summary: "review (Table 2) or import", example: "origin = import"),
    ]

    /// Looks a record field up by name or alias (case-insensitive).
    public static func named(_ name: String) -> QueryField? { QueryCatalogue.records.named(name) }

    /// The closest record field name to `name`, for "did you mean" hints (edit distance ≤ 3).
    public static func suggestion(for name: String) -> String? { QueryCatalogue.records.suggestion(for: name) }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
