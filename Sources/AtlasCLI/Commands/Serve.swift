import ArgumentParser
import AtlasStore
import AtlasWeb
import Foundation
import Logging

extension MBAtlas {
    /// `mbatlas serve`: the web explorer and JSON API over the same store the other commands use.
    public struct Serve: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Serve the web explorer (HTML pages) and the JSON API on http://HOST:PORT.",
            discussion: """
                Pages: \(SiteMap.pages.joined(separator: ", ")).

                API: \(SiteMap.apiPaths.joined(separator: ", ")); the OpenAPI document is at /api/openapi.yaml.

                The server is read-only unless a write token is set (--write-token-file, or MBATLAS_WRITE_TOKEN); \
                then POST /api/v1/records with 'Authorization: Bearer TOKEN' imports records like `mbatlas import`.

                One log line per request (method, path, status, duration) goes to stderr. SIGINT or SIGTERM \
                stops the server gracefully: requests in flight are answered first.
                """)

        @Option(help: "Address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for every interface).")
        var host = "127.0.0.1"

        @Option(help: "TCP port (default 8080; 0 picks a free port, printed at start).")
        var port = 8080

        @Option(
            name: .customLong("write-token-file"),
            help: "File holding the bearer token that allows POST /api/v1/records (overrides MBATLAS_WRITE_TOKEN).")
        var writeTokenFile: String?

        @Option(
            name: .customLong("log-level"),
            help: "Request log level: trace, debug, info (default), notice, warning, error, critical.")
        var logLevel = "info"

        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() async throws {
            try await reportingFailures {
                guard (0...65535).contains(port) else {
                    throw Failure("--port: must be between 0 and 65535, found \(port)")
                }
                guard let level = Logger.Level(rawValue: logLevel.lowercased()) else {
                    throw Failure(
                        "--log-level: expected one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")), found '\(logLevel)'"
                    )
                }
                let token = try Self.writeToken(file: writeTokenFile, environment: ProcessInfo.processInfo.environment)
                let store = try store.open()
                LoggingSystem.bootstrap { label in
                    var handler = StreamLogHandler.standardError(label: label)
                    handler.logLevel = level
                    return handler
                }
                var logger = Logger(label: "mbatlas.web")
                logger.logLevel = level
                let configuration = WebConfiguration(host: host, port: port, writeToken: token, requestLogLevel: .info)
                let host = host
                let app = try buildApplication(store: store, configuration: configuration, logger: logger) { port in
                    Output.write(
                        "mbatlas: serving http://\(host):\(port) (\(token == nil ? "read-only" : "writes need the bearer token"); Ctrl-C stops)"
                    )
                }
                try await app.runService()
            }
        }

        /// The write token from `file` (surrounding whitespace removed), else from
        /// `MBATLAS_WRITE_TOKEN`; nil when neither is set. An empty token is an error.
        static func writeToken(file: String?, environment: [String: String]) throws -> String? {
            if let file {
                guard let data = FileManager.default.contents(atPath: file),
                    let text = String(data: data, encoding: .utf8)
                else {
                    throw Failure("--write-token-file \(file): cannot read the file")
                }
                let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !token.isEmpty else { throw Failure("--write-token-file \(file): the file is empty") }
                return token
            }
            if let value = environment["MBATLAS_WRITE_TOKEN"] {
                let token = value.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !token.isEmpty else { throw Failure("MBATLAS_WRITE_TOKEN is set but empty") }
                return token
            }
            return nil
        }
    }
}
