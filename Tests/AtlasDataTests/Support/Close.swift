/// Equal within a relative 1e-12: values pass through SI and back (S cm⁻¹ → S m⁻¹ → S cm⁻¹),
/// which may change the last binary digit.
func close(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-12 * max(abs(a), abs(b))
}
