// Timing and validation harness for the discharge simulator (not part of the product).
//
//   swift run -c release SimulatorBenchmark timing      # medians of the closed-form solves
//   swift run -c release SimulatorBenchmark validation  # the tables of docs/SIMULATOR.md
//   swift run -c release SimulatorBenchmark micro       # cost of one voltage evaluation's parts
//   swift run -c release SimulatorBenchmark quadrature  # energy quadrature error by panel count
//
// Every number printed is computed here from the library (and, for the peer table, from the
// PyBaMM fixtures in Tests/AtlasPhysicsTests/Fixtures).

import AtlasCore
import AtlasPhysics
import Foundation

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Median over `repeats` batches of the time per call, in seconds (batches amortize the clock).
func median(repeats: Int, batch: Int, _ body: () -> Double) -> (seconds: Double, sink: Double) {
    var times: [Double] = []
    var sink = 0.0
    for _ in 0..<repeats {
        let start = now()
        for _ in 0..<batch { sink += body() }
        times.append(Double(now() - start) / 1e9 / Double(batch))
    }
    times.sort()
    return (times[times.count / 2], sink)
}

func model(rate: Double, _ change: (inout DischargeDesign) -> Void = { _ in }) -> CellModel {
    var d = DischargeDesign.defaultThinFilm
    d.load = .cRate(rate)
    change(&d)
    do { return try CellModel(d) } catch { fatalError("benchmark design is invalid: \(error)") }
}

func timing() {
    print("# closed-form discharge of the default Li/LiPON/LiCoO2 cell (release build), median of 50 batches")
    print("rate_C,summary_us,curve201_us")
    var sink = 0.0
    for rate in RagoneCurve.standardRates {
        let m = model(rate: rate)
        let s = median(repeats: 50, batch: 200) { ConstantCurrentDischarge(model: m).summary().capacity.si }
        let c = median(repeats: 50, batch: 100) {
            ConstantCurrentDischarge(model: m).run(points: 201).summary.energy.si
        }
        sink += s.sink + c.sink
        print(String(format: "%g,%.2f,%.2f", rate, s.seconds * 1e6, c.seconds * 1e6))
    }
    let base = model(rate: 1)
    let ragone = median(repeats: 50, batch: 100) {
        (try? RagoneCurve(model: base, rates: RagoneCurve.standardRates))?.points.last?.energy.si ?? 0
    }
    sink += ragone.sink
    print(String(format: "# 8-rate Ragone sweep in-process: %.1f us", ragone.seconds * 1e6))
    for cells in [100, 400] {
        let fv = median(repeats: 5, batch: 1) {
            (try? FiniteVolumeDischarge(model: base, cells: cells, tolerance: 1e-7).run())?.summary.capacity.si ?? 0
        }
        sink += fv.sink
        print(
            String(format: "# finite-volume reference, 1C, %d cells, tolerance 1e-7: %.2f ms", cells, fv.seconds * 1e3))
    }
    print("# sink \(sink)")
}

func peerTable() {
    print("| C-rate | Q closed form (µA h cm⁻²) | Q PyBaMM (µA h cm⁻²) | ΔQ (%) | V RMS (mV) | V max (mV) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for rate in RagoneCurve.standardRates {
        let label = rate == rate.rounded() ? String(Int(rate)) : String(rate)
        let path = "Tests/AtlasPhysicsTests/Fixtures/pybamm_peer_\(label)C.csv"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            print("missing \(path) (run from the package root)")
            return
        }
        var peerEnd = 0.0
        var samples: [(Double, Double)] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") {
                if let r = line.range(of: "end_time_s=") {
                    peerEnd = Double(line[r.upperBound...].prefix { $0 != " " }) ?? 0
                }
                continue
            }
            let f = line.split(separator: ",")
            if f.count == 3, let t = Double(f[0]), let v = Double(f[1]) { samples.append((t, v)) }
        }
        let m = model(rate: rate)
        let discharge = ConstantCurrentDischarge(model: m)
        let end = discharge.endOfDischarge().time
        var sum = 0.0
        var worst = 0.0
        var n = 0
        for (t, v) in samples where t <= min(end, peerEnd) {
            let d = abs(discharge.voltage(at: t) - v)
            sum += d * d
            worst = max(worst, d)
            n += 1
        }
        let q = ArealCapacity(si: m.currentDensity * end).canonical
        let qPeer = ArealCapacity(si: m.currentDensity * peerEnd).canonical
        print(
            String(
                format: "| %g | %.4f | %.4f | %+.4f | %.3f | %.2f |", rate, q, qPeer, 100 * (end / peerEnd - 1),
                1e3 * (sum / Double(n)).squareRoot(), 1e3 * worst))
    }
}

func lowRateAndReference() {
    var d = DischargeDesign.defaultThinFilm
    d.load = .cRate(0.01)
    d.diffusivity = Diffusivity(si: 1e-11)
    d.cathodeRateConstant = RateConstant(si: 1e-5)
    let m = try! CellModel(d)
    let ocv = m.openCircuitVoltage
    let root = RootFinding.illinois(in: 0.9, 0.999, tolerance: 1e-12) { ocv.potential($0) - 3.0 }!
    let qOCV = PhysicalConstants.faraday * m.maximumConcentration * (root.x - 0.5) * m.thickness
    let q = ConstantCurrentDischarge(model: m).summary().capacity.si
    print(
        String(
            format:
                "low-rate limit: x* = %.5f (U(x*) = 3.0 V), OCV-limited Q = %.4f µA h cm⁻² (%.2f %% of Q), C/100 delivered %.4f, difference %+.4f %%",
            root.x, ArealCapacity(si: qOCV).canonical, 100 * (root.x - 0.5) / 0.5, ArealCapacity(si: q).canonical,
            100 * (q / qOCV - 1)))
    print("")
    print("| C-rate | Q closed form | Q FV 100 cells | Q FV 400 cells | ΔQ 400 (%) | V̄ closed | V̄ FV 400 |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for rate in [0.1, 1, 5, 20, 50] {
        let mm = model(rate: rate)
        let fast = ConstantCurrentDischarge(model: mm).summary()
        let fv100 = try! FiniteVolumeDischarge(model: mm, cells: 100, tolerance: 1e-8).run().summary
        let fv400 = try! FiniteVolumeDischarge(model: mm, cells: 400, tolerance: 1e-8).run().summary
        print(
            String(
                format: "| %g | %.4f | %.4f | %.4f | %+.4f | %.4f | %.4f |", rate, fast.capacity.canonical,
                fv100.capacity.canonical,
                fv400.capacity.canonical, 100 * (fv400.capacity.si / fast.capacity.si - 1), fast.meanVoltage.si,
                fv400.meanVoltage.si))
    }
}

func convergence() {
    let m = model(rate: 5)
    let exact = ConstantCurrentDischarge(model: m)
    let qExact = exact.summary().capacity.si
    print(
        "| cells N | tolerance | ΔQ vs closed form (%) | observed order | max rel. error of c_s − c0 for t ≥ 0.01·L²/D (%) |"
    )
    print("|---:|---:|---:|---:|---:|")
    var previous: Double?
    for cells in [25, 50, 100, 200, 400] {
        let result = try! FiniteVolumeDischarge(model: m, cells: cells, tolerance: 1e-10).run()
        let error = abs(result.summary.capacity.si / qExact - 1)
        let order = previous.map { String(format: "%.2f", log2($0 / error)) } ?? "–"
        var worst = 0.0
        for p in result.curve where p.time >= 0.01 * m.thickness * m.thickness / m.diffusivity {
            let rise = exact.surfaceStoichiometry(at: p.time) - m.initialStoichiometry
            worst = max(worst, abs((p.surfaceStoichiometry - m.initialStoichiometry) / rise - 1))
        }
        print(String(format: "| %d | 1e-10 | %.2e | %@ | %.3f |", cells, 100 * error, order, 100 * worst))
        previous = error
    }
}

func literature() {
    print(
        "| cell | thickness | rate | cut-off | simulated Q (µA h cm⁻²) | per µm (µA h cm⁻² µm⁻¹) | E (µW h cm⁻²) | P (µW cm⁻²) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for (thickness, rate, cutoff, diffusivity) in [
        (1.0, 0.1, 3.2, 1e-15), (1.0, 0.1, 3.0, 1e-15), (1.0, 0.73, 3.0, 1e-15), (1.0, 1.0, 3.0, 1e-15),
        (1.0, 5.0, 3.0, 1e-15), (4.2, 0.1, 3.0, 1e-15), (4.2, 1.0, 3.0, 1e-15), (4.2, 1.0, 3.0, 1e-14),
    ] {
        let m = model(rate: rate) { d in
            d.cathodeThickness = Length(si: thickness * 1e-6)
            d.cutoff = Voltage(si: cutoff)
            d.diffusivity = Diffusivity(si: diffusivity)
        }
        let s = ConstantCurrentDischarge(model: m).summary()
        print(
            String(
                format: "| D = %g m²/s | %.1f µm | %gC | %.1f V | %.2f | %.2f | %.1f | %.1f |", diffusivity, thickness,
                rate, cutoff,
                s.capacity.canonical, s.capacity.canonical / thickness, s.energy.canonical, s.averagePower.canonical))
    }
}

// Cost of the pieces of one voltage evaluation (for optimizing; not reported in the docs).
func micro() {
    let m = model(rate: 1)
    let u = m.openCircuitVoltage
    let d = ConstantCurrentDischarge(model: m)
    var x = 0.5
    let a = median(repeats: 20, batch: 100_000) {
        x += 1e-7
        if x > 0.95 { x = 0.5 }
        return u.potential(x)
    }
    let b = median(repeats: 20, batch: 100_000) {
        x += 1e-7
        if x > 0.95 { x = 0.5 }
        return SlabDiffusion.sealedSlabSurface(x)
    }
    let c = median(repeats: 20, batch: 100_000) {
        x += 1e-7
        if x > 0.95 { x = 0.5 }
        return d.voltage(at: x * 3000)
    }
    let e = median(repeats: 20, batch: 100_000) {
        x += 1e-7
        if x > 0.95 { x = 0.5 }
        return tanh(x)
    }
    let f = median(repeats: 20, batch: 100_000) {
        x += 1e-7
        if x > 0.95 { x = 0.5 }
        return asinh(x)
    }
    print(
        String(
            format: "U %.1f ns, g %.1f ns, V(t) %.1f ns, tanh %.1f ns, asinh %.1f ns  %g", a.seconds * 1e9,
            b.seconds * 1e9, c.seconds * 1e9, e.seconds * 1e9, f.seconds * 1e9,
            a.sink + b.sink + c.sink + e.sink + f.sink))
}

// Accuracy of Gauss–Legendre panel counts on the cosine substitution (for choosing them).
func quadrature() {
    for (rate, thickness) in [(0.1, 1.0), (2, 1.0), (50, 1.0), (1, 5.0), (0.01, 1.0)] {
        let d = ConstantCurrentDischarge(
            model: model(rate: rate) { $0.cathodeThickness = Length(si: thickness * 1e-6) })
        let end = d.endOfDischarge().time
        let n = 400_000
        var ref = 0.0
        var prev = d.voltage(at: 0)
        for k in 1...n {
            let v = d.voltage(at: end * Double(k) / Double(n))
            ref += 0.5 * (v + prev) * end / Double(n)
            prev = v
        }
        var line = "rate \(rate) L \(thickness):"
        for (panels, points) in [(1, 16), (2, 8), (3, 8), (4, 6), (2, 12), (4, 8), (6, 8)] {
            let rule = GaussLegendreRule(points: points)
            var sum = 0.0
            for p in 0..<panels {
                sum += rule.integrate(from: Double(p) / Double(panels), to: Double(p + 1) / Double(panels)) { s in
                    d.voltage(at: 0.5 * end * (1 - cos(Double.pi * s))) * sin(Double.pi * s)
                }
            }
            sum *= 0.5 * end * Double.pi
            line += String(format: " %dx%d:%.1e", panels, points, abs(sum / ref - 1))
        }
        print(line)
    }
}

let mode = CommandLine.arguments.dropFirst().first ?? "timing"
switch mode {
case "timing": timing()
case "validation":
    peerTable()
    print("")
    lowRateAndReference()
    print("")
    convergence()
    print("")
    literature()
case "micro": micro()
case "quadrature": quadrature()
default:
    print("usage: SimulatorBenchmark timing|validation|micro|quadrature")
}
