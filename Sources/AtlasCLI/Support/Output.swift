import AtlasCore
import Foundation

/// Writing results to stdout in one piece.
enum Output {
    static func write(_ text: String) {
        var text = text
        if !text.hasSuffix("\n") { text += "\n" }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Three significant digits in the review's typography; "—" when absent.
    static func number(_ v: Double?, digits: Int = 3) -> String {
        guard let v else { return "—" }
        return QuantityFormatter(style: .unicode, significantDigits: digits).number(v)
    }

    static func integer(_ v: Int?) -> String { v.map(String.init) ?? "—" }
}
