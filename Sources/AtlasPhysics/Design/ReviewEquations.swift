import AtlasCore

/// The review's two engineering equations, with units carried by the types.
///
/// Eqn (1): E = C·V/(θ·ρ), E in W h kg⁻¹, C in mA h cm⁻², V in V, θ in µm, ρ in kg m⁻³. With
/// typed values the unit algebra is done in SI: C·V is an areal energy (J m⁻²), θ·ρ an areal mass
/// (kg m⁻²), their ratio a specific energy (J kg⁻¹). In the review's units the same number is
/// E [W h kg⁻¹] = 10⁷ · C [mA h cm⁻²] · V [V] / (θ [µm] · ρ [kg m⁻³]).
///
/// Eqn (2): P = E/Δt, Δt the discharge time.
public enum ReviewEquations {
    /// Eqn (1) for one layer of thickness θ and density ρ.
    public static func specificEnergy(
        capacity: ArealCapacity, voltage: Voltage, thickness: Length, density: MassDensity
    ) -> SpecificEnergy {
        specificEnergy(capacity: capacity, voltage: voltage, arealMass: thickness.si * density.si)
    }

    /// Eqn (1) with θ·ρ summed over several layers (areal mass in kg m⁻²).
    public static func specificEnergy(
        capacity: ArealCapacity, voltage: Voltage, arealMass kilogramsPerSquareMetre: Double
    ) -> SpecificEnergy {
        SpecificEnergy(si: (capacity * voltage).si / kilogramsPerSquareMetre)
    }

    /// Eqn (2): P = E/Δt, per footprint.
    public static func power(energy: ArealEnergy, dischargeTime: Duration) -> ArealPower {
        energy / dischargeTime
    }

    /// Eqn (2) for a specific energy.
    public static func power(energy: SpecificEnergy, dischargeTime: Duration) -> SpecificPower {
        SpecificPower(si: energy.si / dischargeTime.si)
    }
}
