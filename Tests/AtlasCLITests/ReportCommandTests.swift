import AtlasData
import Foundation
import Testing

/// `mbatlas report` run as a user runs it.
@Suite("mbatlas report")
struct ReportCommandTests {
    @Test("writes the report folder and says what it wrote; index.html links only inside the folder")
    func writes() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let out = cli.dataHome.appendingPathComponent("report")
        let r = try cli.run(["report", "-o", out.path, "--where", "structure = 3D"])
        #expect(r.status == 0, "\(r.stderr)")
        let threeD = try ReviewDataset.bundled().records.filter { $0.structure.architecture == .threeDimensional }
        #expect(r.stdout.hasPrefix("\(out.path): wrote "))
        #expect(r.stdout.contains("index.html, \(threeD.count) record pages, "))
        #expect(r.stderr.isEmpty)
        let fm = FileManager.default
        for file in [
            "index.html", "records.html", "figures.html", "screen.html", "families.html", "methods.html",
            "references.html", "atlas.css",
        ] {
            #expect(fm.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        let pages = try fm.contentsOfDirectory(atPath: out.appendingPathComponent("records").path)
        #expect(Set(pages) == Set(threeD.map { "\($0.id).html" }))
        #expect(fm.fileExists(atPath: out.appendingPathComponent("figures/ragone.svg").path))
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!index.contains("href=\"/"))
    }

    @Test(
        "a busy folder, a bad filter, a missing -o: one line on stderr, exit status 2; --force writes"
    )
    func failures() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let out = cli.dataHome.appendingPathComponent("busy")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: out.appendingPathComponent("keep.txt"))
        let busy = try cli.run(["report", "-o", out.path])
        #expect(busy.status == 2)
        #expect(busy.stderr == "error: \(out.path) is not empty (1 entry); use --force to write into it\n")
        #expect(busy.stdout.isEmpty)
        let forced = try cli.run(["report", "-o", out.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("keep.txt").path))
        let filter = try cli.run([
            "report", "-o", cli.dataHome.appendingPathComponent("other").path, "--where", "conductivty > 1",
        ])
        #expect(filter.status == 2)
        #expect(
            filter.stderr == "error: --where: unknown field 'conductivty' at column 1 (did you mean 'conductivity'?)\n")
        #expect(!FileManager.default.fileExists(atPath: cli.dataHome.appendingPathComponent("other").path))
        let missing = try cli.run(["report"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: Missing expected argument '--output <dir>'"))
        #expect(missing.stderr.split(separator: "\n").count == 1)
    }
}
