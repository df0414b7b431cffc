import Logging

/// How the server runs: where it listens, whether it accepts writes, how large a body may be.
public struct WebConfiguration: Sendable {
    /// Address to bind (default loopback only).
    public var host: String
    public var port: Int
    /// The bearer token `POST /api/v1/records` requires; nil makes the server read-only (403).
    public var writeToken: String?
    /// Largest request body accepted (default 1 MiB); larger bodies are answered 413.
    public var maxBodySize: Int
    /// Level of the one-line-per-request log.
    public var requestLogLevel: Logger.Level
    /// Records per page on `/records`.
    public var pageSize: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, writeToken: String? = nil, maxBodySize: Int = 1 << 20,
        requestLogLevel: Logger.Level = .info, pageSize: Int = 25
    ) {
        self.host = host
        self.port = port
        self.writeToken = writeToken
        self.maxBodySize = maxBodySize
        self.requestLogLevel = requestLogLevel
        self.pageSize = pageSize
    }
}
