package org.xpsci.testing.compliance;

import java.util.List;
import org.xpsci.xp.DType;

/**
 * The array API standard's type promotion table, written out here independently of xp-core's
 * {@code Promotion} so the suite checks backends against the standard rather than against shared code.
 * Only pairs of one kind are defined: bool with bool, integers (signed with signed, unsigned with unsigned,
 * an unsigned with a wider signed), floating-point with floating-point.
 */
public final class StandardPromotion {

    private static final List<DType> SIGNED = List.of(DType.INT8, DType.INT16, DType.INT32, DType.INT64);
    private static final List<DType> UNSIGNED = List.of(DType.UINT8, DType.UINT16, DType.UINT32, DType.UINT64);

    private StandardPromotion() {
    }

    /** The promoted dtype, or null when the standard does not define the pair. */
    public static DType resultType(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (SIGNED.contains(a) && SIGNED.contains(b)) {
            return SIGNED.get(Math.max(SIGNED.indexOf(a), SIGNED.indexOf(b)));
        }
        if (UNSIGNED.contains(a) && UNSIGNED.contains(b)) {
            return UNSIGNED.get(Math.max(UNSIGNED.indexOf(a), UNSIGNED.indexOf(b)));
        }
        if (SIGNED.contains(a) && UNSIGNED.contains(b) || UNSIGNED.contains(a) && SIGNED.contains(b)) {
            DType s = SIGNED.contains(a) ? a : b;
            DType u = SIGNED.contains(a) ? b : a;
            int need = UNSIGNED.indexOf(u) + 1; // uint8 needs int16, uint16 int32, uint32 int64, uint64 none
            return need >= SIGNED.size() ? null : SIGNED.get(Math.max(need, SIGNED.indexOf(s)));
        }
        if (a.isFloating() && b.isFloating()) {
            boolean complex = a.isComplexFloating() || b.isComplexFloating();
            boolean wide = a == DType.FLOAT64 || a == DType.COMPLEX128 || b == DType.FLOAT64 || b == DType.COMPLEX128;
            return complex ? (wide ? DType.COMPLEX128 : DType.COMPLEX64) : (wide ? DType.FLOAT64 : DType.FLOAT32);
        }
        return null;
    }

    /** Every dtype that promotes with {@code a}. */
    public static List<DType> partners(DType a) {
        return java.util.Arrays.stream(DType.values()).filter(b -> resultType(a, b) != null).toList();
    }

    /**
     * The dtype of sum, prod and the cumulative functions with dtype None: x's dtype, except signed (unsigned)
     * integers narrower than the default integer, which give int64 (uint64).
     */
    public static DType accumulation(DType x) {
        if (x.isSignedInteger()) {
            return DType.INT64;
        }
        if (x.isUnsignedInteger()) {
            return DType.UINT64;
        }
        return x;
    }
}
