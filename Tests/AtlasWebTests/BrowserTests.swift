import AtlasData
import Foundation
import Testing

/// Headless Chromium, as a person's browser: loads pages from the running server, dumps the DOM
/// it built and takes screenshots (kept under .build/screenshots for people to look at).
enum Chromium {
    /// `CHROMIUM` if set, else the Debian package's binary.
    static let path: String? = {
        let candidates = [ProcessInfo.processInfo.environment["CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let screenshots = ServerProcess.packageRoot.appendingPathComponent(".build/screenshots")

    /// Runs chromium headless with `arguments`; gives up after 90 s.
    static func run(_ arguments: [String], profile: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(profile.path)",
        ] + arguments
        let out = Pipe()
        let buffer = LockedBuffer()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        out.fileHandleForReading.readabilityHandler = { h in buffer.append(h.availableData) }
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            throw TestFailure("chromium did not finish within 90 s: \(arguments)")
        }
        Thread.sleep(forTimeInterval: 0.1)
        return buffer.text
    }

    static func size(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
    }
}

@Suite(
    "pages in a real browser", .serialized,
    .enabled(if: Chromium.path != nil, "chromium is not installed here (apt-get install chromium); .ci/run installs it"))
struct BrowserTests {
    @Test("home, a filtered records list, a record, families and the design page render in Chromium with their text, and are not blank")
    func pagesRenderInChromium() async throws {
        let server = try ServerProcess()
        defer { server.cleanUp() }
        try await server.start()
        defer { Task { await server.stop() } }
        let profile = server.directory.appendingPathComponent("chromium-profile")
        try FileManager.default.createDirectory(at: Chromium.screenshots, withIntermediateDirectories: true)

        let threeD = try ReviewDataset.bundled().records.filter { $0.structure.architecture == .threeDimensional }.count
        let pages: [(String, String, [String])] = [
            ("home", "/", ["Microbattery Atlas", "Ranges over all records", "Jetybayeva"]),
            ("records-3d", "/records?where=structure%20%3D%203D&sort=cycles%3Adesc", ["Showing 1–\(threeD) of", "\(threeD) records", "structure = 3D"]),
            ("record-1", "/records/1", ["Reference 56", "@article{jetybayeva2021ref56"]),
            ("families", "/families", ["Electrolyte families", "Garnet"]),
            ("design", "/design", ["Design calculator", "Per footprint area"]),
            ("bad-filter", "/records?where=conductivty%20%3E%201", ["This filter cannot be read", "did you mean 'conductivity'?"]),
        ]
        let blank = Chromium.screenshots.appendingPathComponent("blank.png")
        _ = try Chromium.run(["--window-size=1280,1200", "--screenshot=\(blank.path)", "about:blank"], profile: profile)
        let blankSize = Chromium.size(blank)
        #expect(blankSize > 0, "chromium wrote no screenshot of about:blank")

        for (name, path, texts) in pages {
            let dom = try Chromium.run(["--dump-dom", server.base + path], profile: profile)
            for text in texts {
                #expect(dom.contains(text.replacingOccurrences(of: "'", with: "&#39;")) || dom.contains(text), "\(name): the rendered DOM lacks '\(text)'")
            }
            let shot = Chromium.screenshots.appendingPathComponent("\(name).png")
            try? FileManager.default.removeItem(at: shot)
            _ = try Chromium.run(["--window-size=1280,1200", "--screenshot=\(shot.path)", server.base + path], profile: profile)
            // A rendered page compresses far worse than a blank one of the same size.
            #expect(Chromium.size(shot) > 5 * blankSize, "\(name): the screenshot looks blank (\(Chromium.size(shot)) bytes vs \(blankSize) for about:blank)")
        }
        #expect(await server.stop() == 0)
    }
}
