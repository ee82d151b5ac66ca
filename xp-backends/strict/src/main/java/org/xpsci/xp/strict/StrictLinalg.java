package org.xpsci.xp.strict;

import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.EighResult;
import org.xpsci.xp.LinalgExtension;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.QrResult;
import org.xpsci.xp.SlogdetResult;
import org.xpsci.xp.SvdResult;

/**
 * The linalg extension of the strict backend: the cpu functions under the standard's dtype rules. Matrix
 * functions (decompositions, inverses, norms, powers, determinants) take floating-point input; cross, outer,
 * trace, matmul, tensordot and vecdot take numeric input of one kind; diagonal and matrix_transpose any dtype.
 */
final class StrictLinalg implements LinalgExtension {

    private final StrictNamespace ns;

    StrictLinalg(StrictNamespace ns) {
        this.ns = ns;
    }

    private LinalgExtension cpu() {
        return ns.cpu().linalg();
    }

    private StrictArray floating(String function, NdArray x) {
        StrictArray s = ns.strict(x, "x");
        Requirements.category("linalg." + function, "x", s.dtype(), DTypeCategory.FLOATING);
        Requirements.minRank("linalg." + function, "x", s.shape(), 2);
        return s;
    }

    @Override
    public NdArray cholesky(NdArray x, boolean upper) {
        StrictArray s = floating("cholesky", x);
        return ns.wrap(cpu().cholesky(s.base(), upper), s);
    }

    @Override
    public NdArray cross(NdArray x1, NdArray x2, int axis) {
        StrictArray a = ns.strict(x1, "x1");
        StrictArray b = ns.strict(x2, "x2");
        LinearAlgebraFunctions.numericPair("linalg.cross", a, b);
        return ns.wrap(cpu().cross(a.base(), b.base(), axis), a, b);
    }

    @Override
    public NdArray det(NdArray x) {
        StrictArray s = floating("det", x);
        return ns.wrap(cpu().det(s.base()), s);
    }

    @Override
    public NdArray diagonal(NdArray x, int offset) {
        StrictArray s = ns.strict(x, "x");
        Requirements.minRank("linalg.diagonal", "x", s.shape(), 2);
        return ns.wrap(cpu().diagonal(s.base(), offset), s);
    }

    @Override
    public EighResult eigh(NdArray x) {
        StrictArray s = floating("eigh", x);
        EighResult r = cpu().eigh(s.base());
        return new EighResult(ns.wrap(r.eigenvalues(), s), ns.wrap(r.eigenvectors(), s));
    }

    @Override
    public NdArray eigvalsh(NdArray x) {
        StrictArray s = floating("eigvalsh", x);
        return ns.wrap(cpu().eigvalsh(s.base()), s);
    }

    @Override
    public NdArray inv(NdArray x) {
        StrictArray s = floating("inv", x);
        return ns.wrap(cpu().inv(s.base()), s);
    }

    @Override
    public NdArray matmul(NdArray x1, NdArray x2) {
        return ns.linearAlgebra().matmul(ns.strict(x1, "x1"), ns.strict(x2, "x2"));
    }

    @Override
    public NdArray matrixNorm(NdArray x, boolean keepdims, String ord) {
        StrictArray s = floating("matrix_norm", x);
        return ns.wrap(cpu().matrixNorm(s.base(), keepdims, ord), s);
    }

    @Override
    public NdArray matrixNorm(NdArray x, boolean keepdims, double ord) {
        StrictArray s = floating("matrix_norm", x);
        return ns.wrap(cpu().matrixNorm(s.base(), keepdims, ord), s);
    }

    @Override
    public NdArray matrixPower(NdArray x, int n) {
        StrictArray s = floating("matrix_power", x);
        return ns.wrap(cpu().matrixPower(s.base(), n), s);
    }

    @Override
    public NdArray matrixRank(NdArray x, Double rtol) {
        StrictArray s = floating("matrix_rank", x);
        return ns.wrap(cpu().matrixRank(s.base(), rtol), s);
    }

    @Override
    public NdArray matrixTranspose(NdArray x) {
        return ns.linearAlgebra().matrixTranspose(ns.strict(x, "x"));
    }

    @Override
    public NdArray outer(NdArray x1, NdArray x2) {
        StrictArray a = ns.strict(x1, "x1");
        StrictArray b = ns.strict(x2, "x2");
        LinearAlgebraFunctions.numericPair("linalg.outer", a, b);
        Requirements.rank("linalg.outer", "x1", a.shape(), 1);
        Requirements.rank("linalg.outer", "x2", b.shape(), 1);
        return ns.wrap(cpu().outer(a.base(), b.base()), a, b);
    }

    @Override
    public NdArray pinv(NdArray x, Double rtol) {
        StrictArray s = floating("pinv", x);
        return ns.wrap(cpu().pinv(s.base(), rtol), s);
    }

    @Override
    public QrResult qr(NdArray x, String mode) {
        StrictArray s = floating("qr", x);
        QrResult r = cpu().qr(s.base(), mode);
        return new QrResult(ns.wrap(r.q(), s), ns.wrap(r.r(), s));
    }

    @Override
    public SlogdetResult slogdet(NdArray x) {
        StrictArray s = floating("slogdet", x);
        SlogdetResult r = cpu().slogdet(s.base());
        return new SlogdetResult(ns.wrap(r.sign(), s), ns.wrap(r.logabsdet(), s));
    }

    @Override
    public NdArray solve(NdArray x1, NdArray x2) {
        StrictArray a = floating("solve", x1);
        StrictArray b = ns.strict(x2, "x2");
        Requirements.category("linalg.solve", "x2", b.dtype(), DTypeCategory.FLOATING);
        Requirements.promote("linalg.solve", a.dtype(), b.dtype());
        return ns.wrap(cpu().solve(a.base(), b.base()), a, b);
    }

    @Override
    public SvdResult svd(NdArray x, boolean fullMatrices) {
        StrictArray s = floating("svd", x);
        SvdResult r = cpu().svd(s.base(), fullMatrices);
        return new SvdResult(ns.wrap(r.u(), s), ns.wrap(r.s(), s), ns.wrap(r.vh(), s));
    }

    @Override
    public NdArray svdvals(NdArray x) {
        StrictArray s = floating("svdvals", x);
        return ns.wrap(cpu().svdvals(s.base()), s);
    }

    @Override
    public NdArray tensordot(NdArray x1, NdArray x2, int[] axes1, int[] axes2) {
        return ns.linearAlgebra().tensordot(ns.strict(x1, "x1"), ns.strict(x2, "x2"), axes1, axes2);
    }

    @Override
    public NdArray trace(NdArray x, int offset, DType dtype) {
        StrictArray s = ns.strict(x, "x");
        Requirements.category("linalg.trace", "x", s.dtype(), DTypeCategory.NUMERIC);
        Requirements.minRank("linalg.trace", "x", s.shape(), 2);
        if (dtype != null) {
            Requirements.category("linalg.trace", "dtype", dtype, DTypeCategory.NUMERIC);
        }
        return ns.wrap(cpu().trace(s.base(), offset, dtype), s);
    }

    @Override
    public NdArray vecdot(NdArray x1, NdArray x2, int axis) {
        return ns.linearAlgebra().vecdot(ns.strict(x1, "x1"), ns.strict(x2, "x2"), axis);
    }

    @Override
    public NdArray vectorNorm(NdArray x, int[] axes, boolean keepdims, double ord) {
        StrictArray s = ns.strict(x, "x");
        Requirements.category("linalg.vector_norm", "x", s.dtype(), DTypeCategory.FLOATING);
        return ns.wrap(cpu().vectorNorm(s.base(), axes, keepdims, ord), s);
    }
}
