import ArgumentParser

/// `--format` of the analysis commands (`design`, `screen`, `rank`, `families`, `methods`), which
/// print an aligned table or JSON and nothing else, so their help lists exactly these two.
public enum TableOrJSON: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json
}

/// `--format` of the commands that list rows (`list`, `conductivity`, `sources`).
public enum TableCSVOrJSON: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, csv, json
}

/// `--format` of `show`: the record as text, or JSON.
public enum TextOrJSON: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json
}

/// `--format` of `export`: the interchange formats `import` reads.
public enum CSVOrJSON: String, ExpressibleByArgument, CaseIterable, Sendable {
    case csv, json
}
