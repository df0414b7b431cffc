import HTTPTypes
import Hummingbird
import Logging

/// Turns every error thrown by a route (library errors, 404, 413…) into the response the client
/// sees: the JSON error object under `/api`, the HTML error page elsewhere. Unexpected errors are
/// logged here with their detail and answered with a bare 500.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBodySize: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let path = request.uri.path
            let web = WebError.from(error, path: path, maxBodySize: maxBodySize)
            if web.status == .internalServerError {
                context.logger.error("unhandled error", metadata: ["error": .string(String(reflecting: error)), "path": .string(path)])
            }
            var headers: HTTPFields = [:]
            if web.status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"mbatlas\"" }
            if Self.isAPI(path) {
                return Responses.json(web.json, status: web.status, headers: headers)
            }
            var response = Responses.html(ErrorPage.render(web, path: path), status: web.status)
            response.headers.append(contentsOf: headers)
            return response
        }
    }

    /// API paths answer in JSON; everything else is a page.
    static func isAPI(_ path: String) -> Bool { path.hasPrefix("/api/") || path == "/healthz" }
}

/// Headers every response carries: no content sniffing, and a content security policy that
/// allows only the server's own styles and images (no inline script anywhere). An SVG opened on
/// its own may use its inline style element and nothing else.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        if response.headers[.contentType]?.hasPrefix("text/html") == true {
            response.headers[.contentSecurityPolicy] =
                "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
            response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        } else if response.headers[.contentType]?.hasPrefix("image/svg+xml") == true {
            response.headers[.contentSecurityPolicy] =
                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
        }
        return response
    }
}
