import AtlasData
import Foundation
import Testing

/// The built `mbatlas serve`, started as a user starts it, exercised over real HTTP on loopback.
@Suite("mbatlas serve end to end", .serialized)
struct EndToEndServerTests {
    @Test(
        "serve answers the API on a free port, logs each request, refuses writes without a token and stops cleanly on SIGTERM"
    )
    func readOnlyServer() async throws {
        let server = try ServerProcess()
        defer { server.cleanUp() }
        try await server.start()
        let review = try ReviewDataset.bundled()
        let threeD = review.records.filter { $0.structure.architecture == .threeDimensional }.map(\.id)

        let list = try await server.request("GET", "/api/v1/records?where=structure%3D3D")
        #expect(list.status == 200)
        #expect(list.headers["x-total-count"] == String(threeD.count))
        let rows = try #require(try JSONSerialization.jsonObject(with: list.body) as? [[String: Any]])
        #expect(rows.compactMap { $0["id"] as? Int } == threeD)

        let bad = try await server.request("GET", "/api/v1/records?where=cycles%20%3E%3E%201")
        #expect(bad.status == 400)
        let error = try #require(try JSONSerialization.jsonObject(with: bad.body) as? [String: Any])
        #expect(error["position"] as? Int != nil)

        let page = try await server.request("GET", "/records?where=family%20%3D%20garnet")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")

        let write = try await server.request(
            "POST", "/api/v1/records", headers: ["Content-Type": "text/csv"],
            body: Data(importCSV(electrolyte: "x").utf8))
        #expect(write.status == 403)

        #expect(await server.stop() == 0, "\(server.stderr)")
        #expect(server.stderr.contains("method=GET path=/api/v1/records status=200"))
        #expect(server.stderr.contains("method=POST path=/api/v1/records status=403"))
        #expect(server.stderr.contains("duration_ms="))
    }

    @Test("with MBATLAS_WRITE_TOKEN set, an authorized CSV import is written to the --db and served back")
    func writableServer() async throws {
        let server = try ServerProcess()
        defer { server.cleanUp() }
        try await server.start(environment: ["MBATLAS_WRITE_TOKEN": "e2e-token"])
        let csv = Data(importCSV(electrolyte: "LiPON end-to-end").utf8)
        let denied = try await server.request(
            "POST", "/api/v1/records", headers: ["Content-Type": "text/csv", "Authorization": "Bearer nope"], body: csv)
        #expect(denied.status == 401)
        let created = try await server.request(
            "POST", "/api/v1/records?source=e2e.csv",
            headers: ["Content-Type": "text/csv", "Authorization": "Bearer e2e-token"], body: csv)
        #expect(created.status == 201, "\(created.text)")
        let imported = try await server.request("GET", "/api/v1/records?where=origin%20%3D%20import")
        let rows = try #require(try JSONSerialization.jsonObject(with: imported.body) as? [[String: Any]])
        #expect(rows.map { $0["electrolyte"] as? String } == ["LiPON end-to-end"])
        #expect(await server.stop() == 0)
    }

    @Test("SIGTERM while an import is being uploaded: the request is answered first, then the server exits 0")
    func gracefulShutdownAnswersInFlightRequests() async throws {
        let server = try ServerProcess()
        defer { server.cleanUp() }
        try await server.start(environment: ["MBATLAS_WRITE_TOKEN": "e2e-token"])
        let body = Data(importCSV(electrolyte: "in flight").utf8)
        let head =
            "POST /api/v1/records?dry_run=true HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/csv\r\n"
            + "Authorization: Bearer e2e-token\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let response = try await server.requestInTwoParts(head: head, body: body) { server.process.terminate() }
        #expect(response.hasPrefix("HTTP/1.1 200"), "\(response.prefix(200))")
        #expect(response.contains("\"dry_run\" : true") || response.contains("\"dry_run\": true"), "\(response)")
        #expect(await server.stop() == 0, "\(server.stderr)")
        #expect(server.stderr.contains("method=POST path=/api/v1/records status=200"))
    }
}
