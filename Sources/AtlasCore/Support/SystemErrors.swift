import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Plain-language text for the errors Foundation throws — a file that cannot be read, a JSON
/// document that cannot be parsed — so that messages to users name the file or the place and the
/// reason, never `Error Domain=NSCocoaErrorDomain Code=4 … UserInfo={…}`.
public enum SystemErrors {
    /// One line for `error` when it is a Foundation (Cocoa or POSIX) error; nil for other errors,
    /// whose own description is already meant for people.
    public static func describe(_ error: Error) -> String? {
        guard
            error is CocoaError || error is POSIXError || (error as NSError).domain == NSCocoaErrorDomain
                || (error as NSError).domain == NSPOSIXErrorDomain
        else { return nil }
        let e = error as NSError
        if e.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(e.code))) }
        if let json = jsonMessage(e) { return json }
        let path = (e.userInfo[NSFilePathErrorKey] as? String) ?? (e.userInfo[NSURLErrorKey] as? URL)?.path
        var reason: String
        if let underlying = e.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(Int32(underlying.code)))
        } else {
            switch CocoaError.Code(rawValue: e.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: reason = "no such file or directory"
            case .fileReadNoPermission, .fileWriteNoPermission: reason = "permission denied"
            case .fileWriteOutOfSpace: reason = "no space left on the device"
            case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: reason = "not readable as UTF-8 text"
            default: reason = "file error \(e.code)"
            }
        }
        reason = reason.prefix(1).lowercased() + reason.dropFirst()
        return path.map { "\($0): \(reason)" } ?? reason
    }

    /// Where a JSON parse failed and why, as a 1-based line and column in `text` and a short
    /// reason; nil when `error` is not a JSON parse error.
    public static func jsonFailure(_ error: Error, in text: String) -> (line: Int, column: Int, reason: String)? {
        let e = error as NSError
        guard e.domain == NSCocoaErrorDomain, e.code == CocoaError.Code.propertyListReadCorrupt.rawValue,
            let message = jsonMessage(e)
        else { return nil }
        guard let offset = characterOffset(in: message) else { return (1, 1, message) }
        // Foundation counts UTF-8 bytes from 0.
        var line = 1
        var column = 1
        var bytes = 0
        for ch in text {
            if bytes >= offset { break }
            bytes += ch.utf8.count
            if ch == "\n" || ch == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        let reason = message.replacingOccurrences(
            of: #" around (line \d+, column \d+|character \d+)\.?"#, with: "", options: .regularExpression)
        return (line, column, reason)
    }

    private static func jsonMessage(_ e: NSError) -> String? {
        guard e.domain == NSCocoaErrorDomain, e.code == CocoaError.Code.propertyListReadCorrupt.rawValue else {
            return nil
        }
        let debug = (e.userInfo[NSDebugDescriptionErrorKey] as? String) ?? "the data is not in the JSON format"
        return debug.prefix(1).lowercased() + debug.dropFirst()
    }

    private static func characterOffset(in message: String) -> Int? {
        guard let range = message.range(of: #"character \d+"#, options: .regularExpression) else { return nil }
        return Int(message[range].dropFirst("character ".count))
    }
}
