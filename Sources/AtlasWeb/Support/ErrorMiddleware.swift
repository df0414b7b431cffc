import HTTPTypes
import Hummingbird
import Logging
import Synchronization

/// The router's paths with their methods, filled once the routes are added, so that a known path
/// asked with a method it does not take gets 405 and `Allow` rather than 404.
final class RouteMethods: Sendable {
    private let routes = Mutex<[(path: RouterPath, method: HTTPRequest.Method)]>([])

    func record<Context>(_ router: Router<Context>) {
        routes.withLock { $0 = router.routes.map { (path: $0.path, method: $0.method) } }
    }

    /// The methods some route answers on `path`, sorted; empty when no route has the path.
    func allowed(on path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        let methods = routes.withLock { routes in
            routes.filter { route in
                route.path.components.count == segments.count
                    && zip(route.path.components, segments).allSatisfy { $0 ~= $1 }
            }.map(\.method)
        }
        // HEAD is answered wherever GET is (the router generates it), but not listed among the routes.
        return Set(methods + (methods.contains(.get) ? [.head] : [])).sorted { $0.rawValue < $1.rawValue }
    }
}

/// Turns every error thrown by a route (library errors, 404, 413…) into the response the client
/// sees: the JSON error object under `/api`, the HTML error page elsewhere. Unexpected errors are
/// logged here with their detail and answered with a bare 500.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBodySize: Int
    let routes: RouteMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let path = request.uri.path
            var web = WebError.from(error, path: path, maxBodySize: maxBodySize)
            var headers: HTTPFields = [:]
            if web.status == .notFound, let e = error as? HTTPError, e.status == .notFound {
                let allowed = routes.allowed(on: path)
                if !allowed.isEmpty && !allowed.contains(request.method) {
                    let list = allowed.map(\.rawValue).joined(separator: ", ")
                    web = WebError(
                        .methodNotAllowed, "\(request.method.rawValue) is not allowed on \(path) (allowed: \(list))")
                    headers[.allow] = list
                }
            }
            if web.status == .internalServerError {
                context.logger.error(
                    "unhandled error", metadata: ["error": .string(String(reflecting: error)), "path": .string(path)])
            }
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
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
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
