import Foundation
import Testing

/// Byte-for-byte comparison of rendered SVG with a golden file in `__Snapshots__/`.
///
/// Golden files ship as test resources. Run with `RECORD_SNAPSHOTS=1` to write the current output
/// into the source tree (`Tests/AtlasPlotTests/__Snapshots__/<name>.svg`) instead of comparing;
/// review the diff and the rendered PNG before committing it.
enum Snapshot {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static let sourceDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    static func expect(_ svg: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording {
            try FileManager.default.createDirectory(at: sourceDirectory, withIntermediateDirectories: true)
            try svg.write(to: sourceDirectory.appendingPathComponent(name + ".svg"), atomically: true, encoding: .utf8)
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "svg", subdirectory: "__Snapshots__"),
            let expected = try? String(contentsOf: url, encoding: .utf8)
        else {
            Issue.record(
                "no golden file \(name).svg: run with RECORD_SNAPSHOTS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if svg != expected {
            let actualLines = svg.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let index =
                zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            Issue.record(
                "\(name).svg differs from its golden file at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_SNAPSHOTS=1 re-records it)",
                sourceLocation: sourceLocation)
        }
    }
}
