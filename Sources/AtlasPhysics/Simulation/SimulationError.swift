import Foundation

/// Everything that can go wrong when setting up or running a discharge simulation. Each case
/// names the parameter (by its design-file key, which is also the CLI option without `--`) or
/// the time the solver reached.
public enum SimulationError: Error, Equatable, Sendable {
    /// A parameter is outside its physical range (`x0`, "must lie in [x-min, x-max] = [0.5, 1]; got 1.2").
    case invalidParameter(String, reason: String)
    /// A parameter's text could not be read (`cathode-thickness`, "'3 V' is not a thickness unit").
    case unreadableParameter(String, reason: String)
    /// A key the design vocabulary does not have.
    case unknownParameter(String)
    /// A parameter the chosen model needs was not given.
    case missingParameter(String, reason: String)
    /// The cut-off is at or above the open-circuit voltage at x0: nothing can be discharged.
    case cutoffAboveOpenCircuit(cutoff: Double, openCircuit: Double)
    /// The time integrator stopped before the discharge ended.
    case solverFailed(timeReached: Double, reason: String)
    /// The design file is not a JSON object of keys to values.
    case malformedDesignFile(String)

    /// The design key the error is about, if it is about one.
    public var parameter: String? {
        switch self {
        case .invalidParameter(let name, _), .unreadableParameter(let name, _), .missingParameter(let name, _),
            .unknownParameter(let name):
            return name
        case .cutoffAboveOpenCircuit: return DesignParameter.cutoff.key
        case .solverFailed, .malformedDesignFile: return nil
        }
    }

    /// The message without the leading `key: ` of ``parameter``.
    public var reason: String {
        let text = message
        if let name = parameter, text.hasPrefix(name + ": ") { return String(text.dropFirst(name.count + 2)) }
        return text
    }

    /// One line, naming the place and the reason.
    public var message: String {
        switch self {
        case .invalidParameter(let name, let reason): return "\(name): \(reason)"
        case .unreadableParameter(let name, let reason): return "\(name): \(reason)"
        case .unknownParameter(let name): return "\(name): unknown design parameter"
        case .missingParameter(let name, let reason): return "\(name): \(reason)"
        case .cutoffAboveOpenCircuit(let cutoff, let ocv):
            return "cutoff: \(formatted(cutoff)) V is not below the open-circuit voltage \(formatted(ocv)) V at x0"
        case .solverFailed(let time, let reason):
            return "solver failed at t = \(formatted(time)) s: \(reason)"
        case .malformedDesignFile(let reason): return "design file: \(reason)"
        }
    }

    private func formatted(_ x: Double) -> String {
        let s = String(format: "%.4g", x)
        return s
    }
}

extension SimulationError: CustomStringConvertible {
    public var description: String { message }
}
