import AtlasCore
import AtlasPhysics
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AtlasWeb

@Suite("/design and /api/v1/design")
struct DesignAPITests {
    @Test("GET /api/v1/design is the calculator's JSON for the same design, separate thickness fields included")
    func forward() async throws {
        var design = try CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "Li")
        design.footprint = try Area(parsing: "1 mm2")
        let expected = try DesignCalculator.evaluate(design).jsonString() + "\n"
        try await withAtlas { client in
            let a = try await client.get(
                "/api/v1/design?cathode=LiCoO2:1um&electrolyte=LiPON:1.5um&anode=Li&area=" + q("1 mm2"))
            #expect(a.status == .ok)
            #expect(a.text == expected)
            let b = try await client.get(
                "/api/v1/design?cathode=LiCoO2&cathode_thickness=1um&electrolyte=LiPON&electrolyte_thickness=1.5um&anode=Li&area=1mm2"
            )
            #expect(b.text == expected)
            let post = try await client.post(
                "/api/v1/design", headers: [.contentType: "application/json"],
                body:
                    #"{"cathode": "LiCoO2", "cathode_thickness": 1, "electrolyte": "LiPON:1.5um", "anode": "Li", "area": "1 mm2"}"#
            )
            #expect(post.status == .ok)
            #expect(post.text == expected)
        }
    }

    @Test("a target energy runs the inverse design")
    func inverse() async throws {
        let design = try CellDesign(cathode: "LiCoO2:1um", electrolyte: "LiPON:1.5um", anode: "Li")
        let expected =
            try InverseDesign.solve(design, target: DesignTarget(energy: try Energy(parsing: "24 uWh"))).jsonString()
            + "\n"
        try await withAtlas { client in
            let r = try await client.get(
                "/api/v1/design?cathode=LiCoO2:1um&electrolyte=LiPON:1.5um&anode=Li&target_energy=24uWh")
            #expect(r.status == .ok)
            #expect(r.text == expected)
        }
    }

    @Test("unreadable input is 400 naming the field; a design that cannot be built is 422; non-JSON POST is 415")
    func errors() async throws {
        try await withAtlas { client in
            let cases: [(String, HTTPResponse.Status, String)] = [
                ("cathode=LiCoO2:1um&electrolyte=LiPON:1.5um&anode=Li&area=3%20parsecs", .badRequest, "area: "),
                (
                    "cathode=Unobtainium&electrolyte=LiPON:1.5um&anode=Li", .badRequest,
                    "unknown cathode 'Unobtainium' (known: LiCoO2"
                ),
                (
                    "cathode=LiCoO2:1um&electrolyte=LiPON:1.5um&anode=Li&rate=1C&current=1uA", .badRequest,
                    "rate and current cannot be used together"
                ),
                (
                    "cathode=LiCoO2:1um&electrolyte=LiPON:1.5um&anode=Li&colour=red", .badRequest,
                    "unknown design field 'colour'"
                ),
                ("electrolyte=LiPON:1.5um&anode=Li", .badRequest, "cathode: required"),
                (
                    "cathode=LiCoO2:1um&electrolyte=LiPON:0.05um&anode=Li", .unprocessableContent,
                    "LiPON thickness 0.05 µm is below the minimum"
                ),
            ]
            for (query, status, prefix) in cases {
                let r = try await client.get("/api/v1/design?" + query)
                #expect(r.status == status, "\(query): \(r.text)")
                #expect((try r.object()["error"] as? String)?.hasPrefix(prefix) == true, "\(query): \(r.text)")
            }
            let form = try await client.post(
                "/api/v1/design", headers: [.contentType: "application/x-www-form-urlencoded"], body: "cathode=LiCoO2")
            #expect(form.status == .unsupportedMediaType)
        }
    }

    @Test("the design page starts from a worked example and shows errors beside the form it keeps")
    func page() async throws {
        try await withAtlas { client in
            let start = try await client.get("/design")
            #expect(start.status == .ok)
            #expect(start.text.contains("<option value=\"LiCoO2\" selected>"))
            #expect(start.text.contains("Per footprint area"))
            let thin = try await client.get(
                "/design?cathode=LiCoO2&cathode_thickness=1um&electrolyte=LiPON&electrolyte_thickness=0.05um&anode=Li")
            #expect(thin.status == .unprocessableContent)
            #expect(thin.text.contains("This design cannot be computed"))
            #expect(thin.text.contains("value=\"0.05um\""))
            let allowed = try await client.get(
                "/design?cathode=LiCoO2&cathode_thickness=1um&electrolyte=LiPON&electrolyte_thickness=0.05um&anode=Li&allow_thin_electrolyte=true"
            )
            #expect(allowed.status == .ok)
        }
    }
}
