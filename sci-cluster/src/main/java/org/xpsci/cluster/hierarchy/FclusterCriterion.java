package org.xpsci.cluster.hierarchy;

/** The {@code criterion} of {@code scipy.cluster.hierarchy.fcluster}: how flat clusters are cut from the tree. */
public enum FclusterCriterion {
    /** Clusters whose nodes' inconsistency coefficients are all at most {@code t} (SciPy's default). */
    INCONSISTENT("inconsistent"),
    /** Clusters whose cophenetic distances are all at most {@code t}. */
    DISTANCE("distance"),
    /** At most {@code t} clusters, cut at the lowest distance that allows it. */
    MAXCLUST("maxclust"),
    /** Clusters whose nodes' {@code monocrit} values are all at most {@code t}. */
    MONOCRIT("monocrit"),
    /** At most {@code t} clusters, cut at the lowest {@code monocrit} value that allows it. */
    MAXCLUST_MONOCRIT("maxclust_monocrit");

    private final String label;

    FclusterCriterion(String label) {
        this.label = label;
    }

    /**
     * Parses SciPy's name ("inconsistent", "distance", "maxclust", "monocrit", "maxclust_monocrit"); null gives
     * {@link #INCONSISTENT}.
     *
     * @throws IllegalArgumentException "Invalid cluster formation criterion: ..." listing the accepted names
     */
    public static FclusterCriterion parse(String name) {
        if (name == null) {
            return INCONSISTENT;
        }
        for (FclusterCriterion c : values()) {
            if (c.label.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Invalid cluster formation criterion: " + name + " (criterion must be one"
                + " of inconsistent, distance, maxclust, monocrit, maxclust_monocrit)");
    }

    /** Whether the criterion reads a {@code monocrit} array. */
    public boolean needsMonocrit() {
        return this == MONOCRIT || this == MAXCLUST_MONOCRIT;
    }

    /** SciPy's name. */
    public String label() {
        return label;
    }
}
