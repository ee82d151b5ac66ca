package org.xpsci.signal;

import java.util.Locale;

/**
 * How {@link Spectral#stft} extends the signal by {@code nperseg/2} samples at both ends so that the first
 * segment is centred on the first sample: SciPy's {@code boundary} argument ({@link #NONE} is Python's None).
 */
public enum Boundary {
    /** Mirror images about the end samples ({@code 'even'}). */
    EVEN,
    /** 180° rotations about the end samples ({@code 'odd'}). */
    ODD,
    /** Repeats of the end samples ({@code 'constant'}). */
    CONSTANT,
    /** Zeros ({@code 'zeros'}, the default). */
    ZEROS,
    /** No extension ({@code None}). */
    NONE;

    /**
     * Parses "even", "odd", "constant", "zeros", or "none" (null also means none).
     *
     * @throws IllegalArgumentException listing the accepted values
     */
    public static Boundary parse(String name) {
        if (name == null) {
            return NONE;
        }
        for (Boundary b : values()) {
            if (b.label().equals(name.toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unknown boundary option '" + name
                + "', must be one of: ['even', 'odd', 'constant', 'zeros', None]");
    }

    /** The lower-case name, as SciPy spells it ("none" for None). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
