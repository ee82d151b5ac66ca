package org.xpsci.signal.internal;

import org.xpsci.signal.IstftOptions;
import org.xpsci.signal.Scaling;
import org.xpsci.signal.WindowSpec;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/** SciPy's {@code istft} argument handling, in its order and with its messages. */
final class IstftPlan {

    final ArrayNamespace xp;
    /** The STFT as complex, with its frequency and time axes moved last: (..., freq, time). */
    final NdArray z;
    final int nseg;
    final int nperseg;
    final int noverlap;
    final int nfft;
    final boolean onesided;
    final boolean boundary;
    /** The window's values on the host (null for an array window outside host memory). */
    final SegmentWindow window;
    final double fs;
    final Scaling scaling;
    /** Where the time axis goes in the result (SciPy's adjusted time_axis), or -1 to leave it last. */
    final int timeOut;

    private IstftPlan(ArrayNamespace xp, NdArray z, int nseg, int nperseg, int noverlap, int nfft, IstftOptions o,
                      SegmentWindow window, int timeOut) {
        this.xp = xp;
        this.z = z;
        this.nseg = nseg;
        this.nperseg = nperseg;
        this.noverlap = noverlap;
        this.nfft = nfft;
        this.onesided = o.inputOnesided();
        this.boundary = o.boundary();
        this.window = window;
        this.fs = o.fs();
        this.scaling = o.scaling();
        this.timeOut = timeOut;
    }

    static IstftPlan of(ArrayNamespace xp, NdArray zxx, IstftOptions o) {
        NdArray z = zxx.dtype().isComplexFloating() ? zxx : xp.astype(zxx,
                zxx.dtype() == DType.FLOAT32 ? DType.COMPLEX64 : DType.COMPLEX128);
        if (z.ndim() < 2) {
            throw new IllegalArgumentException("Input stft must be at least 2d!; got shape "
                    + Broadcast.format(z.shape()));
        }
        int freqAxis = Axes.normalize(o.freqAxis(), z.ndim());
        int timeAxis = Axes.normalize(o.timeAxis(), z.ndim());
        if (freqAxis == timeAxis) {
            throw new IllegalArgumentException("Must specify differing time and frequency axes!; got time_axis="
                    + o.timeAxis() + " and freq_axis=" + o.freqAxis());
        }
        int nseg = z.shape()[timeAxis];
        int nfreq = z.shape()[freqAxis];
        int nDefault = o.inputOnesided() ? 2 * (nfreq - 1) : nfreq;
        int nperseg;
        if (o.nperseg() == null) {
            nperseg = nDefault;
        } else {
            nperseg = o.nperseg();
            if (nperseg < 1) {
                throw new IllegalArgumentException("nperseg must be a positive integer; got nperseg=" + nperseg);
            }
        }
        if (nperseg < 1) {
            throw new IllegalArgumentException("nperseg must be a positive integer; the frequency axis of "
                    + nfreq + " bins implies nperseg=" + nperseg);
        }
        int nfft;
        if (o.nfft() == null) {
            nfft = o.inputOnesided() && nperseg == nDefault + 1 ? nperseg : nDefault;
        } else if (o.nfft() < nperseg) {
            throw new IllegalArgumentException("nfft must be greater than or equal to nperseg.; got nfft=" + o.nfft()
                    + ", nperseg=" + nperseg);
        } else {
            nfft = o.nfft();
        }
        if (nfft < 1) {
            throw new IllegalArgumentException("nfft must be a positive integer; got nfft=" + nfft);
        }
        int noverlap = o.noverlap() == null ? nperseg / 2 : o.noverlap();
        if (noverlap >= nperseg) {
            throw new IllegalArgumentException("noverlap must be less than nperseg.; got noverlap=" + noverlap
                    + ", nperseg=" + nperseg);
        }
        int last = z.ndim() - 1;
        int timeOut = -1;
        if (timeAxis != last || freqAxis != last - 1) {
            int[] order = new int[z.ndim()];
            for (int i = 0, j = 0; i < z.ndim(); i++) {
                if (i != timeAxis && i != freqAxis) {
                    order[j++] = i;
                }
            }
            order[last - 1] = freqAxis;
            order[last] = timeAxis;
            z = xp.permuteDims(z, order);
            if (z.ndim() > 2 && timeAxis != last) {
                timeOut = freqAxis < timeAxis ? timeAxis - 1 : timeAxis;
            }
        }
        SegmentWindow win;
        if (o.window() instanceof WindowSpec.Named named) {
            win = SegmentWindow.named(named, nperseg);
        } else {
            NdArray w = ((WindowSpec.Values) o.window()).values();
            if (w.ndim() != 1) {
                throw new IllegalArgumentException("window must be 1-D; got shape " + Broadcast.format(w.shape()));
            }
            if (w.shape()[0] != nperseg) {
                throw new IllegalArgumentException("window must have length of " + nperseg + "; got "
                        + w.shape()[0]);
            }
            win = SegmentWindow.array(w).checkValues(xp);
        }
        if (!(o.fs() > 0) || Double.isInfinite(o.fs())) {
            throw new IllegalArgumentException("Sampling frequency fs=" + o.fs() + " must be positive!");
        }
        return new IstftPlan(xp, z, nseg, nperseg, noverlap, nfft, o, win, timeOut);
    }

    /** Samples between segment starts. */
    int hop() {
        return nperseg - noverlap;
    }

    /** The length of the overlap-added signal before the boundary is cut off. */
    int outputLength() {
        return nperseg + (nseg - 1) * hop();
    }

    /** The factor undoing stft's scaling: sum(w), or sqrt(fs·sum(w²)) for density. */
    double unscale() {
        return scaling == Scaling.SPECTRUM ? window.sum() : Math.sqrt(fs * window.sumSquares());
    }
}
