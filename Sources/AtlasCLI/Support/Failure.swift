import ArgumentParser
import AtlasAnalysis
import AtlasCore
import Foundation

/// The one way a command reports bad input or a failed operation: a single line on stderr
/// naming the place and the reason, and exit status 2. Nothing else is printed.
public struct Failure: Error, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

extension ParsableCommand {
    /// Runs `body`, turning library errors into a one-line message and exit status 2.
    public func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            FileHandle.standardError.write(Data(("error: " + Failure.describe(error) + "\n").utf8))
            throw ExitCode(2)
        }
    }
}

extension AsyncParsableCommand {
    /// The async form of ``ParsableCommand/reportingFailures(_:)``.
    public func reportingFailures(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            FileHandle.standardError.write(Data(("error: " + Failure.describe(error) + "\n").utf8))
            throw ExitCode(2)
        }
    }
}

extension Failure {
    /// A one-line description of any error the library throws.
    public static func describe(_ error: Error) -> String {
        switch error {
        case let e as Failure: return e.message
        case let e as CoreError: return e.message
        case _ where SystemErrors.describe(error) != nil: return SystemErrors.describe(error)!
        case let e as LocalizedError where e.errorDescription != nil: return e.errorDescription!
        case let e as CustomStringConvertible: return e.description
        default: return String(describing: error)
        }
    }

    /// Parses an option value, naming the option in the error (`--area: unknown unit 'xx' at column 3`).
    public static func parse<T>(_ option: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw Failure("\(option): \(describe(error))")
        }
    }

    /// Runs `body`, turning an option error of the analysis layer into `--option: reason`.
    public static func option<T>(_ body: () throws(AnalysisError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            if case .invalidOption(let option, let reason) = error { throw Failure("--\(option): \(reason)") }
            throw Failure(error.description)
        }
    }
}
