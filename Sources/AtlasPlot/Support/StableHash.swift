/// FNV-1a, 64-bit: a hash that is the same in every process (Swift's `Hasher` is seeded per
/// process), for jitter offsets and default element ids that must not change between runs.
enum StableHash {
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// FNV-1a with SplitMix64's finaliser: FNV alone barely changes its high bits when only the
    /// last character differs (`id-1`, `id-2`), and the high bits are the ones used below.
    static func mixed(_ text: String) -> UInt64 {
        var z = fnv1a(text)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1) from `text`.
    static func unitInterval(_ text: String) -> Double {
        Double(mixed(text) >> 11) / Double(UInt64(1) << 53)
    }

    /// A short hex tag for element ids (`c3f09a1b`).
    static func tag(_ text: String) -> String {
        let value = mixed(text) >> 32
        let digits = Array("0123456789abcdef")
        var out = ""
        for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((value >> UInt64(shift)) & 0xF)]) }
        return out
    }
}
