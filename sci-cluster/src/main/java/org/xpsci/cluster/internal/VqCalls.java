package org.xpsci.cluster.internal;

import java.util.Arrays;
import java.util.Optional;
import org.xpsci.cluster.ClusterWarning;
import org.xpsci.cluster.vq.VqResult;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** The bodies of {@code Vq.vq} and {@code Vq.whiten}: SciPy's argument checks in SciPy's order, then dispatch. */
public final class VqCalls {

    private VqCalls() {
    }

    /** {@code whiten(obs, check_finite)}: each column divided by its standard deviation (ddof 0). */
    public static NdArray whiten(NdArray obs, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(Arguments.array(obs, "obs"));
        if (checkFinite) {
            FiniteCheck.require(obs, "obs", "whiten");
        }
        requireReal(obs, "obs", "whiten");
        if (obs.ndim() == 0) {
            throw new IllegalArgumentException("whiten: obs must have at least one dimension (observations along"
                    + " axis 0); got a 0-d array");
        }
        NdArray x = obs.dtype().isRealFloating() ? obs : xp.astype(obs, Xp.defaultFloat(xp));
        if (x.shape(0) == 0) {
            return xp.astype(x, x.dtype());
        }
        NdArray std = xp.std(x, new int[] {0}, 0.0, false);
        NdArray zero = xp.equal(std, xp.zerosLike(std));
        if (checkFinite && xp.any(zero).booleanValue()) {
            ClusterWarningChannel.warn(ClusterWarning.Category.RUNTIME_WARNING, "whiten", "Some columns have standard"
                    + " deviation zero. The values of these columns will not change.");
        }
        return xp.divide(x, xp.where(zero, 1.0, std));
    }

    /** {@code vq(obs, code_book, check_finite)}. */
    public static VqResult vq(NdArray obs, NdArray codeBook, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(Arguments.array(obs, "obs"), Arguments.array(codeBook,
                "code_book"));
        if (checkFinite) {
            FiniteCheck.require(obs, "obs", "vq");
            FiniteCheck.require(codeBook, "code_book", "vq");
        }
        requireReal(obs, "obs", "vq");
        requireReal(codeBook, "code_book", "vq");
        DType ct = Xp.resultType(xp, false, obs, codeBook);
        boolean floating = ct.isRealFloating();
        DType work = floating ? ct : DType.FLOAT64;
        checkShapes(obs, codeBook);
        NdArray x = obs.dtype().isRealFloating() ? obs : xp.astype(obs, work);
        Optional<HostBuffer> host = Xp.fastPathsEnabled() ? Xp.hostBuffer(x) : Optional.empty();
        VqResult r = host.isPresent() ? hostVq(x, host.get(), codeBook, work)
                : portableVq(xp, x, codeBook, work);
        return floating ? r : new VqResult(xp.astype(r.code(), DType.INT64), r.dist());
    }

    private static VqResult hostVq(NdArray x, HostBuffer buffer, NdArray codeBook, DType work) {
        HostRows rows = new HostRows(buffer);
        int n = rows.rows();
        int[] codes = new int[n];
        double[] dist = new double[n];
        HostAssign.codes(rows, HostValues.doubles(codeBook, "vq", "code_book"), codeBook.shape(0), codes, dist);
        return new VqResult(HostResults.int32(x, codes, n),
                HostResults.real(x, dist, work, n));
    }

    private static VqResult portableVq(ArrayNamespace xp, NdArray x, NdArray codeBook, DType work) {
        NdArray x2 = x.dtype() == work ? x : xp.astype(x, work);
        NdArray cb2 = codeBook.dtype() == work ? codeBook : xp.astype(codeBook, work);
        if (x2.ndim() == 1) {
            x2 = xp.reshape(x2, x2.shape(0), 1);
            cb2 = xp.reshape(cb2, cb2.shape(0), 1);
        }
        PortableNearest.Codes c = PortableNearest.codes(xp, x2, cb2, true);
        return new VqResult(c.code(), c.dist());
    }

    /** vq's shape rules, in SciPy's words. */
    static void checkShapes(NdArray obs, NdArray codeBook) {
        if (obs.ndim() != codeBook.ndim()) {
            throw new IllegalArgumentException("observation and code should have same number of dimensions (obs "
                    + obs.ndim() + "-d, code_book " + codeBook.ndim() + "-d)");
        }
        if (obs.ndim() != 1 && obs.ndim() != 2) {
            throw new IllegalArgumentException("ndim different than 1 or 2 are not supported (got " + obs.ndim()
                    + "-d)");
        }
        if (obs.ndim() == 2 && obs.shape(1) != codeBook.shape(1)) {
            throw new IllegalArgumentException("obs and code should have same number of features (columns) (obs "
                    + obs.shape(1) + ", code_book " + codeBook.shape(1) + ")");
        }
        if (codeBook.shape(0) == 0) {
            throw new IllegalArgumentException("code_book must hold at least one code; got shape "
                    + Arrays.toString(codeBook.shape()));
        }
    }

    static void requireReal(NdArray x, String param, String function) {
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException(function + ": " + param + " must be real; got a " + x.dtype()
                    + " array");
        }
    }


}
