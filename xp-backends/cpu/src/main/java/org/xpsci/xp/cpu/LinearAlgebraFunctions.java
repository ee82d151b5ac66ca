package org.xpsci.xp.cpu;

import java.util.Arrays;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.Promotion;

/**
 * The standard's linear algebra functions on the cpu: {@code matmul} (1-d operands promoted and the added
 * axis removed, batch axes broadcast, NumPy's dtype promotion), {@code tensordot} (a permutation and a reshape
 * around one matrix product) and {@code vecdot} (conjugating x1).
 */
final class LinearAlgebraFunctions {

    private final CpuNamespace ns;

    LinearAlgebraFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray matmul(CpuArray x1, CpuArray x2) {
        if (x1.ndim() == 0 || x2.ndim() == 0) {
            throw new IllegalArgumentException("matmul: 0-d arrays are not allowed (use multiply); got shapes "
                    + Broadcast.format(x1.shapeRef()) + " and " + Broadcast.format(x2.shapeRef()));
        }
        DType dt = Promotion.resultType(x1.dtype(), x2.dtype(), Promotion.Rules.NUMPY);
        CpuArray a = x1.ndim() == 1 ? x1.view(new int[] {1, x1.shapeRef()[0]}, new int[] {0, x1.strides()[0]},
                x1.offset()) : x1;
        CpuArray b = x2.ndim() == 1 ? x2.view(new int[] {x2.shapeRef()[0], 1}, new int[] {x2.strides()[0], 0},
                x2.offset()) : x2;
        int k = a.shapeRef()[a.ndim() - 1];
        int k2 = b.shapeRef()[b.ndim() - 2];
        if (k != k2) {
            throw new IllegalArgumentException("matmul: shapes " + Broadcast.format(x1.shapeRef()) + " and "
                    + Broadcast.format(x2.shapeRef()) + " are not aligned: x1's last axis has " + k
                    + " elements but x2's " + (x2.ndim() == 1 ? "only" : "second-to-last") + " axis has " + k2);
        }
        int[] batch = batchShape("matmul", a, b);
        CpuArray out = product(a, b, batch, dt);
        int[] shape = out.shapeRef();
        int nd = shape.length;
        if (x1.ndim() == 1 || x2.ndim() == 1) {
            int[] s = new int[nd - (x1.ndim() == 1 ? 1 : 0) - (x2.ndim() == 1 ? 1 : 0)];
            System.arraycopy(shape, 0, s, 0, nd - 2);
            int j = nd - 2;
            if (x1.ndim() != 1) {
                s[j++] = shape[nd - 2];
            }
            if (x2.ndim() != 1) {
                s[j] = shape[nd - 1];
            }
            return out.view(s, DlpackTensor.contiguousStrides(s), 0);
        }
        return out;
    }

    /** The broadcast batch shape of two stacks of matrices, with an error naming the function. */
    static int[] batchShape(String function, CpuArray a, CpuArray b) {
        int[] la = MatrixStack.batchShape(a);
        int[] lb = MatrixStack.batchShape(b);
        try {
            return Broadcast.shapes(la, lb);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(function + ": the batch dimensions " + Broadcast.format(la) + " of x1"
                    + " and " + Broadcast.format(lb) + " of x2 cannot be broadcast together", e);
        }
    }

    /**
     * The batched product of two stacks (ndim at least 2, inner dimensions matching) as a new C-contiguous
     * array of dtype {@code dt}, computed in dt's storage (integers and bool in int64).
     */
    CpuArray product(CpuArray a, CpuArray b, int[] batch, DType dt) {
        DType compute = dt.isFloating() || dt == DType.INT64 || dt == DType.UINT64 ? dt : DType.INT64;
        CpuArray ac = a.dtype() == compute ? a : ns.dataTypes().copy(a, compute);
        CpuArray bc = b.dtype() == compute ? b : ns.dataTypes().copy(b, compute);
        int m = a.shapeRef()[a.ndim() - 2];
        int n = b.shapeRef()[b.ndim() - 1];
        int[] shape = Arrays.copyOf(batch, batch.length + 2);
        shape[batch.length] = m;
        shape[batch.length + 1] = n;
        CpuArray out = CpuArray.allocate(ns, compute, shape);
        MatrixProduct.accumulate(ac, MatrixStack.of(ac, batch), bc, MatrixStack.of(bc, batch), out);
        return compute == dt ? out : ns.dataTypes().copy(out, dt);
    }

    CpuArray tensordot(CpuArray x1, CpuArray x2, int[] axes1, int[] axes2) {
        if (axes1 == null || axes2 == null || axes1.length != axes2.length) {
            throw new IllegalArgumentException("tensordot: axes1 and axes2 must name the same number of axes; got "
                    + Arrays.toString(axes1) + " and " + Arrays.toString(axes2));
        }
        int[] a1 = Axes.normalize(axes1, x1.ndim());
        int[] a2 = Axes.normalize(axes2, x2.ndim());
        int contracted = 1;
        for (int i = 0; i < a1.length; i++) {
            int d1 = x1.shapeRef()[a1[i]];
            int d2 = x2.shapeRef()[a2[i]];
            if (d1 != d2) {
                throw new IllegalArgumentException("tensordot: shape mismatch for sum: axis " + axes1[i] + " of x1 has "
                        + d1 + " elements but axis " + axes2[i] + " of x2 has " + d2);
            }
            contracted *= d1;
        }
        int[] free1 = complement(a1, x1.ndim());
        int[] free2 = complement(a2, x2.ndim());
        CpuArray p1 = ns.manipulation().permuteDims(x1, concat(free1, a1));
        CpuArray p2 = ns.manipulation().permuteDims(x2, concat(a2, free2));
        int[] outShape = concat(pick(x1.shapeRef(), free1), pick(x2.shapeRef(), free2));
        int rows = (int) Axes.size(pick(x1.shapeRef(), free1));
        int cols = (int) Axes.size(pick(x2.shapeRef(), free2));
        CpuArray m1 = ns.manipulation().reshape(p1, new int[] {rows, contracted}, null);
        CpuArray m2 = ns.manipulation().reshape(p2, new int[] {contracted, cols}, null);
        DType dt = Promotion.resultType(x1.dtype(), x2.dtype(), Promotion.Rules.NUMPY);
        CpuArray out = product(m1, m2, new int[0], dt);
        return out.view(outShape, DlpackTensor.contiguousStrides(outShape), 0);
    }

    CpuArray vecdot(CpuArray x1, CpuArray x2, int axis) {
        if (x1.ndim() == 0 || x2.ndim() == 0) {
            throw new IllegalArgumentException("vecdot: 0-d arrays are not allowed; got shapes "
                    + Broadcast.format(x1.shapeRef()) + " and " + Broadcast.format(x2.shapeRef()));
        }
        int ax1 = Axes.normalize(axis, x1.ndim());
        int ax2 = Axes.normalize(axis, x2.ndim());
        int n = x1.shapeRef()[ax1];
        if (x2.shapeRef()[ax2] != n) {
            throw new IllegalArgumentException("vecdot: x1 has " + n + " elements along axis " + axis + " but x2 has "
                    + x2.shapeRef()[ax2] + "; the contracted axis is not broadcast");
        }
        if (FusedVecdot.applies(x1, x2)) {
            return FusedVecdot.run(ns, x1, x2, ax1);
        }
        DType dt = Promotion.resultType(x1.dtype(), x2.dtype(), Promotion.Rules.NUMPY);
        // conj(x1) . x2 as a (1, n) @ (n, 1) product per batch element
        CpuArray a = rowStack(ns.manipulation().moveaxis(x1, new int[] {ax1}, new int[] {-1}));
        CpuArray b = columnStack(ns.manipulation().moveaxis(x2, new int[] {ax2}, new int[] {-1}));
        if (dt.isComplexFloating()) {
            a = conjugateCopy(a, dt);
        }
        int[] batch = batchShape("vecdot", a, b);
        CpuArray out = product(a, b, batch, dt);
        return out.view(batch, DlpackTensor.contiguousStrides(batch), 0);
    }

    /** A new contiguous array holding conj(x) in the complex dtype {@code dt}. */
    CpuArray conjugateCopy(CpuArray x, DType dt) {
        CpuArray c = ns.dataTypes().copy(x, dt);
        int n = Math.toIntExact(c.size());
        if (c.data() instanceof double[] d) {
            for (int i = 0; i < n; i++) {
                d[2 * i + 1] = -d[2 * i + 1];
            }
        } else {
            float[] f = (float[]) c.data();
            for (int i = 0; i < n; i++) {
                f[2 * i + 1] = -f[2 * i + 1];
            }
        }
        return c;
    }

    /** (..., n) viewed as (..., 1, n). */
    private static CpuArray rowStack(CpuArray x) {
        int nd = x.ndim();
        int[] s = Arrays.copyOf(x.shapeRef(), nd + 1);
        int[] st = Arrays.copyOf(x.strides(), nd + 1);
        s[nd] = s[nd - 1];
        st[nd] = st[nd - 1];
        s[nd - 1] = 1;
        st[nd - 1] = 0;
        return x.view(s, st, x.offset());
    }

    /** (..., n) viewed as (..., n, 1). */
    private static CpuArray columnStack(CpuArray x) {
        int nd = x.ndim();
        int[] s = Arrays.copyOf(x.shapeRef(), nd + 1);
        int[] st = Arrays.copyOf(x.strides(), nd + 1);
        s[nd] = 1;
        st[nd] = 0;
        return x.view(s, st, x.offset());
    }

    private static int[] complement(int[] axes, int ndim) {
        boolean[] m = Axes.mask(axes, ndim);
        int[] out = new int[ndim - axes.length];
        for (int i = 0, j = 0; i < ndim; i++) {
            if (!m[i]) {
                out[j++] = i;
            }
        }
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] pick(int[] shape, int[] axes) {
        int[] out = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            out[i] = shape[axes[i]];
        }
        return out;
    }
}
