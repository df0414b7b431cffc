import ArgumentParser
import Foundation

extension MBAtlas {
    /// Runs the command line like `main()`, async subcommands (`serve`) included, except that
    /// every usage error (unknown option, missing argument, bad value) is one line on stderr and
    /// exit status 2, like every other bad input; `--help` and `--version` print as usual. A
    /// quantity option's number and unit may be two words (``QuantityArguments``).
    public static func runAsTool(_ arguments: [String]? = nil) async -> Never {
        do {
            let given = arguments ?? Array(CommandLine.arguments.dropFirst())
            var command = try parseAsRoot(QuantityArguments.joiningUnits(given))
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            Foundation.exit(0)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            if error is ExitCode { Foundation.exit(code.rawValue) }
            let message = fullMessage(for: error)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("Usage:") && !$0.hasPrefix("See '") }
                .joined(separator: " ")
            let text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
            FileHandle.standardError.write(Data(("error: " + text + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
