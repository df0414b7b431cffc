import AtlasData
import AtlasStore
import AtlasWeb
import Foundation
import Testing

/// Headless Chromium, as a person's browser: loads pages from the running server, dumps the DOM
/// it built and takes screenshots (kept under .build/screenshots for people to look at).
enum Chromium {
    /// `CHROMIUM` if set, else the Debian package's binary.
    static let path: String? = {
        let candidates = [
            ProcessInfo.processInfo.environment["CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser",
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let screenshots = ServerProcess.packageRoot.appendingPathComponent(".build/screenshots")

    /// Runs chromium headless with `arguments`; gives up after 90 s.
    static func run(_ arguments: [String], profile: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments =
            [
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
    .enabled(if: Chromium.path != nil, "chromium is not installed here (apt-get install chromium); .ci/run installs it")
)
struct BrowserTests {
    @Test(
        "home, a filtered records list, a record, families and the design page render in Chromium with their text, and are not blank"
    )
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
            (
                "records-3d", "/records?where=structure%20%3D%203D&sort=cycles%3Adesc",
                ["Showing 1–\(threeD) of", "\(threeD) records", "structure = 3D"]
            ),
            ("record-1", "/records/1", ["Reference 56", "@article{jetybayeva2021ref56"]),
            ("families", "/families", ["Electrolyte families", "Garnet"]),
            ("design", "/design", ["Design calculator", "Per footprint area"]),
            (
                "bad-filter", "/records?where=conductivty%20%3E%201",
                ["This filter cannot be read", "did you mean 'conductivity'?"]
            ),
        ]
        let blank = Chromium.screenshots.appendingPathComponent("blank.png")
        _ = try Chromium.run(
            ["--window-size=1280,1200", "--screenshot=\(blank.path)", "about:blank"], profile: profile)
        let blankSize = Chromium.size(blank)
        #expect(blankSize > 0, "chromium wrote no screenshot of about:blank")

        for (name, path, texts) in pages {
            let dom = try Chromium.run(["--dump-dom", server.base + path], profile: profile)
            for text in texts {
                #expect(
                    dom.contains(text.replacingOccurrences(of: "'", with: "&#39;")) || dom.contains(text),
                    "\(name): the rendered DOM lacks '\(text)'")
            }
            let shot = Chromium.screenshots.appendingPathComponent("\(name).png")
            try? FileManager.default.removeItem(at: shot)
            _ = try Chromium.run(
                ["--window-size=1280,1200", "--screenshot=\(shot.path)", server.base + path], profile: profile)
            // A rendered page compresses far worse than a blank one of the same size.
            #expect(
                Chromium.size(shot) > 5 * blankSize,
                "\(name): the screenshot looks blank (\(Chromium.size(shot)) bytes vs \(blankSize) for about:blank)")
        }
        #expect(await server.stop() == 0)
    }

    /// Elements with `class="mark"` in a DOM Chromium built, and the record links among them.
    static func marks(_ dom: String) -> (marks: Int, recordLinks: Int) {
        let marks = dom.components(separatedBy: "class=\"mark\"").count - 1
        let links = dom.components(separatedBy: "<a href=\"/records/").count - 1
        return (marks, links)
    }

    @Test("the figures page renders every figure's marks, linked to records; so do the SVG and a report from file://")
    func figuresRenderInChromium() async throws {
        let server = try ServerProcess()
        defer { server.cleanUp() }
        try await server.start()
        defer { Task { await server.stop() } }
        let profile = server.directory.appendingPathComponent("chromium-profile")
        try FileManager.default.createDirectory(at: Chromium.screenshots, withIntermediateDirectories: true)
        let blank = Chromium.screenshots.appendingPathComponent("blank.png")
        _ = try Chromium.run(
            ["--window-size=1280,1200", "--screenshot=\(blank.path)", "about:blank"], profile: profile)

        let dom = try Chromium.run(["--dump-dom", server.base + "/figures"], profile: profile)
        #expect(dom.components(separatedBy: "<svg ").count - 1 == 7, "the DOM lacks the seven inline figures")
        let (marks, links) = Self.marks(dom)
        #expect(marks > 100, "only \(marks) marks in the figures page's DOM")
        #expect(links > 50, "only \(links) record links in the figures page's DOM")
        #expect(dom.contains("Ragone plot of 2D and 3D microbatteries"))
        let shot = Chromium.screenshots.appendingPathComponent("figures.png")
        _ = try Chromium.run(
            ["--window-size=1280,2400", "--screenshot=\(shot.path)", server.base + "/figures"],
            profile: profile)
        #expect(Chromium.size(shot) > 5 * Chromium.size(blank), "the figures page's screenshot looks blank")

        let svg = try Chromium.run(
            [
                "--dump-dom",
                server.base + "/api/v1/figures/ragone.svg?where=structure%20%3D%203D",
            ], profile: profile)
        #expect(Self.marks(svg).marks > 5, "the SVG endpoint's DOM has no marks")
        let alone = Chromium.screenshots.appendingPathComponent("figure-ragone.png")
        _ = try Chromium.run(
            [
                "--window-size=820,620", "--screenshot=\(alone.path)",
                server.base + "/api/v1/figures/ragone.svg",
            ], profile: profile)
        #expect(Chromium.size(alone) > 2 * Chromium.size(blank), "the SVG's screenshot looks blank")

        // The static report opens from disk with the same figures; its marks link to record files.
        let folder = server.directory.appendingPathComponent("report")
        _ = try StaticReport(store: try SQLiteRecordStore(inMemory: true), filter: nil).write(to: folder)
        let report = try Chromium.run(
            [
                "--allow-file-access-from-files", "--dump-dom",
                folder.appendingPathComponent("figures.html").absoluteString,
            ], profile: profile)
        #expect(
            report.components(separatedBy: "class=\"mark\"").count - 1 == marks,
            "the report's figures differ from the server's")
        #expect(report.contains("<a href=\"records/1.html\""))
        let reportShot = Chromium.screenshots.appendingPathComponent("report-index.png")
        _ = try Chromium.run(
            [
                "--allow-file-access-from-files", "--window-size=1280,1800", "--screenshot=\(reportShot.path)",
                folder.appendingPathComponent("index.html").absoluteString,
            ], profile: profile)
        #expect(Chromium.size(reportShot) > 5 * Chromium.size(blank), "the report's index looks blank")
        #expect(await server.stop() == 0)
    }
}
