import AtlasCore
import AtlasData
import AtlasStore
import Hummingbird

extension Site {
    /// `/families` and `/api/v1/families`: the review's family profiles with record counts.
    func addFamilyRoutes(to router: AtlasRouter) {
        router.get("/families") { _, _ in
            try cache.response(key: "families page", version: try store.dataVersion()) {
                Responses.renderedHTML(FamiliesPage.render(try familyEntries()))
            }
        }
        router.get("/api/v1/families") { _, _ in
            try cache.response(key: "families api", version: try store.dataVersion()) {
                Responses.rendered(
                    JSONValue.array(try familyEntries().map { ReviewJSON.family($0.profile, filter: $0.filter, count: $0.count) }).pretty + "\n",
                    contentType: "application/json; charset=utf-8")
            }
        }
    }

    /// Each profile with the filter that selects its records (a class profile: `class = …`; a
    /// family: `family = …`, which includes its variants) and the number of records it selects.
    func familyEntries() throws -> [FamiliesPage.Entry] {
        try review.review().families.map { profile in
            let filter = profile.family.map { "family = \($0.rawValue)" } ?? "class = \(profile.electrolyteClass.rawValue)"
            return FamiliesPage.Entry(profile: profile, filter: filter, count: try store.count(try QueryParser().parse(filter)))
        }
    }
}
