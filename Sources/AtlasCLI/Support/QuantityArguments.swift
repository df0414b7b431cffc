import Foundation

/// Lets a quantity option take its number and its unit as two words, as people write them and as
/// the issues do (`--min-conductivity 1e-6 S/cm`, `--max-process-temperature 400 C`,
/// `--window 0-5 V`): before parsing, such a pair becomes one value (`1e-6 S/cm`).
///
/// A pair is joined only when the option is one of the command's quantity options, its value is
/// a bare number or range (it ends in a digit or a point) and the next word is not an option.
/// Anything else is left as it is, so a stray word still gets the parser's "unexpected argument".
/// The options themselves parse `.unconditional`, so a negative value after a space
/// (`--area -1mm2`) reaches the command's own check, which names the problem.
public enum QuantityArguments {
    /// The quantity options of each subcommand, by their long names.
    public static let options: [String: Set<String>] = [
        "screen": [
            "--min-conductivity", "--target-conductivity", "--max-electronic", "--window", "--max-process-temperature",
        ],
        "design": [
            "--area", "--rate", "--current", "--temperature", "--max-drop", "--cell-voltage", "--target-energy",
            "--target-power", "--max-volume",
        ],
    ]

    /// `arguments` (without the program name) with each quantity option's number and unit joined.
    public static func joiningUnits(_ arguments: [String]) -> [String] {
        guard let command = arguments.first, let names = options[command] else { return arguments }
        var out = [command]
        var i = 1
        func isBareNumber(_ word: String) -> Bool {
            guard let last = word.trimmingCharacters(in: .whitespaces).last else { return false }
            return last.isNumber || last == "."
        }
        func isUnitWord(_ index: Int) -> Bool {
            index < arguments.count && !arguments[index].hasPrefix("-") && !arguments[index].isEmpty
        }
        while i < arguments.count {
            let word = arguments[i]
            if word == "--" {
                out += arguments[i...]
                break
            }
            if names.contains(word), i + 1 < arguments.count {
                // --option VALUE [UNIT]
                let value = arguments[i + 1]
                if isBareNumber(value), isUnitWord(i + 2) {
                    out += [word, value + " " + arguments[i + 2]]
                    i += 3
                } else {
                    out += [word, value]
                    i += 2
                }
                continue
            }
            if let eq = word.firstIndex(of: "="), names.contains(String(word[..<eq])) {
                // --option=VALUE [UNIT]
                if isBareNumber(String(word[word.index(after: eq)...])), isUnitWord(i + 1) {
                    out.append(word + " " + arguments[i + 1])
                    i += 2
                    continue
                }
            }
            out.append(word)
            i += 1
        }
        return out
    }
}
