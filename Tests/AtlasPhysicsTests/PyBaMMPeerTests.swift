import Foundation
import Testing

@testable import AtlasPhysics

/// One PyBaMM peer discharge curve from Tests/AtlasPhysicsTests/Fixtures.
struct PeerCurve {
    let rate: Double
    let endTime: Double
    let times: [Double]
    let voltages: [Double]
    let surfaces: [Double]

    static let rates = [0.1, 0.5, 1, 2, 5, 10, 20, 50]

    static func load(rate: Double) throws -> PeerCurve {
        let name = "pybamm_peer_\(rate == rate.rounded() ? String(Int(rate)) : String(rate))C"
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        var endTime = 0.0
        var times: [Double] = []
        var voltages: [Double] = []
        var surfaces: [Double] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") {
                if let range = line.range(of: "end_time_s=") {
                    endTime = Double(line[range.upperBound...].prefix { $0 != " " }) ?? 0
                }
                continue
            }
            let fields = line.split(separator: ",")
            guard fields.count == 3, let t = Double(fields[0]), let v = Double(fields[1]), let x = Double(fields[2])
            else { continue }
            times.append(t)
            voltages.append(v)
            surfaces.append(x)
        }
        return PeerCurve(rate: rate, endTime: endTime, times: times, voltages: voltages, surfaces: surfaces)
    }
}

@Suite("PyBaMM peer model (fixtures from bench/pybamm)")
struct PyBaMMPeerTests {
    @Test("the fixtures are complete: 8 rates, 201 samples each, ending at the cut-off", arguments: PeerCurve.rates)
    func fixturesLoad(rate: Double) throws {
        let peer = try PeerCurve.load(rate: rate)
        #expect(peer.times.count == 201)
        #expect(peer.endTime > 0)
        #expect(abs(try #require(peer.voltages.last) - 3.0) < 1e-6)
    }

    @Test(
        "the closed form agrees with PyBaMM within 0.5 % in delivered capacity and 5 mV RMS in voltage",
        arguments: PeerCurve.rates)
    func agreesWithPeer(rate: Double) throws {
        let peer = try PeerCurve.load(rate: rate)
        let discharge = ConstantCurrentDischarge(model: try CellModel(design(rate: rate)))
        let end = discharge.endOfDischarge().time
        // Delivered capacity at one current is proportional to the end time.
        let capacityError = abs(end / peer.endTime - 1)
        #expect(capacityError < 5e-3, "\(rate)C: capacity differs by \(capacityError * 100) %")
        var sum = 0.0
        var count = 0
        for (t, v) in zip(peer.times, peer.voltages) where t <= min(end, peer.endTime) {
            let d = discharge.voltage(at: t) - v
            sum += d * d
            count += 1
        }
        let rms = (sum / Double(count)).squareRoot()
        #expect(rms < 5e-3, "\(rate)C: voltage RMS \(rms * 1000) mV over \(count) samples")
    }
}
