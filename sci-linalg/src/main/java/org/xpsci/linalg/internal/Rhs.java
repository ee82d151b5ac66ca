package org.xpsci.linalg.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.NdArray;

/**
 * A coefficient stack and right-hand sides aligned the way SciPy's batched solvers align them
 * ({@code _apply_over_batch(('a', 2), ('b', '1|2'))}): b is one vector when it is 1-d, else a stack of
 * (M, K) matrices; the batch axes of a and b broadcast.
 *
 * @param a      a broadcast to (batch..., M, M')
 * @param b      b broadcast to (batch..., M, K), a vector b as one column
 * @param vector whether b was a vector (the solution then drops its last axis)
 * @param batch  the broadcast batch shape
 */
public record Rhs(NdArray a, NdArray b, boolean vector, int[] batch) {

    /**
     * Aligns a (ndim at least 2) and b.
     *
     * @param mismatch the error message when b's rows differ from a's
     */
    public static Rhs align(ArrayNamespace xp, NdArray a, NdArray b, String mismatch) {
        boolean vector = b.ndim() <= 1;
        NdArray b2 = vector ? xp.reshape(b, -1, 1) : b;
        if (b2.shape(-2) != a.shape(-2)) {
            throw new IllegalArgumentException(mismatch);
        }
        int[] batch = Broadcast.shapes(Matrices.batch(a), Matrices.batch(b2));
        NdArray ab = xp.broadcastTo(a, Matrices.shape(batch, a.shape(-2), a.shape(-1)));
        NdArray bb = xp.broadcastTo(b2, Matrices.shape(batch, b2.shape(-2), b2.shape(-1)));
        return new Rhs(ab, bb, vector, batch);
    }

    /** x shaped as the caller expects: the column axis dropped for a vector b. */
    public NdArray result(ArrayNamespace xp, NdArray x) {
        return vector ? xp.squeeze(x, -1) : x;
    }
}
