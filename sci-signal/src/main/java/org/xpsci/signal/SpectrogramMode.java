package org.xpsci.signal;

import java.util.Locale;

/** What {@link Spectral#spectrogram} returns per segment and frequency: SciPy's {@code mode}. */
public enum SpectrogramMode {
    /** The power spectral density or power spectrum, as welch scales it ({@code 'psd'}, the default). */
    PSD,
    /** The scaled complex short-time Fourier transform ({@code 'complex'}). */
    COMPLEX,
    /** Its magnitude ({@code 'magnitude'}). */
    MAGNITUDE,
    /** Its angle in radians, in (-π, π] ({@code 'angle'}). */
    ANGLE,
    /** Its angle unwrapped along the frequency axis ({@code 'phase'}). */
    PHASE;

    /**
     * Parses "psd", "complex", "magnitude", "angle" or "phase".
     *
     * @throws IllegalArgumentException listing the accepted values
     */
    public static SpectrogramMode parse(String name) {
        if (name != null) {
            for (SpectrogramMode m : values()) {
                if (m.label().equals(name.toLowerCase(Locale.ROOT))) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("unknown value for mode " + name
                + ", must be one of ['psd', 'complex', 'magnitude', 'angle', 'phase']");
    }

    /** The lower-case name, as SciPy spells it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
