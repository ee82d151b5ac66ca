package org.xpsci.signal.internal;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.signal.Average;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * The portable path of welch, csd and coherence: blocks of segments framed by {@link PortableFrames} (each
 * block a set of segments that tile the signal, so that framing is a reshape, not a copy), their
 * spectra from {@link PortableSegments}, summed over the block's segments by {@code vecdot} (or their powers kept
 * for the median) — a loop over blocks, never over segments, with memory bounded by the block size.
 */
final class PortableWelch {

    /** Elements per block of segments (per input): about 2 MB of float64. */
    static final int BLOCK_ELEMENTS = 1 << 18;

    private PortableWelch() {
    }

    /** The averaged spectrum in the plan's output layout and dtype (real for AUTO and COHERENCE). */
    static NdArray run(CsdPlan p, HostWelch.Kind kind) {
        ArrayNamespace xp = p.xp;
        boolean median = p.average == Average.MEDIAN && p.nseg > 1 && kind != HostWelch.Kind.COHERENCE;
        NdArray xs = timeLast(xp, p.x, p.xAxis, p.outer, p.n, p.twoSided);
        NdArray ys = p.y == null ? null : timeLast(xp, p.y, p.yAxis, p.outer, p.n, p.twoSided);
        DType real = (ys == null ? xs.dtype() : xp.resultType(xs, ys)).toReal();
        PortableSegments seg = new PortableSegments(xp, p.window, p.nperseg, p.nfft, p.twoSided, p.detrend, real,
                p.x.device());
        int lines = 1;
        for (int s : p.outer) {
            lines *= s;
        }
        int nb = (int) Math.max(1, Math.min(p.nseg, BLOCK_ELEMENTS / ((long) Math.max(lines, 1) * p.nfft)));
        List<NdArray> kept = new ArrayList<>();
        NdArray[] acc = new NdArray[kind.width == 4 ? 3 : 1];
        for (PortableFrames.Tiling t : PortableFrames.tilings(p.nseg, p.nperseg, p.hop(), nb)) {
            NdArray x = seg.spectrum(PortableFrames.strided(xp, xs, p.nperseg, p.hop(), t));
            NdArray y = ys == null ? null : seg.spectrum(PortableFrames.strided(xp, ys, p.nperseg, p.hop(), t));
            if (median) {
                kept.add(perSegment(xp, kind, x, y)[0]);
                continue;
            }
            NdArray[] sums = blockSums(xp, kind, x, y);
            for (int i = 0; i < sums.length; i++) {
                acc[i] = acc[i] == null ? sums[i] : acc[i].add(sums[i]);
            }
        }
        NdArray out;
        if (kind == HostWelch.Kind.COHERENCE) {
            out = PortableSegments.power(xp, acc[2]).divide(acc[0]).divide(acc[1]);
        } else {
            NdArray avg = median ? median(xp, xp.concat(kept, -2)) : acc[0];
            out = avg.multiply(xp.asarray(p.binScale(median), real, avg.device(), null));
        }
        DType target = kind == HostWelch.Kind.CROSS ? p.outDtype : p.outDtype.toReal();
        if (out.dtype() != target) {
            out = xp.astype(out, target);
        }
        return xp.moveaxis(out, out.ndim() - 1, p.axisOut);
    }

    /** Per segment and frequency: |X|² (AUTO), conj(X)·Y (CROSS) or all three (COHERENCE: xx, yy, xy). */
    private static NdArray[] perSegment(ArrayNamespace xp, HostWelch.Kind kind, NdArray x, NdArray y) {
        return switch (kind) {
            case AUTO -> new NdArray[] {PortableSegments.power(xp, x)};
            case CROSS -> new NdArray[] {xp.conj(x).multiply(y)};
            case COHERENCE -> new NdArray[] {PortableSegments.power(xp, x), PortableSegments.power(xp, y),
                xp.conj(x).multiply(y)};
        };
    }

    /**
     * The block's sums over its segments (axis -2) of what {@link #perSegment} gives per segment, each in one
     * {@code vecdot}: sum of conj(X)·X (real) or conj(X)·Y.
     */
    private static NdArray[] blockSums(ArrayNamespace xp, HostWelch.Kind kind, NdArray x, NdArray y) {
        return switch (kind) {
            case AUTO -> new NdArray[] {xp.real(xp.vecdot(x, x, -2))};
            case CROSS -> new NdArray[] {xp.vecdot(x, y, -2)};
            case COHERENCE -> new NdArray[] {xp.real(xp.vecdot(x, x, -2)), xp.real(xp.vecdot(y, y, -2)),
                xp.vecdot(x, y, -2)};
        };
    }

    /** NumPy's median over axis -2 (real and imaginary parts separately); NaN where any value is NaN. */
    static NdArray median(ArrayNamespace xp, NdArray all) {
        if (all.dtype().isComplexFloating()) {
            NdArray re = median(xp, xp.real(all));
            NdArray im = median(xp, xp.imag(all));
            DType c = all.dtype();
            return xp.astype(re, c).add(xp.multiply(xp.astype(im, c), xp.scalarFor(xp.astype(im, c),
                    new Complex(0, 1))));
        }
        int k = all.shape()[all.ndim() - 2];
        NdArray sorted = xp.sort(all, -2, false, false);
        NdArray mid = sorted.get(Index.ellipsis(), Index.at(k / 2), Index.all());
        if (k % 2 == 0) {
            mid = mid.add(sorted.get(Index.ellipsis(), Index.at(k / 2 - 1), Index.all())).divide(2.0);
        }
        NdArray anyNan = xp.any(xp.isnan(all), new int[] {-2}, false);
        return xp.where(anyNan, Double.NaN, mid);
    }

    /**
     * x with the analysed axis last, broadcast to the outer shape, zero-padded to n samples, and complex when a
     * two-sided spectrum is asked of real data.
     */
    static NdArray timeLast(ArrayNamespace xp, NdArray x, int axis, int[] outer, int n, boolean complex) {
        NdArray a = axis == x.ndim() - 1 ? x : xp.moveaxis(x, axis, -1);
        int len = a.shape()[a.ndim() - 1];
        int[] target = java.util.Arrays.copyOf(outer, outer.length + 1);
        target[outer.length] = len;
        if (!java.util.Arrays.equals(a.shape(), target)) {
            a = xp.broadcastTo(a, target);
        }
        if (complex && !a.dtype().isComplexFloating()) {
            a = xp.astype(a, a.dtype().toComplex());
        }
        if (len < n) {
            int[] pad = target.clone();
            pad[outer.length] = n - len;
            a = xp.concat(List.of(a, xp.zeros(pad, a.dtype(), a.device())), -1);
        }
        return a;
    }
}
