import AtlasData
import AtlasStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AtlasWeb

@Suite("HTML pages")
struct PageTests {
    @Test("every page answers 200 with its title, the navigation bar and the footer citing the review")
    func pagesRender() async throws {
        try await withAtlas { client in
            let pages: [(String, String, String)] = [
                (
                    "/", "<title>Microbattery Atlas</title>",
                    "<span class=\"value\">75</span></a><span class=\"label\">records</span>"
                ),
                ("/records", "<title>Records · Microbattery Atlas</title>", "Showing 1–25 of"),
                ("/records/1", "<title>Record 1: LiPON · Microbattery Atlas</title>", "Reference 56"),
                ("/families", "<title>Electrolyte families · Microbattery Atlas</title>", "Garnet"),
                ("/methods", "<title>Preparation methods · Microbattery Atlas</title>", "Atomic layer deposition"),
                ("/references", "<title>References · Microbattery Atlas</title>", "J. B. Bates, N. J. Dudney"),
                ("/design", "<title>Design calculator · Microbattery Atlas</title>", "cathode-limited"),
                ("/api", "<title>API · Microbattery Atlas</title>", "/api/v1/records"),
            ]
            for (path, title, text) in pages {
                let r = try await client.get(path)
                #expect(r.status == .ok, "\(path)")
                #expect(r.headers[.contentType] == "text/html; charset=utf-8")
                #expect(r.text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), "\(path)")
                #expect(r.text.contains(title), "\(path) lacks: \(title)")
                #expect(r.text.contains(text), "\(path) lacks: \(text)")
                #expect(r.text.contains("<nav aria-label=\"Main\">"), "\(path)")
                #expect(r.text.contains("doi:10.1039/d1ta02652f"), "\(path)")
                #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
        }
    }

    @Test("the records page keeps the filter text, counts the matches and pages through them")
    func recordsFilterAndPages() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let glass = try store.count(try QueryParser().parse("class = glass"))
        try await withAtlas(store: store) { client in
            let r = try await client.get("/records?where=" + q("class = glass") + "&page=2")
            #expect(r.status == .ok)
            #expect(r.text.contains("value=\"class = glass\""))
            #expect(r.text.contains("Showing 26–50 of <strong>\(glass) records</strong> matching the filter."))
            #expect(r.text.contains("Page 2 of \((glass + 24) / 25)"))
            #expect(r.text.contains("href=\"/records?where=class%20%3D%20glass&amp;page=1\" rel=\"prev\""))
            // Downloads are the whole filtered set: no page, no limit.
            #expect(
                r.text.contains(
                    "href=\"/api/v1/records?where=class%20%3D%20glass&amp;format=csv\" download=\"mbatlas-records.csv\""
                ))
            #expect(recordRows(r.text).count == 25)
        }
    }

    @Test("column headers sort ascending, then descending, and keep the filter")
    func sortLinks() async throws {
        try await withAtlas { client in
            let plain = try await client.get("/records?where=" + q("structure = 3D"))
            #expect(plain.text.contains("href=\"/records?where=structure%20%3D%203D&amp;sort=cycles\""))
            let ascending = try await client.get("/records?where=" + q("structure = 3D") + "&sort=cycles")
            #expect(ascending.text.contains("aria-sort=\"ascending\""))
            #expect(ascending.text.contains("href=\"/records?where=structure%20%3D%203D&amp;sort=cycles%3Adesc\""))
            let descending = try await client.get("/records?where=" + q("structure = 3D") + "&sort=cycles:desc")
            #expect(descending.text.contains("aria-sort=\"descending\""))
            // The first row of the descending page is the 3D record with the most cycles.
            let store = try SQLiteRecordStore(inMemory: true)
            let top = try #require(
                try store.summaries(try RecordQuery(where: "structure = 3D", sort: ["cycles:desc"], limit: 1)).first)
            let firstRow = try #require(recordRows(descending.text).first)
            #expect(firstRow.contains("href=\"/records/\(top.id)\""))
        }
    }

    @Test("a bad filter shows its message and a caret under the column, keeps the text, and answers 400")
    func badFilter() async throws {
        try await withAtlas { client in
            let r = try await client.get("/records?where=" + q("cycles > 10 and conductivty > 1"))
            #expect(r.status == .badRequest)
            #expect(r.text.contains("value=\"cycles &gt; 10 and conductivty &gt; 1\""))
            #expect(
                r.text.contains("unknown field &#39;conductivty&#39; at column 17")
                    || r.text.contains("unknown field 'conductivty' at column 17"))
            #expect(
                r.text.contains(
                    "cycles &gt; 10 and conductivty &gt; 1\n<span class=\"caret\">" + String(repeating: " ", count: 16)
                        + "^</span>"))
        }
    }

    @Test("a record named <script>alert(1)</script> renders as text everywhere it appears")
    func hostileRecordIsEscaped() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let hostile = "<script>alert(1)</script>\" onmouseover=\"x"
        let parsed = RecordInterchange.candidates(csv: importCSV(electrolyte: hostile, cell: "Li/<b>LiPON</b>/LiCoO2"))
        #expect(parsed.rejected.isEmpty)
        let report = try store.importRecords(
            parsed.candidates, options: .init(sourceName: "<img src=x onerror=alert(2)>.csv"))
        let id = try #require(report.written.first)
        try await withAtlas(store: store) { client in
            for path in ["/records?where=" + q("origin = import"), "/records/\(id)", "/"] {
                let page = try await client.get(path).text
                #expect(!page.contains("<script>"), "\(path)")
                #expect(!page.contains("<img src=x"), "\(path)")
                #expect(!page.contains("<b>LiPON"), "\(path)")
                #expect(!hasAttribute(page, "onmouseover"), "\(path)")
                #expect(!hasAttribute(page, "onerror"), "\(path)")
                if path != "/" { #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path)") }
            }
            // A hostile filter text is escaped in the box and in the error.
            let r = try await client.get("/records?where=" + q("\"><script>alert(3)</script>"))
            #expect(!r.text.contains("<script>alert(3)"))
        }
    }

    @Test("unknown pages get the friendly HTML 404; the stylesheet is served with a cache lifetime")
    func notFoundAndAssets() async throws {
        try await withAtlas { client in
            let r = try await client.get("/no/such/page")
            #expect(r.status == .notFound)
            #expect(r.headers[.contentType] == "text/html; charset=utf-8")
            #expect(r.text.contains("<h1>Not found</h1>"))
            #expect(r.text.contains("nothing at /no/such/page"))
            let missing = try await client.get("/records/999")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("record 999 does not exist"))
            let css = try await client.get("/static/atlas.css")
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.headers[.cacheControl] == "public, max-age=3600")
            #expect(css.text.contains(".table-scroll { overflow-x: auto;"))
        }
    }

    @Test("a page number past the end shows the last page; a malformed one is 400")
    func pageNumbers() async throws {
        try await withAtlas { client in
            let last = try await client.get("/records?page=99")
            #expect(last.status == .ok)
            #expect(last.text.contains("Page 3 of 3"))
            #expect(last.text.contains("Showing 51–75 of"))
            let bad = try await client.get("/records?page=0")
            #expect(bad.status == .badRequest)
            #expect(
                bad.text.contains("page: expected a page number ≥ 1, found &#39;0&#39;")
                    || bad.text.contains("page: expected a page number ≥ 1, found '0'"))
        }
    }

    @Test("the families page links each profile's record count to its filtered list")
    func familiesLinkCounts() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let lipon = try store.count(try QueryParser().parse("family = LiPON"))
        try await withAtlas(store: store) { client in
            let r = try await client.get("/families")
            #expect(r.text.contains("<a href=\"/records?where=family%20%3D%20LiPON\">\(lipon) records</a>"))
            let methods = try await client.get("/methods")
            let ald = try store.count(try QueryParser().parse("method = ald"))
            #expect(methods.text.contains("<a href=\"/records?where=method%20%3D%20ald\">\(ald)</a>"))
        }
    }
}
