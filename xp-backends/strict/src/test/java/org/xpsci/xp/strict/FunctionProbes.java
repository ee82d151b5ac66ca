package org.xpsci.xp.strict;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.Index;
import org.xpsci.xp.LinalgExtension;
import org.xpsci.xp.NdArray;

/**
 * One small call of every function of the standard, for a given namespace and input dtype: the probes behind
 * the coverage test (every abstract method of ArrayNamespace, FftExtension and LinalgExtension is probed and
 * runs on every backend) and the generated support table (docs/SUPPORT.md).
 */
final class FunctionProbes {

    /**
     * A probe of one function.
     *
     * @param category   the standard's category heading ("Elementwise", "linalg", ...)
     * @param name       the standard's name, e.g. {@code linalg.inv}
     * @param owner      the interface that declares the method
     * @param method     the Java method name
     * @param params     the parameter types where the name is overloaded, else null
     * @param dtyped     whether the input dtype matters (false: the probe ignores it)
     * @param call       the call, given a namespace and the input dtype
     */
    record Probe(String category, String name, Class<?> owner, String method, Class<?>[] params, boolean dtyped,
                 BiFunction<ArrayNamespace, DType, Object> call) {
    }

    private static final List<Probe> ALL = new ArrayList<>();

    private FunctionProbes() {
    }

    /** Every probe, grouped by the standard's categories. */
    static List<Probe> all() {
        return ALL;
    }

    // ---- inputs ----------------------------------------------------------------------------------------

    /** The 1-d array [1, 2, 3] (bool: [true, false, true]) in dtype d. */
    static NdArray vec(ArrayNamespace xp, DType d) {
        return d.isBool() ? xp.asarray(new boolean[] {true, false, true}) : xp.asarray(new long[] {1, 2, 3}, d);
    }

    /** The 2-d array [[2, 1], [1, 2]] (bool: the identity) in dtype d. */
    static NdArray mat(ArrayNamespace xp, DType d) {
        return d.isBool() ? xp.asarray(new boolean[][] {{true, false}, {false, true}})
                : xp.asarray(new long[][] {{2, 1}, {1, 2}}, d);
    }

    private static Object fill(DType d) {
        return d.isBool() ? (Object) Boolean.TRUE : d.isComplexFloating() ? new Complex(1, 0) : d.isFloating() ? (Object) 1.0
                : (Object) 1L;
    }

    private static NdArray indices(ArrayNamespace xp) {
        return xp.asarray(new long[] {2, 0});
    }

    // ---- the table ---------------------------------------------------------------------------------------

    private static void add(String category, String name, Class<?> owner, String method, BiFunction<ArrayNamespace, DType, Object> call) {
        ALL.add(new Probe(category, name, owner, method, null, true, call));
    }

    private static void fixed(String category, String name, String method, BiFunction<ArrayNamespace, DType, Object> call) {
        ALL.add(new Probe(category, name, ArrayNamespace.class, method, null, false, call));
    }

    private static void a(String category, String name, String method, BiFunction<ArrayNamespace, DType, Object> call) {
        add(category, name, ArrayNamespace.class, method, call);
    }

    private static FftExtension fft(ArrayNamespace xp) {
        return xp.fft();
    }

    private static LinalgExtension linalg(ArrayNamespace xp) {
        return xp.linalg();
    }

    static {
        fixed("Inspection", "name", "name", (xp, d) -> xp.name());
        fixed("Inspection", "promotion rules", "promotionRules", (xp, d) -> xp.promotionRules());
        fixed("Inspection", "__array_namespace_info__", "info", (xp, d) -> xp.info().capabilities());
        fixed("Inspection", "has extension", "hasExtension", (xp, d) -> xp.hasExtension("fft"));
        fixed("Inspection", "fft", "fft", (xp, d) -> xp.fft());
        fixed("Inspection", "linalg", "linalg", (xp, d) -> xp.linalg());

        a("Creation", "arange", "arange", (xp, d) -> xp.arange(0, 3, 1, d, null));
        a("Creation", "asarray", "asarray", (xp, d) -> xp.asarray(new Object[] {fill(d), fill(d)}, d, null, null));
        a("Creation", "empty", "empty", (xp, d) -> xp.empty(new int[] {2}, d, null));
        a("Creation", "eye", "eye", (xp, d) -> xp.eye(2, 3, 1, d, null));
        a("Creation", "from_dlpack", "fromDlpack", (xp, d) -> xp.fromDlpack(vec(xp, d), null, true));
        a("Creation", "full", "full", (xp, d) -> xp.full(new int[] {2}, fill(d), d, null));
        a("Creation", "linspace", "linspace", (xp, d) -> xp.linspace(new Complex(0, 0), new Complex(1, 0), 3, d, null, true));
        a("Creation", "meshgrid", "meshgrid", (xp, d) -> xp.meshgrid(List.of(vec(xp, d), vec(xp, d)), "ij"));
        a("Creation", "tril", "tril", (xp, d) -> xp.tril(mat(xp, d), 0));
        a("Creation", "triu", "triu", (xp, d) -> xp.triu(mat(xp, d), 0));

        a("Data types", "astype", "astype", (xp, d) -> xp.astype(vec(xp, DType.INT8), d, true, null));

        for (ElementwiseOp op : ElementwiseOp.values()) {
            add("Elementwise", op.standardName(), ArrayNamespace.class, op.arity() == 1 ? "unary" : "binary",
                    (xp, d) -> op.arity() == 1 ? xp.unary(op, vec(xp, d)) : xp.binary(op, vec(xp, d), vec(xp, d)));
        }
        a("Elementwise", "clip", "clip", (xp, d) -> xp.clip(vec(xp, d), vec(xp, d), null));

        a("Indexing", "take", "take", (xp, d) -> xp.take(vec(xp, d), indices(xp), 0));
        a("Indexing", "take_along_axis", "takeAlongAxis", (xp, d) -> xp.takeAlongAxis(vec(xp, d), indices(xp), 0));

        a("Linear algebra", "matmul", "matmul", (xp, d) -> xp.matmul(mat(xp, d), mat(xp, d)));
        a("Linear algebra", "matrix_transpose", "matrixTranspose", (xp, d) -> xp.matrixTranspose(mat(xp, d)));
        a("Linear algebra", "tensordot", "tensordot", (xp, d) -> xp.tensordot(mat(xp, d), mat(xp, d), new int[] {1}, new int[] {0}));
        a("Linear algebra", "vecdot", "vecdot", (xp, d) -> xp.vecdot(vec(xp, d), vec(xp, d), -1));

        a("Manipulation", "broadcast_arrays", "broadcastArrays", (xp, d) -> xp.broadcastArrays(vec(xp, d), mat(xp, d).get(Index.all(), Index.newAxis(), Index.at(0))));
        a("Manipulation", "broadcast_to", "broadcastTo", (xp, d) -> xp.broadcastTo(vec(xp, d), 2, 3));
        a("Manipulation", "concat", "concat", (xp, d) -> xp.concat(List.of(vec(xp, d), vec(xp, d)), 0));
        a("Manipulation", "expand_dims", "expandDims", (xp, d) -> xp.expandDims(vec(xp, d), 0));
        a("Manipulation", "flip", "flip", (xp, d) -> xp.flip(vec(xp, d), 0));
        a("Manipulation", "moveaxis", "moveaxis", (xp, d) -> xp.moveaxis(mat(xp, d), new int[] {0}, new int[] {1}));
        a("Manipulation", "permute_dims", "permuteDims", (xp, d) -> xp.permuteDims(mat(xp, d), 1, 0));
        ALL.add(new Probe("Manipulation", "repeat", ArrayNamespace.class, "repeat",
                new Class<?>[] {NdArray.class, NdArray.class, Integer.class}, true,
                (xp, d) -> xp.repeat(vec(xp, d), xp.asarray(new long[] {1, 0, 2}), 0)));
        ALL.add(new Probe("Manipulation", "repeat (one count)", ArrayNamespace.class, "repeat",
                new Class<?>[] {NdArray.class, long.class, Integer.class}, true, (xp, d) -> xp.repeat(vec(xp, d), 2L, null)));
        a("Manipulation", "reshape", "reshape", (xp, d) -> xp.reshape(vec(xp, d), new int[] {3, 1}, null));
        a("Manipulation", "roll", "roll", (xp, d) -> xp.roll(vec(xp, d), new int[] {1}, new int[] {0}));
        a("Manipulation", "squeeze", "squeeze", (xp, d) -> xp.squeeze(xp.reshape(vec(xp, d), 1, 3), 0));
        a("Manipulation", "stack", "stack", (xp, d) -> xp.stack(List.of(vec(xp, d), vec(xp, d)), 0));
        a("Manipulation", "tile", "tile", (xp, d) -> xp.tile(vec(xp, d), 2));
        a("Manipulation", "unstack", "unstack", (xp, d) -> xp.unstack(mat(xp, d), 0));

        a("Searching", "argmax", "argmax", (xp, d) -> xp.argmax(vec(xp, d), 0, false));
        a("Searching", "argmin", "argmin", (xp, d) -> xp.argmin(vec(xp, d), 0, false));
        a("Searching", "count_nonzero", "countNonzero", (xp, d) -> xp.countNonzero(vec(xp, d), null, false));
        a("Searching", "nonzero", "nonzero", (xp, d) -> xp.nonzero(vec(xp, d)));
        a("Searching", "searchsorted", "searchsorted", (xp, d) -> xp.searchsorted(vec(xp, d), vec(xp, d), "left", null));
        a("Searching", "where", "where", (xp, d) -> xp.where(xp.asarray(new boolean[] {true, false, true}), vec(xp, d), vec(xp, d)));

        a("Set", "unique_all", "uniqueAll", (xp, d) -> xp.uniqueAll(vec(xp, d)));
        a("Set", "unique_counts", "uniqueCounts", (xp, d) -> xp.uniqueCounts(vec(xp, d)));
        a("Set", "unique_inverse", "uniqueInverse", (xp, d) -> xp.uniqueInverse(vec(xp, d)));
        a("Set", "unique_values", "uniqueValues", (xp, d) -> xp.uniqueValues(vec(xp, d)));

        a("Sorting", "argsort", "argsort", (xp, d) -> xp.argsort(vec(xp, d), -1, false, true));
        a("Sorting", "sort", "sort", (xp, d) -> xp.sort(vec(xp, d), -1, false, true));

        a("Statistical", "cumulative_prod", "cumulativeProd", (xp, d) -> xp.cumulativeProd(vec(xp, d), 0, null, false));
        a("Statistical", "cumulative_sum", "cumulativeSum", (xp, d) -> xp.cumulativeSum(vec(xp, d), 0, null, false));
        a("Statistical", "max", "max", (xp, d) -> xp.max(vec(xp, d), null, false));
        a("Statistical", "mean", "mean", (xp, d) -> xp.mean(vec(xp, d), null, false));
        a("Statistical", "min", "min", (xp, d) -> xp.min(vec(xp, d), null, false));
        a("Statistical", "prod", "prod", (xp, d) -> xp.prod(vec(xp, d), null, null, false));
        a("Statistical", "std", "std", (xp, d) -> xp.std(vec(xp, d), null, 1, false));
        a("Statistical", "sum", "sum", (xp, d) -> xp.sum(vec(xp, d), null, null, false));
        a("Statistical", "var", "var", (xp, d) -> xp.var(vec(xp, d), null, 1, false));

        a("Utility", "all", "all", (xp, d) -> xp.all(vec(xp, d), null, false));
        a("Utility", "any", "any", (xp, d) -> xp.any(vec(xp, d), null, false));
        a("Utility", "diff", "diff", (xp, d) -> xp.diff(vec(xp, d), -1, 1, null, null));

        Class<?> f = FftExtension.class;
        FftNorm b = FftNorm.BACKWARD;
        add("fft", "fft.fft", f, "fft", (xp, d) -> fft(xp).fft(vec(xp, d), null, -1, b));
        add("fft", "fft.ifft", f, "ifft", (xp, d) -> fft(xp).ifft(vec(xp, d), null, -1, b));
        add("fft", "fft.fftn", f, "fftn", (xp, d) -> fft(xp).fftn(mat(xp, d), null, null, b));
        add("fft", "fft.ifftn", f, "ifftn", (xp, d) -> fft(xp).ifftn(mat(xp, d), null, null, b));
        add("fft", "fft.rfft", f, "rfft", (xp, d) -> fft(xp).rfft(vec(xp, d), null, -1, b));
        add("fft", "fft.irfft", f, "irfft", (xp, d) -> fft(xp).irfft(vec(xp, d), null, -1, b));
        add("fft", "fft.rfftn", f, "rfftn", (xp, d) -> fft(xp).rfftn(mat(xp, d), null, null, b));
        add("fft", "fft.irfftn", f, "irfftn", (xp, d) -> fft(xp).irfftn(mat(xp, d), null, null, b));
        add("fft", "fft.hfft", f, "hfft", (xp, d) -> fft(xp).hfft(vec(xp, d), null, -1, b));
        add("fft", "fft.ihfft", f, "ihfft", (xp, d) -> fft(xp).ihfft(vec(xp, d), null, -1, b));
        add("fft", "fft.fftfreq", f, "fftfreq", (xp, d) -> fft(xp).fftfreq(4, 1.0, d, null));
        add("fft", "fft.rfftfreq", f, "rfftfreq", (xp, d) -> fft(xp).rfftfreq(4, 1.0, d, null));
        add("fft", "fft.fftshift", f, "fftshift", (xp, d) -> fft(xp).fftshift(vec(xp, d)));
        add("fft", "fft.ifftshift", f, "ifftshift", (xp, d) -> fft(xp).ifftshift(vec(xp, d)));

        Class<?> l = LinalgExtension.class;
        add("linalg", "linalg.cholesky", l, "cholesky", (xp, d) -> linalg(xp).cholesky(mat(xp, d), false));
        add("linalg", "linalg.cross", l, "cross", (xp, d) -> linalg(xp).cross(vec(xp, d), vec(xp, d), -1));
        add("linalg", "linalg.det", l, "det", (xp, d) -> linalg(xp).det(mat(xp, d)));
        add("linalg", "linalg.diagonal", l, "diagonal", (xp, d) -> linalg(xp).diagonal(mat(xp, d), 0));
        add("linalg", "linalg.eigh", l, "eigh", (xp, d) -> linalg(xp).eigh(mat(xp, d)));
        add("linalg", "linalg.eigvalsh", l, "eigvalsh", (xp, d) -> linalg(xp).eigvalsh(mat(xp, d)));
        add("linalg", "linalg.inv", l, "inv", (xp, d) -> linalg(xp).inv(mat(xp, d)));
        add("linalg", "linalg.matmul", l, "matmul", (xp, d) -> linalg(xp).matmul(mat(xp, d), mat(xp, d)));
        ALL.add(new Probe("linalg", "linalg.matrix_norm (fro, nuc)", l, "matrixNorm",
                new Class<?>[] {NdArray.class, boolean.class, String.class}, true,
                (xp, d) -> linalg(xp).matrixNorm(mat(xp, d), false, "fro")));
        ALL.add(new Probe("linalg", "linalg.matrix_norm (orders)", l, "matrixNorm",
                new Class<?>[] {NdArray.class, boolean.class, double.class}, true,
                (xp, d) -> linalg(xp).matrixNorm(mat(xp, d), false, 1.0)));
        add("linalg", "linalg.matrix_power", l, "matrixPower", (xp, d) -> linalg(xp).matrixPower(mat(xp, d), 2));
        add("linalg", "linalg.matrix_rank", l, "matrixRank", (xp, d) -> linalg(xp).matrixRank(mat(xp, d), null));
        add("linalg", "linalg.matrix_transpose", l, "matrixTranspose", (xp, d) -> linalg(xp).matrixTranspose(mat(xp, d)));
        add("linalg", "linalg.outer", l, "outer", (xp, d) -> linalg(xp).outer(vec(xp, d), vec(xp, d)));
        add("linalg", "linalg.pinv", l, "pinv", (xp, d) -> linalg(xp).pinv(mat(xp, d), null));
        add("linalg", "linalg.qr", l, "qr", (xp, d) -> linalg(xp).qr(mat(xp, d), "reduced"));
        add("linalg", "linalg.slogdet", l, "slogdet", (xp, d) -> linalg(xp).slogdet(mat(xp, d)));
        add("linalg", "linalg.solve", l, "solve", (xp, d) -> linalg(xp).solve(mat(xp, d), mat(xp, d)));
        add("linalg", "linalg.svd", l, "svd", (xp, d) -> linalg(xp).svd(mat(xp, d), false));
        add("linalg", "linalg.svdvals", l, "svdvals", (xp, d) -> linalg(xp).svdvals(mat(xp, d)));
        add("linalg", "linalg.tensordot", l, "tensordot", (xp, d) -> linalg(xp).tensordot(mat(xp, d), mat(xp, d), new int[] {1}, new int[] {0}));
        add("linalg", "linalg.trace", l, "trace", (xp, d) -> linalg(xp).trace(mat(xp, d), 0, null));
        add("linalg", "linalg.vecdot", l, "vecdot", (xp, d) -> linalg(xp).vecdot(vec(xp, d), vec(xp, d), -1));
        add("linalg", "linalg.vector_norm", l, "vectorNorm", (xp, d) -> linalg(xp).vectorNorm(vec(xp, d), null, false, 2.0));
    }
}
