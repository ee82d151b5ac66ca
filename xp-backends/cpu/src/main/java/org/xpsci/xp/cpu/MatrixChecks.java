package org.xpsci.xp.cpu;

import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.LinAlgException;

/** Argument checks of the linalg extension, with NumPy's messages, and its dtype rule. */
final class MatrixChecks {

    private MatrixChecks() {
    }

    /** x must be a stack of matrices (ndim at least 2). */
    static void stacked(String function, CpuArray x) {
        if (x.ndim() < 2) {
            throw new LinAlgException(function + ": " + x.ndim() + "-dimensional array given. Array must be at least"
                    + " two-dimensional; got shape " + Broadcast.format(x.shapeRef()));
        }
    }

    /** x must be a stack of square matrices. */
    static void square(String function, CpuArray x) {
        stacked(function, x);
        int[] s = x.shapeRef();
        if (s[s.length - 1] != s[s.length - 2]) {
            throw new LinAlgException(function + ": Last 2 dimensions of the array must be square; got shape "
                    + Broadcast.format(s));
        }
    }

    /**
     * The dtype a decomposition computes and returns in: floating dtypes as they are, integers and bool in
     * float64 (NumPy's rule).
     */
    static DType floating(DType d) {
        return d.isFloating() ? d : DType.FLOAT64;
    }

    /** Throws {@link LinAlgException} with {@code message} when any flag is set. */
    static void failIfAny(boolean[] failed, String message) {
        for (boolean f : failed) {
            if (f) {
                throw new LinAlgException(message);
            }
        }
    }
}
