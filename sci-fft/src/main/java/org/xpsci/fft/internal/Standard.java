package org.xpsci.fft.internal;

import java.util.function.UnaryOperator;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.PortabilityException;
import org.xpsci.xp.Xp;

/**
 * The standard transforms of scipy.fft, run by the namespace's fft extension as SciPy's array-API dispatch
 * does: integer and bool input becomes float64 first; the real-input functions reject complex input; the
 * functions the standard defines on complex input (fft, ifft, fftn, ifftn, irfft, irfftn, hfft) get real input
 * as it is, and once more converted to complex if the namespace rejects real input as non-portable.
 */
public final class Standard {

    /** What a function accepts. */
    public enum Input {
        /** Complex input per the standard; real input is tried as is, then as complex. */
        COMPLEX,
        /** Real input only ("x must be a real sequence"). */
        REAL
    }

    /** A one-axis function of the extension. */
    @FunctionalInterface
    public interface OneAxis {
        /** Calls the function. */
        NdArray apply(FftExtension f, NdArray x, Integer n, int axis, FftNorm norm);
    }

    /** An n-axes function of the extension. */
    @FunctionalInterface
    public interface NAxes {
        /** Calls the function. */
        NdArray apply(FftExtension f, NdArray x, int[] s, int[] axes, FftNorm norm);
    }

    private Standard() {
    }

    /** Runs a one-axis function. */
    public static NdArray oneAxis(String function, Input input, OneAxis fn, NdArray x, Integer n, int axis,
            FftNorm norm, Integer workers) {
        Ready r = ready(function, input, x, norm, workers);
        return r.call(a -> fn.apply(r.fft(), a, n, axis, r.norm()));
    }

    /** Runs an n-axes function. */
    public static NdArray nAxes(String function, Input input, NAxes fn, NdArray x, int[] s, int[] axes,
            FftNorm norm, Integer workers) {
        Ready r = ready(function, input, x, norm, workers);
        return r.call(a -> fn.apply(r.fft(), a, s, axes, r.norm()));
    }

    /** hfftn: irfftn of the conjugate with the norm's direction swapped. */
    public static NdArray hfftn(String function, NdArray x, int[] s, int[] axes, FftNorm norm, Integer workers) {
        ArrayNamespace xp = Xp.namespace(x);
        NdArray in = x != null && x.dtype().isComplexFloating() ? xp.conj(x) : x;
        return nAxes(function, Input.COMPLEX, FftExtension::irfftn, in, s, axes, swapped(norm), workers);
    }

    /** ihfftn: the conjugate of rfftn with the norm's direction swapped. */
    public static NdArray ihfftn(String function, NdArray x, int[] s, int[] axes, FftNorm norm, Integer workers) {
        NdArray r = nAxes(function, Input.REAL, FftExtension::rfftn, x, s, axes, swapped(norm), workers);
        return r.namespace().conj(r);
    }

    private static FftNorm swapped(FftNorm norm) {
        return (norm == null ? FftNorm.BACKWARD : norm).swapped();
    }

    /** A validated call: the extension, the input converted as SciPy converts it, the norm. */
    private record Ready(ArrayNamespace xp, FftExtension fft, NdArray x, Input input, FftNorm norm) {

        /** Runs {@code fn} on the input; real input rejected as non-portable is retried as complex. */
        NdArray call(UnaryOperator<NdArray> fn) {
            if (input == Input.REAL || x.dtype().isComplexFloating()) {
                return fn.apply(x);
            }
            try {
                return fn.apply(x);
            } catch (PortabilityException e) {
                return fn.apply(xp.astype(x, Inputs.complexOf(x.dtype())));
            }
        }
    }

    private static Ready ready(String function, Input input, NdArray x, FftNorm norm, Integer workers) {
        ArrayNamespace xp = Xp.namespace(x);
        NdArray in = Inputs.floating(xp, x);
        Workers.check(workers, in, function);
        FftExtension f = Extension.of(xp, function);
        if (input == Input.REAL) {
            Inputs.requireReal(in, function);
        }
        return new Ready(xp, f, in, input, norm == null ? FftNorm.BACKWARD : norm);
    }
}
