package org.xpsci.signal.internal;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * Segments of time-last signals as blocks {@code (..., k, nperseg)}, with the standard alone: a reshape of the
 * covering slice into hop-long chunks and a concat of r shifted views when the hop divides nperseg
 * (r = nperseg/hop), otherwise one {@code take} with a computed 1-d index array. Where the order of segments
 * does not matter (sums, medians), {@link #tilings} picks blocks that need no copy at all.
 */
final class PortableFrames {

    private PortableFrames() {
    }

    /** Segments p0..p1-1 (segment p starts at p·hop) of xs, shaped (..., p1 - p0, nperseg). */
    static NdArray block(ArrayNamespace xp, NdArray xs, int nperseg, int hop, int p0, int p1) {
        int nb = p1 - p0;
        int[] outer = outer(xs);
        if (nperseg % hop == 0) {
            int r = nperseg / hop;
            int start = p0 * hop;
            int stop = (p1 - 1 + r) * hop;
            NdArray chunks = xp.reshape(xs.get(Index.ellipsis(), Index.range(start, stop)),
                    shape(outer, nb + r - 1, hop));
            if (r == 1) {
                return chunks;
            }
            List<NdArray> parts = new ArrayList<>(r);
            for (int j = 0; j < r; j++) {
                parts.add(chunks.get(Index.ellipsis(), Index.range(j, j + nb), Index.all()));
            }
            return xp.concat(parts, -1);
        }
        return strided(xp, xs, nperseg, hop, new Tiling(p0, 1, nb));
    }

    /**
     * Segments {@code first, first + step, ...} ({@code count} of them) of xs, shaped (..., count, nperseg). When
     * they tile the signal without overlap (step·hop = nperseg) they are a reshape of one slice, with no copy
     * where the backend's reshape makes views; otherwise one {@code take}.
     */
    static NdArray strided(ArrayNamespace xp, NdArray xs, int nperseg, int hop, Tiling t) {
        int[] outer = outer(xs);
        if ((long) t.step() * hop == nperseg) {
            int start = t.first() * hop;
            return xp.reshape(xs.get(Index.ellipsis(), Index.range(start, start + t.count() * nperseg)),
                    shape(outer, t.count(), nperseg));
        }
        long[] idx = new long[t.count() * nperseg];
        for (int b = 0; b < t.count(); b++) {
            long s = (long) (t.first() + b * t.step()) * hop;
            for (int j = 0; j < nperseg; j++) {
                idx[b * nperseg + j] = s + j;
            }
        }
        NdArray taken = xp.take(xs, xp.asarray(idx, Xp.defaultInt(xp), xs.device(), null), xs.ndim() - 1);
        return xp.reshape(taken, shape(outer, t.count(), nperseg));
    }

    /**
     * Every segment 0 .. nseg - 1 once, in blocks of at most {@code most} segments for which
     * {@link #strided} need not copy: when the hop divides nperseg (r = nperseg/hop), the segments of each phase
     * j < r (j, j + r, j + 2r, ...) tile the signal; otherwise consecutive runs. For sums and medians over
     * segments, whose order does not matter.
     */
    static List<Tiling> tilings(int nseg, int nperseg, int hop, int most) {
        List<Tiling> out = new ArrayList<>();
        int r = nperseg % hop == 0 ? nperseg / hop : 1;
        for (int j = 0; j < Math.min(r, nseg); j++) {
            int count = (nseg - j + r - 1) / r;
            for (int q = 0; q < count; q += most) {
                out.add(new Tiling(j + q * r, r, Math.min(most, count - q)));
            }
        }
        return out;
    }

    /** Segments first, first + step, ..., count of them. */
    record Tiling(int first, int step, int count) {
    }

    /** All dimensions of xs but the last. */
    static int[] outer(NdArray xs) {
        return java.util.Arrays.copyOf(xs.shape(), xs.ndim() - 1);
    }

    /** outer + (a, b). */
    static int[] shape(int[] outer, int a, int b) {
        int[] s = java.util.Arrays.copyOf(outer, outer.length + 2);
        s[outer.length] = a;
        s[outer.length + 1] = b;
        return s;
    }
}
