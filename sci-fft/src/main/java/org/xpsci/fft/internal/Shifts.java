package org.xpsci.fft.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Axes;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** SciPy's {@code fftshift} and {@code ifftshift} as a standard {@code roll} by {@code +-(n/2)} per axis. */
public final class Shifts {

    private Shifts() {
    }

    /**
     * Rolls each of {@code axes} (null or empty: every axis) by {@code n/2} ({@code inverse}: by {@code -(n/2)}).
     *
     * @throws org.xpsci.xp.AxisException for an axis out of range
     */
    public static NdArray shift(NdArray x, int[] axes, boolean inverse) {
        ArrayNamespace xp = Xp.namespace(x);
        int[] ax = axes == null || axes.length == 0 ? Axes.normalize(null, x.ndim()) : axes.clone();
        int[] shape = x.shape();
        int[] shifts = new int[ax.length];
        for (int i = 0; i < ax.length; i++) {
            ax[i] = Axes.normalize(ax[i], x.ndim());
            shifts[i] = (inverse ? -1 : 1) * (shape[ax[i]] / 2);
        }
        return xp.roll(x, shifts, ax);
    }
}
