package org.xpsci.cluster.internal;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * The nearest code of every row written with the standard alone: rows in blocks, squared distances in the
 * {@code |x|^2 - 2 x.c + |c|^2} form through {@code matmul} ({@code argmin} of {@code |c|^2 - 2 x.c}, first
 * minimum wins as in SciPy's kernel; the row's {@code |x|^2} is added to the minimum only, and a negative sum
 * from rounding is clamped to 0 before the square root). Memory stays bounded by one block x k.
 */
final class PortableNearest {

    /** Elements of one block's distance matrix. */
    static final long BLOCK_ELEMENTS = 1L << 20;

    /** Codes (int32) and distances (the dtype of x) of every row. */
    record Codes(NdArray code, NdArray dist) {
    }

    private PortableNearest() {
    }

    /** Rows per block for k codes. */
    static int blockRows(int n, int k) {
        return (int) Math.max(1, Math.min(n, BLOCK_ELEMENTS / Math.max(k, 1)));
    }

    /**
     * The nearest code of every row of x (n, d) among the rows of cb (k, d), both of one real floating dtype;
     * distances only when {@code withDistances}.
     */
    static Codes codes(ArrayNamespace xp, NdArray x, NdArray cb, boolean withDistances) {
        int n = x.shape(0);
        if (n == 0) {
            return new Codes(xp.empty(new int[] {0}, DType.INT32, x.device()),
                    withDistances ? xp.empty(new int[] {0}, x.dtype(), x.device()) : null);
        }
        // argmin over codes of |c|^2 - 2 x.c: the row's |x|^2 is added to the minimum only
        NdArray cbT2 = xp.multiply(xp.matrixTranspose(cb), 2.0);
        NdArray cc = xp.sum(xp.multiply(cb, cb), new int[] {1}, null, false);
        int block = blockRows(n, cb.shape(0));
        List<NdArray> codes = new ArrayList<>();
        List<NdArray> dists = new ArrayList<>();
        for (int r0 = 0; r0 < n; r0 += block) {
            int r1 = Math.min(n, r0 + block);
            NdArray xb = x.get(Index.range(r0, r1), Index.all());
            NdArray partial = xp.subtract(cc, xp.matmul(xb, cbT2));
            NdArray code = xp.argmin(partial, 1, true);
            codes.add(xp.astype(xp.reshape(code, r1 - r0), DType.INT32));
            if (withDistances) {
                NdArray xx = xp.sum(xp.multiply(xb, xb), new int[] {1}, null, false);
                NdArray d2 = xp.add(xx, xp.reshape(xp.takeAlongAxis(partial, code, 1), r1 - r0));
                dists.add(xp.sqrt(xp.maximum(d2, 0.0)));
            }
        }
        return new Codes(join(xp, codes), withDistances ? join(xp, dists) : null);
    }

    private static NdArray join(ArrayNamespace xp, List<NdArray> parts) {
        return parts.size() == 1 ? parts.get(0) : xp.concat(parts, 0);
    }
}
