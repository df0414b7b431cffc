import AtlasStore
import HTTPTypes
import Hummingbird
import NIOCore

/// The response shapes the server writes: HTML pages, JSON, CSV and other text.
enum Responses {
    /// An HTML document (`<!DOCTYPE html>` and the page's markup).
    static func html(_ page: Node, status: HTTPResponse.Status = .ok) -> Response {
        renderedHTML(page, status: status).response
    }

    static func renderedHTML(_ page: Node, status: HTTPResponse.Status = .ok) -> Rendered {
        rendered("<!DOCTYPE html>\n" + page.rendered + "\n", contentType: "text/html; charset=utf-8", status: status)
    }

    /// A JSON document, pretty-printed (two-space indent, keys in a fixed order).
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        text(value.pretty + "\n", contentType: "application/json; charset=utf-8", status: status, headers: headers)
    }

    /// Text that is already JSON.
    static func json(text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        self.text(text, contentType: "application/json; charset=utf-8", status: status, headers: headers)
    }

    static func text(
        _ body: String, contentType: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> Response {
        rendered(body, contentType: contentType, status: status, headers: headers).response
    }

    /// A response kept as its parts, so that it can be cached and answered again.
    static func rendered(
        _ body: String, contentType: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> Rendered {
        let buffer = ByteBuffer(string: body)
        var fields = headers
        fields[.contentType] = contentType
        fields[.contentLength] = String(buffer.readableBytes)
        return Rendered(status: status, headers: fields, body: buffer)
    }
}

/// A complete response: status, headers and the whole body in one buffer.
struct Rendered: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer

    var response: Response { Response(status: status, headers: headers, body: .init(byteBuffer: body)) }
}
