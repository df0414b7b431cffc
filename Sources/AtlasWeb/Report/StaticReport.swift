import AtlasAnalysis
import AtlasData
import AtlasFigures
import AtlasStore
import Foundation

/// A static, self-contained HTML report of the atlas (or of the records a filter selects), written
/// to a folder that opens from `file://` with no server: the same pages the web explorer serves —
/// rendered by the same views, with relative links — plus each figure as an SVG file.
///
/// ```
/// DIR/index.html          counts, the headline figures, counts by class, architecture and family, ranges
/// DIR/records.html        every record with its citation
/// DIR/records/ID.html     each record: printed and parsed values, derived values, notes, citation, BibTeX
/// DIR/figures.html        every figure inline (marks link to the record pages)
/// DIR/figures/NAME.svg    each figure on its own
/// DIR/screen.html         screening with the review's criteria, and the Pareto front of the cells
/// DIR/families.html       statistics per family and the review's family profiles
/// DIR/methods.html        statistics per preparation method and the review's techniques
/// DIR/references.html     the review's reference list
/// DIR/atlas.css           the stylesheet
/// ```
///
/// ```swift
/// let report = try StaticReport(store: store, filter: "structure = 3D")
/// let written = try report.write(to: URL(fileURLWithPath: "report"))
/// ```
public struct StaticReport: Sendable {
    public let store: any RecordStore
    /// The filter text (the `--where` language), nil for every record.
    public let filter: String?
    let query: RecordQuery

    /// Checks `filter` before anything is read or written.
    public init(store: any RecordStore, filter: String?) throws(QueryError) {
        self.store = store
        let text = filter.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        self.filter = text?.isEmpty == true ? nil : text
        query = try RecordQuery(where: self.filter)
    }

    /// What a report wrote.
    public struct Written: Sendable, Equatable {
        /// The report's folder.
        public let directory: URL
        /// Every file written, relative to ``directory``, in the order written.
        public let files: [String]
        /// Records in the report (one page each).
        public let records: Int
        /// Figures that could be drawn for these records (one SVG file each).
        public let figures: Int
    }

    /// Writes the report into `directory` (created if missing). A folder that exists and is not
    /// empty is refused unless `force` is set; with `force`, the report's files are overwritten and
    /// anything else in the folder is left alone.
    public func write(to directory: URL, force: Bool = false, date: Date = Date()) throws -> Written {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ReportError("\(directory.path) exists and is not a folder") }
            let contents = try fm.contentsOfDirectory(atPath: directory.path)
            if !contents.isEmpty && !force {
                throw ReportError(
                    "\(directory.path) is not empty (\(contents.count) entr\(contents.count == 1 ? "y" : "ies")); "
                        + "use --force to write into it")
            }
        }
        do {
            try fm.createDirectory(at: directory.appendingPathComponent("records"), withIntermediateDirectories: true)
            try fm.createDirectory(at: directory.appendingPathComponent("figures"), withIntermediateDirectories: true)
        } catch {
            throw ReportError("cannot create \(directory.path): \(error.localizedDescription)")
        }
        var files: [String] = []
        func put(_ path: String, _ text: String) throws {
            do {
                try Data(text.utf8).write(to: directory.appendingPathComponent(path), options: .atomic)
            } catch {
                throw ReportError(
                    "cannot write \(directory.appendingPathComponent(path).path): \(error.localizedDescription)")
            }
            files.append(path)
        }
        func page(_ path: String, _ node: Node) throws { try put(path, "<!DOCTYPE html>\n" + node.rendered + "\n") }

        let site = try Site(store: store, configuration: WebConfiguration())
        let review = try site.review.review()
        let records = try store.records(query)
        let references = try store.references()
        let referenceByNumber = Dictionary(references.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        let scope = Self.scope(filter: filter, count: records.count, total: try store.count(nil), date: date)
        let top = Links.report(depth: 0)

        try put("atlas.css", site.stylesheet)

        // Figures: inline on figures.html and index.html, and as files with links from figures/.
        let figureParameters = FigureParameters(filterText: filter, query: query)
        // The Arrhenius plot is of one composition the report is not about.
        let items = site.figureItems(
            FigureName.allCases.filter { $0 != .arrhenius }, figureParameters, records: records, links: top)
        var drawn = 0
        for item in items {
            guard case .success = item.outcome else { continue }
            let figure = try site.figure(item.name, figureParameters, records: records, links: .report(depth: 1))
            try put("figures/\(item.name.rawValue).svg", figure.svg)
            drawn += 1
        }
        let shown = items.map { item -> FigureView.Item in
            guard case .success = item.outcome else {
                return FigureView.Item(name: item.name, outcome: item.outcome, svgHref: nil)
            }
            return item
        }

        let headline = shown.filter { HomePage.headlineFigures.contains($0.name) }
        try page(
            "index.html",
            HomePage.render(
                AtlasSummary(records: records), families: review.families.count, techniques: review.techniques.count,
                figures: headline, links: top, note: Self.note(scope: scope, records: records.count, figures: drawn)))
        try page(
            "records.html", RecordIndexPage.render(records, references: referenceByNumber, scope: scope, links: top))
        let recordLinks = Links.report(depth: 1)
        let calculator = MetricsCalculator()
        for stored in records {
            let reference = stored.record.ref.flatMap { referenceByNumber[$0] }
            try page(
                "records/\(stored.id).html",
                RecordPage.render(
                    stored, reference: reference, metrics: calculator.metrics(for: stored.record), links: recordLinks))
        }
        try page(
            "figures.html",
            FiguresPage(
                filterText: filter ?? "", basis: "areal", groupBy: "family", items: shown, error: nil, links: top,
                scope: scope
            )
            .render())

        var screen = ScreenPage(
            values: [:], conformal3D: false, familiesOnly: false, criteria: nil, candidates: [], ranking: [],
            objectives: [],
            error: nil, links: top, scope: scope + " Criteria: the review's.")
        let screening = try ScreenParameters(QueryString())
        (screen.candidates, screen.criteria) = try site.screen(screening, records: records)
        screen.objectives = try RankingObjective.parse(ScreenPage.defaultObjectives)
        screen.ranking = ParetoRanking(objectives: screen.objectives).rank(records.map(\.record))
        try page("screen.html", screen.render())

        let families = try review.families.map { profile -> FamiliesPage.Entry in
            let own = profile.family.map { "family = \($0.rawValue)" } ?? "class = \(profile.electrolyteClass.rawValue)"
            return FamiliesPage.Entry(profile: profile, filter: own, count: try count(own))
        }
        try page(
            "families.html",
            FamiliesPage.render(
                families, statistics: GroupStatistics.byFamily(records.map(\.record)), scope: scope, links: top))
        let methods = try review.techniques.map { t -> MethodsPage.Entry in
            let own = "method = \(t.method.rawValue)"
            return MethodsPage.Entry(technique: t, filter: own, count: try count(own))
        }
        try page(
            "methods.html",
            MethodsPage.render(
                methods, statistics: GroupStatistics.byMethod(records.map(\.record)), scope: scope, links: top))

        var citing: [Int: [Int]] = [:]
        for stored in records { if let ref = stored.record.ref { citing[ref, default: []].append(stored.id) } }
        try page("references.html", ReferencesPage.render(references, citing: citing, links: top))

        return Written(directory: directory, files: files, records: records.count, figures: drawn)
    }

    /// Records of the report that `own` (a family or method filter) also selects.
    func count(_ own: String) throws -> Int {
        let text = filter.map { "(\($0)) and \(own)" } ?? own
        return try store.count(try QueryParser().parse(text))
    }

    /// "Report of the 21 records matching `structure = 3D` (of 75 in the store), 2026-11-28."
    static func scope(filter: String?, count: Int, total: Int, date: Date) -> String {
        let day = ISO8601DateFormatter.string(
            from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        if let filter {
            return
                "Report of the \(count) record\(count == 1 ? "" : "s") matching “\(filter)” "
                + "(of \(total) in the store), made \(day)."
        }
        return "Report of all \(count) records in the store, made \(day)."
    }

    /// What the report is, under the home page's title.
    static func note(scope: String, records: Int, figures: Int) -> Node {
        .element("div", ["class": "report-note"]) {
            Node.element("p") {
                Node.element("strong") { "Static report. " }
                scope
                " Made by "
                Node.element("code") { "mbatlas report" }
                " from the same pages as the web explorer ("
                Node.element("code") { "mbatlas serve" }
                "): every link is relative, so this folder works from a disk or any static web host."
            }
            Node.element("p") {
                "Contents: "
                Node.element("a", ["href": "records.html"]) { Format.count(records, "record") }
                " with a page each, "
                Node.element("a", ["href": "figures.html"]) { "\(figures) figures" }
                " (also as SVG files in figures/), "
                Node.element("a", ["href": "screen.html"]) { "screening and the Pareto front" }
                ", statistics by "
                Node.element("a", ["href": "families.html"]) { "family" }
                " and "
                Node.element("a", ["href": "methods.html"]) { "method" }
                ", and the "
                Node.element("a", ["href": "references.html"]) { "references" }
                "."
            }
        }
    }
}

/// A report that cannot be written, in one line.
public struct ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
