package org.xpsci.cluster.hierarchy;

/**
 * The {@code method} of {@code scipy.cluster.hierarchy.linkage}: how the distance from a newly formed cluster to
 * every other cluster is computed. Single linkage runs on the minimum spanning tree; complete, average, weighted
 * and ward on the nearest-neighbour chain; centroid and median on the generic algorithm (Müllner 2011), as in
 * SciPy.
 */
public enum LinkageMethod {
    /** Nearest point ({@code min}). */
    SINGLE("single"),
    /** Farthest point ({@code max}). */
    COMPLETE("complete"),
    /** UPGMA: the mean of all pairwise distances. */
    AVERAGE("average"),
    /** WPGMA: the mean of the two merged clusters' distances. */
    WEIGHTED("weighted"),
    /** UPGMC: the distance between centroids; Euclidean distances only. */
    CENTROID("centroid"),
    /** WPGMC: the distance between the midpoints of the merged clusters; Euclidean distances only. */
    MEDIAN("median"),
    /** Ward's minimum-variance criterion; Euclidean distances only. */
    WARD("ward");

    private final String label;

    LinkageMethod(String label) {
        this.label = label;
    }

    /**
     * Parses SciPy's name ("single", "complete", "average", "weighted", "centroid", "median", "ward"); null gives
     * {@link #SINGLE}, SciPy's default.
     *
     * @throws IllegalArgumentException "Invalid method: ..." listing the accepted names
     */
    public static LinkageMethod parse(String name) {
        if (name == null) {
            return SINGLE;
        }
        for (LinkageMethod m : values()) {
            if (m.label.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Invalid method: " + name + " (method must be one of single, complete,"
                + " average, weighted, centroid, median, ward)");
    }

    /** Whether the method is defined for Euclidean distances only (centroid, median, ward). */
    public boolean needsEuclidean() {
        return this == CENTROID || this == MEDIAN || this == WARD;
    }

    /** SciPy's name. */
    public String label() {
        return label;
    }
}
