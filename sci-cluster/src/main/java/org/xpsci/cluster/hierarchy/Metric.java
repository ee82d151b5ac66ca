package org.xpsci.cluster.hierarchy;

/**
 * The distance metrics {@code linkage} and {@code fclusterdata} accept for observation input, the
 * {@code metric} argument of {@code scipy.spatial.distance.pdist} (a subset of SciPy's).
 */
public enum Metric {
    /** {@code sqrt(sum((u - v)^2))}, SciPy's default. */
    EUCLIDEAN("euclidean"),
    /** {@code sum((u - v)^2)}. */
    SQEUCLIDEAN("sqeuclidean"),
    /** {@code sum(|u - v|)} (Manhattan). */
    CITYBLOCK("cityblock"),
    /** {@code max(|u - v|)}. */
    CHEBYSHEV("chebyshev"),
    /** {@code 1 - u.v / (|u| |v|)}. */
    COSINE("cosine");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    /**
     * Parses SciPy's name ("euclidean", "sqeuclidean", "cityblock", "chebyshev", "cosine"); null gives
     * {@link #EUCLIDEAN}.
     *
     * @throws IllegalArgumentException "Unknown Distance Metric: ..." listing the accepted names
     */
    public static Metric parse(String name) {
        if (name == null) {
            return EUCLIDEAN;
        }
        for (Metric m : values()) {
            if (m.label.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown Distance Metric: " + name + " (metric must be one of euclidean,"
                + " sqeuclidean, cityblock, chebyshev, cosine)");
    }

    /** SciPy's name. */
    public String label() {
        return label;
    }
}
