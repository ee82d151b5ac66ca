package org.xpsci.cluster.vq;

/**
 * {@code scipy.cluster.vq.ClusterError}: k-means could not proceed as asked, e.g. a cluster became empty under
 * {@code missing="raise"}. Not an argument error: the same arguments may succeed from another initialisation.
 */
public class ClusterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with SciPy's message. */
    public ClusterException(String message) {
        super(message);
    }
}
