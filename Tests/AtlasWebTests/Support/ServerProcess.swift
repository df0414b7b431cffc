import Foundation

#if canImport(Glibc)
    import Glibc
#endif
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The built `mbatlas serve` running on a free loopback port with a temporary `--db`, as a user
/// runs it. Started by ``start(environment:)``, stopped with SIGTERM by ``stop()``.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let directory: URL
    private(set) var port = 0
    private let output = LockedBuffer()
    private let errors = LockedBuffer()

    /// The `mbatlas` executable next to the test bundle (.build/<config>/mbatlas).
    static var executable: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("mbatlas")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/mbatlas")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("mbatlas-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Starts the server on port 0 (the system picks a free one), reads the port from the line
    /// it prints, and waits until `/healthz` answers. Gives up after 240 s.
    func start(arguments: [String] = [], environment: [String: String] = [:]) async throws {
        process.executableURL = Self.executable
        process.arguments =
            ["serve", "--port", "0", "--db", directory.appendingPathComponent("atlas.sqlite").path] + arguments
        var env = ProcessInfo.processInfo.environment
        env["MBATLAS_WRITE_TOKEN"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [output] h in output.append(h.availableData) }
        err.fileHandleForReading.readabilityHandler = { [errors] h in errors.append(h.availableData) }
        try process.run()
        // Generous: the first run builds the store, and a parallel `swift test` on 2 cores slows it.
        let deadline = Date().addingTimeInterval(240)
        while port == 0 {
            // Read what arrived before judging the deadline, so a line printed just in time counts.
            if let range = stdout.range(of: #"serving http://127\.0\.0\.1:(\d+)"#, options: .regularExpression) {
                port = Int(stdout[range].split(separator: ":").last ?? "") ?? 0
                continue
            }
            guard process.isRunning else { throw TestFailure("mbatlas serve exited: \(stderr)") }
            guard Date() < deadline else {
                throw TestFailure("mbatlas serve printed no address within 240 s: \(stdout)")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        while true {
            if let r = try? await request("GET", "/healthz"), r.status == 200 { return }
            guard Date() < deadline else { throw TestFailure("/healthz did not answer within 240 s") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    var stdout: String { output.text }
    var stderr: String { errors.text }
    var base: String { "http://127.0.0.1:\(port)" }

    struct HTTPResult {
        let status: Int
        let headers: [String: String]
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    func request(_ method: String, _ path: String, headers: [String: String] = [:], body: Data? = nil) async throws
        -> HTTPResult
    {
        var request = URLRequest(url: URL(string: base + path)!, timeoutInterval: 30)
        request.httpMethod = method
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        request.httpBody = body
        return try await withCheckedThrowingContinuation { continuation in
            URLSession.shared.dataTask(with: request) { data, response, error in
                if let error { return continuation.resume(throwing: error) }
                guard let http = response as? HTTPURLResponse else {
                    return continuation.resume(throwing: TestFailure("no HTTP response"))
                }
                var fields: [String: String] = [:]
                for (k, v) in http.allHeaderFields {
                    fields[String(describing: k).lowercased()] = String(describing: v)
                }
                continuation.resume(
                    returning: HTTPResult(status: http.statusCode, headers: fields, body: data ?? Data()))
            }.resume()
        }
    }

    /// Sends a request over a plain socket in two parts — `head` and the first half of `body`, then,
    /// a second later, `meanwhile`, and after another pause the rest — and returns the raw
    /// response, so that something (a SIGTERM) can happen while the request is in flight.
    func requestInTwoParts(head: String, body: Data, meanwhile: () -> Void) async throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestFailure("socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw TestFailure("connect() failed") }
        func write(_ data: Data) throws {
            let sent = data.withUnsafeBytes { send(fd, $0.baseAddress, data.count, 0) }
            guard sent == data.count else {
                throw TestFailure(
                    "send() wrote \(sent) of \(data.count) bytes (errno \(errno)); server: \(stderr.suffix(600))")
            }
        }
        let half = body.count / 2
        try write(Data(head.utf8) + body.prefix(half))
        // Let the server read the head and start the request: only then is it in flight (a
        // connection whose request has not begun is idle, and shutting down closes it).
        try await Task.sleep(for: .seconds(1))
        meanwhile()
        try await Task.sleep(for: .milliseconds(500))
        try write(body.dropFirst(half))
        var response = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            response.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: response, as: UTF8.self)
    }

    /// Sends SIGTERM and waits (at most 30 s) for the process to exit; returns its exit status.
    @discardableResult
    func stop() async -> Int32? {
        if process.isRunning { process.terminate() }
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            return nil
        }
        return process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
    }

    func cleanUp() { try? FileManager.default.removeItem(at: directory) }
}

/// Bytes appended from a pipe's handler thread and read from the test.
final class LockedBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ d: Data) {
        lock.lock()
        data.append(d)
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
