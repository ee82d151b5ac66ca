package org.xpsci.cluster;

/**
 * A warning raised where {@code scipy.cluster} warns (delivered through {@link ClusterWarnings}).
 *
 * @param category the Python warning class SciPy raises
 * @param function the SciPy name of the function that warned (e.g. "kmeans2")
 * @param message  SciPy's message
 */
public record ClusterWarning(Category category, String function, String message) {

    /** The Python warning class a warning mirrors. */
    public enum Category {
        /** {@code scipy.cluster.hierarchy.ClusterWarning}: a suspicious linkage input or an invalid matrix. */
        CLUSTER_WARNING("ClusterWarning"),
        /** {@code UserWarning}: an empty k-means cluster, a non-integral k. */
        USER_WARNING("UserWarning"),
        /** {@code RuntimeWarning}: a zero standard deviation in whiten. */
        RUNTIME_WARNING("RuntimeWarning");

        private final String pythonName;

        Category(String pythonName) {
            this.pythonName = pythonName;
        }

        /** The name of the Python warning class. */
        public String pythonName() {
            return pythonName;
        }
    }

    @Override
    public String toString() {
        return category.pythonName() + " in " + function + ": " + message;
    }
}
