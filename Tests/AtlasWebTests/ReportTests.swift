import AtlasFigures
import AtlasStore
import Foundation
import Testing

@testable import AtlasWeb

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The files of a written report and the links between them.
struct ReportFolder {
    let root: URL

    /// Every file, relative to the root, sorted.
    var files: [String] {
        let base = root.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var out: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                out.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
            }
        }
        return out.sorted()
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    static func unescaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Links that are absolute paths, leave the folder, point at a missing file, or at an id the
    /// target lacks; `http(s):` and `mailto:` links are outside the report and not followed.
    func brokenLinks() throws -> [String] {
        var ids: [String: Set<String>] = [:]
        let pages = files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".svg") }
        for file in pages { ids[file] = Set(Self.matches(#"\sid="([^"]+)""#, in: try text(file))) }
        var broken: [String] = []
        for file in pages {
            for raw in Self.matches(#"\s(?:href|src)="([^"]*)""#, in: try text(file)) {
                let link = Self.unescaped(raw)
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
                guard !link.hasPrefix("/"), !link.contains(":") else {
                    broken.append("\(file): \(link) is not relative")
                    continue
                }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                var target = file
                if !parts[0].isEmpty {
                    let resolved = URL(
                        fileURLWithPath: parts[0],
                        relativeTo: root.appendingPathComponent(file).deletingLastPathComponent()
                    )
                    .standardizedFileURL.path
                    let base = root.standardizedFileURL.path + "/"
                    guard resolved.hasPrefix(base) else {
                        broken.append("\(file): \(link) leaves the report")
                        continue
                    }
                    target = String(resolved.dropFirst(base.count))
                    guard files.contains(target) else {
                        broken.append("\(file): \(link) → missing \(target)")
                        continue
                    }
                }
                if parts.count == 2, !parts[1].isEmpty, ids[target]?.contains(parts[1]) != true {
                    broken.append("\(file): \(link) → no id '\(parts[1])' in \(target)")
                }
            }
        }
        return broken
    }
}

@Suite("mbatlas report: a static, self-contained HTML report")
struct ReportTests {
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("mbatlas-report-\(UUID().uuidString)")
    }

    @Test("every page, a page per record, the figures as SVG and the stylesheet; every link relative and resolvable")
    func wholeReport() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try StaticReport(store: store, filter: nil).write(to: folder)
        let report = ReportFolder(root: folder)
        let ids = try store.records(RecordQuery()).map(\.id)
        // Every figure but the Arrhenius plot, which is of one composition.
        let figures = FigureName.allCases.filter { $0 != .arrhenius }
        #expect(written.records == ids.count && written.figures == figures.count)
        let expected = Set(
            [
                "atlas.css", "index.html", "records.html", "figures.html", "screen.html", "families.html",
                "methods.html", "references.html",
            ]
                + ids.map { "records/\($0).html" } + figures.map { "figures/\($0.rawValue).svg" })
        #expect(Set(report.files) == expected)
        #expect(Set(written.files) == expected)
        let broken = try report.brokenLinks()
        #expect(broken.isEmpty, "\(broken.prefix(10))")
        // Figures on their own parse as XML and link to the record pages next to them (spider and
        // techniques to the family and method sections).
        for name in figures {
            let svg = try SVGLinks(try report.text("figures/\(name.rawValue).svg"))
            #expect(
                svg.links.allSatisfy {
                    ($0.hasPrefix("../records/") && $0.hasSuffix(".html")) || $0.hasPrefix("https://doi.org/")
                        || $0.hasPrefix("../families.html#family-") || $0.hasPrefix("../methods.html#method-")
                }, "\(name)")
        }
        let index = try report.text("index.html")
        #expect(index.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(index.contains("<link rel=\"stylesheet\" href=\"atlas.css\">"))
        #expect(index.contains("Report of all \(ids.count) records in the store"))
        #expect(index.contains("id=\"figure-ragone\"") && index.contains("id=\"figure-spider\""))
        #expect(!index.contains("href=\"/") && !index.contains("/api/"))
        let records = try report.text("records.html")
        #expect(records.contains("<a href=\"records/1.html\">1</a>"))
        #expect(records.contains("J. B. Bates, N. J. Dudney"))
        let one = try report.text("records/1.html")
        #expect(one.contains("<link rel=\"stylesheet\" href=\"../atlas.css\">"))
        #expect(one.contains("Derived values") && one.contains("@article{jetybayeva2021ref56"))
        let screen = try report.text("screen.html")
        #expect(
            screen.contains("<span class=\"badge pass\">pass</span>") && screen.contains("Pareto front of the cells"))
        #expect(!screen.contains("<form"))
        #expect(try report.text("families.html").contains("Statistics of the records by family"))
        #expect(try report.text("methods.html").contains("Statistics of the records by method"))
        #expect(try report.text("atlas.css") == (try Assets.stylesheet()))
    }

    @Test("a filtered report has only the matching records; a figure with nothing to draw says so and writes no SVG")
    func filtered() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let matching = try store.records(try RecordQuery(where: "class = crystalline")).map(\.id)
        let written = try StaticReport(store: store, filter: "class = crystalline").write(to: folder)
        let report = ReportFolder(root: folder)
        #expect(written.records == matching.count)
        #expect(report.files.filter { $0.hasPrefix("records/") } == matching.map { "records/\($0).html" })
        #expect(written.figures < FigureName.allCases.count)
        #expect(report.files.filter { $0.hasPrefix("figures/") }.count == written.figures)
        #expect(try report.text("figures.html").contains("This figure cannot be drawn for this selection"))
        #expect(try report.text("index.html").contains("matching “class = crystalline”"))
        #expect(try report.brokenLinks().isEmpty)
    }

    @Test("a hostile record's text is escaped in every file of the report")
    func hostileRecord() throws {
        let (store, id) = try hostileStore()
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try StaticReport(store: store, filter: nil).write(to: folder)
        let report = ReportFolder(root: folder)
        for file in report.files where file != "atlas.css" {
            #expect(!containsHostileMarkup(try report.text(file)), "\(file)")
        }
        #expect(try report.text("records/\(id).html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(try report.text("records.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(try report.text("figures/retention.svg").contains("&lt;b&gt;LiPON&lt;/b&gt;"))
        #expect(try report.brokenLinks().isEmpty)
    }

    @Test("a folder that is not empty is refused unless forced; a bad filter is refused before anything is written")
    func refusals() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let report = try StaticReport(store: store, filter: "structure = 3D")
        #expect(throws: ReportError("\(folder.path) is not empty (1 entry); use --force to write into it")) {
            try report.write(to: folder)
        }
        #expect(ReportFolder(root: folder).files == ["notes.txt"])
        _ = try report.write(to: folder, force: true)
        #expect(ReportFolder(root: folder).files.contains("index.html"))
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
        #expect(throws: QueryError.self) { try StaticReport(store: store, filter: "conductivty > 1") }
        let file = folder.appendingPathComponent("notes.txt")
        #expect(throws: ReportError("\(file.path) exists and is not a folder")) { try report.write(to: file) }
    }
}
