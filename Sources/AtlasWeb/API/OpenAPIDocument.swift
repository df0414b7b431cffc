import AtlasStore

/// The OpenAPI 3.1 description of the JSON API, kept in code as a ``JSONValue`` tree and served
/// as YAML at `/api/openapi.yaml` (and as JSON at `/api/openapi.json`). The router tests check
/// live responses against the schemas in it.
enum OpenAPIDocument {
    static var yaml: String { YAML.render(document) }

    static let document: JSONValue = .object([
        ("openapi", .string("3.1.0")),
        ("info", .object([
            ("title", .string("Microbattery Atlas API")),
            ("version", .string("1.0.0")),
            ("description", .string(
                "Records of solid-electrolyte lithium microbatteries from Table 2 of Jetybayeva et al., J. Mater. Chem. A 2021, 9, 15140 "
                + "(doi:10.1039/d1ta02652f), the review's electrolyte families, preparation techniques and references, and the design calculator. "
                + "Record objects use the same schema as `mbatlas list --format json`; filters use the `--where` language (`mbatlas fields`).")),
            ("license", .object([
                ("name", .string("Review text and data: CC BY-NC 3.0")),
                ("url", .string("https://creativecommons.org/licenses/by-nc/3.0/")),
            ])),
        ])),
        ("servers", .array([.object([("url", .string("/"))])])),
        ("paths", paths),
        ("components", .object([
            ("schemas", schemas),
            ("securitySchemes", .object([
                ("bearer", .object([
                    ("type", .string("http")), ("scheme", .string("bearer")),
                    ("description", .string("The token set with `mbatlas serve --write-token-file` or MBATLAS_WRITE_TOKEN.")),
                ])),
            ])),
        ])),
    ])

    // MARK: Paths

    static let paths: JSONValue = .object([
        ("/healthz", .object([
            ("get", operation(
                "health", "Liveness and the number of records in the store", parameters: [],
                responses: [("200", json("The server answers", ref("Health")))])),
        ])),
        ("/api/v1/records", .object([
            ("get", operation(
                "listRecords", "Records matching a filter, sorted and paginated (the `mbatlas list --format json|csv` output)",
                parameters: [
                    queryParameter("where", "Filter in the `--where` language, e.g. `structure = 3D and conductivity >= 1 uS/cm`", .object([("type", .string("string"))])),
                    queryParameter("sort", "FIELD or FIELD:desc; repeat or separate with commas", .object([("type", .string("string"))])),
                    queryParameter("limit", "At most this many records", .object([("type", .string("integer")), ("minimum", .integer(0))])),
                    queryParameter("offset", "Skip this many records", .object([("type", .string("integer")), ("minimum", .integer(0))])),
                    queryParameter("format", "json (default) or csv", .object([("type", .string("string")), ("enum", .array([.string("json"), .string("csv")]))])),
                ],
                responses: [
                    ("200", .object([
                        ("description", .string("The records, in order; X-Total-Count is the number matching the filter without limit/offset")),
                        ("headers", .object([
                            ("X-Total-Count", .object([("schema", .object([("type", .string("integer"))]))])),
                        ])),
                        ("content", .object([
                            ("application/json", .object([("schema", .object([("type", .string("array")), ("items", ref("Record"))]))])),
                            ("text/csv", .object([("schema", .object([("type", .string("string"))]))])),
                        ])),
                    ])),
                    ("400", json("Malformed filter (with the column in `position`), sort key, limit, offset or format", ref("Error"))),
                ])),
            ("post", operation(
                "importRecords",
                "Import records (CSV or JSON in the export format), validated like `mbatlas import`: all or nothing",
                parameters: [
                    queryParameter("dry_run", "Validate and report without writing", .object([("type", .string("boolean"))])),
                    queryParameter("allow_duplicates", "Import records even when one with the same cell and source exists", .object([("type", .string("boolean"))])),
                    queryParameter("source", "Name recorded as the records' source (default `api`)", .object([("type", .string("string"))])),
                ],
                requestBody: .object([
                    ("required", .bool(true)),
                    ("content", .object([
                        ("text/csv", .object([("schema", .object([("type", .string("string"))]))])),
                        ("application/json", .object([("schema", .object([("type", .string("array")), ("items", .object([("type", .string("object"))]))]))])),
                    ])),
                ]),
                responses: [
                    ("200", json("Dry run: every row is valid; nothing written", ref("ImportReport"))),
                    ("201", json("Every row was valid and written", ref("ImportReport"))),
                    ("401", json("Missing or wrong bearer token", ref("Error"))),
                    ("403", json("The server is read-only (no write token configured)", ref("Error"))),
                    ("413", json("Body larger than 1 MiB", ref("Error"))),
                    ("415", json("Content-Type is neither text/csv nor application/json", ref("Error"))),
                    ("422", json("Rows were rejected (line:column: reason); nothing written", ref("ImportFailure"))),
                ],
                secured: true)),
        ])),
        ("/api/v1/records/{id}", .object([
            ("get", operation(
                "getRecord", "One record with every printed and parsed value, provenance, notes and the full citation (`mbatlas show --format json`)",
                parameters: [pathParameter("id", "Record id (1–75: Table 2 entries)")],
                responses: [
                    ("200", json("The record", ref("RecordDetail"))),
                    ("400", json("The id is not a positive whole number", ref("Error"))),
                    ("404", json("No record has this id", ref("Error"))),
                ])),
        ])),
        ("/api/v1/families", .object([
            ("get", operation(
                "listFamilies", "The review's electrolyte class and family profiles with the number of records of each",
                parameters: [],
                responses: [("200", json("The profiles", .object([("type", .string("array")), ("items", ref("FamilyProfile"))])))])),
        ])),
        ("/api/v1/methods", .object([
            ("get", operation(
                "listMethods", "The review's preparation and deposition techniques with the number of records made by each",
                parameters: [],
                responses: [("200", json("The techniques", .object([("type", .string("array")), ("items", ref("Technique"))])))])),
        ])),
        ("/api/v1/references", .object([
            ("get", operation(
                "listReferences", "The review's reference list as printed, with BibTeX and the records citing each",
                parameters: [],
                responses: [("200", json("The references", .object([("type", .string("array")), ("items", ref("Reference"))])))])),
        ])),
        ("/api/v1/references/{number}", .object([
            ("get", operation(
                "getReference", "One reference; `/api/v1/references/{number}.bib` gives its BibTeX entry",
                parameters: [pathParameter("number", "Reference number in the review (1–310)")],
                responses: [
                    ("200", json("The reference", ref("Reference"))),
                    ("400", json("The number is not a positive whole number", ref("Error"))),
                    ("404", json("No such reference", ref("Error"))),
                ])),
        ])),
        ("/api/v1/design", .object([
            ("get", operation(
                "design", "The design calculator (`mbatlas design --format json`); with target_energy, the inverse design",
                parameters: DesignForm.fields.map { f in
                    queryParameter(f.name, f.label + ": " + f.help, .object([("type", .string(f.name == "allow_thin_electrolyte" ? "boolean" : "string"))]))
                },
                responses: designResponses)),
            ("post", operation(
                "designPost", "The design calculator with the fields as a JSON object (strings, numbers or booleans)",
                parameters: [],
                requestBody: .object([
                    ("required", .bool(true)),
                    ("content", .object([("application/json", .object([("schema", ref("DesignRequest"))]))])),
                ]),
                responses: designResponses + [("415", json("Content-Type is not application/json", ref("Error")))])),
        ])),
    ])

    static let designResponses: [(String, JSONValue)] = [
        ("200", json("The design's figures of merit, or the inverse design and the design it found", .object([
            ("oneOf", .array([ref("DesignResult"), ref("InverseDesignResult")])),
        ]))),
        ("400", json("A field cannot be read (unknown material, unit, malformed geometry…)", ref("Error"))),
        ("422", json("The design is well formed but cannot be built or computed (does not fit, too thin, target unreachable)", ref("Error"))),
    ]

    // MARK: Schemas

    static let schemas: JSONValue = .object([
        ("Error", object(
            required: ["error"],
            [
                ("error", typed("string", "What went wrong, in words a user can act on")),
                ("position", typed("integer", "1-based column of the `where` text the error points at (filter errors only)")),
            ], closed: true)),
        ("Health", object(required: ["status", "records"], [("status", typed("string")), ("records", typed("integer"))], closed: true)),
        ("Record", object(
            required: recordProperties.map(\.0), recordProperties, closed: true,
            description: "A record in the exchange format of `mbatlas list/export --format json` and `mbatlas import`")),
        ("ImportReport", object(required: importReportProperties.map(\.0), importReportProperties, closed: true)),
        ("ImportFailure", object(
            required: ["error"] + importReportProperties.map(\.0),
            [("error", typed("string"))] + importReportProperties, closed: true)),
        ("RecordDetail", object(
            required: [
                "id", "origin", "electrolyte", "composition", "family", "class", "variants", "method", "conditions",
                "electrolyte_thickness", "cathode_thickness", "conductivity", "cells", "structure", "capacity", "voltage",
                "current", "cycles", "retention", "ref", "citation", "doi", "notes",
            ],
            [
                ("id", typed("integer")),
                ("origin", .object([("type", .string("string")), ("enum", .array([.string("review"), .string("import")]))])),
                ("import_file", typed("string")),
                ("imported_at", typed("number", "Seconds since 1970-01-01 UTC")),
                ("electrolyte", typed("string")),
                ("composition", nullable("string")),
                ("family", typed("string")),
                ("class", typed("string")),
                ("variants", array(typed("string"))),
                ("method", object(required: ["printed", "ids", "names", "source"], [
                    ("printed", typed("string")), ("ids", array(typed("string"))), ("names", array(typed("string"))),
                    ("source", typed("string")),
                ])),
                ("conditions", nullable("string")),
                ("electrolyte_thickness", array(ref("ReportedCell"))),
                ("cathode_thickness", array(ref("ReportedCell"))),
                ("conductivity", array(ref("ReportedCell"))),
                ("cells", array(object(required: ["printed", "anode", "electrolyte", "cathode", "layers", "source"], [
                    ("printed", typed("string")), ("anode", nullable("string")), ("electrolyte", nullable("string")),
                    ("cathode", nullable("string")), ("layers", array(typed("string"))), ("source", typed("string")),
                ]))),
                ("structure", object(required: ["printed", "architecture", "detail", "source"], [
                    ("printed", typed("string")), ("architecture", nullable("string")), ("detail", nullable("string")),
                    ("source", typed("string")),
                ])),
                ("capacity", array(ref("ReportedCell"))),
                ("voltage", array(ref("ReportedCell"))),
                ("current", array(ref("ReportedCell"))),
                ("cycles", array(ref("ReportedCell"))),
                ("retention", array(ref("ReportedCell"))),
                ("ref", nullable("integer")),
                ("citation", .object([("type", .array([.string("object"), .string("null")]))])),
                ("doi", nullable("string")),
                ("notes", array(object(required: ["field", "extracted", "text", "prose"], [
                    ("field", typed("string")), ("extracted", nullable("string")), ("text", typed("string")),
                    ("prose", nullable("string")),
                ]))),
            ])),
        ("ReportedCell", object(
            required: ["printed", "value", "condition", "source", "prose"],
            [
                ("printed", typed("string", "The value as the review prints it")),
                ("value", .object([
                    ("type", .array([.string("object"), .string("null")])),
                    ("description", .string("The parsed value in the printed unit (null for NA), with `canonical` in the atlas's unit when it differs")),
                    ("required", .array([.string("kind"), .string("form"), .string("unit")])),
                    ("properties", .object([
                        ("kind", nullable("string")), ("form", typed("string")), ("value", typed("number")),
                        ("lower", typed("number")), ("upper", typed("number")), ("representative", typed("number")),
                        ("uncertainty", typed("number")), ("unit", nullable("string")), ("canonical", typed("object")),
                    ])),
                ])),
                ("condition", nullable("string")),
                ("variant", typed("integer")),
                ("variant_label", nullable("string")),
                ("source", .object([("type", .string("string")), ("enum", .array([.string("table"), .string("prose")]))])),
                ("prose", nullable("string")),
            ])),
        ("Statement", object(
            required: ["printed", "value", "text", "condition", "material", "aspect", "refs", "quote", "note"],
            [
                ("printed", nullable("string")), ("value", .object([("type", .array([.string("object"), .string("null")]))])),
                ("text", nullable("string")), ("condition", nullable("string")), ("material", nullable("string")),
                ("aspect", nullable("string")), ("refs", array(typed("integer"))), ("quote", nullable("string")),
                ("note", nullable("string")),
            ], closed: true)),
        ("Rating", object(
            required: ["criterion", "label", "level", "score", "statement"],
            [
                ("criterion", typed("string")), ("label", typed("string")),
                ("level", .object([("type", .string("string")), ("enum", .array([.string("poor"), .string("moderate"), .string("good")]))])),
                ("score", typed("number")), ("statement", ref("Statement")),
            ], closed: true)),
        ("FamilyProfile", object(
            required: [
                "id", "name", "family", "class", "is_class", "parent", "section", "examples", "properties", "ratings",
                "advantages", "issues", "note", "record_filter", "record_count",
            ],
            [
                ("id", typed("string")), ("name", typed("string")), ("family", nullable("string")), ("class", typed("string")),
                ("is_class", typed("boolean")), ("parent", nullable("string")), ("section", nullable("string")),
                ("examples", array(typed("string"))),
                ("properties", array(object(required: ["property", "method", "statement"], [
                    ("property", typed("string")), ("method", nullable("string")), ("statement", ref("Statement")),
                ]))),
                ("ratings", array(ref("Rating"))), ("advantages", array(ref("Statement"))), ("issues", array(ref("Statement"))),
                ("note", nullable("string")),
                ("record_filter", typed("string", "The `where` filter selecting this family's records")),
                ("record_count", typed("integer")),
            ], closed: true)),
        ("Technique", object(
            required: [
                "id", "name", "abbreviation", "aliases", "kind", "electrolytes", "deposition_rates", "process_temperatures",
                "conformality", "advantages", "drawbacks", "parameters", "note", "record_filter", "record_count",
            ],
            [
                ("id", typed("string")), ("name", typed("string")), ("abbreviation", nullable("string")),
                ("aliases", array(typed("string"))), ("kind", typed("string")), ("electrolytes", array(typed("string"))),
                ("deposition_rates", array(ref("Statement"))), ("process_temperatures", array(ref("Statement"))),
                ("conformality", .object([("oneOf", .array([ref("Rating"), .object([("type", .string("null"))])]))])),
                ("advantages", array(ref("Statement"))), ("drawbacks", array(ref("Statement"))),
                ("parameters", array(ref("Statement"))), ("note", nullable("string")),
                ("record_filter", typed("string")), ("record_count", typed("integer")),
            ], closed: true)),
        ("Reference", object(
            required: [
                "number", "kind", "authors", "journal", "year", "volume", "issue", "pages", "title", "publisher",
                "patent_office", "patent_number", "printed", "short", "note", "bibtex", "records",
            ],
            [
                ("number", typed("integer")), ("kind", typed("string")), ("authors", array(typed("string"))),
                ("journal", nullable("string")), ("year", nullable("integer")), ("volume", nullable("string")),
                ("issue", nullable("string")), ("pages", nullable("string")), ("title", nullable("string")),
                ("publisher", nullable("string")), ("patent_office", nullable("string")), ("patent_number", nullable("string")),
                ("printed", typed("string")), ("short", typed("string")), ("note", nullable("string")),
                ("bibtex", typed("string")), ("records", array(typed("integer"))),
            ], closed: true)),
        ("DesignRequest", object(
            required: ["cathode", "electrolyte", "anode"],
            DesignForm.fields.map { f in
                (f.name, .object([
                    ("type", f.name == "allow_thin_electrolyte" ? .array([.string("boolean"), .string("string")]) : .array([.string("string"), .string("number")])),
                    ("description", .string(f.help)),
                ]))
            }, closed: true)),
        ("DesignResult", object(
            required: ["cathode", "electrolyte", "anode", "geometry", "per_footprint", "per_volume", "per_mass", "rate", "totals", "notes"],
            [
                ("cathode", typed("object")), ("electrolyte", typed("object")), ("anode", typed("object")),
                ("geometry", typed("object")), ("per_footprint", typed("object")), ("per_volume", typed("object")),
                ("per_mass", typed("object")), ("rate", typed("object")), ("totals", typed("object")),
                ("notes", array(typed("string"))),
            ], closed: true,
            description: "Keys carry their units (`areal_capacity_uAh_per_cm2`); see docs/PHYSICS.md")),
        ("InverseDesignResult", object(
            required: ["inverse_design", "design"],
            [
                ("inverse_design", object(required: ["footprint_mm2", "cell_volume_mm3", "footprint_set_by"], [
                    ("footprint_mm2", typed("number")), ("height_um", nullable("number")), ("cell_volume_mm3", typed("number")),
                    ("footprint_set_by", typed("string")), ("height_limited_by", nullable("string")),
                ])),
                ("design", ref("DesignResult")),
            ], closed: true)),
    ])

    static let recordProperties: [(String, JSONValue)] = [
        ("id", typed("integer")), ("electrolyte", typed("string")), ("composition", nullable("string")),
        ("family", typed("string")), ("class", typed("string")), ("method", nullable("string")),
        ("methods", array(typed("string"))), ("conditions", nullable("string")),
        ("conductivity_S_per_cm", nullable("number")), ("conductivity_raw", nullable("string")),
        ("thickness_um", nullable("number")), ("thickness_raw", nullable("string")), ("cell", nullable("string")),
        ("anode", nullable("string")), ("cathode", nullable("string")), ("structure", nullable("string")),
        ("structure_detail", nullable("string")),
        ("capacity", object(required: ["value", "unit", "raw"], [
            ("value", nullable("number")), ("unit", nullable("string")), ("raw", nullable("string")),
        ], closed: true)),
        ("voltage_min_V", nullable("number")), ("voltage_max_V", nullable("number")), ("voltage_raw", nullable("string")),
        ("current_raw", nullable("string")), ("cycles", nullable("integer")), ("retention_percent", nullable("number")),
        ("retention_raw", nullable("string")), ("ref", nullable("integer")), ("citation", nullable("string")),
        ("doi", nullable("string")),
    ]

    static let importReportProperties: [(String, JSONValue)] = [
        ("written", array(typed("integer"), description: "Ids of the records written (empty on a dry run or a rejection)")),
        ("accepted", typed("integer", "Rows that validated")),
        ("rejected", array(object(required: ["line", "column", "reason"], [
            ("line", typed("integer")), ("column", typed("integer")), ("reason", typed("string")),
        ], closed: true))),
        ("dry_run", typed("boolean")),
    ]

    // MARK: Builders

    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/components/schemas/\(name)"))]) }

    static func typed(_ type: String, _ description: String? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", .string(type))]
        if let description { pairs.append(("description", .string(description))) }
        return .object(pairs)
    }

    static func nullable(_ type: String) -> JSONValue { .object([("type", .array([.string(type), .string("null")]))]) }

    static func array(_ items: JSONValue, description: String? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", .string("array")), ("items", items)]
        if let description { pairs.append(("description", .string(description))) }
        return .object(pairs)
    }

    static func object(
        required: [String], _ properties: [(String, JSONValue)], closed: Bool = false, description: String? = nil
    ) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", .string("object"))]
        if let description { pairs.append(("description", .string(description))) }
        pairs.append(("required", .array(required.map(JSONValue.string))))
        pairs.append(("properties", .object(properties)))
        if closed { pairs.append(("additionalProperties", .bool(false))) }
        return .object(pairs)
    }

    static func json(_ description: String, _ schema: JSONValue) -> JSONValue {
        .object([
            ("description", .string(description)),
            ("content", .object([("application/json", .object([("schema", schema)]))])),
        ])
    }

    static func queryParameter(_ name: String, _ description: String, _ schema: JSONValue) -> JSONValue {
        .object([
            ("name", .string(name)), ("in", .string("query")), ("required", .bool(false)),
            ("description", .string(description)), ("schema", schema),
        ])
    }

    static func pathParameter(_ name: String, _ description: String) -> JSONValue {
        .object([
            ("name", .string(name)), ("in", .string("path")), ("required", .bool(true)),
            ("description", .string(description)), ("schema", .object([("type", .string("string"))])),
        ])
    }

    static func operation(
        _ id: String, _ summary: String, parameters: [JSONValue], requestBody: JSONValue? = nil,
        responses: [(String, JSONValue)], secured: Bool = false
    ) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("operationId", .string(id)), ("summary", .string(summary))]
        if !parameters.isEmpty { pairs.append(("parameters", .array(parameters))) }
        if let requestBody { pairs.append(("requestBody", requestBody)) }
        if secured { pairs.append(("security", .array([.object([("bearer", .array([]))])]))) }
        pairs.append(("responses", .object(responses)))
        return .object(pairs)
    }
}
