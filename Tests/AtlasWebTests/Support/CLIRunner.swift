import AtlasStore
import Foundation

/// The built `mbatlas` run as a user runs it, against a store built from the bundled data in a
/// temporary file: the same records as the in-memory stores the router tests serve, so the API's
/// answers can be compared with the CLI's output byte for byte.
enum CLIRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The store file, built once (by the first command) before any test uses it.
    static let database: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mbatlas-web-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("atlas.sqlite")
        _ = try? SQLiteRecordStore(path: file.path)
        return file
    }()

    /// Commands that take no store.
    static let storeless: Set<String> = ["simulate", "sweep", "design"]

    /// `mbatlas ARGUMENTS --db DATABASE` (without `--db` for the simulator and the design calculator).
    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = ServerProcess.executable
        process.arguments = arguments + (storeless.contains(arguments.first ?? "") ? [] : ["--db", database.path])
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The standard output of a command that must succeed.
    static func output(_ arguments: [String]) throws -> String {
        let r = try run(arguments)
        guard r.status == 0 else {
            throw TestFailure("mbatlas \(arguments.joined(separator: " ")) failed (\(r.status)): \(r.stderr)")
        }
        return r.stdout
    }
}

/// A store holding the review's records and one imported record whose every text is hostile
/// markup, cycled so that it appears in the retention and conductivity figures.
func hostileStore() throws -> (store: SQLiteRecordStore, id: Int) {
    let store = try SQLiteRecordStore(inMemory: true)
    let csv =
        "electrolyte,family,structure,cell,conductivity_raw,cycles,retention_raw,ref\n"
        + "\"<script>alert(1)</script>\"\" onmouseover=\"\"x\",LiPON,2D,Li/<b>LiPON</b>/LiCoO2,2.5 uS/cm,500,90%,56\n"
    let parsed = RecordInterchange.candidates(csv: csv)
    guard parsed.rejected.isEmpty else { throw TestFailure("hostile CSV rejected: \(parsed.rejected)") }
    let report = try store.importRecords(
        parsed.candidates, options: .init(sourceName: "<img src=x onerror=alert(2)>.csv"))
    guard let id = report.written.first else { throw TestFailure("hostile record not written: \(report)") }
    return (store, id)
}

/// Whether `text` carries any of the hostile markup of ``hostileStore()`` unescaped.
func containsHostileMarkup(_ text: String) -> Bool {
    text.contains("<script") || text.contains("<img src=x") || text.contains("<b>LiPON")
        || hasAttribute(text, "onmouseover")
        || hasAttribute(text, "onerror")
}
