import AtlasStore

/// The server's pages and API paths, listed from the navigation and the OpenAPI document so that
/// `mbatlas serve --help` always names every one.
public enum SiteMap {
    /// Every HTML page's path (`/records/ID` for the record pages).
    public static var pages: [String] {
        Layout.Section.allCases.map { $0 == .home ? "/" : "/\($0.rawValue)" } + ["/records/ID", "/api"]
    }

    /// Every path of the JSON API, as the OpenAPI document lists them.
    public static var apiPaths: [String] {
        guard case .object(let top) = OpenAPIDocument.document,
            case .object(let paths)? = top.first(where: { $0.0 == "paths" })?.1
        else { return [] }
        return paths.map(\.0)
    }
}
