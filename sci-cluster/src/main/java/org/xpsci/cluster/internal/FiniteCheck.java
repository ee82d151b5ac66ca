package org.xpsci.cluster.internal;

import java.util.Optional;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.HostReader;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * SciPy's {@code check_finite} (NumPy's {@code asarray_chkfinite}): NaN or infinity in an input is an error. On
 * the host fast path the buffer is scanned in place; elsewhere {@code all(isfinite(x))} is read back.
 */
final class FiniteCheck {

    private FiniteCheck() {
    }

    /**
     * Checks that every element of x is finite (integer and bool arrays always are).
     *
     * @throws IllegalArgumentException in NumPy's words, naming the argument
     */
    static void require(NdArray x, String param, String function) {
        if (!x.dtype().isFloating() || x.size() == 0) {
            return;
        }
        Optional<HostBuffer> b = Xp.fastPathsEnabled() ? Xp.hostBuffer(x) : Optional.empty();
        boolean finite = b.isPresent() ? hostFinite(b.get()) : portableFinite(x);
        if (!finite) {
            throw new IllegalArgumentException("array must not contain infs or NaNs (" + function + ": " + param
                    + " has non-finite values; pass checkFinite=false to skip this check)");
        }
    }

    private static boolean portableFinite(NdArray x) {
        ArrayNamespace xp = Xp.namespace(x);
        return xp.all(xp.isfinite(x)).booleanValue();
    }

    private static boolean hostFinite(HostBuffer b) {
        if (b.isCContiguous()) {
            int n = Math.toIntExact(b.size()) * (b.dtype().isComplexFloating() ? 2 : 1);
            int o = b.offset() * (b.dtype().isComplexFloating() ? 2 : 1);
            if (b.data() instanceof double[] d) {
                for (int i = o; i < o + n; i++) {
                    if (!Double.isFinite(d[i])) {
                        return false;
                    }
                }
                return true;
            }
            if (b.data() instanceof float[] f) {
                for (int i = o; i < o + n; i++) {
                    if (!Float.isFinite(f[i])) {
                        return false;
                    }
                }
                return true;
            }
        }
        boolean[] ok = {true};
        HostReader.forEach(b, (i, re, im) -> ok[0] &= Double.isFinite(re) && Double.isFinite(im));
        return ok[0];
    }
}
