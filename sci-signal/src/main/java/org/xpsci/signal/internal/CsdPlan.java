package org.xpsci.signal.internal;

import org.xpsci.signal.Average;
import org.xpsci.signal.Detrender;
import org.xpsci.signal.Scaling;
import org.xpsci.signal.WelchOptions;
import org.xpsci.signal.WindowSpec;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Promotion;

/**
 * SciPy 1.17's {@code csd} (and so {@code welch}) argument handling, in its order and with its messages: the
 * validated segmenting of one call. {@code y == null} means welch (y is x).
 */
final class CsdPlan {

    final ArrayNamespace xp;
    /** x and y in their compute dtypes (float32/float64/complex), layouts untouched. */
    final NdArray x;
    final NdArray y;
    final int xAxis;
    final int yAxis;
    /** The broadcast shape of the non-analysed axes. */
    final int[] outer;
    /** Where the frequency axis goes in the result. */
    final int axisOut;
    /** The common length along the axis (the shorter input is zero-padded). */
    final int n;
    final int nperseg;
    final int noverlap;
    final int nfft;
    final int nseg;
    final boolean twoSided;
    final SegmentWindow window;
    final Detrender detrend;
    final double fs;
    final Scaling scaling;
    final Average average;
    /** The dtype SciPy casts the cross spectrum to (result_type(x, y, complex64)). */
    final DType outDtype;
    /** Whether every input is single precision (the host path computes in float32). */
    final boolean single;

    private CsdPlan(ArrayNamespace xp, NdArray x, NdArray y, int xAxis, int yAxis, int[] outer, int axisOut, int n,
                    int nperseg, int noverlap, int nfft, boolean twoSided, SegmentWindow window, WelchOptions o,
                    DType outDtype) {
        this.xp = xp;
        this.x = x;
        this.y = y;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.outer = outer;
        this.axisOut = axisOut;
        this.n = n;
        this.nperseg = nperseg;
        this.noverlap = noverlap;
        this.nfft = nfft;
        this.nseg = (n - noverlap) / (nperseg - noverlap);
        this.twoSided = twoSided;
        this.window = window;
        this.detrend = o.detrend();
        this.fs = o.fs();
        this.scaling = o.scaling();
        this.average = o.average();
        this.outDtype = outDtype;
        this.single = isSingle(x.dtype()) && (y == null || isSingle(y.dtype()));
    }

    /** The shape of an empty result SciPy returns, or null when the inputs are not empty. */
    static int[] emptyShape(NdArray x, NdArray y, int axis) {
        if (y == null) {
            Axes.normalize(axis, x.ndim());
            return x.size() == 0 ? x.shape() : null;
        }
        int xa = Axes.normalize(axis, x.ndim());
        int ya = Axes.normalize(axis, y.ndim());
        int[] outer = outerShape(x, xa, y, ya);
        if (x.size() != 0 && y.size() != 0) {
            return null;
        }
        int[] shape = new int[outer.length + 1];
        int at = axisOut(axis, shape.length);
        int len = Math.min(x.shape()[xa], y.shape()[ya]);
        for (int i = 0, j = 0; i < shape.length; i++) {
            shape[i] = i == at ? len : outer[j++];
        }
        return shape;
    }

    /** Validates a non-empty csd(x, y) (y null: welch) as SciPy does; may log SciPy's nperseg warning. */
    static CsdPlan of(ArrayNamespace xp, NdArray x0, NdArray y0, WelchOptions o) {
        int axis = o.axis();
        int xa = Axes.normalize(axis, x0.ndim());
        int ya = y0 == null ? xa : Axes.normalize(axis, y0.ndim());
        int[] outer = y0 == null ? without(x0.shape(), xa) : outerShape(x0, xa, y0, ya);
        DType out = Promotion.resultType(x0.dtype(), DType.COMPLEX64, Promotion.Rules.NUMPY);
        if (y0 != null) {
            out = Promotion.resultType(out, Promotion.resultType(y0.dtype(), DType.COMPLEX64, Promotion.Rules.NUMPY),
                    Promotion.Rules.NUMPY);
        }
        int n = y0 == null ? x0.shape()[xa] : Math.max(x0.shape()[xa], y0.shape()[ya]);
        SegmentWindow win;
        int nperseg;
        if (o.window() instanceof WindowSpec.Named named) {
            nperseg = o.nperseg() != null ? o.nperseg() : 256;
            if (nperseg < 1) {
                throw new IllegalArgumentException("Parameter nperseg=" + nperseg + " is not a positive integer!");
            }
            if (n < nperseg) {
                Warnings.warn("UserWarning: nperseg=" + nperseg + " is greater than signal length max(len(x), len(y))"
                        + " = " + n + ", using nperseg = " + n);
                nperseg = n;
            }
            win = SegmentWindow.named(named, nperseg);
        } else {
            NdArray w = ((WindowSpec.Values) o.window()).values();
            win = SegmentWindow.array(w);
            if (w.ndim() == 0) {
                throw new IllegalArgumentException("Parameter win must be 1d, but win.shape=()!");
            }
            nperseg = o.nperseg() != null ? o.nperseg() : win.length();
        }
        if (nperseg != win.length()) {
            throw new IllegalArgumentException("nperseg=" + nperseg + " does not equal len(win)=" + win.length());
        }
        int nfft = o.nfft() != null ? o.nfft() : nperseg;
        if (nfft < nperseg) {
            throw new IllegalArgumentException("nfft=" + nfft + " must be greater than or equal to nperseg=" + nperseg
                    + "!");
        }
        int noverlap = o.noverlap() != null ? o.noverlap() : nperseg / 2;
        if (noverlap >= nperseg) {
            throw new IllegalArgumentException("noverlap=" + noverlap + " must be less than nperseg=" + nperseg + "!");
        }
        boolean twoSided = !o.returnOnesided() || x0.dtype().isComplexFloating();
        win = win.checkValues(xp);
        if (!(o.fs() > 0) || Double.isInfinite(o.fs())) {
            throw new IllegalArgumentException("Sampling frequency fs=" + o.fs() + " must be positive!");
        }
        if (!twoSided && y0 != null && y0.dtype().isComplexFloating()) {
            throw new IllegalArgumentException("Complex-valued `y` not allowed for a one-sided spectrum of real x;"
                    + " set return_onesided=false (SciPy: \"Complex-valued `x` not allowed for"
                    + " self.fft_mode='onesided'!\")");
        }
        int half = nperseg - nperseg / 2;
        if (n < half) {
            throw new IllegalArgumentException("the input's length " + n + " along axis " + axis + " must be >= "
                    + "ceil(nperseg/2) = " + half + " (the window has " + nperseg + " samples)");
        }
        int hop = nperseg - noverlap;
        if ((n - noverlap) / hop < 1) {
            throw new IllegalArgumentException("the input's length " + n + " along axis " + axis + " is shorter than"
                    + " the window's " + nperseg + " samples: no segment fits (SciPy: Invalid Parameter p0=0, p1="
                    + (n - noverlap) / hop + ")");
        }
        NdArray x = computeInput(xp, x0);
        NdArray y = y0 == null ? null : computeInput(xp, y0);
        return new CsdPlan(xp, x, y, xa, ya, outer, axisOut(axis, outer.length + 1), n, nperseg, noverlap, nfft,
                twoSided, win, o, out);
    }

    /** Samples between segment starts. */
    int hop() {
        return nperseg - noverlap;
    }

    /** The number of frequencies. */
    int nfreq() {
        return twoSided ? nfft : nfft / 2 + 1;
    }

    /** The result's shape: the outer shape with the frequencies inserted at axisOut. */
    int[] resultShape() {
        int[] shape = new int[outer.length + 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            shape[i] = i == axisOut ? nfreq() : outer[j++];
        }
        return shape;
    }

    /** 1/(fs·Σw²) for density, 1/(Σw)² for spectrum: the factor of |X|². */
    double scale() {
        return scaling == Scaling.DENSITY ? 1.0 / (fs * window.sumSquares())
                : 1.0 / (window.sum() * window.sum());
    }

    /** Per frequency: scale, doubled off DC and Nyquist for one-sided spectra, divided by the averaging. */
    double[] binScale(boolean median) {
        int nfreq = nfreq();
        double[] s = new double[nfreq];
        double base = scale() / (median ? (nseg > 1 ? MedianBias.of(nseg) : 1.0) : nseg);
        for (int f = 0; f < nfreq; f++) {
            boolean doubled = !twoSided && f > 0 && !(nfft % 2 == 0 && f == nfreq - 1);
            s[f] = doubled ? 2 * base : base;
        }
        return s;
    }

    private static NdArray computeInput(ArrayNamespace xp, NdArray a) {
        return a.dtype().isFloating() ? a : xp.astype(a, DType.FLOAT64);
    }

    private static boolean isSingle(DType d) {
        return d == DType.FLOAT32 || d == DType.COMPLEX64;
    }

    static int axisOut(int axis, int rank) {
        return Axes.normalize(axis, rank);
    }

    static int[] without(int[] shape, int axis) {
        int[] out = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != axis) {
                out[j++] = shape[i];
            }
        }
        return out;
    }

    private static int[] outerShape(NdArray x, int xa, NdArray y, int ya) {
        try {
            return Broadcast.shapes(without(x.shape(), xa), without(y.shape(), ya));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("x and y cannot be broadcast together: shapes "
                    + Broadcast.format(x.shape()) + " and " + Broadcast.format(y.shape()) + " along axis other than "
                    + xa, e);
        }
    }
}
