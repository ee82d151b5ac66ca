package org.xpsci.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The alternative hypothesis of a test (SciPy's {@code alternative} argument). */
public enum Alternative {
    /** The statistic differs from its null value in either direction ({@code 'two-sided'}, the default). */
    TWO_SIDED("two-sided"),
    /** The statistic is below its null value ({@code 'less'}). */
    LESS("less"),
    /** The statistic is above its null value ({@code 'greater'}). */
    GREATER("greater");

    private final String label;

    Alternative(String label) {
        this.label = label;
    }

    /** SciPy's name of the alternative. */
    public String label() {
        return label;
    }

    /**
     * The alternative named {@code name} ("two-sided", "less" or "greater", case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Alternative parse(String name) {
        for (Alternative a : values()) {
            if (a.label.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("alternative must be one of " + Arrays.stream(values())
                .map(a -> "'" + a.label + "'").collect(Collectors.joining(", ")) + "; got " + name);
    }

    @Override
    public String toString() {
        return label;
    }
}
