package org.xpsci.linalg;

import java.util.Locale;

/** What {@link Linalg#qr} returns (SciPy's {@code mode}). */
public enum QrMode {
    /** Q (M, M) and R (M, N) ({@code 'full'}, the default). */
    FULL,
    /** Q (M, K) and R (K, N), K = min(M, N) ({@code 'economic'}). */
    ECONOMIC,
    /** R (M, N) only ({@code 'r'}). */
    R;

    /**
     * The mode SciPy names {@code name} ("full", "economic", "r"; case-insensitive).
     *
     * @throws IllegalArgumentException listing the accepted modes otherwise (SciPy's "raw" Householder output is
     *     not offered)
     */
    public static QrMode parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "full" -> FULL;
            case "economic" -> ECONOMIC;
            case "r" -> R;
            default -> throw new IllegalArgumentException("Mode argument should be one of ['full', 'r', 'economic'];"
                    + " got '" + name + "'");
        };
    }
}
