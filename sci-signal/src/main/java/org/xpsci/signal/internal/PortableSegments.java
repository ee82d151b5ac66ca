package org.xpsci.signal.internal;

import java.util.Arrays;
import org.xpsci.signal.DetrendType;
import org.xpsci.signal.Detrender;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * Detrend, window and FFT of blocks of segments {@code (..., k, nperseg)} with the standard and its fft
 * extension: broadcasting does per segment what the host path does in a loop.
 */
final class PortableSegments {

    private final ArrayNamespace xp;
    private final int nperseg;
    private final int nfft;
    private final boolean twoSided;
    private final NdArray window;
    private final Detrender detrend;
    private final NdArray centred;
    private final double centredSquares;
    private NdArray work;

    /**
     * Prepares the window (and, for linear detrending, the centred sample times) in {@code real}, the real
     * dtype of the computation.
     */
    PortableSegments(ArrayNamespace xp, SegmentWindow window, int nperseg, int nfft, boolean twoSided,
                     Detrender detrend, DType real, org.xpsci.xp.Device device) {
        this.xp = xp;
        this.nperseg = nperseg;
        this.nfft = nfft;
        this.twoSided = twoSided;
        this.window = window.in(xp, real, device);
        this.detrend = detrend;
        if (detrend.type() == DetrendType.LINEAR) {
            double[] t = new double[nperseg];
            for (int i = 0; i < nperseg; i++) {
                t[i] = i - (nperseg - 1) / 2.0;
            }
            this.centred = xp.asarray(t, real, device, null);
            this.centredSquares = nperseg * ((double) nperseg * nperseg - 1) / 12.0;
        } else {
            this.centred = null;
            this.centredSquares = 0;
        }
    }

    /** The spectra of a block of segments: (..., k, nfreq), complex. */
    NdArray spectrum(NdArray frames) {
        NdArray w = windowed(frames);
        return twoSided ? xp.fft().fft(w, nfft, -1, FftNorm.BACKWARD) : xp.fft().rfft(w, nfft, -1, FftNorm.BACKWARD);
    }

    /**
     * The detrended segments times the window, computed with in-place operators in a work array of ours (the
     * frames may be a view of the caller's data, which is never written). A custom detrend function gets the
     * frames themselves, and its result is windowed out of place.
     */
    private NdArray windowed(NdArray frames) {
        if (detrend.function() != null) {
            return custom(frames).multiply(window);
        }
        NdArray w = work(frames);
        removeTrend(w);
        return w.multiplyInPlace(window);
    }

    /**
     * The frames copied into the work array, in the dtype they take beside the window. The work array is kept
     * from block to block while that shape and dtype stay, so a block allocates nothing of its size before the
     * FFT, and the work stays in cache.
     */
    private NdArray work(NdArray frames) {
        DType type = xp.resultType(frames, window);
        if (frames.dtype() != type) {
            return xp.astype(frames, type);
        }
        if (work == null || work.dtype() != type || !Arrays.equals(work.shape(), frames.shape())) {
            work = xp.empty(frames.shape(), type, frames.device());
        }
        work.set(frames, Index.ellipsis());
        return work;
    }

    /** Removes each segment's mean or least-squares line from w, in place (nothing for no detrending). */
    private void removeTrend(NdArray w) {
        if (detrend.type() == null) {
            return;
        }
        int[] last = {-1};
        NdArray mean = xp.sum(w, last, null, true).divide(nperseg); // sum: complex too, on every backend
        if (detrend.type() == DetrendType.CONSTANT) {
            w.subtractInPlace(mean);
            return;
        }
        NdArray slope = xp.sum(w.multiply(centred), last, null, true).divide(centredSquares);
        w.subtractInPlace(slope.multiply(centred).addInPlace(mean));
    }

    /** The custom detrend function's result, checked to keep the frames' shape. */
    private NdArray custom(NdArray frames) {
        NdArray out = detrend.function().apply(frames);
        if (out == null || !Arrays.equals(out.shape(), frames.shape())) {
            throw new IllegalArgumentException("the detrend function must return an array of the shape it was"
                    + " given, " + Broadcast.format(frames.shape()) + "; got "
                    + (out == null ? "null" : Broadcast.format(out.shape())));
        }
        return out;
    }

    /** |X|² of complex spectra, real: abs then square (two array operations; real and imag would take five). */
    static NdArray power(ArrayNamespace xp, NdArray spectra) {
        NdArray a = xp.abs(spectra);
        return a.multiply(a);
    }

    /** The length of one segment. */
    int nperseg() {
        return nperseg;
    }
}
