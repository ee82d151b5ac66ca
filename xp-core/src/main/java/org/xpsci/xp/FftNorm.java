package org.xpsci.xp;

import java.util.Locale;

/** The {@code norm} modes of the standard's fft functions and of scipy.fft. */
public enum FftNorm {
    /** Forward unscaled, inverse scaled by 1/n (the default). */
    BACKWARD,
    /** Both directions scaled by 1/sqrt(n). */
    ORTHO,
    /** Forward scaled by 1/n, inverse unscaled. */
    FORWARD;

    /**
     * Parses "backward", "ortho" or "forward"; null gives {@link #BACKWARD} as in SciPy.
     *
     * @throws IllegalArgumentException listing the accepted values
     */
    public static FftNorm parse(String name) {
        if (name == null) {
            return BACKWARD;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "backward" -> BACKWARD;
            case "ortho" -> ORTHO;
            case "forward" -> FORWARD;
            default -> throw new IllegalArgumentException(
                    "Invalid norm value '" + name + "'; should be \"backward\", \"ortho\" or \"forward\".");
        };
    }

    /** The mode that applies to the opposite direction's scaling (backward and forward swap). */
    public FftNorm swapped() {
        return switch (this) {
            case BACKWARD -> FORWARD;
            case FORWARD -> BACKWARD;
            case ORTHO -> ORTHO;
        };
    }

    /** The lower-case name, as SciPy spells it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
