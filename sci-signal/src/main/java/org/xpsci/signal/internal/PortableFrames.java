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
 * (r = nperseg/hop), otherwise one {@code take} with a computed 1-d index array.
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
        long[] idx = new long[nb * nperseg];
        for (int b = 0; b < nb; b++) {
            long s = (long) (p0 + b) * hop;
            for (int j = 0; j < nperseg; j++) {
                idx[b * nperseg + j] = s + j;
            }
        }
        NdArray taken = xp.take(xs, xp.asarray(idx, Xp.defaultInt(xp), xs.device(), null), xs.ndim() - 1);
        return xp.reshape(taken, shape(outer, nb, nperseg));
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
