package org.xpsci.xp.cpu;

import org.xpsci.xp.DType;
import org.xpsci.xp.EighResult;
import org.xpsci.xp.LinalgExtension;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.QrResult;
import org.xpsci.xp.SlogdetResult;
import org.xpsci.xp.SvdResult;

/** The linalg extension of the cpu backend. */
final class CpuLinalg implements LinalgExtension {

    private final CpuNamespace ns;

    CpuLinalg(CpuNamespace ns) {
        this.ns = ns;
    }

    @Override
    public NdArray cholesky(NdArray x, boolean upper) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray cross(NdArray x1, NdArray x2, int axis) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray det(NdArray x) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray diagonal(NdArray x, int offset) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public EighResult eigh(NdArray x) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray eigvalsh(NdArray x) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray inv(NdArray x) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray matmul(NdArray x1, NdArray x2) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray matrixNorm(NdArray x, boolean keepdims, String ord) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray matrixNorm(NdArray x, boolean keepdims, double ord) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray matrixPower(NdArray x, int n) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray matrixRank(NdArray x, Double rtol) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray matrixTranspose(NdArray x) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray outer(NdArray x1, NdArray x2) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray pinv(NdArray x, Double rtol) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public QrResult qr(NdArray x, String mode) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public SlogdetResult slogdet(NdArray x) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray solve(NdArray x1, NdArray x2) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public SvdResult svd(NdArray x, boolean fullMatrices) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray svdvals(NdArray x) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray tensordot(NdArray x1, NdArray x2, int[] axes1, int[] axes2) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray trace(NdArray x, int offset, DType dtype) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray vecdot(NdArray x1, NdArray x2, int axis) {
        throw new IllegalStateException("PENDING");
    }

    @Override
    public NdArray vectorNorm(NdArray x, int[] axes, boolean keepdims, double ord) {
        throw new IllegalStateException("PENDING");
    }
}
