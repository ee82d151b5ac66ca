package org.xpsci.xp.cuda;

import java.util.Arrays;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.cuda.internal.ComputeKind;
import org.xpsci.xp.cuda.internal.CublasLibrary;
import org.xpsci.xp.cuda.internal.DeviceContext;
import org.xpsci.xp.cuda.internal.GemmOperand;
import org.xpsci.xp.cuda.internal.KernelArgs;
import org.xpsci.xp.cuda.internal.KernelLayout;
import org.xpsci.xp.cuda.internal.LaunchConfig;
import org.xpsci.xp.spi.StridedLayout;

/**
 * matmul, tensordot and vecdot on the device. matmul uses cuBLAS (strided-batched gemm) for floating dtypes
 * when its library loads, and the backend's tiled kernel otherwise and for integers; strided and transposed
 * operands are read in place where the layout allows.
 */
final class LinearAlgebraFunctions {

    private static final int TILE = 16;

    private final CudaNamespace ns;

    LinearAlgebraFunctions(CudaNamespace ns) {
        this.ns = ns;
    }

    CudaArray matmul(CudaArray x1, CudaArray x2) {
        if (x1.ndim() == 0 || x2.ndim() == 0) {
            throw new IllegalArgumentException("matmul: Input operand " + (x1.ndim() == 0 ? 0 : 1)
                    + " does not have enough dimensions (a 0-d array; use multiply for scalars)");
        }
        DeviceContext ctx = ns.sameDevice(x1, x2);
        boolean vec1 = x1.ndim() == 1;
        boolean vec2 = x2.ndim() == 1;
        CudaArray a = vec1 ? ns.manipulation().expandDims(x1, 0) : x1;
        CudaArray b = vec2 ? ns.manipulation().expandDims(x2, -1) : x2;
        int[] as = a.shapeRef();
        int[] bs = b.shapeRef();
        int m = as[as.length - 2];
        int k = as[as.length - 1];
        int n = bs[bs.length - 1];
        if (bs[bs.length - 2] != k) {
            throw new IllegalArgumentException("matmul: Input operand 1 has a mismatch in its core dimension 0, with"
                    + " gufunc signature (n?,k),(k,m?)->(n?,m?) (size " + bs[bs.length - 2] + " is different from " + k
                    + "); shapes " + Broadcast.format(x1.shapeRef()) + " and " + Broadcast.format(x2.shapeRef()));
        }
        int[] batch = Broadcast.shapes(Arrays.copyOf(as, as.length - 2), Arrays.copyOf(bs, bs.length - 2));
        DType result = Promotion.resultType(x1.dtype(), x2.dtype(), Promotion.Rules.NUMPY);
        ComputeKind kind = ComputeKind.of(result) == ComputeKind.B ? ComputeKind.I64 : ComputeKind.of(result);
        DType compute = kind.natural();
        CudaArray ac = ns.dataTypes().as(a, compute);
        CudaArray bc = ns.dataTypes().as(b, compute);
        int[] outShape = Arrays.copyOf(batch, batch.length + 2);
        outShape[batch.length] = m;
        outShape[batch.length + 1] = n;
        CudaArray out = CudaArray.allocate(ns, ctx, compute, outShape);
        if (out.size() > 0) {
            if (k == 0) {
                ns.creation().fill(out, 0L);
            } else {
                multiply(ctx, ac, bc, out, batch, m, n, k);
            }
        }
        CudaArray r = compute == result ? out : ns.dataTypes().copy(out, result);
        if (r != out) {
            out.close();
        }
        for (CudaArray t : new CudaArray[] {ac, bc}) {
            if (t != a && t != b) {
                t.close();
            }
        }
        int[] finalShape = outShape;
        if (vec1 || vec2) {
            int[] s = new int[outShape.length - (vec1 ? 1 : 0) - (vec2 ? 1 : 0)];
            System.arraycopy(outShape, 0, s, 0, batch.length);
            int i = batch.length;
            if (!vec1) {
                s[i++] = m;
            }
            if (!vec2) {
                s[i] = n;
            }
            finalShape = s;
        }
        return Arrays.equals(finalShape, outShape) ? r : ns.manipulation().reshape(r, finalShape, null);
    }

    private void multiply(DeviceContext ctx, CudaArray a, CudaArray b, CudaArray out, int[] batch, int m, int n, int k) {
        int nb = batch.length;
        int[] aBatch = batchStrides(a, batch);
        int[] bBatch = batchStrides(b, batch);
        int[] cBatch = Arrays.copyOf(out.strides(), nb);
        long count = Axes.size(batch);
        int[] ast = a.strides();
        int[] bst = b.strides();
        DType dt = out.dtype();
        if (dt.isFloating() && CublasLibrary.status().loaded()
                && gemm(ctx, a, b, out, batch, aBatch, bBatch, m, n, k)) {
            return;
        }
        KernelLayout lb = KernelLayout.of(batch, cBatch, aBatch, bBatch);
        ctx.run("matmul", "matmul_" + ComputeKind.of(dt).suffix(), LaunchConfig.tiles(m, n, count, TILE),
                new KernelArgs().i64(count).layout(lb.pack()).i64(m).i64(n).i64(k).ptr(a.pointer())
                        .i64(ast[ast.length - 2]).i64(ast[ast.length - 1]).ptr(b.pointer()).i64(bst[bst.length - 2])
                        .i64(bst[bst.length - 1]).ptr(out.pointer()).i64(n).i64(1));
    }

    /** The batch strides of a matrix stack broadcast to the batch shape. */
    private static int[] batchStrides(CudaArray x, int[] batch) {
        int[] s = x.shapeRef();
        return StridedLayout.broadcastStrides(Arrays.copyOf(s, s.length - 2), Arrays.copyOf(x.strides(), s.length - 2),
                batch);
    }

    /**
     * cuBLAS strided-batched gemm of row-major C = A B as column-major C^T = B^T A^T; false when the operands'
     * layouts are not expressible (non-uniform batch strides, no unit stride), leaving the kernel to run.
     */
    private static boolean gemm(DeviceContext ctx, CudaArray a, CudaArray b, CudaArray out, int[] batch,
                                int[] aBatch, int[] bBatch, int m, int n, int k) {
        KernelLayout lb = KernelLayout.of(batch, Arrays.copyOf(out.strides(), batch.length), aBatch, bBatch);
        if (lb.shape().length != 1) {
            return false;
        }
        long count = lb.size();
        int[] ast = a.strides();
        int[] bst = b.strides();
        GemmOperand ob = GemmOperand.of(bst[bst.length - 2], bst[bst.length - 1], n, k);
        GemmOperand oa = GemmOperand.of(ast[ast.length - 2], ast[ast.length - 1], k, m);
        if (ob == null || oa == null || count > Integer.MAX_VALUE) {
            return false;
        }
        CublasLibrary.gemm(ctx, out.dtype(), ob.transpose(), oa.transpose(), n, m, k, b.pointer(), ob.ld(),
                lb.strides()[2][0], a.pointer(), oa.ld(), lb.strides()[1][0], out.pointer(), n, lb.strides()[0][0],
                (int) count);
        return true;
    }

    CudaArray tensordot(CudaArray x1, CudaArray x2, int[] axes1, int[] axes2) {
        if (axes1.length != axes2.length) {
            throw new IllegalArgumentException("tensordot needs as many axes for x1 as for x2; got " + axes1.length
                    + " and " + axes2.length);
        }
        int[] a1 = Axes.normalize(axes1, x1.ndim());
        int[] a2 = Axes.normalize(axes2, x2.ndim());
        long kk = 1;
        for (int i = 0; i < a1.length; i++) {
            if (x1.shapeRef()[a1[i]] != x2.shapeRef()[a2[i]]) {
                throw new IllegalArgumentException("shape-mismatch for sum: x1 axis " + a1[i] + " has size "
                        + x1.shapeRef()[a1[i]] + " and x2 axis " + a2[i] + " has size " + x2.shapeRef()[a2[i]]);
            }
            kk *= x1.shapeRef()[a1[i]];
        }
        int[] free1 = free(x1.ndim(), a1);
        int[] free2 = free(x2.ndim(), a2);
        int[] p1 = concat(free1, a1);
        int[] p2 = concat(a2, free2);
        long m = 1;
        int[] outShape = new int[free1.length + free2.length];
        for (int i = 0; i < free1.length; i++) {
            outShape[i] = x1.shapeRef()[free1[i]];
            m *= outShape[i];
        }
        long n = 1;
        for (int i = 0; i < free2.length; i++) {
            outShape[free1.length + i] = x2.shapeRef()[free2[i]];
            n *= outShape[free1.length + i];
        }
        CudaArray t1 = ns.manipulation().reshape(ns.manipulation().permuteDims(x1, p1),
                new int[] {Math.toIntExact(m), Math.toIntExact(kk)}, null);
        CudaArray t2 = ns.manipulation().reshape(ns.manipulation().permuteDims(x2, p2),
                new int[] {Math.toIntExact(kk), Math.toIntExact(n)}, null);
        return ns.manipulation().reshape(matmul(t1, t2), outShape, null);
    }

    private static int[] free(int nd, int[] used) {
        boolean[] m = Axes.mask(used, nd);
        int[] out = new int[nd - used.length];
        for (int d = 0, j = 0; d < nd; d++) {
            if (!m[d]) {
                out[j++] = d;
            }
        }
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    CudaArray vecdot(CudaArray x1, CudaArray x2, int axis) {
        int[] shape = Broadcast.shapes(x1.shapeRef(), x2.shapeRef());
        int ax = Axes.normalize(axis, shape.length);
        int d1 = x1.ndim() - shape.length + ax;
        int d2 = x2.ndim() - shape.length + ax;
        int n1 = d1 >= 0 ? x1.shapeRef()[d1] : 1;
        int n2 = d2 >= 0 ? x2.shapeRef()[d2] : 1;
        if (n1 != n2) {
            throw new IllegalArgumentException("vecdot needs x1 and x2 of the same size along axis " + axis
                    + "; got " + n1 + " and " + n2);
        }
        CudaArray c1 = x1.dtype().isComplexFloating() ? ns.elementwise().unary(ElementwiseOp.CONJ, x1) : x1;
        CudaArray p = ns.elementwise().binary(ElementwiseOp.MULTIPLY, c1, x2);
        CudaArray s = ns.statistics().sum(p, new int[] {ax}, p.dtype(), false);
        p.close();
        if (c1 != x1) {
            c1.close();
        }
        return s;
    }
}
