package org.xpsci.linalg.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.HostReader;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** Argument checks with SciPy's messages, and SciPy's LAPACK dtype rule. */
public final class Checks {

    /** SciPy's message for non-finite input under {@code check_finite}. */
    public static final String NOT_FINITE = "array must not contain infs or NaNs";

    private Checks() {
    }

    /**
     * Throws SciPy's ValueError (an {@link IllegalArgumentException}) when x holds an infinity or NaN; read on
     * the host when x's memory is there, else with {@code all(isfinite(x))}.
     */
    public static void finite(ArrayNamespace xp, NdArray x) {
        if (x == null || !x.dtype().isFloating() || x.size() == 0) {
            return;
        }
        var host = Xp.hostBuffer(x);
        boolean ok;
        if (host.isPresent()) {
            ok = hostFinite(host.get());
        } else {
            ok = xp.all(xp.isfinite(x)).booleanValue();
        }
        if (!ok) {
            throw new IllegalArgumentException(NOT_FINITE);
        }
    }

    private static boolean hostFinite(HostBuffer b) {
        boolean[] ok = {true};
        HostReader.forEach(b, (i, re, im) -> {
            if (!Double.isFinite(re) || !Double.isFinite(im)) {
                ok[0] = false;
            }
        });
        return ok[0];
    }

    /** {@link #finite} when {@code check} is set, for each array. */
    public static void finiteIf(boolean check, ArrayNamespace xp, NdArray... arrays) {
        if (check) {
            for (NdArray a : arrays) {
                finite(xp, a);
            }
        }
    }

    /**
     * The dtype LAPACK computes the arrays in: their promoted dtype when floating, else the namespace's default
     * float (float64), as SciPy's {@code _ensure_dtype_cdsz} does.
     */
    public static DType lapackType(ArrayNamespace xp, NdArray... arrays) {
        DType d = Xp.resultType(xp, false, arrays);
        return d.isFloating() ? d : Xp.defaultFloat(xp);
    }

    /** x in dtype {@code dt} (x itself when it already is). */
    public static NdArray cast(ArrayNamespace xp, NdArray x, DType dt) {
        return x == null || x.dtype() == dt ? x : xp.astype(x, dt);
    }

    /** Throws {@link LinAlgException} with {@code message} unless x has at least two dimensions. */
    public static void atLeast2d(NdArray x, String message) {
        if (x.ndim() < 2) {
            throw new LinAlgException(message);
        }
    }

    /** Throws {@link LinAlgException} with {@code message} unless x's last two dimensions are equal. */
    public static void square(NdArray x, String message) {
        if (x.ndim() < 2 || x.shape(-1) != x.shape(-2)) {
            throw new LinAlgException(message);
        }
    }

    /** NumPy's tuple form of a shape for messages: {@code (2, 3)}. */
    public static String shape(NdArray x) {
        return Broadcast.format(x.shape());
    }
}
