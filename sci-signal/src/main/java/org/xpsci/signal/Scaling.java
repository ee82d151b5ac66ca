package org.xpsci.signal;

import java.util.Locale;

/** The {@code scaling} of SciPy's spectral estimators: a power spectral density or a power spectrum. */
public enum Scaling {
    /** Power spectral density, in V²/Hz for a signal in V sampled at fs Hz ({@code 'density'}, the default). */
    DENSITY,
    /** Power spectrum, in V² ({@code 'spectrum'}). */
    SPECTRUM;

    /**
     * Parses "density" or "spectrum".
     *
     * @throws IllegalArgumentException listing the accepted values
     */
    public static Scaling parse(String name) {
        if (name != null) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "density":
                    return DENSITY;
                case "spectrum":
                    return SPECTRUM;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("Parameter scaling='" + name + "' not in {'spectrum', 'density'}!");
    }

    /** The lower-case name, as SciPy spells it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
