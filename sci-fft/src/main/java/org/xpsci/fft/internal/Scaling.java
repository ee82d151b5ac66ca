package org.xpsci.fft.internal;

import org.xpsci.xp.FftNorm;

/** The factor a transform's result is multiplied by under each norm mode. */
final class Scaling {

    private Scaling() {
    }

    /**
     * Forward transforms: 1 ("backward"), 1/sqrt(n) ("ortho"), 1/n ("forward"); inverse transforms the other
     * way round. {@code n} is the logical length.
     */
    static double factor(FftNorm norm, int n, boolean forward) {
        return switch (norm) {
            case ORTHO -> 1 / Math.sqrt(n);
            case BACKWARD -> forward ? 1 : 1.0 / n;
            case FORWARD -> forward ? 1.0 / n : 1;
        };
    }
}
