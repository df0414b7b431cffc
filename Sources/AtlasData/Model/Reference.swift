/// One entry of the review's reference list, as printed and split into its parts.
///
/// The review's style (RSC) prints no article titles or DOIs; the atlas does not invent them.
public struct Reference: Hashable, Sendable, Codable, Identifiable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case article, book, patent, other
    }

    /// The reference number in the review (1–310).
    public let number: Int
    public let kind: Kind
    public let authors: [String]
    public let journal: String?
    public let year: Int?
    public let volume: String?
    public let issue: String?
    public let pages: String?
    /// Book title (articles have none printed).
    public let title: String?
    public let publisher: String?
    public let patentOffice: String?
    public let patentNumber: String?
    /// The reference exactly as the review prints it.
    public let printed: String
    /// A curator's note where something is missing or odd in the printed reference.
    public let note: String?

    public var id: Int { number }

    public init(
        number: Int, kind: Kind, authors: [String], journal: String? = nil, year: Int? = nil, volume: String? = nil,
        issue: String? = nil, pages: String? = nil, title: String? = nil, publisher: String? = nil,
        patentOffice: String? = nil, patentNumber: String? = nil, printed: String, note: String? = nil
    ) {
        self.number = number
        self.kind = kind
        self.authors = authors
        self.journal = journal
        self.year = year
        self.volume = volume
        self.issue = issue
        self.pages = pages
        self.title = title
        self.publisher = publisher
        self.patentOffice = patentOffice
        self.patentNumber = patentNumber
        self.printed = printed
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case number, kind, authors, journal, year, volume, issue, pages, title, publisher, printed, note
        case patentOffice = "patent_office"
        case patentNumber = "patent_number"
    }

    /// "Bates et al., Solid State Ionics, 2000, 135, 33–45" — the short form used in tables.
    public var shortCitation: String {
        let lead: String
        switch authors.count {
        case 0: lead = ""
        case 1: lead = Self.surname(authors[0])
        case 2: lead = Self.surname(authors[0]) + " and " + Self.surname(authors[1])
        default: lead = Self.surname(authors[0]) + " et al."
        }
        let parts = [journal ?? title ?? patentNumber, year.map(String.init), volume, pages].compactMap { $0 }
        return ([lead] + parts).filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The family name of a printed author ("J. B. Bates" → "Bates", "J. L. M. Rupp" → "Rupp").
    static func surname(_ author: String) -> String {
        let words = author.split(separator: " ")
        // Initials end with "." ("J.", "K.-W."); the surname is what follows the last initial.
        if let lastInitial = words.lastIndex(where: { $0.hasSuffix(".") }), lastInitial < words.count - 1 {
            return words[(lastInitial + 1)...].joined(separator: " ")
        }
        return words.last.map(String.init) ?? author
    }
}
