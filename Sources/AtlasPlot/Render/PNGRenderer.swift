import AtlasCore
import Foundation

/// Converts SVG to PNG with librsvg's `rsvg-convert`, found on `PATH` through `/usr/bin/env`.
///
/// ```swift
/// let png = try PNGRenderer.render(svg: try chart.render().svg)
/// try png.write(to: URL(fileURLWithPath: "ragone.png"))
/// ```
///
/// When the program is missing the error is ``PlotError/rendererNotFound(program:)``, whose message
/// says what to install ("rsvg-convert not found: install librsvg2-bin").
public struct PNGRenderer: Sendable {
    /// The converter's name, looked up on `PATH`.
    public var program: String
    /// Output scale: 2 gives a 1600 px wide PNG of an 800 px chart.
    public var zoom: Double

    public init(program: String = "rsvg-convert", zoom: Double = 1) {
        self.program = program
        self.zoom = zoom
    }

    /// PNG bytes of `svg` with the default converter at zoom 1.
    public static func render(svg: String) throws(PlotError) -> Data {
        try PNGRenderer().render(svg: svg)
    }

    /// Whether the converter can be run at all.
    public var isAvailable: Bool {
        (try? run(arguments: ["--version"], input: nil)) != nil
    }

    /// PNG bytes of `svg`.
    public func render(svg: String) throws(PlotError) -> Data {
        let arguments = [
            "--format", "png", "--zoom", SVGNumber.string(zoom, decimals: 3), "--background-color", "white",
        ]
        return try run(arguments: arguments, input: Data(svg.utf8))
    }

    /// Runs the converter with `input` on stdin through temporary files (no pipe can fill up and
    /// block either side) and returns its stdout.
    private func run(arguments: [String], input: Data?) throws(PlotError) -> Data {
        let directory = FileManager.default.temporaryDirectory
        let token = UUID().uuidString
        let inputURL = directory.appendingPathComponent("atlasplot-\(token).svg")
        let outputURL = directory.appendingPathComponent("atlasplot-\(token).out")
        let errorURL = directory.appendingPathComponent("atlasplot-\(token).err")
        defer {
            for url in [inputURL, outputURL, errorURL] { try? FileManager.default.removeItem(at: url) }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        do {
            try (input ?? Data()).write(to: inputURL)
            _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
            let stdin = try FileHandle(forReadingFrom: inputURL)
            let stdout = try FileHandle(forWritingTo: outputURL)
            let stderr = try FileHandle(forWritingTo: errorURL)
            defer {
                try? stdin.close()
                try? stdout.close()
                try? stderr.close()
            }
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = stderr
            try process.run()
            process.waitUntilExit()
        } catch {
            throw .rendererNotFound(program: program)
        }
        // env exits 127 when the program is not on PATH (126 when it is not executable).
        if process.terminationStatus == 127 || process.terminationStatus == 126 {
            throw .rendererNotFound(program: program)
        }
        let message = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0, let output = try? Data(contentsOf: outputURL) else {
            throw .renderFailed(status: process.terminationStatus, message: message.trimmingSpaces)
        }
        return output
    }
}
