package org.xpsci.xp.cpu;

import java.util.Arrays;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.IInfo;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.cpu.kernel.Fill;

/**
 * The standard's {@code clip(x, min, max)} (2024.12) on the cpu: {@code minimum(maximum(x, min), max)} with
 * the result in x's dtype and x's shape. Bounds may be null, broadcast against x but must not change its
 * shape, and are first brought into x's dtype exactly: an integer x clips to {@code ceil(min)} and
 * {@code floor(max)} of floating bounds, and integer bounds of another integer dtype are clamped to x's range,
 * so no value passes through float64. NaN in x or in a bound gives NaN.
 */
final class Clip {

    private final CpuNamespace ns;

    Clip(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray apply(CpuArray x, CpuArray min, CpuArray max) {
        DType d = x.dtype();
        if (d.isComplexFloating()) {
            throw new IllegalArgumentException("clip is not defined for dtype " + d
                    + " on the cpu backend; accepted: real-valued dtypes");
        }
        requireShape(x, min, "min");
        requireShape(x, max, "max");
        CpuArray r = x;
        if (min != null) {
            r = ns.elementwise().binary(ElementwiseOp.MAXIMUM, r, bound(d, min, true));
        }
        if (max != null) {
            r = ns.elementwise().binary(ElementwiseOp.MINIMUM, r, bound(d, max, false));
        }
        return r == x ? ns.copyOf(x) : r;
    }

    private static void requireShape(CpuArray x, CpuArray bound, String name) {
        if (bound == null) {
            return;
        }
        int[] shape = x.shapeRef();
        if (!Arrays.equals(Broadcast.shapes(shape, bound.shapeRef()), shape)) {
            throw new IllegalArgumentException("clip " + name + " of shape " + Broadcast.format(bound.shapeRef())
                    + " must broadcast to x's shape " + Broadcast.format(shape) + " without changing it");
        }
    }

    /** The bound in x's dtype {@code d}. */
    private CpuArray bound(DType d, CpuArray b, boolean lower) {
        DType bd = b.dtype();
        if (bd == d) {
            return b;
        }
        if (!d.isIntegral() || bd.isBool()) {
            return ns.dataTypes().copy(b, d);
        }
        IInfo info = d.iinfo();
        if (bd.isFloating()) {
            CpuArray r = ns.elementwise().unary(lower ? ElementwiseOp.CEIL : ElementwiseOp.FLOOR, b);
            return clamp(r, DType.FLOAT64, info, d);
        }
        DType common = Promotion.resultType(d, bd, Promotion.Rules.NUMPY);
        if (common.isIntegral()) {
            return clamp(b, common, info, d);
        }
        // uint64 with a signed bound (or the reverse): clamp in the bound's own dtype, where the limit fits
        if (bd.isSignedInteger()) {
            CpuArray zero = scalar(bd, 0L);
            return ns.dataTypes().copy(ns.elementwise().binary(ElementwiseOp.MAXIMUM, b, zero), d);
        }
        CpuArray top = scalar(bd, info.maxLong());
        return ns.dataTypes().copy(ns.elementwise().binary(ElementwiseOp.MINIMUM, b, top), d);
    }

    /** b clamped to x's range, computed in {@code in} (which holds both ranges), then cast to {@code d}. */
    private CpuArray clamp(CpuArray b, DType in, IInfo info, DType d) {
        Object lo = in.isFloating() ? (Object) info.min().doubleValue() : (Object) info.minLong();
        Object hi = in.isFloating() ? (Object) info.max().doubleValue() : (Object) info.maxLong();
        CpuArray r = ns.elementwise().binary(ElementwiseOp.MAXIMUM, b, scalar(in, lo));
        r = ns.elementwise().binary(ElementwiseOp.MINIMUM, r, scalar(in, hi));
        return ns.dataTypes().copy(r, d);
    }

    private CpuArray scalar(DType dtype, Object value) {
        CpuArray s = CpuArray.allocate(ns, dtype, new int[0]);
        Fill.fill(s.data(), dtype, 0, 1, value);
        return s;
    }
}
