import AtlasAnalysis
import AtlasCore
import AtlasFigures
import AtlasPhysics
import AtlasPlot
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
        a.status == b.status && a.message == b.message && a.position == b.position
            && JSONValue.object(a.details) == JSONValue.object(b.details)
    }

    public var status: HTTPResponse.Status
    public var message: String
    /// Column of a `where` expression the error points at (filter errors only).
    public var position: Int?
    /// Extra members of the JSON error body, in order (an import report's counts and rejections).
    public var details: [(String, JSONValue)]

    public init(
        _ status: HTTPResponse.Status, _ message: String, position: Int? = nil, details: [(String, JSONValue)] = []
    ) {
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

    /// A bad parameter: 400, with `parameter` naming it in the JSON body.
    public static func parameter(
        _ name: String, _ reason: String,
        status: HTTPResponse.Status = .badRequest
    ) -> WebError {
        WebError(status, "\(name): \(reason)", details: [("parameter", .string(name))])
    }

    /// The parameter a ``parameter(_:_:status:)`` error names.
    public var parameter: String? {
        details.first { $0.0 == "parameter" }.flatMap { if case .string(let name) = $0.1 { name } else { nil } }
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
        case let e as SimulationRequestError:
            return simulation(e)
        case let e as FigureOptionError:
            switch e {
            case .option(let option, let reason): return .parameter(option.rawValue, reason)
            case .simulation(let s): return simulation(s)
            case .figure: return WebError(.unprocessableContent, e.description)
            case .data: return WebError(.internalServerError, "internal error; the server log has the details")
            }
        case let e as AnalysisError:
            switch e {
            case .unknownFigure: return .notFound(e.description)
            case .invalidOption(let option, let reason): return .parameter(option, reason)
            case .unknownObjective, .needsTwoObjectives: return .parameter("by", e.description)
            }
        case let e as FigureError:
            return WebError(.unprocessableContent, e.description)
        case let e as PlotError:
            return WebError(.unprocessableContent, e.message)
        case is NIOTooManyBytesError:
            return WebError(
                .contentTooLarge,
                "request body larger than \(ByteSize(maxBodySize)); split the import into smaller files")
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

    /// A simulation that cannot be read (unknown key, unreadable value, malformed design file) is 400;
    /// one that was read but cannot be simulated (out of range, missing a value the model needs,
    /// cut-off above the open-circuit voltage, solver failure) is 422. Both name the parameter.
    static func simulation(_ e: SimulationRequestError) -> WebError {
        let status: HTTPResponse.Status = e.isUnreadable ? .badRequest : .unprocessableContent
        var details: [(String, JSONValue)] = []
        if let key = e.parameter ?? e.error.parameter { details.append(("parameter", .string(key))) }
        return WebError(status, e.description, details: details)
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
