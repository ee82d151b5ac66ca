package org.xpsci.linalg.internal;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;

/** SciPy's error for singular matrices in a batch: "A singular matrix detected: slice(s) [i, ...] are singular." */
public final class Singular {

    private Singular() {
    }

    /** The error naming the (flat, C-order) batch indices whose flag is set; flags has the batch shape. */
    public static LinAlgException error(ArrayNamespace xp, NdArray flags) {
        NdArray flat = xp.reshape(flags, -1);
        int n = (int) flat.size();
        List<Integer> slices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (flat.get((long) i).booleanValue()) {
                slices.add(i);
            }
        }
        if (slices.isEmpty()) {
            return new LinAlgException("A singular matrix detected.");
        }
        return new LinAlgException("A singular matrix detected: slice(s) " + slices + " are singular.");
    }

    /** The error for the matrices whose flag in {@code flags} (one per matrix) is set. */
    public static LinAlgException error(boolean[] flags) {
        List<Integer> slices = new ArrayList<>();
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                slices.add(i);
            }
        }
        return new LinAlgException("A singular matrix detected: slice(s) " + slices + " are singular.");
    }

    /** Throws the error when any flag is set (reads one value back). */
    public static void check(ArrayNamespace xp, NdArray flags) {
        if (flags.size() > 0 && xp.any(flags).booleanValue()) {
            throw error(xp, flags);
        }
    }
}
