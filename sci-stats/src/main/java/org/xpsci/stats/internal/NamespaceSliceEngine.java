package org.xpsci.stats.internal;

import org.xpsci.stats.internal.algebra.NamespaceAlgebra;
import org.xpsci.stats.internal.algebra.VectorAlgebra;
import org.xpsci.stats.internal.algebra.VectorFunction;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * {@link SliceEngine} written with the array API standard alone (the portable path): reductions in the
 * samples' dtype along the last axis, NaNs left out with {@code where} (no data-dependent shapes), vectors as
 * float64 arrays of the output shape.
 */
final class NamespaceSliceEngine implements SliceEngine<NdArray, NdArray> {

    private static final int[] LAST = {-1};

    private final ArrayNamespace xp;
    private final int[] outShape;
    private final NamespaceAlgebra algebra;

    NamespaceSliceEngine(ArrayNamespace xp, int[] outShape, Device device) {
        this.xp = xp;
        this.outShape = outShape.clone();
        this.algebra = new NamespaceAlgebra(xp, outShape, device);
    }

    @Override
    public VectorAlgebra<NdArray, NdArray> algebra() {
        return algebra;
    }

    @Override
    public Moments<NdArray, NdArray> moments(NdArray x, MomentRequest request) {
        DType dtype = x.dtype();
        int n = x.shape(-1);
        NdArray nan = xp.isnan(x);
        NdArray hasNan = xp.any(nan, LAST, false);
        NdArray count;
        NdArray mean;
        NdArray valid = null;
        if (request.omit()) {
            valid = xp.logicalNot(nan);
            count = xp.sum(xp.astype(valid, dtype), LAST, null, false);
            mean = xp.divide(xp.sum(xp.where(valid, x, 0.0), LAST, null, false), count);
        } else {
            count = xp.full(outShape, (double) n, dtype, x.device());
            mean = xp.mean(x, LAST, false);
        }
        NdArray center = request.center() != null ? xp.full(outShape, request.center(), dtype, x.device()) : mean;
        NdArray c = xp.expandDims(center, -1);
        NdArray[] sums = new NdArray[request.maxOrder() + 1];
        boolean check = request.checkPrecision() && n > 0;
        NdArray spread;
        if (request.maxOrder() == 2 && request.center() == null) {
            // the namespace's variance; omitted NaNs are replaced by the mean, so they add nothing
            NdArray filled = valid == null ? x : xp.where(valid, x, c);
            sums[2] = f64(xp.multiply(xp.var(filled, LAST, 0, false), (double) n));
            spread = check ? xp.maximum(xp.subtract(xp.max(filled, LAST, false), center),
                    xp.subtract(center, xp.min(filled, LAST, false))) : null;
        } else {
            NdArray d = xp.subtract(x, c);
            if (valid != null) {
                d = xp.where(valid, d, 0.0);
            }
            NdArray[] powers = new NdArray[request.maxOrder() + 1];
            for (int k = request.center() != null ? 1 : 2; k <= request.maxOrder(); k++) {
                sums[k] = f64(xp.sum(power(powers, d, k), LAST, null, false));
            }
            spread = check ? xp.max(xp.abs(d), LAST, false) : null;
        }
        boolean loss = false;
        if (check) {
            NdArray tiny = xp.less(spread, xp.multiply(xp.abs(center), 10 * request.eps()));
            loss = xp.any(xp.logicalAnd(tiny, xp.binary(ElementwiseOp.GREATER, count, 1.0))).booleanValue();
        }
        return new Moments<>(f64(count), f64(mean), sums, hasNan, loss);
    }

    @Override
    public Trimmed<NdArray, NdArray> trimmed(NdArray x, double trim, boolean omit) {
        DType dtype = x.dtype();
        int n = x.shape(-1);
        NdArray nan = xp.isnan(x);
        NdArray count = omit ? xp.sum(xp.astype(xp.logicalNot(nan), dtype), LAST, null, false)
                : xp.full(outShape, (double) n, dtype, x.device());
        NdArray sorted = xp.sort(x, -1, false, true);
        NdArray g = xp.floor(xp.multiply(count, trim));
        NdArray k = xp.astype(xp.arange(n), dtype);
        NdArray ge = xp.expandDims(g, -1);
        NdArray ce = xp.expandDims(count, -1);
        NdArray upper = xp.subtract(xp.subtract(ce, ge), 1.0);
        NdArray lo = xp.takeAlongAxis(sorted, xp.astype(ge, DType.INT64), -1);
        NdArray hi = xp.takeAlongAxis(sorted, xp.astype(xp.maximum(upper, 0.0), DType.INT64), -1);
        NdArray inRange = xp.less(k, ce);
        NdArray win = xp.where(xp.less(k, ge), lo, xp.where(xp.less(upper, k), hi, sorted));
        win = xp.where(inRange, win, 0.0);
        NdArray wmean = xp.divide(xp.sum(win, LAST, null, false), count);
        NdArray dev = xp.where(inRange, xp.subtract(win, xp.expandDims(wmean, -1)), 0.0);
        NdArray twoG = xp.multiply(g, 2.0);
        NdArray var = xp.divide(xp.sum(xp.multiply(dev, dev), LAST, null, false),
                xp.subtract(xp.subtract(count, twoG), 1.0));
        NdArray kept = xp.logicalAnd(xp.logicalNot(xp.less(k, ge)), xp.less(k, xp.subtract(ce, ge)));
        NdArray h = xp.subtract(count, twoG);
        NdArray mean = xp.divide(xp.sum(xp.where(kept, sorted, 0.0), LAST, null, false), h);
        return new Trimmed<>(f64(count), f64(h), f64(mean), f64(var), xp.any(nan, LAST, false));
    }

    @Override
    public CoMoments<NdArray, NdArray> comoments(NdArray x, NdArray y) {
        NdArray mx = xp.mean(x, LAST, true);
        NdArray my = xp.mean(y, LAST, true);
        NdArray xm = xp.subtract(x, mx);
        NdArray ym = xp.subtract(y, my);
        NdArray constX = xp.all(xp.equal(x, xp.expandDims(x.get(Index.ellipsis(), Index.at(0)), -1)), LAST, false);
        NdArray constY = xp.all(xp.equal(y, xp.expandDims(y.get(Index.ellipsis(), Index.at(0)), -1)), LAST, false);
        return new CoMoments<>(f64(xp.squeeze(mx, -1)), f64(xp.squeeze(my, -1)), sumOfProducts(xm, xm),
                sumOfProducts(ym, ym), sumOfProducts(xm, ym), constX, constY);
    }

    private NdArray sumOfProducts(NdArray a, NdArray b) {
        return f64(xp.sum(xp.multiply(a, b), LAST, null, false));
    }

    /** {@code d^k}, by squaring, caching the powers it forms. */
    private NdArray power(NdArray[] powers, NdArray d, int k) {
        if (powers[k] == null) {
            if (k == 1) {
                powers[k] = d;
            } else if (k % 2 == 0) {
                NdArray h = power(powers, d, k / 2);
                powers[k] = xp.multiply(h, h);
            } else {
                powers[k] = xp.multiply(power(powers, d, k - 1), d);
            }
        }
        return powers[k];
    }

    private NdArray f64(NdArray a) {
        return a.dtype() == DType.FLOAT64 ? a : xp.astype(a, DType.FLOAT64);
    }

    @Override
    public boolean containsNan(NdArray sample) {
        return sample.size() > 0 && xp.any(xp.isnan(sample)).booleanValue();
    }

    @Override
    public NdArray vector(NdArray a) {
        return f64(xp.broadcastTo(a, outShape));
    }

    @Override
    public NdArray array(NdArray v, DType dtype) {
        return v.dtype() == dtype ? v : xp.astype(v, dtype);
    }

    @Override
    public NdArray mask(NdArray b) {
        return b;
    }

    @Override
    public boolean any(NdArray b) {
        return b.size() > 0 && xp.any(b).booleanValue();
    }

    @Override
    public NdArray apply(VectorFunction f, NdArray x, NdArray p) {
        return f.apply(algebra, x, p);
    }
}
