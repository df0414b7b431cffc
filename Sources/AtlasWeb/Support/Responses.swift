import AtlasStore
import HTTPTypes
import Hummingbird
import NIOCore

/// The response shapes the server writes: HTML pages, JSON, CSV and other text.
enum Responses {
    /// An HTML document (`<!DOCTYPE html>` and the page's markup).
    static func html(_ page: Node, status: HTTPResponse.Status = .ok) -> Response {
        text("<!DOCTYPE html>\n" + page.rendered + "\n", contentType: "text/html; charset=utf-8", status: status)
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
        let buffer = ByteBuffer(string: body)
        var fields = headers
        fields[.contentType] = contentType
        fields[.contentLength] = String(buffer.readableBytes)
        return Response(status: status, headers: fields, body: .init(byteBuffer: buffer))
    }
}
