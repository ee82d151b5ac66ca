package org.xpsci.cluster.internal;

import org.xpsci.cluster.hierarchy.LinkageMethod;

/**
 * The Lance-Williams update of a linkage method: the distance from cluster i to the cluster formed by merging x
 * and y, from d(x, i), d(y, i), d(x, y) and the three cluster sizes (SciPy's {@code linkage_distance_update}).
 */
@FunctionalInterface
interface DistanceUpdate {

    /** The distance from i to the union of x and y. */
    double apply(double dxi, double dyi, double dxy, int nx, int ny, int ni);

    /** The update of {@code method}. */
    static DistanceUpdate of(LinkageMethod method) {
        switch (method) {
            case SINGLE:
                return (dxi, dyi, dxy, nx, ny, ni) -> Math.min(dxi, dyi);
            case COMPLETE:
                return (dxi, dyi, dxy, nx, ny, ni) -> Math.max(dxi, dyi);
            case AVERAGE:
                return (dxi, dyi, dxy, nx, ny, ni) -> (nx * dxi + ny * dyi) / (nx + ny);
            case WEIGHTED:
                return (dxi, dyi, dxy, nx, ny, ni) -> 0.5 * (dxi + dyi);
            case CENTROID:
                return (dxi, dyi, dxy, nx, ny, ni) -> Math.sqrt((((nx * dxi * dxi) + (ny * dyi * dyi))
                        - ((double) nx * ny * dxy * dxy) / (nx + ny)) / (nx + ny));
            case MEDIAN:
                return (dxi, dyi, dxy, nx, ny, ni) -> Math.sqrt(0.5 * (dxi * dxi + dyi * dyi) - 0.25 * dxy * dxy);
            default:
                return (dxi, dyi, dxy, nx, ny, ni) -> {
                    double t = 1.0 / (nx + ny + ni);
                    return Math.sqrt((ni + nx) * t * dxi * dxi + (ni + ny) * t * dyi * dyi - ni * t * dxy * dxy);
                };
        }
    }
}
