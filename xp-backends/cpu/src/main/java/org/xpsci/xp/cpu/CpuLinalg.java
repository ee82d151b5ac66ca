package org.xpsci.xp.cpu;

import java.util.List;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.EighResult;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.LinalgExtension;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.QrResult;
import org.xpsci.xp.SlogdetResult;
import org.xpsci.xp.SvdResult;
import org.xpsci.xp.cpu.kernel.Kind;
import org.xpsci.xp.cpu.kernel.Loader;

/**
 * The linalg extension of the cpu backend. It routes the factorisations to {@link Decompositions}, the
 * LU-based functions to {@link LuSolvers}, norms to {@link Norms}, rank and pseudo-inverse to
 * {@link SpectralFunctions}, products to {@link LinearAlgebraFunctions}, and computes the small structural
 * functions (diagonal, trace, outer, cross) itself. Integer and bool input to a decomposition computes in
 * float64, as NumPy does.
 */
final class CpuLinalg implements LinalgExtension {

    private final CpuNamespace ns;
    private final Decompositions decompositions;
    private final LuSolvers lu;
    private final Norms norms;
    private final SpectralFunctions spectral;

    CpuLinalg(CpuNamespace ns) {
        this.ns = ns;
        this.decompositions = new Decompositions(ns);
        this.lu = new LuSolvers(ns, decompositions);
        this.norms = new Norms(ns, decompositions);
        this.spectral = new SpectralFunctions(ns, decompositions);
    }

    @Override
    public NdArray cholesky(NdArray x, boolean upper) {
        return decompositions.cholesky(ns.cpu(x, "x"), upper);
    }

    @Override
    public NdArray cross(NdArray x1, NdArray x2, int axis) {
        CpuArray a = vectorsLast("cross", ns.cpu(x1, "x1"), axis);
        CpuArray b = vectorsLast("cross", ns.cpu(x2, "x2"), axis);
        CpuArray[] c = new CpuArray[3];
        for (int i = 0; i < 3; i++) {
            int j = (i + 1) % 3;
            int k = (i + 2) % 3;
            CpuArray left = binary(ElementwiseOp.MULTIPLY, component(a, j), component(b, k));
            CpuArray right = binary(ElementwiseOp.MULTIPLY, component(a, k), component(b, j));
            c[i] = binary(ElementwiseOp.SUBTRACT, left, right);
        }
        CpuArray stacked = ns.manipulation().stack(List.of(c[0], c[1], c[2]), -1);
        int nd = stacked.ndim();
        int dest = axis < 0 ? nd + axis : axis;
        if (dest < 0 || dest >= nd) {
            throw new org.xpsci.xp.AxisException("cross: axis " + axis + " is out of bounds for the result of"
                    + " dimension " + nd);
        }
        return ns.copyOf(ns.manipulation().moveaxis(stacked, new int[] {-1}, new int[] {dest}));
    }

    /** x with the axis holding 3-vectors moved last. */
    private CpuArray vectorsLast(String function, CpuArray x, int axis) {
        int ax = Axes.normalize(axis, x.ndim());
        if (x.shapeRef()[ax] != 3) {
            throw new IllegalArgumentException(function + ": the vectors along axis " + axis + " must have 3 elements;"
                    + " got shape " + Broadcast.format(x.shapeRef()));
        }
        return ns.manipulation().moveaxis(x, new int[] {ax}, new int[] {-1});
    }

    private CpuArray component(CpuArray x, int i) {
        return ns.indexing().get(x, org.xpsci.xp.Index.ellipsis(), org.xpsci.xp.Index.at(i));
    }

    private CpuArray binary(ElementwiseOp op, CpuArray a, CpuArray b) {
        return ns.elementwise().binary(op, a, b);
    }

    @Override
    public NdArray det(NdArray x) {
        return lu.det(ns.cpu(x, "x"));
    }

    @Override
    public NdArray diagonal(NdArray x, int offset) {
        CpuArray a = ns.cpu(x, "x");
        MatrixChecks.stacked("diagonal", a);
        int nd = a.ndim();
        int m = a.shapeRef()[nd - 2];
        int n = a.shapeRef()[nd - 1];
        int rs = a.strides()[nd - 2];
        int cs = a.strides()[nd - 1];
        int len = Math.max(0, offset >= 0 ? Math.min(m, n - offset) : Math.min(m + offset, n));
        int start = a.offset() + (len == 0 ? 0 : offset >= 0 ? offset * cs : -offset * rs);
        int[] shape = java.util.Arrays.copyOf(a.shapeRef(), nd - 1);
        int[] strides = java.util.Arrays.copyOf(a.strides(), nd - 1);
        shape[nd - 2] = len;
        strides[nd - 2] = rs + cs;
        return a.readOnlyView(shape, strides, start);
    }

    @Override
    public EighResult eigh(NdArray x) {
        return decompositions.eigh(ns.cpu(x, "x"));
    }

    @Override
    public NdArray eigvalsh(NdArray x) {
        return decompositions.eigvalsh(ns.cpu(x, "x"));
    }

    @Override
    public NdArray inv(NdArray x) {
        return lu.inv(ns.cpu(x, "x"));
    }

    @Override
    public NdArray matmul(NdArray x1, NdArray x2) {
        return ns.linearAlgebra().matmul(ns.cpu(x1, "x1"), ns.cpu(x2, "x2"));
    }

    @Override
    public NdArray matrixNorm(NdArray x, boolean keepdims, String ord) {
        return norms.matrixNorm(ns.cpu(x, "x"), keepdims, ord);
    }

    @Override
    public NdArray matrixNorm(NdArray x, boolean keepdims, double ord) {
        return norms.matrixNorm(ns.cpu(x, "x"), keepdims, ord);
    }

    @Override
    public NdArray matrixPower(NdArray x, int n) {
        return lu.matrixPower(ns.cpu(x, "x"), n);
    }

    @Override
    public NdArray matrixRank(NdArray x, Double rtol) {
        return spectral.matrixRank(ns.cpu(x, "x"), rtol);
    }

    @Override
    public NdArray matrixTranspose(NdArray x) {
        return ns.manipulation().matrixTranspose(ns.cpu(x, "x"));
    }

    @Override
    public NdArray outer(NdArray x1, NdArray x2) {
        CpuArray a = ns.cpu(x1, "x1");
        CpuArray b = ns.cpu(x2, "x2");
        if (a.ndim() != 1 || b.ndim() != 1) {
            throw new IllegalArgumentException("outer needs two 1-d arrays; got shapes " + Broadcast.format(a.shapeRef())
                    + " and " + Broadcast.format(b.shapeRef()));
        }
        CpuArray col = a.view(new int[] {a.shapeRef()[0], 1}, new int[] {a.strides()[0], 0}, a.offset());
        CpuArray row = b.view(new int[] {1, b.shapeRef()[0]}, new int[] {0, b.strides()[0]}, b.offset());
        return binary(ElementwiseOp.MULTIPLY, col, row);
    }

    @Override
    public NdArray pinv(NdArray x, Double rtol) {
        return spectral.pinv(ns.cpu(x, "x"), rtol);
    }

    @Override
    public QrResult qr(NdArray x, String mode) {
        return decompositions.qr(ns.cpu(x, "x"), mode);
    }

    @Override
    public SlogdetResult slogdet(NdArray x) {
        return lu.slogdet(ns.cpu(x, "x"));
    }

    @Override
    public NdArray solve(NdArray x1, NdArray x2) {
        return lu.solve(ns.cpu(x1, "x1"), ns.cpu(x2, "x2"));
    }

    @Override
    public SvdResult svd(NdArray x, boolean fullMatrices) {
        return decompositions.svd(ns.cpu(x, "x"), fullMatrices);
    }

    @Override
    public NdArray svdvals(NdArray x) {
        return decompositions.svdvals(ns.cpu(x, "x"));
    }

    @Override
    public NdArray tensordot(NdArray x1, NdArray x2, int[] axes1, int[] axes2) {
        return ns.linearAlgebra().tensordot(ns.cpu(x1, "x1"), ns.cpu(x2, "x2"), axes1, axes2);
    }

    @Override
    public NdArray trace(NdArray x, int offset, DType dtype) {
        CpuArray d = (CpuArray) diagonal(x, offset);
        DType in = d.dtype();
        DType out = dtype != null ? dtype : in.isBool() || in.isSignedInteger() ? DType.INT64
                : in.isUnsignedInteger() ? DType.UINT64 : in;
        Kind kind = Kind.of(out);
        DType compute = kind == Kind.COMPLEX ? DType.COMPLEX128 : kind == Kind.FLOAT || kind == Kind.DOUBLE
                ? DType.FLOAT64 : DType.INT64;
        CpuArray c = ns.dataTypes().copy(d, compute);
        int len = d.shapeRef()[d.ndim() - 1];
        int[] batch = java.util.Arrays.copyOf(d.shapeRef(), d.ndim() - 1);
        int count = Math.toIntExact(Axes.size(batch));
        CpuArray result = CpuArray.allocate(ns, out, batch);
        if (compute == DType.INT64) {
            long[] v = (long[]) c.data();
            long[] sums = new long[count];
            for (int b = 0; b < count; b++) {
                for (int j = 0; j < len; j++) {
                    sums[b] += v[b * len + j];
                }
            }
            Loader.fromLong(sums, count, result.data(), out, 0, 1);
        } else {
            int w = compute == DType.COMPLEX128 ? 2 : 1;
            double[] v = (double[]) c.data();
            double[] sums = new double[w * count];
            for (int b = 0; b < count; b++) {
                for (int j = 0; j < len; j++) {
                    for (int p = 0; p < w; p++) {
                        sums[w * b + p] += v[w * (b * len + j) + p];
                    }
                }
            }
            if (w == 2) {
                Loader.fromComplex(sums, count, result.data(), out, 0, 1);
            } else {
                Loader.fromDouble(sums, count, result.data(), out, 0, 1);
            }
        }
        return result;
    }

    @Override
    public NdArray vecdot(NdArray x1, NdArray x2, int axis) {
        return ns.linearAlgebra().vecdot(ns.cpu(x1, "x1"), ns.cpu(x2, "x2"), axis);
    }

    @Override
    public NdArray vectorNorm(NdArray x, int[] axes, boolean keepdims, double ord) {
        return norms.vectorNorm(ns.cpu(x, "x"), axes, keepdims, ord);
    }
}
