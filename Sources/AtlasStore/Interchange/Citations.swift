import AtlasData

/// Citations of a record's source as text or BibTeX.
public enum Citations {
    /// The reference as the review prints it, with its number in the review.
    public static func text(_ reference: Reference) -> String {
        "[\(reference.number)] \(reference.printed)"
    }

    /// A BibTeX entry keyed `jetybayeva2021ref<N>`; authors joined with "and", page ranges with
    /// "--". Only fields the review prints are written.
    public static func bibtex(_ reference: Reference) -> String {
        let type: String
        switch reference.kind {
        case .article: type = "article"
        case .book: type = "book"
        case .patent: type = "misc"
        case .other: type = "misc"
        }
        var fields: [(String, String)] = []
        if !reference.authors.isEmpty { fields.append(("author", reference.authors.joined(separator: " and "))) }
        if let t = reference.title { fields.append(("title", t)) }
        if let j = reference.journal { fields.append(("journal", j)) }
        if let p = reference.publisher { fields.append(("publisher", p)) }
        if let y = reference.year { fields.append(("year", String(y))) }
        if let v = reference.volume { fields.append(("volume", v)) }
        if let i = reference.issue { fields.append(("number", i)) }
        if let p = reference.pages { fields.append(("pages", p.replacingEnDash)) }
        if let n = reference.patentNumber { fields.append(("note", "\(reference.patentOffice ?? "Patent") \(n)")) }
        fields.append(("note", "Reference \(reference.number) of Jetybayeva et al., J. Mater. Chem. A, 2021, 9, 15140"))
        var merged: [(String, String)] = []
        for (k, v) in fields {
            if let i = merged.firstIndex(where: { $0.0 == k }) {
                merged[i].1 += "; " + v
            } else {
                merged.append((k, v))
            }
        }
        let body = merged.map { "  \($0.0) = {\(escape($0.1))}" }.joined(separator: ",\n")
        return "@\(type){jetybayeva2021ref\(reference.number),\n\(body)\n}"
    }

    /// A BibTeX entry for a source outside the review (imported records).
    public static func bibtex(recordID: Int, citation: String?, doi: String?) -> String {
        var fields: [(String, String)] = []
        if let citation { fields.append(("note", citation)) }
        if let doi { fields.append(("doi", doi)) }
        let body = fields.map { "  \($0.0) = {\(escape($0.1))}" }.joined(separator: ",\n")
        return "@misc{mbatlas\(recordID),\n\(body)\n}"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "{", "}", "\\", "&", "%", "$", "#", "_": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }
}

extension String {
    fileprivate var replacingEnDash: String {
        split(separator: "–", omittingEmptySubsequences: false).joined(separator: "--")
    }
}
