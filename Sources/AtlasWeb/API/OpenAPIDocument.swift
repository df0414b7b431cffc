import AtlasAnalysis
import AtlasFigures
import AtlasPhysics
import AtlasStore

/// The OpenAPI 3.1 description of the JSON API, kept in code as a ``JSONValue`` tree and served
/// as YAML at `/api/openapi.yaml` (and as JSON at `/api/openapi.json`). The router tests check
/// live responses against the schemas in it.
enum OpenAPIDocument {
    static var yaml: String { YAML.render(document) }

    static let document: JSONValue = .object([
        ("openapi", .string("3.1.0")),
        (
            "info",
            .object([
                ("title", .string("Microbattery Atlas API")),
                ("version", .string("1.0.0")),
                (
                    "description",
                    .string(
                        "Records of solid-electrolyte lithium microbatteries from Table 2 of Jetybayeva et al., J. Mater. Chem. A 2021, 9, 15140 "
                            + "(doi:10.1039/d1ta02652f), the review's electrolyte families, preparation techniques and references, "
                            + "the figures, screening and ranking, the design calculator, the discharge simulator, and "
                            + "conductivity measurements from the review, OBELiX and imported data sets. Every JSON answer that "
                            + "has a CLI counterpart is byte for byte what that `mbatlas` command prints. "
                            + "Record objects use the same schema as `mbatlas list --format json`; filters use the `--where` language (`mbatlas fields`)."
                    )
                ),
                (
                    "license",
                    .object([
                        ("name", .string("Review text and data: CC BY-NC 3.0")),
                        ("url", .string("https://creativecommons.org/licenses/by-nc/3.0/")),
                    ])
                ),
            ])
        ),
        ("servers", .array([.object([("url", .string("/"))])])),
        ("paths", paths),
        (
            "components",
            .object([
                ("schemas", schemas),
                (
                    "securitySchemes",
                    .object([
                        (
                            "bearer",
                            .object([
                                ("type", .string("http")), ("scheme", .string("bearer")),
                                (
                                    "description",
                                    .string(
                                        "The token set with `mbatlas serve --write-token-file` or MBATLAS_WRITE_TOKEN.")
                                ),
                            ])
                        )
                    ])
                ),
            ])
        ),
    ])

    // MARK: Paths

    static let paths: JSONValue = .object([
        (
            "/healthz",
            .object([
                (
                    "get",
                    operation(
                        "health", "Liveness and the number of records in the store", parameters: [],
                        responses: [("200", json("The server answers", ref("Health")))])
                )
            ])
        ),
        (
            "/api/v1/records",
            .object([
                (
                    "get",
                    operation(
                        "listRecords",
                        "Records matching a filter, sorted and paginated (the `mbatlas list --format json|csv` output)",
                        parameters: [
                            queryParameter(
                                "where",
                                "Filter in the `--where` language, e.g. `structure = 3D and conductivity >= 1 uS/cm`",
                                .object([("type", .string("string"))])),
                            queryParameter(
                                "sort", "FIELD or FIELD:desc; repeat or separate with commas",
                                .object([("type", .string("string"))])),
                            queryParameter(
                                "limit", "At most this many records",
                                .object([("type", .string("integer")), ("minimum", .integer(0))])),
                            queryParameter(
                                "offset", "Skip this many records",
                                .object([("type", .string("integer")), ("minimum", .integer(0))])),
                            queryParameter(
                                "format", "json (default) or csv",
                                .object([
                                    ("type", .string("string")), ("enum", .array([.string("json"), .string("csv")])),
                                ])),
                        ],
                        responses: [
                            (
                                "200",
                                .object([
                                    (
                                        "description",
                                        .string(
                                            "The records, in order; X-Total-Count is the number matching the filter without limit/offset"
                                        )
                                    ),
                                    (
                                        "headers",
                                        .object([
                                            (
                                                "X-Total-Count",
                                                .object([("schema", .object([("type", .string("integer"))]))])
                                            )
                                        ])
                                    ),
                                    (
                                        "content",
                                        .object([
                                            (
                                                "application/json",
                                                .object([
                                                    (
                                                        "schema",
                                                        .object([("type", .string("array")), ("items", ref("Record"))])
                                                    )
                                                ])
                                            ),
                                            ("text/csv", .object([("schema", .object([("type", .string("string"))]))])),
                                        ])
                                    ),
                                ])
                            ),
                            (
                                "400",
                                json(
                                    "Malformed filter (with the column in `position`), sort key, limit, offset or format",
                                    ref("Error"))
                            ),
                        ])
                ),
                (
                    "post",
                    operation(
                        "importRecords",
                        "Import records (CSV or JSON in the export format), validated like `mbatlas import`: all or nothing",
                        parameters: [
                            queryParameter(
                                "dry_run", "Validate and report without writing",
                                .object([("type", .string("boolean"))])),
                            queryParameter(
                                "allow_duplicates", "Import records even when one with the same cell and source exists",
                                .object([("type", .string("boolean"))])),
                            queryParameter(
                                "source", "Name recorded as the records' source (default `api`)",
                                .object([("type", .string("string"))])),
                        ],
                        requestBody: .object([
                            ("required", .bool(true)),
                            (
                                "content",
                                .object([
                                    ("text/csv", .object([("schema", .object([("type", .string("string"))]))])),
                                    (
                                        "application/json",
                                        .object([
                                            (
                                                "schema",
                                                .object([
                                                    ("type", .string("array")),
                                                    ("items", .object([("type", .string("object"))])),
                                                ])
                                            )
                                        ])
                                    ),
                                ])
                            ),
                        ]),
                        responses: [
                            ("200", json("Dry run: every row is valid; nothing written", ref("ImportReport"))),
                            ("201", json("Every row was valid and written", ref("ImportReport"))),
                            ("401", json("Missing or wrong bearer token", ref("Error"))),
                            ("403", json("The server is read-only (no write token configured)", ref("Error"))),
                            ("413", json("Body larger than 1 MiB", ref("Error"))),
                            ("415", json("Content-Type is neither text/csv nor application/json", ref("Error"))),
                            (
                                "422",
                                json("Rows were rejected (line:column: reason); nothing written", ref("ImportFailure"))
                            ),
                        ],
                        secured: true)
                ),
            ])
        ),
        (
            "/api/v1/records/{id}",
            .object([
                (
                    "get",
                    operation(
                        "getRecord",
                        "One record with every printed and parsed value, provenance, notes and the full citation (`mbatlas show --format json`)",
                        parameters: [pathParameter("id", "Record id (1–75: Table 2 entries)")] + assumptionParameters,
                        responses: [
                            ("200", json("The record", ref("RecordDetail"))),
                            (
                                "400",
                                json(
                                    "The id is not a positive whole number, an assumption cannot be read (`parameter`) or an "
                                        + "unknown parameter", ref("Error"))
                            ),
                            ("404", json("No record has this id", ref("Error"))),
                        ])
                )
            ])
        ),
        (
            "/api/v1/families",
            .object([
                (
                    "get",
                    operation(
                        "listFamilies",
                        "The review's electrolyte class and family profiles with the number of records of each",
                        parameters: [],
                        responses: [
                            (
                                "200",
                                json(
                                    "The profiles",
                                    .object([("type", .string("array")), ("items", ref("FamilyProfile"))]))
                            )
                        ])
                )
            ])
        ),
        (
            "/api/v1/families/statistics",
            .object([
                (
                    "get",
                    operation(
                        "familyStatistics",
                        "Statistics of the records per electrolyte family, with the review's profile "
                            + "(`mbatlas families --format json`)",
                        parameters: [whereParameter],
                        responses: [
                            ("200", json("One entry per family with records", array(ref("FamilyStatistics")))),
                            ("400", json("Malformed filter (with `position`) or an unknown parameter", ref("Error"))),
                        ])
                )
            ])
        ),
        (
            "/api/v1/methods",
            .object([
                (
                    "get",
                    operation(
                        "listMethods",
                        "The review's preparation and deposition techniques with the number of records made by each",
                        parameters: [],
                        responses: [
                            (
                                "200",
                                json(
                                    "The techniques",
                                    .object([("type", .string("array")), ("items", ref("Technique"))]))
                            )
                        ])
                )
            ])
        ),
        (
            "/api/v1/methods/statistics",
            .object([
                (
                    "get",
                    operation(
                        "methodStatistics",
                        "Statistics of the records per preparation method, with the review's technique "
                            + "(`mbatlas methods --format json`)",
                        parameters: [whereParameter],
                        responses: [
                            (
                                "200",
                                json(
                                    "One entry per method with records; a record made by two methods counts for both",
                                    array(ref("MethodStatistics")))
                            ),
                            ("400", json("Malformed filter (with `position`) or an unknown parameter", ref("Error"))),
                        ])
                )
            ])
        ),
        (
            "/api/v1/figures/{name}.svg",
            .object([
                (
                    "get",
                    operation(
                        "figure",
                        "A figure drawn from the records the filter selects, as SVG (`mbatlas plot NAME`); every "
                            + "record's mark links to /records/{id}",
                        parameters: [
                            .object([
                                ("name", .string("name")), ("in", .string("path")), ("required", .bool(true)),
                                (
                                    "description",
                                    .string(
                                        "The figure: "
                                            + FigureName.allCases.map { "`\($0.rawValue)` (\($0.summary))" }
                                            .joined(separator: "; "))
                                ),
                                ("schema", enumeration(FigureName.allCases.map(\.rawValue))),
                            ]),
                            whereParameter,
                            queryParameter(
                                "basis", "Ragone plots: per footprint area (default) or per cathode volume",
                                enumeration(FigureContext.RagoneBasis.allCases.map(\.rawValue))),
                            queryParameter(
                                "by", "Conductivity figure: group by family (default) or preparation method",
                                enumeration(FigureContext.GroupBy.allCases.map(\.rawValue))),
                            queryParameter(
                                "families", "Spider chart: comma-separated family or class ids", typed("string")),
                            queryParameter(
                                "composition",
                                "Arrhenius plot (required there): the composition, matched per atom as "
                                    + "/api/v1/conductivity matches it", typed("string")),
                            queryParameter(
                                "measurements-where",
                                "Conductivity and Arrhenius plots: only the measurements matching this "
                                    + "filter (the measurement fields of /api/v1/conductivity); conductivity default: "
                                    + FigureContext.defaultMeasurementFilter, typed("string")),
                            queryParameter(
                                "sources",
                                "Conductivity and Arrhenius plots: comma-separated source ids (/api/v1/sources); "
                                    + "`review` is the review's records", typed("string")),
                            queryParameter(
                                "width", "Width in px, 400–4000 (default 800)",
                                .object([
                                    ("type", .string("number")), ("minimum", .integer(400)),
                                    ("maximum", .integer(4000)),
                                ])),
                            queryParameter(
                                "rates",
                                "C-rates of a simulated design, comma separated: overlaid on `ragone`, "
                                    + "drawn by `discharge` (default 0.1,0.5,1,2,5,10,20,50). Any design parameter of "
                                    + "/api/v1/simulate (e.g. `cathode-thickness=2um`) simulates that design instead of the "
                                    + "default cell", typed("string")),
                        ],
                        responses: [
                            (
                                "200",
                                .object([
                                    ("description", .string("The figure")),
                                    ("content", .object([("image/svg+xml", .object([("schema", typed("string"))]))])),
                                ])
                            ),
                            (
                                "400",
                                json(
                                    "Malformed filter (with `position`), an option that cannot be read (named in "
                                        + "`parameter`) or an unknown parameter", ref("Error"))
                            ),
                            ("404", json("No figure has this name", ref("Error"))),
                            (
                                "422",
                                json(
                                    "Nothing in the selection can be drawn (no record has the values this figure "
                                        + "plots), or the design cannot be simulated", ref("Error"))
                            ),
                        ])
                )
            ])
        ),
        (
            "/api/v1/screen",
            .object([
                (
                    "get",
                    operation(
                        "screen",
                        "The families and the records' electrolytes against the review's specifications, ranked "
                            + "(`mbatlas screen --format json`)",
                        parameters: ScreeningOptions.Option.allCases.map { o in
                            queryParameter(
                                o.rawValue, o.help,
                                typed("string"))
                        } + [
                            queryParameter(
                                "conformal-3d", "Require conformal coating of 3D structures", typed("boolean")),
                            whereParameter,
                            queryParameter("families-only", "Only families, not individual records", typed("boolean")),
                        ],
                        responses: [
                            (
                                "200",
                                json(
                                    "The criteria and every candidate with its verdict on each", ref("ScreeningResult"))
                            ),
                            (
                                "400",
                                json(
                                    "Malformed filter (with `position`), a criterion that cannot be read (named in "
                                        + "`parameter`) or an unknown parameter", ref("Error"))
                            ),
                        ])
                )
            ])
        ),
        (
            "/api/v1/rank",
            .object([
                (
                    "get",
                    operation(
                        "rank",
                        "The Pareto front of the cells per architecture and capacity form (`mbatlas rank --format "
                            + "json`)",
                        parameters: [
                            whereParameter,
                            queryParameter(
                                "by",
                                "Objectives, comma separated: "
                                    + RankingObjective.allCases.map(\.rawValue).joined(separator: ", ")
                                    + " (default capacity,cycle-life)", typed("string")),
                        ] + assumptionParameters,
                        responses: [
                            ("200", json("One group per architecture (and capacity form)", array(ref("RankingGroup")))),
                            (
                                "400",
                                json(
                                    "Malformed filter (with `position`), unknown objectives (`parameter`: by) or an "
                                        + "unknown parameter", ref("Error"))
                            ),
                        ])
                )
            ])
        ),
        (
            "/api/v1/simulate",
            .object([
                (
                    "get",
                    operation(
                        "simulate",
                        "Constant-current discharge of a thin-film or 3D cell (`mbatlas simulate --format "
                            + "json`): one summary, or one per rate with `rates`",
                        parameters: simulationParameters, responses: simulationResponses)
                ),
                (
                    "post",
                    operation(
                        "simulatePost",
                        "The simulator with a design file as the body (`mbatlas simulate --design FILE "
                            + "--format json`); query parameters override the file",
                        parameters: simulationParameters,
                        requestBody: .object([
                            ("required", .bool(true)),
                            ("content", .object([("application/json", .object([("schema", ref("DesignFile"))]))])),
                        ]),
                        responses: simulationResponses + [
                            (
                                "415",
                                json(
                                    "Content-Type is not application/json",
                                    ref("Error"))
                            )
                        ])
                ),
            ])
        ),
        (
            "/api/v1/conductivity",
            .object([
                (
                    "get",
                    operation(
                        "conductivity",
                        "Conductivity measurements of a composition or a filter, with Arrhenius fits "
                            + "(`mbatlas conductivity --format json|csv`)",
                        parameters: [
                            queryParameter(
                                "composition",
                                "A formula (matched per atom), abbreviation or name (matched by "
                                    + "text)", typed("string")),
                            queryParameter(
                                "at", "Temperature with a unit (25C, 298.15 K): each fit's value there",
                                typed("string")),
                            queryParameter(
                                "where", "Filter over the measurement fields (`mbatlas fields --measurements`)",
                                typed("string")),
                            queryParameter(
                                "sort", "FIELD or FIELD:desc; repeat or separate with commas", typed("string")),
                            queryParameter(
                                "limit", "At most this many measurements",
                                .object([
                                    ("type", .string("integer")),
                                    ("minimum", .integer(0)),
                                ])),
                            queryParameter("format", "json (default) or csv", enumeration(["json", "csv"])),
                        ],
                        responses: [
                            (
                                "200",
                                .object([
                                    ("description", .string("The measurements and fits")),
                                    (
                                        "content",
                                        .object([
                                            ("application/json", .object([("schema", ref("ConductivityResult"))])),
                                            ("text/csv", .object([("schema", typed("string"))])),
                                        ])
                                    ),
                                ])
                            ),
                            (
                                "400",
                                json(
                                    "Neither composition nor where; a malformed filter (with `position`), sort key, "
                                        + "temperature, limit or format; an unknown parameter", ref("Error"))
                            ),
                        ])
                )
            ])
        ),
        (
            "/api/v1/sources",
            .object([
                (
                    "get",
                    operation(
                        "sources",
                        "The sources of conductivity measurements with counts, temperature range, licence and "
                            + "attribution (`mbatlas sources --format json|csv`)",
                        parameters: [queryParameter("format", "json (default) or csv", enumeration(["json", "csv"]))],
                        responses: [
                            (
                                "200",
                                .object([
                                    ("description", .string("The sources: bundled first, then imported")),
                                    (
                                        "content",
                                        .object([
                                            ("application/json", .object([("schema", array(ref("Source")))])),
                                            ("text/csv", .object([("schema", typed("string"))])),
                                        ])
                                    ),
                                ])
                            ),
                            ("400", json("A format other than json or csv, or an unknown parameter", ref("Error"))),
                        ])
                )
            ])
        ),
        (
            "/api/v1/references",
            .object([
                (
                    "get",
                    operation(
                        "listReferences",
                        "The review's reference list as printed, with BibTeX and the records citing each",
                        parameters: [],
                        responses: [
                            (
                                "200",
                                json(
                                    "The references",
                                    .object([("type", .string("array")), ("items", ref("Reference"))]))
                            )
                        ])
                )
            ])
        ),
        (
            "/api/v1/references/{number}",
            .object([
                (
                    "get",
                    operation(
                        "getReference", "One reference; `/api/v1/references/{number}.bib` gives its BibTeX entry",
                        parameters: [pathParameter("number", "Reference number in the review (1–310)")],
                        responses: [
                            ("200", json("The reference", ref("Reference"))),
                            ("400", json("The number is not a positive whole number", ref("Error"))),
                            ("404", json("No such reference", ref("Error"))),
                        ])
                )
            ])
        ),
        (
            "/api/v1/design",
            .object([
                (
                    "get",
                    operation(
                        "design",
                        "The design calculator (`mbatlas design --format json`); with target_energy, the inverse design",
                        parameters: DesignForm.fields.map { f in
                            queryParameter(
                                f.name, f.label + ": " + f.help,
                                .object([("type", .string(f.name == "allow_thin_electrolyte" ? "boolean" : "string"))]))
                        },
                        responses: designResponses)
                ),
                (
                    "post",
                    operation(
                        "designPost",
                        "The design calculator with the fields as a JSON object (strings, numbers or booleans)",
                        parameters: [],
                        requestBody: .object([
                            ("required", .bool(true)),
                            ("content", .object([("application/json", .object([("schema", ref("DesignRequest"))]))])),
                        ]),
                        responses: designResponses + [
                            ("415", json("Content-Type is not application/json", ref("Error")))
                        ])
                ),
            ])
        ),
    ])

    static let whereParameter = queryParameter(
        "where", "Filter in the `--where` language (`mbatlas fields`), e.g. `structure = 3D`",
        .object([
            (
                "type",
                .string("string")
            )
        ]))

    static let simulationParameters: [JSONValue] =
        DesignParameter.allCases.map { p in queryParameter(p.key, p.help, typed("string")) } + [
            queryParameter(
                "rates", "Comma-separated C-rates: one summary per rate (the data of a Ragone curve)",
                typed("string")),
            queryParameter("points", "Samples of the discharge curve (2–10000)", typed("integer")),
            queryParameter(
                "mesh", "Use the finite-volume reference solver with this many cells (2–2000)",
                typed("integer")),
            queryParameter("tolerance", "Tolerance of the reference solver, in (0, 1)", typed("number")),
        ]

    static let simulationResponses: [(String, JSONValue)] = [
        (
            "200",
            json(
                "The summary, or an array of summaries with `rates`",
                .object([
                    ("oneOf", .array([ref("DischargeSummary"), array(ref("DischargeSummary"))]))
                ]))
        ),
        (
            "400",
            json(
                "A parameter that cannot be read (named in `parameter`), an unknown parameter, or a malformed "
                    + "design file", ref("Error"))
        ),
        (
            "422",
            json(
                "A design that was read but cannot be simulated: a value out of range, a value the model needs "
                    + "is missing, the cut-off is above the open-circuit voltage (named in `parameter`)", ref("Error"))
        ),
    ]

    static let designResponses: [(String, JSONValue)] = [
        (
            "200",
            json(
                "The design's figures of merit, or the inverse design and the design it found",
                .object([
                    ("oneOf", .array([ref("DesignResult"), ref("InverseDesignResult")]))
                ]))
        ),
        ("400", json("A field cannot be read (unknown material, unit, malformed geometry…)", ref("Error"))),
        (
            "422",
            json(
                "The design is well formed but cannot be built or computed (does not fit, too thin, target unreachable)",
                ref("Error"))
        ),
    ]

    // MARK: Schemas

    static let schemas: JSONValue = .object([
        (
            "Error",
            object(
                required: ["error"],
                [
                    ("error", typed("string", "What went wrong, in words a user can act on")),
                    (
                        "position",
                        typed("integer", "1-based column of the `where` text the error points at (filter errors only)")
                    ),
                    (
                        "parameter",
                        typed(
                            "string",
                            "The query parameter (or design-file key) at fault, when the error is "
                                + "about one")
                    ),
                ], closed: true)
        ),
        (
            "Health",
            object(
                required: ["status", "records"], [("status", typed("string")), ("records", typed("integer"))],
                closed: true)
        ),
        (
            "Record",
            object(
                required: recordProperties.map(\.0), recordProperties, closed: true,
                description:
                    "A record in the exchange format of `mbatlas list/export --format json` and `mbatlas import`")
        ),
        ("ImportReport", object(required: importReportProperties.map(\.0), importReportProperties, closed: true)),
        (
            "ImportFailure",
            object(
                required: ["error"] + importReportProperties.map(\.0),
                [("error", typed("string"))] + importReportProperties, closed: true)
        ),
        (
            "RecordDetail",
            object(
                required: [
                    "id", "origin", "electrolyte", "composition", "family", "class", "variants", "method", "conditions",
                    "electrolyte_thickness", "cathode_thickness", "conductivity", "cells", "structure", "capacity",
                    "voltage",
                    "current", "cycles", "retention", "ref", "derived", "citation", "doi", "notes",
                ],
                [
                    ("id", typed("integer")),
                    (
                        "origin",
                        .object([
                            ("type", .string("string")), ("enum", .array([.string("review"), .string("import")])),
                        ])
                    ),
                    ("import_file", typed("string")),
                    ("imported_at", typed("number", "Seconds since 1970-01-01 UTC")),
                    ("electrolyte", typed("string")),
                    ("composition", nullable("string")),
                    ("family", typed("string")),
                    ("class", typed("string")),
                    ("variants", array(typed("string"))),
                    (
                        "method",
                        object(
                            required: ["printed", "ids", "names", "source"],
                            [
                                ("printed", typed("string")), ("ids", array(typed("string"))),
                                ("names", array(typed("string"))),
                                ("source", typed("string")),
                            ])
                    ),
                    ("conditions", nullable("string")),
                    ("electrolyte_thickness", array(ref("ReportedCell"))),
                    ("cathode_thickness", array(ref("ReportedCell"))),
                    ("conductivity", array(ref("ReportedCell"))),
                    (
                        "cells",
                        array(
                            object(
                                required: ["printed", "anode", "electrolyte", "cathode", "layers", "source"],
                                [
                                    ("printed", typed("string")), ("anode", nullable("string")),
                                    ("electrolyte", nullable("string")),
                                    ("cathode", nullable("string")), ("layers", array(typed("string"))),
                                    ("source", typed("string")),
                                ]))
                    ),
                    (
                        "structure",
                        object(
                            required: ["printed", "architecture", "detail", "source"],
                            [
                                ("printed", typed("string")), ("architecture", nullable("string")),
                                ("detail", nullable("string")),
                                ("source", typed("string")),
                            ])
                    ),
                    ("capacity", array(ref("ReportedCell"))),
                    ("voltage", array(ref("ReportedCell"))),
                    ("current", array(ref("ReportedCell"))),
                    ("cycles", array(ref("ReportedCell"))),
                    ("retention", array(ref("ReportedCell"))),
                    ("ref", nullable("integer")),
                    (
                        "derived",
                        .object([
                            ("type", .string("object")),
                            (
                                "description",
                                .string(
                                    "Values the atlas derives from the record (docs/ANALYSIS.md), by name; "
                                        + "a value whose input is missing is absent")
                            ),
                            ("additionalProperties", ref("DerivedValue")),
                        ])
                    ),
                    ("citation", .object([("type", .array([.string("object"), .string("null")]))])),
                    ("doi", nullable("string")),
                    (
                        "notes",
                        array(
                            object(
                                required: ["field", "extracted", "text", "prose"],
                                [
                                    ("field", typed("string")), ("extracted", nullable("string")),
                                    ("text", typed("string")),
                                    ("prose", nullable("string")),
                                ]))
                    ),
                ])
        ),
        (
            "ReportedCell",
            object(
                required: ["printed", "value", "condition", "source", "prose"],
                [
                    ("printed", typed("string", "The value as the review prints it")),
                    (
                        "value",
                        .object([
                            ("type", .array([.string("object"), .string("null")])),
                            (
                                "description",
                                .string(
                                    "The parsed value in the printed unit (null for NA), with `canonical` in the atlas's unit when it differs"
                                )
                            ),
                            ("required", .array([.string("kind"), .string("form"), .string("unit")])),
                            (
                                "properties",
                                .object([
                                    ("kind", nullable("string")), ("form", typed("string")), ("value", typed("number")),
                                    ("lower", typed("number")), ("upper", typed("number")),
                                    ("representative", typed("number")),
                                    ("uncertainty", typed("number")), ("unit", nullable("string")),
                                    ("canonical", typed("object")),
                                ])
                            ),
                        ])
                    ),
                    ("condition", nullable("string")),
                    ("variant", typed("integer")),
                    ("variant_label", nullable("string")),
                    (
                        "source",
                        .object([
                            ("type", .string("string")),
                            ("enum", .array([.string("table"), .string("prose"), .string("imported")])),
                        ])
                    ),
                    ("prose", nullable("string")),
                ])
        ),
        (
            "Statement",
            object(
                required: ["printed", "value", "text", "condition", "material", "aspect", "refs", "quote", "note"],
                [
                    ("printed", nullable("string")),
                    ("value", .object([("type", .array([.string("object"), .string("null")]))])),
                    ("text", nullable("string")), ("condition", nullable("string")), ("material", nullable("string")),
                    ("aspect", nullable("string")), ("refs", array(typed("integer"))), ("quote", nullable("string")),
                    ("note", nullable("string")),
                ], closed: true)
        ),
        (
            "Rating",
            object(
                required: ["criterion", "label", "level", "score", "statement"],
                [
                    ("criterion", typed("string")), ("label", typed("string")),
                    (
                        "level",
                        .object([
                            ("type", .string("string")),
                            ("enum", .array([.string("poor"), .string("moderate"), .string("good")])),
                        ])
                    ),
                    ("score", typed("number")), ("statement", ref("Statement")),
                ], closed: true)
        ),
        (
            "FamilyProfile",
            object(
                required: [
                    "id", "name", "family", "class", "is_class", "parent", "section", "examples", "properties",
                    "ratings",
                    "advantages", "issues", "note", "record_filter", "record_count", "statistics",
                ],
                [
                    ("id", typed("string")), ("name", typed("string")), ("family", nullable("string")),
                    ("class", typed("string")),
                    ("is_class", typed("boolean")), ("parent", nullable("string")), ("section", nullable("string")),
                    ("examples", array(typed("string"))),
                    (
                        "properties",
                        array(
                            object(
                                required: ["property", "method", "statement"],
                                [
                                    ("property", typed("string")), ("method", nullable("string")),
                                    ("statement", ref("Statement")),
                                ]))
                    ),
                    ("ratings", array(ref("Rating"))), ("advantages", array(ref("Statement"))),
                    ("issues", array(ref("Statement"))),
                    ("note", nullable("string")),
                    ("record_filter", typed("string", "The `where` filter selecting this family's records")),
                    ("record_count", typed("integer")),
                    (
                        "statistics",
                        .object([
                            (
                                "description",
                                .string(
                                    "Statistics of the records of exactly this family (its variants are "
                                        + "families of their own); null for a class or a family without records")
                            ),
                            ("oneOf", .array([ref("GroupStatistics"), .object([("type", .string("null"))])])),
                        ])
                    ),
                ], closed: true)
        ),
        (
            "Technique",
            object(
                required: [
                    "id", "name", "abbreviation", "aliases", "kind", "electrolytes", "deposition_rates",
                    "process_temperatures",
                    "conformality", "advantages", "drawbacks", "parameters", "note", "record_filter", "record_count",
                    "statistics",
                ],
                [
                    ("id", typed("string")), ("name", typed("string")), ("abbreviation", nullable("string")),
                    ("aliases", array(typed("string"))), ("kind", typed("string")),
                    ("electrolytes", array(typed("string"))),
                    ("deposition_rates", array(ref("Statement"))), ("process_temperatures", array(ref("Statement"))),
                    (
                        "conformality",
                        .object([("oneOf", .array([ref("Rating"), .object([("type", .string("null"))])]))])
                    ),
                    ("advantages", array(ref("Statement"))), ("drawbacks", array(ref("Statement"))),
                    ("parameters", array(ref("Statement"))), ("note", nullable("string")),
                    ("record_filter", typed("string")), ("record_count", typed("integer")),
                    (
                        "statistics",
                        .object([
                            (
                                "description",
                                .string("Statistics of the records made by this method; null without records")
                            ),
                            ("oneOf", .array([ref("GroupStatistics"), .object([("type", .string("null"))])])),
                        ])
                    ),
                ], closed: true)
        ),
        (
            "Reference",
            object(
                required: [
                    "number", "kind", "authors", "journal", "year", "volume", "issue", "pages", "title", "publisher",
                    "patent_office", "patent_number", "printed", "short", "note", "bibtex", "records",
                ],
                [
                    ("number", typed("integer")), ("kind", typed("string")), ("authors", array(typed("string"))),
                    ("journal", nullable("string")), ("year", nullable("integer")), ("volume", nullable("string")),
                    ("issue", nullable("string")), ("pages", nullable("string")), ("title", nullable("string")),
                    ("publisher", nullable("string")), ("patent_office", nullable("string")),
                    ("patent_number", nullable("string")),
                    ("printed", typed("string")), ("short", typed("string")), ("note", nullable("string")),
                    ("bibtex", typed("string")), ("records", array(typed("integer"))),
                ], closed: true)
        ),
        (
            "DerivedValue",
            object(
                required: ["value", "unit", "kind", "provenance", "inputs", "flags"],
                [
                    ("value", typed("number", "In `unit`")), ("unit", nullable("string")), ("kind", typed("string")),
                    ("provenance", typed("string", "The formula or rule used")),
                    ("inputs", array(typed("string"), description: "Each input with where it came from")),
                    ("flags", array(typed("string"), description: "Caveats a reader must see")),
                ], closed: true)
        ),
        (
            "Statistics",
            object(
                required: ["count", "min", "median", "max", "values"],
                [
                    ("count", typed("integer")), ("min", typed("number")), ("median", typed("number")),
                    ("max", typed("number")),
                    (
                        "values",
                        array(
                            object(
                                required: ["record_id", "value"],
                                [("record_id", typed("integer")), ("value", typed("number"))],
                                closed: true),
                            description: "The values the statistic is taken over: each record's first printed value of "
                                + "the quantity's form, in record order")
                    ),
                ],
                closed: true)
        ),
        (
            "GroupStatistics",
            object(
                required: groupStatisticsProperties.map(\.0), groupStatisticsProperties, closed: true,
                description: "Median (min–max) of each quantity over the group's records that report it; conductivity "
                    + "medians of an even count are geometric means")
        ),
        (
            "FamilyStatistics",
            object(
                required: groupStatisticsProperties.map(\.0),
                groupStatisticsProperties + [
                    ("class", typed("string")),
                    (
                        "profile",
                        typed(
                            "object",
                            "The review's "
                                + "profile of the family")
                    ),
                ],
                closed: true)
        ),
        (
            "MethodStatistics",
            object(
                required: groupStatisticsProperties.map(\.0),
                groupStatisticsProperties + [("technique", typed("object", "The review's notes on the technique"))],
                closed: true)
        ),
        (
            "ScreeningResult",
            object(
                required: ["criteria", "ranking", "candidates"],
                [
                    (
                        "criteria",
                        object(
                            required: [
                                "min_conductivity_S_per_cm", "target_conductivity_S_per_cm", "max_electronic_S_per_cm",
                                "window_V",
                                "stable_with", "conformal_3d", "max_process_temperature_C", "class",
                            ],
                            [
                                ("min_conductivity_S_per_cm", typed("number")),
                                (
                                    "target_conductivity_S_per_cm",
                                    nullable("number")
                                ),
                                ("max_electronic_S_per_cm", nullable("number")),
                                (
                                    "window_V",
                                    .object([
                                        ("type", .array([.string("array"), .string("null")])),
                                        (
                                            "items",
                                            typed("number")
                                        ),
                                    ])
                                ),
                                ("stable_with", nullable("string")), ("conformal_3d", typed("boolean")),
                                ("max_process_temperature_C", nullable("number")), ("class", nullable("string")),
                            ], closed: true)
                    ),
                    ("ranking", typed("string", "How candidates are ranked")),
                    (
                        "candidates",
                        array(
                            object(
                                required: [
                                    "rank", "name", "kind", "family", "class", "score", "passes", "unknowns",
                                    "conductivity_S_per_cm", "results",
                                ],
                                [
                                    ("rank", typed("integer")), ("name", typed("string")),
                                    (
                                        "kind",
                                        enumeration([
                                            "family",
                                            "record",
                                        ])
                                    ),
                                    ("family", nullable("string")), ("record_id", typed("integer")),
                                    ("class", typed("string")),
                                    ("score", typed("number", "Criteria passed ÷ criteria applied")),
                                    ("passes", typed("integer")),
                                    ("unknowns", typed("integer")), ("conductivity_S_per_cm", nullable("number")),
                                    (
                                        "results",
                                        array(
                                            object(
                                                required: ["criterion", "outcome", "value", "source", "note"],
                                                [
                                                    ("criterion", typed("string")),
                                                    ("outcome", enumeration(["pass", "fail", "unknown"])),
                                                    ("value", nullable("string")), ("source", nullable("string")),
                                                    (
                                                        "note",
                                                        nullable("string")
                                                    ),
                                                ], closed: true))
                                    ),
                                ], closed: true))
                    ),
                ], closed: true)
        ),
        (
            "RankedRecord",
            object(
                required: ["record_id", "electrolyte", "cell", "ref", "values", "dominated_by", "flags"],
                [
                    ("record_id", typed("integer")), ("electrolyte", typed("string")), ("cell", nullable("string")),
                    ("ref", nullable("integer")),
                    (
                        "values",
                        array(
                            typed("number"),
                            description: "One per objective, in "
                                + "`units`")
                    ),
                    ("dominated_by", array(typed("integer"))), ("flags", array(typed("string"))),
                ], closed: true)
        ),
        (
            "RankingGroup",
            object(
                required: ["architecture", "capacity_kind", "objectives", "units", "front", "dominated"],
                [
                    ("architecture", nullable("string")), ("capacity_kind", nullable("string")),
                    ("objectives", array(typed("string"))), ("units", array(typed("string"))),
                    ("front", array(ref("RankedRecord"))), ("dominated", array(ref("RankedRecord"))),
                ], closed: true)
        ),
        (
            "DischargeSummary",
            object(
                required: [
                    "c_rate", "current_density_A_per_m2", "delivered_capacity_uAh_per_cm2",
                    "theoretical_capacity_uAh_per_cm2",
                    "utilization", "mean_voltage_V", "energy_uWh_per_cm2", "power_uW_per_cm2", "duration_s",
                    "termination",
                ],
                [
                    ("design", typed("string", "The design file's name, when it has one")),
                    ("c_rate", typed("number")), ("current_density_A_per_m2", typed("number")),
                    ("delivered_capacity_uAh_per_cm2", typed("number")),
                    (
                        "theoretical_capacity_uAh_per_cm2",
                        typed("number")
                    ),
                    ("utilization", typed("number")), ("mean_voltage_V", typed("number")),
                    (
                        "energy_uWh_per_cm2",
                        typed("number")
                    ),
                    ("power_uW_per_cm2", typed("number")), ("duration_s", typed("number")),
                    (
                        "termination",
                        typed("string")
                    ),
                ], closed: true,
                description: "Per cm² of footprint; numbers to six significant digits")
        ),
        (
            "DesignFile",
            object(
                required: [],
                [("name", typed("string")), ("description", typed("string"))]
                    + DesignParameter.allCases.map { p in
                        (
                            p.key,
                            .object([
                                ("type", .array([.string("string"), .string("number")])),
                                (
                                    "description",
                                    .string(p.help)
                                ),
                            ])
                        )
                    }, closed: true,
                description: "A design file (docs/SIMULATOR.md): design parameter keys to text with units or plain "
                    + "numbers")
        ),
        (
            "Measurement",
            object(
                required: [
                    "source", "location", "composition", "normalized_formula", "family", "family_label",
                    "temperature_K",
                    "temperature", "conductivity_S_per_cm", "qualifier", "kind", "space_group", "doi", "ref",
                    "citation",
                    "note",
                ],
                [
                    ("source", typed("string")), ("location", typed("string")), ("composition", typed("string")),
                    ("normalized_formula", nullable("string")), ("family", typed("string")),
                    (
                        "family_label",
                        nullable("string")
                    ),
                    ("temperature_K", typed("number")), ("temperature", nullable("string")),
                    ("conductivity_S_per_cm", typed("number")), ("qualifier", typed("string")),
                    ("kind", typed("string")),
                    ("space_group", nullable("string")), ("doi", nullable("string")), ("ref", nullable("integer")),
                    ("citation", nullable("string")), ("note", nullable("string")),
                ], closed: true)
        ),
        (
            "ArrheniusForm",
            object(
                required: [
                    "form", "activation_energy_eV", "activation_energy_standard_error_eV", "ln_prefactor",
                    "r_squared",
                ],
                [
                    ("form", typed("string")), ("activation_energy_eV", typed("number")),
                    ("activation_energy_standard_error_eV", typed("number")), ("ln_prefactor", typed("number")),
                    ("r_squared", typed("number")),
                ], closed: true)
        ),
        (
            "ConductivityResult",
            object(
                required: ["measurements", "fits"],
                [
                    ("composition", typed("string", "The composition asked for")),
                    ("matched", enumeration(["per atom", "text only"])),
                    (
                        "also_by_name",
                        array(
                            typed(
                                "string",
                                "For a formula: names under which the review quotes values of the same families, which a "
                                    + "formula does not match (LLZO); look them up by name"))
                    ),
                    ("measurements", array(ref("Measurement"))),
                    (
                        "fits",
                        array(
                            object(
                                required: [
                                    "source", "paper", "composition", "kind", "points", "temperature_min_K",
                                    "temperature_max_K", "sigma_T", "sigma",
                                ],
                                [
                                    ("source", typed("string")), ("paper", typed("string")),
                                    ("composition", typed("string")),
                                    ("kind", typed("string")), ("points", typed("integer")),
                                    ("temperature_min_K", typed("number")),
                                    ("temperature_max_K", typed("number")), ("sigma_T", ref("ArrheniusForm")),
                                    (
                                        "sigma",
                                        ref("ArrheniusForm")
                                    ),
                                    (
                                        "at",
                                        object(
                                            required: ["temperature_K", "conductivity_S_per_cm", "extrapolated"],
                                            [
                                                ("temperature_K", typed("number")),
                                                ("conductivity_S_per_cm", typed("number")),
                                                ("extrapolated", typed("boolean")),
                                            ], closed: true)
                                    ),
                                ], closed: true))
                    ),
                ], closed: true)
        ),
        (
            "Source",
            object(
                required: [
                    "id", "kind", "name", "measurements", "compositions", "temperature_min_K", "temperature_max_K",
                    "licence",
                    "attribution", "reference", "origin", "import_file",
                ],
                [
                    ("id", typed("string")), ("kind", enumeration(["bundled", "imported"])), ("name", typed("string")),
                    ("measurements", typed("integer")), ("compositions", typed("integer")),
                    ("temperature_min_K", nullable("number")), ("temperature_max_K", nullable("number")),
                    ("licence", nullable("string")), ("attribution", typed("string")),
                    ("reference", nullable("string")),
                    ("origin", nullable("string")), ("import_file", nullable("string")),
                ], closed: true)
        ),
        (
            "DesignRequest",
            object(
                required: ["cathode", "electrolyte", "anode"],
                DesignForm.fields.map { f in
                    (
                        f.name,
                        .object([
                            (
                                "type",
                                f.name == "allow_thin_electrolyte"
                                    ? .array([.string("boolean"), .string("string")])
                                    : .array([.string("string"), .string("number")])
                            ),
                            ("description", .string(f.help)),
                        ])
                    )
                }, closed: true)
        ),
        (
            "DesignResult",
            object(
                required: [
                    "cathode", "electrolyte", "anode", "geometry", "per_footprint", "per_volume", "per_mass", "rate",
                    "totals", "notes",
                ],
                [
                    ("cathode", typed("object")), ("electrolyte", typed("object")), ("anode", typed("object")),
                    ("geometry", typed("object")), ("per_footprint", typed("object")), ("per_volume", typed("object")),
                    ("per_mass", typed("object")), ("rate", typed("object")), ("totals", typed("object")),
                    ("notes", array(typed("string"))),
                ], closed: true,
                description: "Keys carry their units (`areal_capacity_uAh_per_cm2`); see docs/PHYSICS.md")
        ),
        (
            "InverseDesignResult",
            object(
                required: ["inverse_design", "design"],
                [
                    (
                        "inverse_design",
                        object(
                            required: ["footprint_mm2", "cell_volume_mm3", "footprint_set_by"],
                            [
                                ("footprint_mm2", typed("number")), ("height_um", nullable("number")),
                                ("cell_volume_mm3", typed("number")),
                                ("footprint_set_by", typed("string")), ("height_limited_by", nullable("string")),
                            ])
                    ),
                    ("design", ref("DesignResult")),
                ], closed: true)
        ),
    ])

    static let recordProperties: [(String, JSONValue)] = [
        ("id", typed("integer")), ("electrolyte", typed("string")), ("composition", nullable("string")),
        ("family", typed("string")), ("class", typed("string")), ("method", nullable("string")),
        ("methods", array(typed("string"))), ("conditions", nullable("string")),
        ("conductivity_S_per_cm", nullable("number")), ("conductivity_raw", nullable("string")),
        ("thickness_um", nullable("number")), ("thickness_raw", nullable("string")), ("cell", nullable("string")),
        ("anode", nullable("string")), ("cathode", nullable("string")), ("structure", nullable("string")),
        ("structure_detail", nullable("string")),
        (
            "capacity",
            object(
                required: ["value", "unit", "raw"],
                [
                    ("value", nullable("number")), ("unit", nullable("string")), ("raw", nullable("string")),
                ], closed: true)
        ),
        ("voltage_min_V", nullable("number")), ("voltage_max_V", nullable("number")),
        ("voltage_raw", nullable("string")),
        ("current_raw", nullable("string")), ("cycles", nullable("integer")), ("retention_percent", nullable("number")),
        ("retention_raw", nullable("string")), ("ref", nullable("integer")), ("citation", nullable("string")),
        ("doi", nullable("string")),
    ]

    static let groupStatisticsProperties: [(String, JSONValue)] =
        [
            ("key", typed("string")), ("name", typed("string")), ("count", typed("integer")),
            ("record_ids", array(typed("integer"))),
        ]
        + [
            "conductivity_S_per_cm", "capacity_areal_uAh_per_cm2", "capacity_volumetric_uAh_per_cm2_per_um",
            "capacity_specific_mAh_per_g", "cycles", "retention_percent",
        ].map { ($0, .object([("oneOf", .array([ref("Statistics"), .object([("type", .string("null"))])]))])) }

    static let importReportProperties: [(String, JSONValue)] = [
        (
            "written",
            array(typed("integer"), description: "Ids of the records written (empty on a dry run or a rejection)")
        ),
        ("accepted", typed("integer", "Rows that validated")),
        (
            "rejected",
            array(
                object(
                    required: ["line", "column", "reason"],
                    [
                        ("line", typed("integer")), ("column", typed("integer")), ("reason", typed("string")),
                    ], closed: true))
        ),
        ("dry_run", typed("boolean")),
    ]

    // MARK: Builders

    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/components/schemas/\(name)"))]) }

    static func typed(_ type: String, _ description: String? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", .string(type))]
        if let description { pairs.append(("description", .string(description))) }
        return .object(pairs)
    }

    static func enumeration(_ values: [String]) -> JSONValue {
        .object([("type", .string("string")), ("enum", .array(values.map(JSONValue.string)))])
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

    /// `assume-cathode-thickness`, `assume-cathode-density`, `assume-area`: values a conversion of
    /// the derived metrics may use where a record prints none (`mbatlas show --assume-…`).
    static var assumptionParameters: [JSONValue] {
        [
            queryParameter(
                "assume-cathode-thickness", "Cathode thickness to assume where a record prints none, with a unit (1um)",
                typed("string")),
            queryParameter(
                "assume-cathode-density", "Cathode density to assume, with a unit (5.05g/cm3)", typed("string")),
            queryParameter(
                "assume-area", "Cell area to assume where a capacity is printed as a charge, with a unit (1cm2)",
                typed("string")),
        ]
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
