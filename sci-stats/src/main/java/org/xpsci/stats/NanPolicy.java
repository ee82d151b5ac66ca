package org.xpsci.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a statistic treats NaN in its input (SciPy's {@code nan_policy} argument). */
public enum NanPolicy {
    /** A slice with a NaN gives NaN results ({@code 'propagate'}, the default). */
    PROPAGATE("propagate"),
    /** NaNs are left out of each slice ({@code 'omit'}). */
    OMIT("omit"),
    /** A NaN anywhere is an error ({@code 'raise'}). */
    RAISE("raise");

    private final String label;

    NanPolicy(String label) {
        this.label = label;
    }

    /** SciPy's name of the policy. */
    public String label() {
        return label;
    }

    /**
     * The policy named {@code name} ("propagate", "omit" or "raise", case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static NanPolicy parse(String name) {
        for (NanPolicy p : values()) {
            if (p.label.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("nan_policy must be one of " + Arrays.stream(values())
                .map(p -> "'" + p.label + "'").collect(Collectors.joining(", ")) + "; got " + name);
    }

    @Override
    public String toString() {
        return label;
    }
}
