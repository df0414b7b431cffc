import ArgumentParser

/// `--format` of the analysis commands (`design`, `screen`, `rank`, `families`, `methods`), which
/// print an aligned table or JSON and nothing else, so their help lists exactly these two.
public enum TableOrJSON: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json
}
