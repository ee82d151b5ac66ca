package org.xpsci.cluster.vq;

/** The {@code missing} of {@code scipy.cluster.vq.kmeans2}: what an empty cluster does. */
public enum Missing {
    /** Warn (a UserWarning through {@link org.xpsci.cluster.ClusterWarnings}) and keep its previous centroid. */
    WARN("warn"),
    /** Throw a {@link ClusterException}. */
    RAISE("raise");

    private final String label;

    Missing(String label) {
        this.label = label;
    }

    /**
     * Parses SciPy's name ("warn", "raise"); null gives {@link #WARN}.
     *
     * @throws IllegalArgumentException "Unknown missing method ..." listing the accepted names
     */
    public static Missing parse(String name) {
        if (name == null) {
            return WARN;
        }
        for (Missing m : values()) {
            if (m.label.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown missing method '" + name + "' (missing must be 'warn' or"
                + " 'raise')");
    }

    /** SciPy's name. */
    public String label() {
        return label;
    }
}
