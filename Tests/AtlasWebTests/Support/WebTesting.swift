import AtlasStore
import AtlasWeb
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// Builds the application over a fresh in-memory store (the bundled review, 75 records) and runs
/// `body` against it in process.
func withAtlas<T: Sendable>(
    writeToken: String? = nil, maxBodySize: Int = 1 << 20, store: SQLiteRecordStore? = nil,
    _ body: @Sendable (any TestClientProtocol) async throws -> T
) async throws -> T {
    let store = try store ?? SQLiteRecordStore(inMemory: true)
    let configuration = WebConfiguration(writeToken: writeToken, maxBodySize: maxBodySize, requestLogLevel: .debug)
    let app = try buildApplication(store: store, configuration: configuration)
    return try await app.test(.router, body)
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body parsed as JSON (objects become `[String: Any]`).
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) }

    func object() throws -> [String: Any] {
        guard let o = try json() as? [String: Any] else {
            throw TestFailure("body is not a JSON object: \(text.prefix(200))")
        }
        return o
    }

    func array() throws -> [[String: Any]] {
        guard let a = try json() as? [[String: Any]] else {
            throw TestFailure("body is not a JSON array of objects: \(text.prefix(200))")
        }
        return a
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension TestClientProtocol {
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: headers)
    }

    func post(_ uri: String, headers: HTTPFields = [:], body: String) async throws -> TestResponse {
        try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }
}

/// Percent-encodes a query value.
func q(_ s: String) -> String {
    s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s
}

/// A CSV import of one record in the export format.
func importCSV(electrolyte: String, ref: Int = 56, cell: String = "Li/LiPON/LiCoO2 (web test)") -> String {
    let header = "electrolyte,family,structure,cell,conductivity_raw,ref"
    return header
        + "\n\"\(electrolyte.replacingOccurrences(of: "\"", with: "\"\""))\",LiPON,2D,\(cell),2.5 uS/cm,\(ref)\n"
}

/// The rows of the records table on a `/records` page (not the field help below it).
func recordRows(_ page: String) -> [String] {
    guard
        let table = page.components(separatedBy: "<table class=\"records\">").dropFirst().first?
            .components(separatedBy: "</table>").first,
        let body = table.components(separatedBy: "<tbody>").last
    else { return [] }
    return body.components(separatedBy: "</tr>").filter { $0.contains("<tr>") }
}

/// Whether some tag of `html` carries the attribute `name` (an injected event handler).
func hasAttribute(_ html: String, _ name: String) -> Bool {
    html.range(of: "<[^>]*\\s\(name)=", options: .regularExpression) != nil
}
