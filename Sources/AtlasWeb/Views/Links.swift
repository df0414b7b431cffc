/// Where a page's links point: the running server's paths (`/records/12`) or the files of a static
/// report folder (`records/12.html`, relative to the page, so the folder opens from `file://`).
///
/// Views never write a site path themselves: they ask their `Links`. A link with no counterpart in
/// a report (a filtered records list, the API) is nil there, and the view shows plain text instead.
struct Links: Sendable {
    enum Mode: Sendable, Equatable {
        /// Absolute paths of the web explorer.
        case server
        /// Relative file paths of a report; `depth` is how many folders below the report's root
        /// the page lies (0 for `index.html`, 1 for `records/12.html`).
        case report(depth: Int)
    }

    let mode: Mode

    /// The web explorer's links.
    static let server = Links(mode: .server)

    /// A report page `depth` folders below the report's root.
    static func report(depth: Int) -> Links { Links(mode: .report(depth: depth)) }

    var isServer: Bool { mode == .server }

    /// `../` per folder below the root.
    private var root: String {
        guard case .report(let depth) = mode else { return "/" }
        return String(repeating: "../", count: depth)
    }

    /// The sections a report has, with their files.
    static let reportFiles: [Layout.Section: String] = [
        .home: "index.html", .records: "records.html", .figures: "figures.html", .screen: "screen.html",
        .families: "families.html", .methods: "methods.html", .references: "references.html",
    ]

    /// A section's page; nil when a report does not have it.
    func section(_ section: Layout.Section) -> String? {
        guard !isServer else { return section.path }
        return Self.reportFiles[section].map { root + $0 }
    }

    /// The home page.
    var home: String { section(.home)! }

    var stylesheet: String { isServer ? "/static/atlas.css" : root + "atlas.css" }

    /// One record's page.
    func record(_ id: Int) -> String { isServer ? "/records/\(id)" : root + "records/\(id).html" }

    /// What a figure's record marks link to: `prefix + id + suffix`.
    var recordLink: (prefix: String, suffix: String) { isServer ? ("/records/", "") : (root + "records/", ".html") }

    /// The records list filtered by `filter`; nil in a report (it has no filter).
    func records(where filter: String) -> String? {
        isServer ? QueryString([("where", filter)]).url("/records") : nil
    }

    /// A place on a section's page (`families`, `family-lipon`).
    func section(_ section: Layout.Section, fragment: String) -> String? {
        self.section(section).map { $0 + "#" + fragment }
    }

    /// A reference in the reference list.
    func reference(_ number: Int) -> String { section(.references, fragment: "ref-\(number)")! }

    /// An API path (nil in a report, which has no server behind it).
    func api(_ path: String) -> String? { isServer ? path : nil }

    /// The file of a figure's SVG (relative to the page) in a report, else the API's figure URL.
    func figureSVG(_ name: String, query: QueryString = QueryString()) -> String {
        isServer ? query.url("/api/v1/figures/\(name).svg") : root + "figures/\(name).svg"
    }

    /// An `<a>` to `href`, or the content as plain text when there is no such page.
    func anchor(_ href: String?, @NodeBuilder _ content: () -> [Node]) -> Node {
        guard let href else { return .fragment(content()) }
        return .element("a", ["href": href]) { content() }
    }
}
