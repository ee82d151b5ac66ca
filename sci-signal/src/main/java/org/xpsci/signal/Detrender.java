package org.xpsci.signal;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.xpsci.xp.NdArray;

/**
 * How the spectral estimators detrend each segment before windowing: SciPy's {@code detrend} argument, which
 * is {@code 'constant'}, {@code 'linear'}, {@code False} (no detrending) or a function. A custom function
 * receives blocks of segments shaped {@code (..., k, nperseg)}, time along the last axis, and must return an
 * array of the same shape; it is applied through the namespace, so it runs on every backend.
 *
 * @param type     the built-in trend to remove, or null
 * @param function a custom detrending function, or null
 */
public record Detrender(DetrendType type, UnaryOperator<NdArray> function) {

    /** No detrending ({@code detrend=False}). */
    public static final Detrender NONE = new Detrender(null, null);
    /** Subtract each segment's mean ({@code 'constant'}, the default of welch, csd and spectrogram). */
    public static final Detrender CONSTANT = new Detrender(DetrendType.CONSTANT, null);
    /** Subtract each segment's least-squares line ({@code 'linear'}). */
    public static final Detrender LINEAR = new Detrender(DetrendType.LINEAR, null);

    /**
     * Checks that at most one of type and function is given.
     *
     * @throws IllegalArgumentException when both are
     */
    public Detrender {
        if (type != null && function != null) {
            throw new IllegalArgumentException("a Detrender is a built-in type or a function, not both; got type="
                    + type.label() + " and a function");
        }
    }

    /** The built-in detrending of that type. */
    public static Detrender of(DetrendType type) {
        return type == DetrendType.CONSTANT ? CONSTANT : LINEAR;
    }

    /** A custom detrending function over {@code (..., k, nperseg)} blocks of segments. */
    public static Detrender custom(UnaryOperator<NdArray> function) {
        if (function == null) {
            throw new IllegalArgumentException("detrend function must not be null; use Detrender.NONE for no"
                    + " detrending");
        }
        return new Detrender(null, function);
    }

    /**
     * Parses "constant" ("c"), "linear" ("l"), or "false"/"none" for no detrending.
     *
     * @throws IllegalArgumentException listing the accepted values
     */
    public static Detrender parse(String name) {
        if (name != null) {
            String s = name.toLowerCase(Locale.ROOT);
            if (s.equals("false") || s.equals("none")) {
                return NONE;
            }
            if (s.equals("constant") || s.equals("c")) {
                return CONSTANT;
            }
            if (s.equals("linear") || s.equals("l")) {
                return LINEAR;
            }
        }
        throw new IllegalArgumentException("detrend='" + name + "' is not accepted; use 'constant', 'linear', "
                + "'false' (no detrending) or a function (Detrender.custom)");
    }

    /** Whether segments are left as they are. */
    public boolean isNone() {
        return type == null && function == null;
    }

    @Override
    public String toString() {
        return function != null ? "Detrender[custom]" : type == null ? "Detrender[false]"
                : "Detrender[" + type.label() + "]";
    }
}
