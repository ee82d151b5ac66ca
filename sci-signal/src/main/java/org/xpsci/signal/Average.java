package org.xpsci.signal;

import java.util.Locale;

/** How {@code welch} and {@code csd} average the periodograms of their segments. */
public enum Average {
    /** The arithmetic mean ({@code 'mean'}, the default). */
    MEAN,
    /** The median, of real and imaginary parts separately, divided by SciPy's median bias ({@code 'median'}). */
    MEDIAN;

    /**
     * Parses "mean" or "median".
     *
     * @throws IllegalArgumentException listing the accepted values
     */
    public static Average parse(String name) {
        if (name != null) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "mean":
                    return MEAN;
                case "median":
                    return MEDIAN;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("Parameter average='" + name + "' must be 'median' or 'mean'!");
    }

    /** The lower-case name, as SciPy spells it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
