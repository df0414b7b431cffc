import AtlasCore
import AtlasPhysics
import AtlasStore
import HTTPTypes
import Hummingbird
import NIOCore

/// The one error type of the web face: an HTTP status and a message a user can act on.
///
/// The API renders it as `{"error": "...", "position": N}` (`position`, the 1-based column in the
/// filter text, only for filter errors); pages render it as a friendly HTML page. Messages never
/// carry stack traces or SQL: they come from the library's own error messages.
public struct WebError: Error, Sendable, Equatable {
    public static func == (a: WebError, b: WebError) -> Bool {
        a.status == b.status && a.message == b.message && a.position == b.position && JSONValue.object(a.details) == JSONValue.object(b.details)
    }

    public var status: HTTPResponse.Status
    public var message: String
    /// Column of a `where` expression the error points at (filter errors only).
    public var position: Int?
    /// Extra members of the JSON error body, in order (an import report's counts and rejections).
    public var details: [(String, JSONValue)]

    public init(_ status: HTTPResponse.Status, _ message: String, position: Int? = nil, details: [(String, JSONValue)] = []) {
        self.status = status
        self.message = message
        self.position = position
        self.details = details
    }

    public static func badRequest(_ message: String) -> WebError { WebError(.badRequest, message) }
    public static func notFound(_ message: String) -> WebError { WebError(.notFound, message) }

    /// A malformed or invalid `where` expression: 400 with the column it points at.
    public static func filter(_ error: QueryError) -> WebError {
        WebError(.badRequest, error.description, position: error.column >= 1 ? error.column : nil)
    }

    /// The JSON error object.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("error", .string(message))]
        if let position { pairs.append(("position", .integer(position))) }
        pairs += details
        return .object(pairs)
    }

    /// Maps any error thrown while answering a request to what the client is told. Library errors
    /// keep their messages; anything unexpected becomes a bare 500 (the detail goes to the log only).
    public static func from(_ error: any Error, path: String, maxBodySize: Int) -> WebError {
        switch error {
        case let e as WebError:
            return e
        case let e as QueryError:
            return .filter(e)
        case let e as CoreError:
            return .badRequest(e.message)
        case let e as PhysicsError:
            return physics(e)
        case is NIOTooManyBytesError:
            return WebError(.contentTooLarge, "request body larger than \(ByteSize(maxBodySize)); split the import into smaller files")
        case let e as HTTPError where e.status == .notFound:
            return .notFound("nothing at \(path)")
        case let e as HTTPError:
            return WebError(e.status, e.body ?? e.status.reasonPhrase)
        case let e as any HTTPResponseError:
            return WebError(e.status, e.status.reasonPhrase)
        default:
            return WebError(.internalServerError, "internal error; the server log has the details")
        }
    }

    /// Bad input to the design calculator is 400; a well-formed design that cannot be built or
    /// computed (does not fit, too thin, no cited value, unreachable target) is 422.
    static func physics(_ e: PhysicsError) -> WebError {
        switch e {
        case .unknownMaterial, .nonPositive, .outOfRange, .malformedSpec, .conflictingOptions:
            return .badRequest(e.message)
        case .geometryDoesNotFit, .layerTooThin, .aspectRatioExceeded, .missingProperty, .noTemperatureDependence,
            .targetUnreachable:
            return WebError(.unprocessableContent, e.message)
        }
    }
}

extension WebError: CustomStringConvertible {
    public var description: String { "\(status.code) \(message)" }
}

/// "1 MiB", "512 KiB", "100 bytes".
struct ByteSize: CustomStringConvertible {
    let bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }
    var description: String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
