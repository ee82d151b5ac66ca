package org.xpsci.linalg;

import java.util.Locale;

/** Which system a triangular or LU solve handles (SciPy's {@code trans}: 0/'N', 1/'T', 2/'C'). */
public enum Trans {
    /** {@code a x = b} (0, 'N'). */
    N,
    /** {@code a^T x = b} (1, 'T'). */
    T,
    /** {@code a^H x = b} (2, 'C'). */
    C;

    /**
     * The mode SciPy numbers {@code code} (0, 1 or 2).
     *
     * @throws IllegalArgumentException for any other number
     */
    public static Trans of(int code) {
        if (code < 0 || code > 2) {
            throw new IllegalArgumentException("trans must be 0, 1 or 2 (or 'N', 'T', 'C'); got " + code);
        }
        return values()[code];
    }

    /**
     * The mode SciPy names {@code name}: "N", "T", "C" (case-insensitive) or "0", "1", "2".
     *
     * @throws IllegalArgumentException listing the accepted values for anything else
     */
    public static Trans parse(String name) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        return switch (n) {
            case "N", "0" -> N;
            case "T", "1" -> T;
            case "C", "2" -> C;
            default -> throw new IllegalArgumentException("trans must be one of 0, 1, 2, 'N', 'T', 'C'; got '" + name
                    + "'");
        };
    }
}
