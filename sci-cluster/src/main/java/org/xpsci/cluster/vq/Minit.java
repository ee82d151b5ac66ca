package org.xpsci.cluster.vq;

/** The {@code minit} of {@code scipy.cluster.vq.kmeans2}: how the initial centroids are chosen. */
public enum Minit {
    /** k points drawn from a Gaussian with the data's mean and covariance (SciPy's default). */
    RANDOM("random"),
    /** k distinct observations chosen at random. */
    POINTS("points"),
    /** k observations chosen by k-means++ careful seeding (Arthur and Vassilvitskii 2007). */
    PLUS_PLUS("++"),
    /** {@code k} is the array of initial centroids. */
    MATRIX("matrix");

    private final String label;

    Minit(String label) {
        this.label = label;
    }

    /**
     * Parses SciPy's name ("random", "points", "++", "matrix"); null gives {@link #RANDOM}.
     *
     * @throws IllegalArgumentException "Unknown init method ..." listing the accepted names
     */
    public static Minit parse(String name) {
        if (name == null) {
            return RANDOM;
        }
        for (Minit m : values()) {
            if (m.label.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown init method '" + name + "' (minit must be one of 'random',"
                + " 'points', '++', 'matrix')");
    }

    /** SciPy's name. */
    public String label() {
        return label;
    }
}
