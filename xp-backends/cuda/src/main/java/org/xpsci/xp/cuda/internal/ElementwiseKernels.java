package org.xpsci.xp.cuda.internal;

import static org.xpsci.xp.ElementwiseOp.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.xpsci.xp.ElementwiseOp;

/**
 * Which compute kinds each elementwise function has a kernel for: the same groups as the instantiation
 * macros of {@code src/main/cuda/elementwise.cu} (a test checks every pair against the PTX entries).
 */
public final class ElementwiseKernels {

    private static final ElementwiseOp[] FLOATING_OPS = {ACOS, ACOSH, ASIN, ASINH, ATAN, ATANH, COS, COSH, EXP, EXPM1,
        LOG, LOG1P, LOG2, LOG10, SIN, SINH, SQRT, TAN, TANH, RECIPROCAL, DIVIDE};
    private static final ElementwiseOp[] NUMERIC_OPS = {ABS, CONJ, REAL, IMAG, ISFINITE, ISINF, ISNAN, NEGATIVE, POSITIVE,
        SQUARE, SIGN, ROUND, ADD, SUBTRACT, MULTIPLY, EQUAL, NOT_EQUAL, POW};
    private static final ElementwiseOp[] REAL_OPS = {CEIL, FLOOR, TRUNC, GREATER, GREATER_EQUAL, LESS, LESS_EQUAL, MAXIMUM,
        MINIMUM, FLOOR_DIVIDE, REMAINDER};
    private static final ElementwiseOp[] REAL_FLOATING_OPS = {SIGNBIT, ATAN2, COPYSIGN, HYPOT, LOGADDEXP, NEXTAFTER};
    private static final ElementwiseOp[] INTEGER_OPS = {BITWISE_INVERT, BITWISE_AND, BITWISE_OR, BITWISE_XOR,
        BITWISE_LEFT_SHIFT, BITWISE_RIGHT_SHIFT};
    private static final ElementwiseOp[] BOOL_OPS = {ABS, BITWISE_INVERT, CEIL, FLOOR, TRUNC, ISFINITE, ISINF, ISNAN,
        LOGICAL_NOT, ADD, MULTIPLY, BITWISE_AND, BITWISE_OR, BITWISE_XOR, EQUAL, NOT_EQUAL, GREATER, GREATER_EQUAL,
        LESS, LESS_EQUAL, MAXIMUM, MINIMUM, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR};

    private static final Map<ElementwiseOp, Set<ComputeKind>> KINDS = new EnumMap<>(ElementwiseOp.class);

    static {
        for (ElementwiseOp op : ElementwiseOp.values()) {
            KINDS.put(op, EnumSet.noneOf(ComputeKind.class));
        }
        add(BOOL_OPS, ComputeKind.B);
        for (ComputeKind k : new ComputeKind[] {ComputeKind.I64, ComputeKind.U64}) {
            add(NUMERIC_OPS, k);
            add(REAL_OPS, k);
            add(INTEGER_OPS, k);
        }
        for (ComputeKind k : new ComputeKind[] {ComputeKind.F32, ComputeKind.F64}) {
            add(FLOATING_OPS, k);
            add(NUMERIC_OPS, k);
            add(REAL_OPS, k);
            add(REAL_FLOATING_OPS, k);
        }
        for (ComputeKind k : new ComputeKind[] {ComputeKind.C64, ComputeKind.C128}) {
            add(FLOATING_OPS, k);
            add(NUMERIC_OPS, k);
        }
    }

    private ElementwiseKernels() {
    }

    private static void add(ElementwiseOp[] ops, ComputeKind k) {
        for (ElementwiseOp op : ops) {
            KINDS.get(op).add(k);
        }
    }

    /** The kinds {@code op} has a kernel for. */
    public static Set<ComputeKind> kinds(ElementwiseOp op) {
        return Collections.unmodifiableSet(KINDS.get(op));
    }

    /** Whether {@code op} has a kernel for {@code kind}. */
    public static boolean has(ElementwiseOp op, ComputeKind kind) {
        return KINDS.get(op).contains(kind);
    }

    /** The kernel's entry name, e.g. {@code ew_bitwise_and_i64}. */
    public static String entry(ElementwiseOp op, ComputeKind kind) {
        return "ew_" + op.standardName() + "_" + kind.suffix();
    }
}
