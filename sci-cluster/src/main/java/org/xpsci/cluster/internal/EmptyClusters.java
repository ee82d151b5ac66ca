package org.xpsci.cluster.internal;

import org.xpsci.cluster.ClusterWarning;
import org.xpsci.cluster.vq.ClusterException;
import org.xpsci.cluster.vq.Missing;

/** kmeans2's handling of an iteration that left a cluster without observations, in SciPy's words. */
final class EmptyClusters {

    static final String MESSAGE = "One of the clusters is empty. Re-run kmeans with a different initialization.";

    private EmptyClusters() {
    }

    /** Warns (UserWarning) or throws, as {@code missing} asks. */
    static void handle(Missing missing) {
        if (missing == Missing.RAISE) {
            throw new ClusterException(MESSAGE);
        }
        ClusterWarningChannel.warn(ClusterWarning.Category.USER_WARNING, "kmeans2", MESSAGE);
    }
}
