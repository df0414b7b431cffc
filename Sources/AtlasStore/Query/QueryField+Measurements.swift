import AtlasCore

extension QueryCatalogue {
    /// The fields of conductivity measurements (`mbatlas conductivity --where …`).
    ///
    /// ```
    /// family = garnet and temperature between 20 C and 30 C
    /// source = liverpool and conductivity >= 1 mS/cm
    /// kind = bulk and space_group = Ia-3d
    /// ```
    public static let measurements = QueryCatalogue(name: "measurements", fields: QueryField.measurementFields)
}

extension QueryField {
    /// Every measurement field, in the order `mbatlas fields --measurements` lists them.
    public static let measurementFields: [QueryField] = [
        .init(
            name: "composition", aliases: ["formula"], type: .text(column: "measurement.composition"),
            summary: "composition as the source prints it (~ for contains)", example: "composition ~ La3Zr2"),
        .init(
            name: "normalized", aliases: ["normalized_formula"], type: .text(column: "measurement.formula"),
            summary: "normalised (reduced) formula; NA for abbreviations and symbolic formulas",
            example: "normalized = Li7La3Zr2O12"),
        .init(
            name: "family", aliases: [], type: .category(.measurementFamily, column: "measurement.family"),
            summary:
                "atlas family (the review's families and the added structure types; LISICON includes thio-LISICON)",
            example: "family in (garnet, argyrodite)"),
        .init(
            name: "label", aliases: ["family_label"], type: .text(column: "measurement.family_label"),
            summary: "family label as the source printed it", example: "label = LGPS"),
        .init(
            name: "class", aliases: [], type: .category(.electrolyteClass, column: "measurement.class"),
            summary: "electrolyte class of the family", example: "class = crystalline"),
        .init(
            name: "temperature", aliases: ["t"], type: .quantity(.temperature, column: "measurement.temperature"),
            summary: "measurement temperature (K; °C accepted: 25 C, 25 °C)",
            example: "temperature between 20 C and 30 C"),
        .init(
            name: "conductivity", aliases: ["sigma"],
            type: .quantity(.conductivity, column: "measurement.conductivity"),
            summary: "ionic conductivity (bounds stored as the bound, ranges as their representative)",
            example: "conductivity >= 1 mS/cm"),
        .init(
            name: "source", aliases: ["dataset"], type: .text(column: "measurement.source"),
            summary: "source id: review, obelix, liverpool or an import's id", example: "source = obelix"),
        .init(
            name: "doi", aliases: [], type: .text(column: "measurement.doi"),
            summary: "DOI of the paper the value comes from", example: "doi ~ 10.1021/ja305709z"),
        .init(
            name: "kind", aliases: [], type: .category(.conductivityKind, column: "measurement.kind"),
            summary: "total, bulk or unspecified", example: "kind = bulk"),
        .init(
            name: "qualifier", aliases: [], type: .category(.qualifier, column: "measurement.qualifier"),
            summary: "how the value was reported", example: "qualifier = exact"),
        .init(
            name: "space_group", aliases: ["spacegroup"], type: .text(column: "measurement.space_group"),
            summary: "space group as printed (overlines written as -)", example: "space_group = Ia-3d"),
        .init(
            name: "ref", aliases: ["reference"], type: .integer(column: "measurement.ref"),
            summary: "reference number in the review (review measurements)", example: "ref = 139"),
        .init(
            name: "basis", aliases: ["temperature_basis"], type: .text(column: "measurement.temperature_basis"),
            summary: "stated, assumed (room temperature not stated) or room temperature", example: "basis = stated"),
    ]
}
