import ArgumentParser
import AtlasPhysics
import Foundation

extension MBAtlas {
    /// `mbatlas sweep`: every combination of a few varied parameters, one summary row each.
    struct Sweep: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Discharge every combination of varied design parameters on all cores.",
            discussion: """
                Each --vary is key=lo..hi:n (linear), key=lo..hi:log:n (logarithmic) or key=a,b,c, \
                with keys as in the simulate options (cathode-thickness, rate, area-gain, x0, …). \
                Rows are printed as CSV in order (the last --vary changes fastest), in batches as \
                they finish; an invalid combination gets a row with its error. On a terminal, \
                progress is shown on stderr. Ctrl-C stops after the batch in flight, with every \
                finished row written.
                """
        )

        @OptionGroup var cell: DesignOptions

        @Option(
            name: .customLong("vary"),
            help: ArgumentHelp(
                "A swept parameter: key=lo..hi:n, key=lo..hi:log:n or key=a,b,c (repeatable).", valueName: "spec"))
        var axes: [String] = []

        @Option(help: "Output format (csv).")
        var format: String = "csv"

        // Numbers parse `.unconditional`ly so that `--workers -1` reaches the check below.
        @Option(parsing: .unconditional, help: "Worker threads (default: all cores).")
        var workers: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(parsing: .unconditional, help: "Designs per batch: the granularity of output and of Ctrl-C.")
        var batch: Int = 4096

        func run() throws {
            try reportingFailures {
                guard format == "csv" else { throw Failure("--format: sweeps print csv; got '\(format)'") }
                guard !axes.isEmpty else { throw Failure("--vary: give at least one parameter to vary") }
                guard workers >= 1 else { throw Failure("--workers: need at least 1; got \(workers)") }
                guard batch >= 1 else { throw Failure("--batch: need at least 1; got \(batch)") }
                let (_, design) = try cell.design()
                let parsed = try axes.map { spec in try Failure.parse("--vary \(spec)") { try SweepAxis(parsing: spec) }
                }
                try refuseHopelessBase(design, axes: parsed)
                let sweep = DesignSweep(base: design, axes: parsed)
                try Self.execute(sweep, workers: workers, batchSize: batch)
            }
        }

        /// A base design with a value out of range that no axis varies (`--cathode-thickness -1um`
        /// with `--vary rate=…`) would give only error rows: report it once, naming the option, as
        /// `simulate` does (exit 2). Errors an axis could change are left to the rows.
        func refuseHopelessBase(_ design: DischargeDesign, axes: [SweepAxis]) throws {
            do {
                _ = try CellModel(design)
            } catch {
                guard case .invalidParameter(let key, _) = error, let parameter = DesignParameter(rawValue: key),
                    parameter.isRangeCheckedAlone, !axes.contains(where: { $0.parameter == parameter })
                else { return }
                _ = try cell.model(design)  // throws the error in the command line's words
            }
        }

        /// Runs the sweep, streaming rows to stdout, progress to a terminal's stderr, stopping on SIGINT.
        static func execute(_ sweep: DesignSweep, workers: Int, batchSize: Int) throws {
            let flag = CancellationFlag()
            signal(SIGINT, SIG_IGN)
            let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            interrupt.setEventHandler { flag.cancel() }
            interrupt.resume()
            defer {
                interrupt.cancel()
                signal(SIGINT, SIG_DFL)
            }
            let out = FileHandle.standardOutput
            let showProgress = isatty(STDERR_FILENO) == 1
            let total = sweep.count
            let start = Date()
            out.write(Data((SimulationOutput.sweepHeader(sweep) + "\n").utf8))
            var done = 0
            let delivered = sweep.run(
                workers: workers, batchSize: batchSize, isCancelled: { flag.isCancelled },
                transform: { SimulationOutput.sweepCSVRow($0, of: sweep) }
            ) { rows in
                var text = rows.joined(separator: "\n")
                text += "\n"
                out.write(Data(text.utf8))
                done += rows.count
                if showProgress { Self.progress(done: done, total: total, since: start) }
            }
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            if delivered < total {
                FileHandle.standardError.write(Data("interrupted: \(delivered) of \(total) designs written\n".utf8))
                throw ExitCode(130)
            }
        }

        static func progress(done: Int, total: Int, since start: Date) {
            let elapsed = Date().timeIntervalSince(start)
            let rate = elapsed > 0 ? Double(done) / elapsed : 0
            let left = rate > 0 ? Double(total - done) / rate : 0
            let line = String(format: "\r%d/%d designs  %.0f designs/s  %.1f s left ", done, total, rate, left)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
