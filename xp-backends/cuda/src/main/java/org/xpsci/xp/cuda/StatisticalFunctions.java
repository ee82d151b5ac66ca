package org.xpsci.xp.cuda;

import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.Index;
import org.xpsci.xp.cuda.internal.ComputeKind;

/**
 * Reductions (sum, prod, max, min, mean, var, std) and cumulative sums and products on the device. Sums
 * accumulate in the result dtype (NumPy's defaults: int64 for bool and signed integers, uint64 for unsigned),
 * floats by blocks so the error grows like a pairwise sum's; var and std subtract the mean first.
 */
final class StatisticalFunctions {

    private final CudaNamespace ns;

    StatisticalFunctions(CudaNamespace ns) {
        this.ns = ns;
    }

    /** The standard's default accumulation dtype of sum, prod and the cumulative functions. */
    static DType accumulation(DType x, DType requested) {
        if (requested != null) {
            return requested;
        }
        if (x.isBool() || x.isSignedInteger()) {
            return DType.INT64;
        }
        if (x.isUnsignedInteger()) {
            return DType.UINT64;
        }
        return x;
    }

    CudaArray sum(CudaArray x, int[] axes, DType dtype, boolean keepdims) {
        DType acc = accumulation(x.dtype(), dtype);
        return ns.reductions().reduce("sum", kindFor(acc, "sum"), x, axes, keepdims, acc, 0L);
    }

    CudaArray prod(CudaArray x, int[] axes, DType dtype, boolean keepdims) {
        DType acc = accumulation(x.dtype(), dtype);
        return ns.reductions().reduce("prod", kindFor(acc, "prod"), x, axes, keepdims, acc, 1L);
    }

    private static ComputeKind kindFor(DType acc, String name) {
        ComputeKind k = ComputeKind.of(acc);
        if (k == ComputeKind.B) {
            throw new IllegalArgumentException(name + " cannot accumulate in bool; pass an integer or floating dtype");
        }
        return k;
    }

    CudaArray max(CudaArray x, int[] axes, boolean keepdims) {
        return extreme("max", x, axes, keepdims);
    }

    CudaArray min(CudaArray x, int[] axes, boolean keepdims) {
        return extreme("min", x, axes, keepdims);
    }

    private CudaArray extreme(String op, CudaArray x, int[] axes, boolean keepdims) {
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException(op + " is not defined for complex dtypes in the array API standard;"
                    + " got " + x.dtype());
        }
        String ufunc = op.equals("max") ? "maximum" : "minimum";
        try {
            return ns.reductions().reduce(op, ComputeKind.of(x.dtype()), x, axes, keepdims, x.dtype(), null);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("zero-size array")) {
                throw new IllegalArgumentException("zero-size array to reduction operation " + ufunc
                        + " which has no identity");
            }
            throw e;
        }
    }

    /** The floating dtype mean, var and std compute in (float64 for integers and bool, as NumPy). */
    private static DType floating(DType d) {
        return d.isFloating() ? d : DType.FLOAT64;
    }

    CudaArray mean(CudaArray x, int[] axes, boolean keepdims) {
        DType f = floating(x.dtype());
        int[] ax = Axes.normalize(axes, x.ndim());
        long k = count(x, ax);
        CudaArray s = sum(x, ax, f, keepdims);
        CudaArray m = ns.elementwise().binary(ElementwiseOp.DIVIDE, s, scalar(x, f, (double) k));
        s.close();
        return m;
    }

    CudaArray var(CudaArray x, int[] axes, double correction, boolean keepdims) {
        DType f = floating(x.dtype());
        int[] ax = Axes.normalize(axes, x.ndim());
        long k = count(x, ax);
        CudaArray xf = ns.dataTypes().as(x, f);
        CudaArray mean = mean(xf, ax, true);
        CudaArray d = ns.elementwise().binary(ElementwiseOp.SUBTRACT, xf, mean);
        CudaArray mag = f.isComplexFloating() ? ns.elementwise().unary(ElementwiseOp.ABS, d) : d;
        CudaArray sq = ns.elementwise().unary(ElementwiseOp.SQUARE, mag);
        CudaArray ss = sum(sq, ax, f.toReal(), keepdims);
        CudaArray v = ns.elementwise().binary(ElementwiseOp.DIVIDE, ss, scalar(x, f.toReal(), Math.max(k - correction, 0)));
        for (CudaArray t : new CudaArray[] {mean, d, sq, ss}) {
            t.close();
        }
        if (mag != d) {
            mag.close();
        }
        if (xf != x) {
            xf.close();
        }
        return v;
    }

    CudaArray std(CudaArray x, int[] axes, double correction, boolean keepdims) {
        CudaArray v = var(x, axes, correction, keepdims);
        CudaArray s = ns.elementwise().unary(ElementwiseOp.SQRT, v);
        v.close();
        return s;
    }

    private static long count(CudaArray x, int[] axes) {
        long k = 1;
        for (int a : axes) {
            k *= x.shapeRef()[a];
        }
        return k;
    }

    private CudaArray scalar(CudaArray like, DType dtype, double v) {
        return ns.creation().full(new int[0], v, dtype, like.device());
    }

    CudaArray cumulativeSum(CudaArray x, Integer axis, DType dtype, boolean includeInitial) {
        return cumulative("sum", x, axis, dtype, includeInitial);
    }

    CudaArray cumulativeProd(CudaArray x, Integer axis, DType dtype, boolean includeInitial) {
        return cumulative("prod", x, axis, dtype, includeInitial);
    }

    private CudaArray cumulative(String op, CudaArray x, Integer axis, DType dtype, boolean includeInitial) {
        String name = "cumulative_" + op;
        if (x.ndim() == 0) {
            throw new IllegalArgumentException(name + " needs an array of at least one dimension; got a 0-d array");
        }
        if (axis == null && x.ndim() > 1) {
            throw new IllegalArgumentException(name + " needs an axis for an array of " + x.ndim() + " dimensions");
        }
        int ax = axis == null ? 0 : Axes.normalize(axis, x.ndim());
        DType acc = accumulation(x.dtype(), dtype);
        ComputeKind kind = kindFor(acc, name);
        CudaArray moved = ns.manipulation().moveaxis(x, new int[] {ax}, new int[] {-1});
        int[] s = moved.shapeRef();
        int k = s[s.length - 1];
        long m = k == 0 ? 0 : moved.size() / k;
        int inc = includeInitial ? 1 : 0;
        int[] outShape = s.clone();
        outShape[s.length - 1] = k + inc;
        CudaArray out = CudaArray.allocate(ns, x.context(), acc, outShape);
        if (includeInitial && out.size() > 0) {
            Index[] first = new Index[outShape.length];
            java.util.Arrays.fill(first, Index.all());
            first[outShape.length - 1] = Index.range(0, 1);
            CudaArray id = ns.creation().full(new int[0], op.equals("sum") ? (Object) 0L : (Object) 1L, acc, x.device());
            ns.dataTypes().assign(id, ns.indexing().get(out, first));
        }
        CudaArray src = moved.isContiguous() ? moved : ns.dataTypes().copy(moved, acc);
        ns.reductions().scanRows(op, kind, x.context(), m, k, src.pointer(), src.dtype(), k, out.pointer(), k + inc, inc);
        if (src != moved) {
            src.close();
        }
        return ns.manipulation().moveaxis(out, new int[] {-1}, new int[] {ax});
    }
}
