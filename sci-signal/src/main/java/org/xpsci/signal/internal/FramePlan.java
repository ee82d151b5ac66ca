package org.xpsci.signal.internal;

import org.xpsci.signal.Boundary;
import org.xpsci.signal.Detrender;
import org.xpsci.signal.Scaling;
import org.xpsci.signal.WindowSpec;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Promotion;

/**
 * SciPy's {@code _spectral_helper} argument handling for spectrogram and stft, in its order and with its
 * messages: the validated segmenting of the (extended and padded) signal, one output value per segment and
 * frequency.
 */
final class FramePlan {

    /** The keyword arguments _spectral_helper receives. */
    record Args(double fs, WindowSpec window, Integer nperseg, Integer noverlap, Integer nfft, Detrender detrend,
                boolean returnOnesided, Scaling scaling, int axis, boolean stftMode, Boundary boundary,
                boolean padded) {
    }

    final ArrayNamespace xp;
    /** x in its compute dtype (float or complex), layout untouched. */
    final NdArray x;
    final int axis;
    /** x's shape without the axis. */
    final int[] outer;
    /** Samples along the axis before extension. */
    final int n;
    /** Samples added at each end by the boundary extension. */
    final int ext;
    /** Zeros appended after the extension. */
    final int nadd;
    final int nperseg;
    final int noverlap;
    final int nfft;
    final int nseg;
    final boolean twoSided;
    final SegmentWindow window;
    final Args args;
    final DType outDtype;
    final boolean single;

    private FramePlan(ArrayNamespace xp, NdArray x, int axis, int n, int ext, int nadd, int nperseg, int noverlap,
                      int nfft, boolean twoSided, SegmentWindow window, Args args, DType outDtype) {
        this.xp = xp;
        this.x = x;
        this.axis = axis;
        this.outer = CsdPlan.without(x.shape(), axis);
        this.n = n;
        this.ext = ext;
        this.nadd = nadd;
        this.nperseg = nperseg;
        this.noverlap = noverlap;
        this.nfft = nfft;
        this.nseg = (n + 2 * ext + nadd - nperseg) / (nperseg - noverlap) + 1;
        this.twoSided = twoSided;
        this.window = window;
        this.args = args;
        this.outDtype = outDtype;
        this.single = x.dtype() == DType.FLOAT32 || x.dtype() == DType.COMPLEX64;
    }

    /**
     * SciPy's {@code _triage_segments}: the window and segment length for an input of {@code length} samples
     * along the axis; warns (and shortens nperseg) when a named window's nperseg exceeds the input.
     */
    static SegmentWindow triage(WindowSpec window, Integer nperseg, int length) {
        if (window instanceof WindowSpec.Named named) {
            int m = nperseg == null ? 256 : nperseg;
            if (m > length) {
                Warnings.warn("UserWarning: nperseg = " + m + " is greater than input length  = " + length
                        + ", using nperseg = " + length);
                m = length;
            }
            return SegmentWindow.named(named, m);
        }
        NdArray w = ((WindowSpec.Values) window).values();
        if (w.ndim() != 1) {
            throw new IllegalArgumentException("window must be 1-D; got a window of shape "
                    + org.xpsci.xp.Broadcast.format(w.shape()));
        }
        if (length < w.shape()[0]) {
            throw new IllegalArgumentException("window is longer than input signal: " + w.shape()[0] + " > "
                    + length);
        }
        if (nperseg != null && nperseg != w.shape()[0]) {
            throw new IllegalArgumentException("value specified for nperseg is different from length of window:"
                    + " nperseg=" + nperseg + ", len(window)=" + w.shape()[0]);
        }
        return SegmentWindow.array(w);
    }

    /**
     * Validates a non-empty spectrogram/stft call as SciPy's _spectral_helper does; {@code triaged} is the
     * window spectrogram already chose (null: triage here).
     */
    static FramePlan of(ArrayNamespace xp, NdArray x0, Args a, SegmentWindow triaged) {
        int axis = Axes.normalize(a.axis(), x0.ndim());
        DType out = Promotion.resultType(x0.dtype(), DType.COMPLEX64, Promotion.Rules.NUMPY);
        int n = x0.shape()[axis];
        if (a.nperseg() != null && a.nperseg() < 1) {
            throw new IllegalArgumentException("nperseg must be a positive integer; got nperseg=" + a.nperseg());
        }
        SegmentWindow win = triaged != null ? triaged : triage(a.window(), a.nperseg(), n);
        int nperseg = win.length();
        int nfft = a.nfft() == null ? nperseg : a.nfft();
        if (nfft < nperseg) {
            throw new IllegalArgumentException("nfft must be greater than or equal to nperseg.; got nfft=" + nfft
                    + ", nperseg=" + nperseg);
        }
        int noverlap = a.noverlap() == null ? nperseg / 2 : a.noverlap();
        if (noverlap >= nperseg) {
            throw new IllegalArgumentException("noverlap must be less than nperseg.; got noverlap=" + noverlap
                    + ", nperseg=" + nperseg);
        }
        int hop = nperseg - noverlap;
        int ext = 0;
        if (a.boundary() != Boundary.NONE) {
            ext = nperseg / 2;
            if ((a.boundary() == Boundary.EVEN || a.boundary() == Boundary.ODD) && ext > n - 1) {
                throw new IllegalArgumentException("The extension length n (" + ext + ") is too big. It must not"
                        + " exceed x.shape[axis]-1, which is " + (n - 1) + ".");
            }
        }
        int nadd = 0;
        if (a.padded()) {
            int len = n + 2 * ext;
            nadd = Math.floorMod(Math.floorMod(-(len - nperseg), hop), nperseg);
        }
        if (!(a.fs() > 0) || Double.isInfinite(a.fs())) {
            throw new IllegalArgumentException("Sampling frequency fs=" + a.fs() + " must be positive!");
        }
        win = win.checkValues(xp);
        boolean twoSided = !a.returnOnesided();
        if (a.returnOnesided() && x0.dtype().isComplexFloating()) {
            Warnings.warn("UserWarning: Input data is complex, switching to return_onesided=False");
            twoSided = true;
        }
        NdArray x = x0.dtype().isFloating() ? x0 : xp.astype(x0, DType.FLOAT64);
        return new FramePlan(xp, x, axis, n, ext, nadd, nperseg, noverlap, nfft, twoSided, win, a, out);
    }

    /** Samples between segment starts. */
    int hop() {
        return nperseg - noverlap;
    }

    /** The number of frequencies. */
    int nfreq() {
        return twoSided ? nfft : nfft / 2 + 1;
    }

    /** The factor of |X|² (psd mode) or of X (stft mode, the square root). */
    double scale() {
        double s = args.scaling() == Scaling.DENSITY ? 1.0 / (args.fs() * window.sumSquares())
                : 1.0 / (window.sum() * window.sum());
        return args.stftMode() ? Math.sqrt(s) : s;
    }

    /** Per frequency: the scale, doubled off DC (and the even-length Nyquist bin) for one-sided psd. */
    double[] binScale() {
        double s = scale();
        double[] b = new double[nfreq()];
        for (int f = 0; f < b.length; f++) {
            boolean doubled = !args.stftMode() && !twoSided && f > 0 && !(nfft % 2 == 0 && f == b.length - 1);
            b[f] = doubled ? 2 * s : s;
        }
        return b;
    }

    /** The segment times: centres in units of 1/fs, shifted by nperseg/2 when a boundary was added. */
    double[] times() {
        double[] t = new double[nseg];
        for (int i = 0; i < nseg; i++) {
            t[i] = (nperseg / 2.0 + (double) i * hop()) / args.fs();
            if (args.boundary() != Boundary.NONE) {
                t[i] -= nperseg / 2.0 / args.fs();
            }
        }
        return t;
    }

    /** The result's shape: x's shape with the axis replaced by the frequencies, segments appended. */
    int[] resultShape() {
        int[] s = new int[x.ndim() + 1];
        for (int i = 0, j = 0; i < x.ndim(); i++) {
            s[i] = i == axis ? nfreq() : outer[j++];
        }
        s[x.ndim()] = nseg;
        return s;
    }
}
