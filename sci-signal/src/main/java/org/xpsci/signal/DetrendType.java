package org.xpsci.signal;

import java.util.Locale;

/** The trend {@link Detrend#detrend} removes: SciPy's {@code type} argument. */
public enum DetrendType {
    /** The mean ({@code 'constant'} or {@code 'c'}). */
    CONSTANT,
    /** A least-squares line, one per piece between breakpoints ({@code 'linear'} or {@code 'l'}, the default). */
    LINEAR;

    /**
     * Parses "linear", "l", "constant" or "c".
     *
     * @throws IllegalArgumentException listing the accepted values
     */
    public static DetrendType parse(String name) {
        if (name != null) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "linear":
                case "l":
                    return LINEAR;
                case "constant":
                case "c":
                    return CONSTANT;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("Trend type must be 'linear' or 'constant'; got type='" + name
                + "' (accepted: 'linear', 'l', 'constant', 'c')");
    }

    /** The lower-case name, as SciPy spells it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
