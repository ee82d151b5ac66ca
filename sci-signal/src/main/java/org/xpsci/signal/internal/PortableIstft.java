package org.xpsci.signal.internal;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The portable path of istft: one inverse FFT of every segment along the frequency axis, then overlap-add
 * without a loop over segments — each segment padded to r hops (r = ceil(nperseg/hop)), cut into r chunks, and
 * chunk j of every segment shifted by j hops with concat and summed: r array operations for any number of
 * segments.
 */
final class PortableIstft {

    private PortableIstft() {
    }

    /** The overlap-added lines {@code (..., outputLength)}, not yet divided by the window norm. */
    static NdArray run(IstftPlan p) {
        ArrayNamespace xp = p.xp;
        NdArray z = p.z;
        int last = z.ndim() - 1;
        NdArray sub = p.onesided ? xp.fft().irfft(z, p.nfft, last - 1, FftNorm.BACKWARD)
                : xp.fft().ifft(z, p.nfft, last - 1, FftNorm.BACKWARD);
        sub = sub.get(Index.ellipsis(), Index.range(0, p.nperseg), Index.all());
        NdArray frames = xp.moveaxis(sub, last, last - 1); // (..., nseg, nperseg)
        DType real = frames.dtype().toReal();
        NdArray w = p.window.in(xp, real, frames.device()).multiply(p.unscale());
        return overlapAdd(xp, frames.multiply(w), p.hop(), p.outputLength());
    }

    /** The sum over segments of the window's square at each output sample, {@code (length,)}. */
    static NdArray norm(IstftPlan p) {
        ArrayNamespace xp = p.xp;
        NdArray w = p.window.in(xp, Xp.defaultFloat(xp), p.z.device());
        NdArray frames = xp.broadcastTo(w.multiply(w), p.nseg, p.nperseg);
        return overlapAdd(xp, frames, p.hop(), p.outputLength());
    }

    /** Overlap-add of frames {@code (..., nseg, nperseg)} placed every hop samples, cut to length. */
    static NdArray overlapAdd(ArrayNamespace xp, NdArray frames, int hop, int length) {
        int nperseg = frames.shape()[frames.ndim() - 1];
        int nseg = frames.shape()[frames.ndim() - 2];
        int r = (nperseg + hop - 1) / hop;
        int[] outer = java.util.Arrays.copyOf(frames.shape(), frames.ndim() - 2);
        if (r * hop > nperseg) {
            int[] pad = append(outer, nseg, r * hop - nperseg);
            frames = xp.concat(List.of(frames, xp.zeros(pad, frames.dtype(), frames.device())), -1);
        }
        NdArray chunks = xp.reshape(frames, append(outer, nseg, r, hop));
        NdArray sum = null;
        for (int j = 0; j < r; j++) {
            NdArray part = chunks.get(Index.ellipsis(), Index.at(j), Index.all()); // (..., nseg, hop)
            List<NdArray> pieces = new ArrayList<>(3);
            if (j > 0) {
                pieces.add(xp.zeros(append(outer, j, hop), part.dtype(), part.device()));
            }
            pieces.add(part);
            if (r - 1 - j > 0) {
                pieces.add(xp.zeros(append(outer, r - 1 - j, hop), part.dtype(), part.device()));
            }
            NdArray shifted = pieces.size() == 1 ? part : xp.concat(pieces, -2);
            sum = sum == null ? shifted : sum.add(shifted);
        }
        NdArray flat = xp.reshape(sum, append(outer, (nseg + r - 1) * hop));
        return flat.get(Index.ellipsis(), Index.range(0, length));
    }

    private static int[] append(int[] a, int... v) {
        int[] out = java.util.Arrays.copyOf(a, a.length + v.length);
        System.arraycopy(v, 0, out, a.length, v.length);
        return out;
    }
}
