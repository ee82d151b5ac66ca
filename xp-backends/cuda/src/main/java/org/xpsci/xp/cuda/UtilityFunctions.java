package org.xpsci.xp.cuda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.Index;
import org.xpsci.xp.cuda.internal.ComputeKind;

/** all, any and diff on the device. */
final class UtilityFunctions {

    private final CudaNamespace ns;

    UtilityFunctions(CudaNamespace ns) {
        this.ns = ns;
    }

    CudaArray all(CudaArray x, int[] axes, boolean keepdims) {
        return ns.reductions().reduce("all", ComputeKind.B, x, axes, keepdims, DType.BOOL, Boolean.TRUE);
    }

    CudaArray any(CudaArray x, int[] axes, boolean keepdims) {
        return ns.reductions().reduce("any", ComputeKind.B, x, axes, keepdims, DType.BOOL, Boolean.FALSE);
    }

    /** The n-th difference along axis: x[1:] - x[:-1] repeated n times (logical_xor... for bool: not_equal). */
    CudaArray diff(CudaArray x, int axis, int n, CudaArray prepend, CudaArray append) {
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("diff requires input that is at least one dimensional");
        }
        if (n < 0) {
            throw new IllegalArgumentException("order must be non-negative but got " + n);
        }
        int ax = Axes.normalize(axis, x.ndim());
        CudaArray cur = x;
        if (prepend != null || append != null) {
            List<CudaArray> parts = new ArrayList<>();
            if (prepend != null) {
                parts.add(alongAxis(prepend, x, ax));
            }
            parts.add(x);
            if (append != null) {
                parts.add(alongAxis(append, x, ax));
            }
            cur = ns.manipulation().concat(parts, ax);
        }
        for (int i = 0; i < n; i++) {
            int len = cur.shapeRef()[ax];
            if (len == 0) {
                break;
            }
            Index[] hi = new Index[cur.ndim()];
            Index[] lo = new Index[cur.ndim()];
            Arrays.fill(hi, Index.all());
            Arrays.fill(lo, Index.all());
            hi[ax] = Index.range(1, len);
            lo[ax] = Index.range(0, len - 1);
            ElementwiseOp op = cur.dtype().isBool() ? ElementwiseOp.NOT_EQUAL : ElementwiseOp.SUBTRACT;
            CudaArray next = ns.elementwise().binary(op, ns.indexing().get(cur, hi), ns.indexing().get(cur, lo));
            if (cur != x) {
                cur.close();
            }
            cur = next;
        }
        return cur == x ? ns.copyOf(x) : cur;
    }

    /** prepend/append broadcast to x's shape except along axis (a 0-d value becomes one slice). */
    private CudaArray alongAxis(CudaArray v, CudaArray x, int ax) {
        if (v.ndim() == 0) {
            int[] s = x.shapeRef().clone();
            s[ax] = 1;
            return ns.manipulation().broadcastTo(v, s);
        }
        if (v.ndim() != x.ndim()) {
            throw new IllegalArgumentException("prepend/append must be 0-d or have x's rank " + x.ndim() + "; got shape "
                    + Broadcast.format(v.shapeRef()));
        }
        return v;
    }
}
