package org.xpsci.xp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.xpsci.xp.spi.IntegerRange;

/**
 * Every function of the Python array API standard (2024.12), in Java: the object consumer code calls for
 * all array work ({@code var xp = Xp.namespace(x, y)}). Names are the standard's in camelCase
 * ({@code unique_values} is {@link #uniqueValues}); keyword arguments become parameters of the full
 * overload, with shorter overloads for the common forms. {@code null} stands for Python's {@code None}
 * where a parameter is an object (axes, dtype, device, copy).
 *
 * <p>Elementwise functions are table driven: each named method is a default that calls {@link #unary} or
 * {@link #binary} with its {@link ElementwiseOp}, so a backend implements those two once.
 */
public interface ArrayNamespace {

    // ==== identity, capabilities, extensions =============================================================

    /** The backend's name ("cpu", "strict", "cuda"). */
    String name();

    /** The promotion rules this namespace follows. */
    Promotion.Rules promotionRules();

    /** The standard's inspection object ({@code __array_namespace_info__()}). */
    NamespaceInfo info();

    /** Whether the named extension ("fft", "linalg") is present. */
    boolean hasExtension(String name);

    /**
     * The fft extension.
     *
     * @throws IllegalStateException when the namespace has none (check {@link #hasExtension(String)})
     */
    FftExtension fft();

    /**
     * The linalg extension.
     *
     * @throws IllegalStateException when the namespace has none (check {@link #hasExtension(String)})
     */
    LinalgExtension linalg();

    /**
     * Library-specific strided views (sliding windows), present only where a backend's arrays are strided
     * views over memory it can address directly (the cpu backend).
     */
    default Optional<StridedViews> stridedViews() {
        return Optional.empty();
    }

    // ==== constants ================================================================================

    /** Euler's number. */
    default double e() {
        return Math.E;
    }

    /** Pi. */
    default double pi() {
        return Math.PI;
    }

    /** Positive infinity. */
    default double inf() {
        return Double.POSITIVE_INFINITY;
    }

    /** NaN. */
    default double nan() {
        return Double.NaN;
    }

    /** The {@code newaxis} index. */
    default Index newaxis() {
        return Index.newAxis();
    }

    // ==== creation ===================================================================================

    /**
     * Evenly spaced values in [start, stop) ({@code arange}).
     *
     * @param dtype result dtype; null for the default float dtype
     * @param device target device; null for the default
     */
    NdArray arange(double start, double stop, double step, DType dtype, Device device);

    /** {@code arange(stop)} of the default integer dtype. */
    default NdArray arange(long stop) {
        return arange(0, stop, 1);
    }

    /** {@code arange(start, stop)} of the default integer dtype. */
    default NdArray arange(long start, long stop) {
        return arange(start, stop, 1);
    }

    /**
     * {@code arange(start, stop, step)} of the default integer dtype, exact for every 64-bit value (no value
     * passes through float64).
     *
     * @throws IllegalArgumentException when step is 0 or the range has more values than one array holds
     */
    default NdArray arange(long start, long stop, long step) {
        return asarray(IntegerRange.of(start, stop, step).values(), info().defaultDtypes(null).integral(), null, null);
    }

    /** {@code arange(stop)} of the default float dtype. */
    default NdArray arange(double stop) {
        return arange(0.0, stop, 1.0, null, null);
    }

    /** {@code arange(start, stop, step)} of the default float dtype. */
    default NdArray arange(double start, double stop, double step) {
        return arange(start, stop, step, null, null);
    }

    /**
     * Converts {@code obj} to an array of this namespace ({@code asarray}). Accepts an array of this namespace,
     * a {@link Number}, {@link Boolean} or {@link Complex}, and Java primitive arrays of any nesting depth
     * (rectangular), {@code Complex[]} and {@code Number[]}. Arrays of another namespace are refused: use
     * {@link #fromDlpack(Object, Device, Boolean)}.
     *
     * @param dtype  result dtype, or null to infer (float64 for double data, int64 for long/int data, ...)
     * @param device target device, or null
     * @param copy   TRUE always copies, FALSE never (error if a copy is needed), null copies only if needed
     */
    NdArray asarray(Object obj, DType dtype, Device device, Boolean copy);

    /** {@code asarray(obj)}. */
    default NdArray asarray(Object obj) {
        return asarray(obj, null, null, null);
    }

    /** {@code asarray(obj, dtype=dtype)}. */
    default NdArray asarray(Object obj, DType dtype) {
        return asarray(obj, dtype, null, null);
    }

    /** An uninitialised array ({@code empty}); dtype null means the default float dtype. */
    NdArray empty(int[] shape, DType dtype, Device device);

    /** {@code empty(shape)} of the default float dtype. */
    default NdArray empty(int... shape) {
        return empty(shape, null, null);
    }

    /** An uninitialised array like {@code x} ({@code empty_like}); null dtype/device copy x's. */
    default NdArray emptyLike(NdArray x, DType dtype, Device device) {
        return empty(x.shape(), dtype == null ? x.dtype() : dtype, device == null ? x.device() : device);
    }

    /** {@code empty_like(x)}. */
    default NdArray emptyLike(NdArray x) {
        return emptyLike(x, null, null);
    }

    /**
     * A 2-d array with ones on the k-th diagonal ({@code eye}).
     *
     * @param nCols number of columns, or null for nRows
     */
    NdArray eye(int nRows, Integer nCols, int k, DType dtype, Device device);

    /** {@code eye(n)} of the default float dtype. */
    default NdArray eye(int n) {
        return eye(n, null, 0, null, null);
    }

    /**
     * An array filled with {@code fillValue} ({@code full}): a {@link Number}, {@link Boolean} or
     * {@link Complex}. With dtype null, a Double gives the default float dtype, a Long or Integer the default
     * integer dtype, a Boolean bool, a Complex the default complex dtype.
     */
    NdArray full(int[] shape, Object fillValue, DType dtype, Device device);

    /** {@code full(shape, value)} of the default float dtype. */
    default NdArray full(int[] shape, double fillValue) {
        return full(shape, fillValue, null, null);
    }

    /** {@code full_like(x, value)}; null dtype/device copy x's. */
    default NdArray fullLike(NdArray x, Object fillValue, DType dtype, Device device) {
        return full(x.shape(), fillValue, dtype == null ? x.dtype() : dtype, device == null ? x.device() : device);
    }

    /** {@code full_like(x, value)}. */
    default NdArray fullLike(NdArray x, double fillValue) {
        return fullLike(x, fillValue, null, null);
    }

    /**
     * {@code num} evenly spaced values from start to stop ({@code linspace}); complex endpoints give a
     * complex result.
     *
     * @param endpoint whether stop is included
     */
    NdArray linspace(Complex start, Complex stop, int num, DType dtype, Device device, boolean endpoint);

    /** Real {@code linspace}; dtype null is the default float dtype. */
    default NdArray linspace(double start, double stop, int num, DType dtype, Device device, boolean endpoint) {
        return linspace(new Complex(start, 0), new Complex(stop, 0), num,
                dtype == null ? info().defaultDtypes(device).realFloating() : dtype, device, endpoint);
    }

    /** {@code linspace(start, stop, num)} of the default float dtype, endpoint included. */
    default NdArray linspace(double start, double stop, int num) {
        return linspace(start, stop, num, null, null, true);
    }

    /**
     * Coordinate matrices from 1-d coordinate vectors ({@code meshgrid}).
     *
     * @param indexing "xy" (Cartesian, the default) or "ij" (matrix)
     */
    List<NdArray> meshgrid(List<NdArray> arrays, String indexing);

    /** {@code meshgrid(*arrays)} with "xy" indexing. */
    default List<NdArray> meshgrid(NdArray... arrays) {
        return meshgrid(Arrays.asList(arrays), "xy");
    }

    /** An array of ones ({@code ones}); dtype null means the default float dtype. */
    default NdArray ones(int[] shape, DType dtype, Device device) {
        return full(shape, dtype != null && dtype.isBool() ? (Object) Boolean.TRUE : (Object) 1L,
                dtype == null ? info().defaultDtypes(device).realFloating() : dtype, device);
    }

    /** {@code ones(shape)} of the default float dtype. */
    default NdArray ones(int... shape) {
        return ones(shape, null, null);
    }

    /** {@code ones_like(x)}; null dtype/device copy x's. */
    default NdArray onesLike(NdArray x, DType dtype, Device device) {
        return ones(x.shape(), dtype == null ? x.dtype() : dtype, device == null ? x.device() : device);
    }

    /** {@code ones_like(x)}. */
    default NdArray onesLike(NdArray x) {
        return onesLike(x, null, null);
    }

    /** An array of zeros ({@code zeros}); dtype null means the default float dtype. */
    default NdArray zeros(int[] shape, DType dtype, Device device) {
        return full(shape, dtype != null && dtype.isBool() ? (Object) Boolean.FALSE : (Object) 0L,
                dtype == null ? info().defaultDtypes(device).realFloating() : dtype, device);
    }

    /** {@code zeros(shape)} of the default float dtype. */
    default NdArray zeros(int... shape) {
        return zeros(shape, null, null);
    }

    /** {@code zeros_like(x)}; null dtype/device copy x's. */
    default NdArray zerosLike(NdArray x, DType dtype, Device device) {
        return zeros(x.shape(), dtype == null ? x.dtype() : dtype, device == null ? x.device() : device);
    }

    /** {@code zeros_like(x)}. */
    default NdArray zerosLike(NdArray x) {
        return zerosLike(x, null, null);
    }

    /** The lower triangle of the last two axes, zero above the k-th diagonal ({@code tril}). */
    NdArray tril(NdArray x, int k);

    /** {@code tril(x)}. */
    default NdArray tril(NdArray x) {
        return tril(x, 0);
    }

    /** The upper triangle of the last two axes, zero below the k-th diagonal ({@code triu}). */
    NdArray triu(NdArray x, int k);

    /** {@code triu(x)}. */
    default NdArray triu(NdArray x) {
        return triu(x, 0);
    }

    // ==== data type functions ==============================================================================

    /**
     * A copy of {@code x} cast to {@code dtype} ({@code astype}).
     *
     * @param copy   false returns x itself when no cast is needed
     * @param device target device, or null for x's
     */
    NdArray astype(NdArray x, DType dtype, boolean copy, Device device);

    /** {@code astype(x, dtype)} (always a new array). */
    default NdArray astype(NdArray x, DType dtype) {
        return astype(x, dtype, true, null);
    }

    /** Whether {@code from} can be cast to {@code to} under this namespace's promotion rules ({@code can_cast}). */
    default boolean canCast(DType from, DType to) {
        return Promotion.canCast(from, to, promotionRules());
    }

    /** Machine limits of a floating dtype ({@code finfo}). */
    default FInfo finfo(DType dtype) {
        return FInfo.of(dtype);
    }

    /** Machine limits of an integer dtype ({@code iinfo}). */
    default IInfo iinfo(DType dtype) {
        return IInfo.of(dtype);
    }

    /** Whether {@code dtype} is of any of the given kinds ({@code isdtype}); see {@link DType#KINDS}. */
    default boolean isdtype(DType dtype, String... kinds) {
        for (String k : kinds) {
            if (dtype.isKind(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dtype that arrays, dtypes and scalars promote to ({@code result_type}). Arguments may be
     * {@link NdArray}, {@link DType}, or a Java scalar (Boolean, Long/Integer, Double/Float, Complex) which
     * promotes weakly; at least one array or dtype is needed.
     */
    default DType resultType(Object... arraysAndDtypes) {
        DType r = null;
        List<Object> scalars = new ArrayList<>();
        for (Object o : arraysAndDtypes) {
            DType d = o instanceof NdArray a ? a.dtype() : o instanceof DType t ? t : null;
            if (d == null) {
                if (o == null) {
                    continue;
                }
                scalars.add(o);
                continue;
            }
            r = r == null ? d : Promotion.resultType(r, d, promotionRules());
        }
        if (r == null) {
            throw new IllegalArgumentException("result_type needs at least one array or dtype; got only scalars "
                    + scalars);
        }
        for (Object s : scalars) {
            r = Promotion.scalarType(r, ScalarValues.kindOf(s), promotionRules());
        }
        return r;
    }

    // ==== elementwise functions: the two entry points and the weak-scalar rule ============================

    /** Applies a one-argument elementwise function from the table. */
    NdArray unary(ElementwiseOp op, NdArray x);

    /** Applies a two-argument elementwise function from the table, broadcasting and promoting the inputs. */
    NdArray binary(ElementwiseOp op, NdArray x1, NdArray x2);

    /**
     * A 0-d array holding {@code value} with the dtype a float scalar takes beside {@code like} (the
     * standard's rule for Python scalars), on like's device.
     */
    default NdArray scalarFor(NdArray like, double value) {
        DType d = Promotion.scalarType(like.dtype(), Promotion.ScalarKind.FLOAT, promotionRules());
        return full(new int[0], value, d, like.device());
    }

    /** A 0-d array holding an integer scalar with the dtype it takes beside {@code like}; range-checked. */
    default NdArray scalarFor(NdArray like, long value) {
        DType d = Promotion.scalarType(like.dtype(), Promotion.ScalarKind.INT, promotionRules());
        ScalarValues.checkFits(value, d);
        return full(new int[0], value, d, like.device());
    }

    /** A 0-d array holding a bool scalar with the dtype it takes beside {@code like}. */
    default NdArray scalarFor(NdArray like, boolean value) {
        DType d = Promotion.scalarType(like.dtype(), Promotion.ScalarKind.BOOL, promotionRules());
        return full(new int[0], value, d, like.device());
    }

    /** A 0-d array holding a complex scalar with the dtype it takes beside {@code like}. */
    default NdArray scalarFor(NdArray like, Complex value) {
        DType d = Promotion.scalarType(like.dtype(), Promotion.ScalarKind.COMPLEX, promotionRules());
        return full(new int[0], value, d, like.device());
    }

    /** A binary function with a float scalar as second operand. */
    default NdArray binary(ElementwiseOp op, NdArray x1, double x2) {
        return binary(op, x1, scalarFor(x1, x2));
    }

    /** A binary function with a float scalar as first operand. */
    default NdArray binary(ElementwiseOp op, double x1, NdArray x2) {
        return binary(op, scalarFor(x2, x1), x2);
    }

    /** A binary function with an integer scalar as second operand. */
    default NdArray binary(ElementwiseOp op, NdArray x1, long x2) {
        return binary(op, x1, scalarFor(x1, x2));
    }

    /** A binary function with an integer scalar as first operand. */
    default NdArray binary(ElementwiseOp op, long x1, NdArray x2) {
        return binary(op, scalarFor(x2, x1), x2);
    }

    // ==== elementwise functions, one default each ==========================================================

    /** {@code abs}; complex input gives the real modulus. */
    default NdArray abs(NdArray x) {
        return unary(ElementwiseOp.ABS, x);
    }

    /** {@code acos}. */
    default NdArray acos(NdArray x) {
        return unary(ElementwiseOp.ACOS, x);
    }

    /** {@code acosh}. */
    default NdArray acosh(NdArray x) {
        return unary(ElementwiseOp.ACOSH, x);
    }

    /** {@code add}. */
    default NdArray add(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.ADD, x1, x2);
    }

    /** {@code add} with a scalar. */
    default NdArray add(NdArray x1, double x2) {
        return binary(ElementwiseOp.ADD, x1, x2);
    }

    /** {@code add} with a scalar. */
    default NdArray add(double x1, NdArray x2) {
        return binary(ElementwiseOp.ADD, x1, x2);
    }

    /** {@code asin}. */
    default NdArray asin(NdArray x) {
        return unary(ElementwiseOp.ASIN, x);
    }

    /** {@code asinh}. */
    default NdArray asinh(NdArray x) {
        return unary(ElementwiseOp.ASINH, x);
    }

    /** {@code atan}. */
    default NdArray atan(NdArray x) {
        return unary(ElementwiseOp.ATAN, x);
    }

    /** {@code atan2(x1, x2)}, the angle of the point (x2, x1). */
    default NdArray atan2(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.ATAN2, x1, x2);
    }

    /** {@code atanh}. */
    default NdArray atanh(NdArray x) {
        return unary(ElementwiseOp.ATANH, x);
    }

    /** {@code bitwise_and}. */
    default NdArray bitwiseAnd(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.BITWISE_AND, x1, x2);
    }

    /** {@code bitwise_left_shift}. */
    default NdArray bitwiseLeftShift(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.BITWISE_LEFT_SHIFT, x1, x2);
    }

    /** {@code bitwise_invert}. */
    default NdArray bitwiseInvert(NdArray x) {
        return unary(ElementwiseOp.BITWISE_INVERT, x);
    }

    /** {@code bitwise_or}. */
    default NdArray bitwiseOr(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.BITWISE_OR, x1, x2);
    }

    /** {@code bitwise_right_shift}. */
    default NdArray bitwiseRightShift(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.BITWISE_RIGHT_SHIFT, x1, x2);
    }

    /** {@code bitwise_xor}. */
    default NdArray bitwiseXor(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.BITWISE_XOR, x1, x2);
    }

    /** {@code ceil}. */
    default NdArray ceil(NdArray x) {
        return unary(ElementwiseOp.CEIL, x);
    }

    /**
     * {@code clip(x, min, max)}: each bound an array broadcastable to x, or null for none. The result has
     * x's dtype.
     */
    NdArray clip(NdArray x, NdArray min, NdArray max);

    /** {@code clip} with scalar bounds (null for none). */
    default NdArray clip(NdArray x, Double min, Double max) {
        return clip(x, min == null ? null : scalarFor(x, min), max == null ? null : scalarFor(x, max));
    }

    /** {@code conj}. */
    default NdArray conj(NdArray x) {
        return unary(ElementwiseOp.CONJ, x);
    }

    /** {@code copysign}. */
    default NdArray copysign(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.COPYSIGN, x1, x2);
    }

    /** {@code cos}. */
    default NdArray cos(NdArray x) {
        return unary(ElementwiseOp.COS, x);
    }

    /** {@code cosh}. */
    default NdArray cosh(NdArray x) {
        return unary(ElementwiseOp.COSH, x);
    }

    /** {@code divide} (true division). */
    default NdArray divide(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.DIVIDE, x1, x2);
    }

    /** {@code divide} with a scalar. */
    default NdArray divide(NdArray x1, double x2) {
        return binary(ElementwiseOp.DIVIDE, x1, x2);
    }

    /** {@code divide} with a scalar. */
    default NdArray divide(double x1, NdArray x2) {
        return binary(ElementwiseOp.DIVIDE, x1, x2);
    }

    /** {@code equal}. */
    default NdArray equal(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.EQUAL, x1, x2);
    }

    /** {@code exp}. */
    default NdArray exp(NdArray x) {
        return unary(ElementwiseOp.EXP, x);
    }

    /** {@code expm1}. */
    default NdArray expm1(NdArray x) {
        return unary(ElementwiseOp.EXPM1, x);
    }

    /** {@code floor}. */
    default NdArray floor(NdArray x) {
        return unary(ElementwiseOp.FLOOR, x);
    }

    /** {@code floor_divide}. */
    default NdArray floorDivide(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.FLOOR_DIVIDE, x1, x2);
    }

    /** {@code greater}. */
    default NdArray greater(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.GREATER, x1, x2);
    }

    /** {@code greater_equal}. */
    default NdArray greaterEqual(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.GREATER_EQUAL, x1, x2);
    }

    /** {@code hypot}. */
    default NdArray hypot(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.HYPOT, x1, x2);
    }

    /** {@code imag}; real input gives zeros. */
    default NdArray imag(NdArray x) {
        return unary(ElementwiseOp.IMAG, x);
    }

    /** {@code isfinite}. */
    default NdArray isfinite(NdArray x) {
        return unary(ElementwiseOp.ISFINITE, x);
    }

    /** {@code isinf}. */
    default NdArray isinf(NdArray x) {
        return unary(ElementwiseOp.ISINF, x);
    }

    /** {@code isnan}. */
    default NdArray isnan(NdArray x) {
        return unary(ElementwiseOp.ISNAN, x);
    }

    /** {@code less}. */
    default NdArray less(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.LESS, x1, x2);
    }

    /** {@code less_equal}. */
    default NdArray lessEqual(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.LESS_EQUAL, x1, x2);
    }

    /** {@code log}. */
    default NdArray log(NdArray x) {
        return unary(ElementwiseOp.LOG, x);
    }

    /** {@code log1p}. */
    default NdArray log1p(NdArray x) {
        return unary(ElementwiseOp.LOG1P, x);
    }

    /** {@code log2}. */
    default NdArray log2(NdArray x) {
        return unary(ElementwiseOp.LOG2, x);
    }

    /** {@code log10}. */
    default NdArray log10(NdArray x) {
        return unary(ElementwiseOp.LOG10, x);
    }

    /** {@code logaddexp}. */
    default NdArray logaddexp(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.LOGADDEXP, x1, x2);
    }

    /** {@code logical_and}. */
    default NdArray logicalAnd(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.LOGICAL_AND, x1, x2);
    }

    /** {@code logical_not}. */
    default NdArray logicalNot(NdArray x) {
        return unary(ElementwiseOp.LOGICAL_NOT, x);
    }

    /** {@code logical_or}. */
    default NdArray logicalOr(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.LOGICAL_OR, x1, x2);
    }

    /** {@code logical_xor}. */
    default NdArray logicalXor(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.LOGICAL_XOR, x1, x2);
    }

    /** {@code maximum} (NaN propagates). */
    default NdArray maximum(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.MAXIMUM, x1, x2);
    }

    /** {@code maximum} with a scalar. */
    default NdArray maximum(NdArray x1, double x2) {
        return binary(ElementwiseOp.MAXIMUM, x1, x2);
    }

    /** {@code minimum} (NaN propagates). */
    default NdArray minimum(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.MINIMUM, x1, x2);
    }

    /** {@code minimum} with a scalar. */
    default NdArray minimum(NdArray x1, double x2) {
        return binary(ElementwiseOp.MINIMUM, x1, x2);
    }

    /** {@code multiply}. */
    default NdArray multiply(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.MULTIPLY, x1, x2);
    }

    /** {@code multiply} with a scalar. */
    default NdArray multiply(NdArray x1, double x2) {
        return binary(ElementwiseOp.MULTIPLY, x1, x2);
    }

    /** {@code multiply} with a scalar. */
    default NdArray multiply(double x1, NdArray x2) {
        return binary(ElementwiseOp.MULTIPLY, x1, x2);
    }

    /** {@code negative}. */
    default NdArray negative(NdArray x) {
        return unary(ElementwiseOp.NEGATIVE, x);
    }

    /** {@code nextafter}. */
    default NdArray nextafter(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.NEXTAFTER, x1, x2);
    }

    /** {@code not_equal}. */
    default NdArray notEqual(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.NOT_EQUAL, x1, x2);
    }

    /** {@code positive}. */
    default NdArray positive(NdArray x) {
        return unary(ElementwiseOp.POSITIVE, x);
    }

    /** {@code pow}. */
    default NdArray pow(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.POW, x1, x2);
    }

    /** {@code pow} with a scalar exponent. */
    default NdArray pow(NdArray x1, double x2) {
        return binary(ElementwiseOp.POW, x1, x2);
    }

    /** {@code real}; real input gives itself (as a new array). */
    default NdArray real(NdArray x) {
        return unary(ElementwiseOp.REAL, x);
    }

    /** {@code reciprocal}. */
    default NdArray reciprocal(NdArray x) {
        return unary(ElementwiseOp.RECIPROCAL, x);
    }

    /** {@code remainder} (sign of the divisor, like Python's %). */
    default NdArray remainder(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.REMAINDER, x1, x2);
    }

    /** {@code round} to the nearest integer, halves to even. */
    default NdArray round(NdArray x) {
        return unary(ElementwiseOp.ROUND, x);
    }

    /** {@code sign}; for complex input x/|x|. */
    default NdArray sign(NdArray x) {
        return unary(ElementwiseOp.SIGN, x);
    }

    /** {@code signbit}. */
    default NdArray signbit(NdArray x) {
        return unary(ElementwiseOp.SIGNBIT, x);
    }

    /** {@code sin}. */
    default NdArray sin(NdArray x) {
        return unary(ElementwiseOp.SIN, x);
    }

    /** {@code sinh}. */
    default NdArray sinh(NdArray x) {
        return unary(ElementwiseOp.SINH, x);
    }

    /** {@code square}. */
    default NdArray square(NdArray x) {
        return unary(ElementwiseOp.SQUARE, x);
    }

    /** {@code sqrt}. */
    default NdArray sqrt(NdArray x) {
        return unary(ElementwiseOp.SQRT, x);
    }

    /** {@code subtract}. */
    default NdArray subtract(NdArray x1, NdArray x2) {
        return binary(ElementwiseOp.SUBTRACT, x1, x2);
    }

    /** {@code subtract} with a scalar. */
    default NdArray subtract(NdArray x1, double x2) {
        return binary(ElementwiseOp.SUBTRACT, x1, x2);
    }

    /** {@code subtract} with a scalar. */
    default NdArray subtract(double x1, NdArray x2) {
        return binary(ElementwiseOp.SUBTRACT, x1, x2);
    }

    /** {@code tan}. */
    default NdArray tan(NdArray x) {
        return unary(ElementwiseOp.TAN, x);
    }

    /** {@code tanh}. */
    default NdArray tanh(NdArray x) {
        return unary(ElementwiseOp.TANH, x);
    }

    /** {@code trunc}. */
    default NdArray trunc(NdArray x) {
        return unary(ElementwiseOp.TRUNC, x);
    }

    // ==== indexing ===================================================================================

    /**
     * Elements of {@code x} at integer {@code indices} along {@code axis} ({@code take}).
     *
     * @param axis the axis, or null when x is 1-d
     */
    NdArray take(NdArray x, NdArray indices, Integer axis);

    /** Elements at matching positions of an index array along {@code axis} ({@code take_along_axis}). */
    NdArray takeAlongAxis(NdArray x, NdArray indices, int axis);

    // ==== linear algebra in the main namespace ===========================================================

    /** Matrix product with broadcasting of the leading axes ({@code matmul}). */
    NdArray matmul(NdArray x1, NdArray x2);

    /** Transposes the last two axes ({@code matrix_transpose}). */
    NdArray matrixTranspose(NdArray x);

    /** Tensor contraction over the last {@code axes} axes of x1 and the first of x2 ({@code tensordot}). */
    default NdArray tensordot(NdArray x1, NdArray x2, int axes) {
        int[] a1 = new int[axes];
        int[] a2 = new int[axes];
        for (int i = 0; i < axes; i++) {
            a1[i] = x1.ndim() - axes + i;
            a2[i] = i;
        }
        return tensordot(x1, x2, a1, a2);
    }

    /** Tensor contraction over the paired axes ({@code tensordot} with a pair of sequences). */
    NdArray tensordot(NdArray x1, NdArray x2, int[] axes1, int[] axes2);

    /** Vector dot product along {@code axis}, conjugating x1 ({@code vecdot}). */
    NdArray vecdot(NdArray x1, NdArray x2, int axis);

    /** {@code vecdot(x1, x2)} along the last axis. */
    default NdArray vecdot(NdArray x1, NdArray x2) {
        return vecdot(x1, x2, -1);
    }

    // ==== manipulation ===============================================================================

    /** Broadcasts the arrays against each other ({@code broadcast_arrays}). */
    List<NdArray> broadcastArrays(NdArray... arrays);

    /** Broadcasts x to {@code shape} ({@code broadcast_to}). */
    NdArray broadcastTo(NdArray x, int... shape);

    /**
     * Joins arrays along an existing axis ({@code concat}).
     *
     * @param axis the axis, or null to flatten every array first
     */
    NdArray concat(List<NdArray> arrays, Integer axis);

    /** {@code concat(arrays, axis=0)}. */
    default NdArray concat(NdArray... arrays) {
        return concat(Arrays.asList(arrays), 0);
    }

    /** Inserts an axis of length 1 at {@code axis} ({@code expand_dims}). */
    NdArray expandDims(NdArray x, int axis);

    /** Reverses the order of elements along {@code axes} (null: every axis) ({@code flip}). */
    NdArray flip(NdArray x, int... axes);

    /** Moves axes to new positions ({@code moveaxis}). */
    NdArray moveaxis(NdArray x, int[] source, int[] destination);

    /** {@code moveaxis} of one axis. */
    default NdArray moveaxis(NdArray x, int source, int destination) {
        return moveaxis(x, new int[] {source}, new int[] {destination});
    }

    /** Permutes the axes ({@code permute_dims}). */
    NdArray permuteDims(NdArray x, int... axes);

    /**
     * Repeats each element ({@code repeat}).
     *
     * @param repeats an integer array (one count per element along axis, or one count for all)
     * @param axis    the axis, or null to flatten first
     */
    NdArray repeat(NdArray x, NdArray repeats, Integer axis);

    /** {@code repeat} with one count for every element. */
    NdArray repeat(NdArray x, long repeats, Integer axis);

    /**
     * A new shape for the same data ({@code reshape}); one dimension may be -1.
     *
     * @param copy TRUE always copies; FALSE never (error if a copy is needed); null copies when needed
     */
    NdArray reshape(NdArray x, int[] shape, Boolean copy);

    /** {@code reshape(x, shape)}. */
    default NdArray reshape(NdArray x, int... shape) {
        return reshape(x, shape, null);
    }

    /**
     * Rolls elements along axes ({@code roll}).
     *
     * @param axes the axes, or null to roll the flattened array
     */
    NdArray roll(NdArray x, int[] shifts, int[] axes);

    /** {@code roll(x, shift, axis)}; axis null rolls the flattened array. */
    default NdArray roll(NdArray x, int shift, Integer axis) {
        return roll(x, new int[] {shift}, axis == null ? null : new int[] {axis});
    }

    /** Removes axes of length 1 ({@code squeeze}); each named axis must have length 1. */
    NdArray squeeze(NdArray x, int... axes);

    /** Joins arrays of one shape along a new axis ({@code stack}). */
    NdArray stack(List<NdArray> arrays, int axis);

    /** {@code stack(arrays, axis=0)}. */
    default NdArray stack(NdArray... arrays) {
        return stack(Arrays.asList(arrays), 0);
    }

    /** Repeats the whole array {@code reps} times along each axis ({@code tile}). */
    NdArray tile(NdArray x, int... reps);

    /** Splits along {@code axis} into arrays of one rank less ({@code unstack}). */
    List<NdArray> unstack(NdArray x, int axis);

    // ==== searching ==================================================================================

    /** Index of the maximum along axis (null: flattened) ({@code argmax}). */
    NdArray argmax(NdArray x, Integer axis, boolean keepdims);

    /** {@code argmax(x)} over the flattened array. */
    default NdArray argmax(NdArray x) {
        return argmax(x, null, false);
    }

    /** Index of the minimum along axis (null: flattened) ({@code argmin}). */
    NdArray argmin(NdArray x, Integer axis, boolean keepdims);

    /** {@code argmin(x)} over the flattened array. */
    default NdArray argmin(NdArray x) {
        return argmin(x, null, false);
    }

    /** Number of non-zero elements over axes (null: all) ({@code count_nonzero}). */
    NdArray countNonzero(NdArray x, int[] axes, boolean keepdims);

    /** The indices of non-zero elements, one array per axis ({@code nonzero}). */
    List<NdArray> nonzero(NdArray x);

    /**
     * Insertion points of x2's values into the sorted 1-d x1 ({@code searchsorted}).
     *
     * @param side   "left" or "right"
     * @param sorter indices that sort x1, or null
     */
    NdArray searchsorted(NdArray x1, NdArray x2, String side, NdArray sorter);

    /** {@code searchsorted(x1, x2)} with side "left". */
    default NdArray searchsorted(NdArray x1, NdArray x2) {
        return searchsorted(x1, x2, "left", null);
    }

    /** Elements of x1 where condition holds, else of x2, broadcasting all three ({@code where}). */
    NdArray where(NdArray condition, NdArray x1, NdArray x2);

    /** {@code where} with a scalar for x2. */
    default NdArray where(NdArray condition, NdArray x1, double x2) {
        return where(condition, x1, scalarFor(x1, x2));
    }

    /** {@code where} with a scalar for x1. */
    default NdArray where(NdArray condition, double x1, NdArray x2) {
        return where(condition, scalarFor(x2, x1), x2);
    }

    // ==== set functions ==============================================================================

    /** Unique values with first indices, inverse indices and counts ({@code unique_all}). */
    UniqueAllResult uniqueAll(NdArray x);

    /** Unique values and counts ({@code unique_counts}). */
    UniqueCountsResult uniqueCounts(NdArray x);

    /** Unique values and inverse indices ({@code unique_inverse}). */
    UniqueInverseResult uniqueInverse(NdArray x);

    /** Unique values ({@code unique_values}). */
    NdArray uniqueValues(NdArray x);

    // ==== sorting ====================================================================================

    /** Indices that sort x along axis ({@code argsort}). */
    NdArray argsort(NdArray x, int axis, boolean descending, boolean stable);

    /** {@code argsort(x)} along the last axis, ascending, stable. */
    default NdArray argsort(NdArray x) {
        return argsort(x, -1, false, true);
    }

    /** x sorted along axis ({@code sort}); NaNs sort last. */
    NdArray sort(NdArray x, int axis, boolean descending, boolean stable);

    /** {@code sort(x)} along the last axis, ascending. */
    default NdArray sort(NdArray x) {
        return sort(x, -1, false, true);
    }

    // ==== statistical functions ========================================================================

    /**
     * Cumulative product ({@code cumulative_prod}).
     *
     * @param axis           the axis, or null when x is 1-d
     * @param dtype          accumulation/result dtype, or null for the standard's default
     * @param includeInitial whether to start with the empty product 1
     */
    NdArray cumulativeProd(NdArray x, Integer axis, DType dtype, boolean includeInitial);

    /**
     * Cumulative sum ({@code cumulative_sum}).
     *
     * @param axis           the axis, or null when x is 1-d
     * @param dtype          accumulation/result dtype, or null for the standard's default
     * @param includeInitial whether to start with the empty sum 0
     */
    NdArray cumulativeSum(NdArray x, Integer axis, DType dtype, boolean includeInitial);

    /** {@code cumulative_sum(x, axis=axis)}. */
    default NdArray cumulativeSum(NdArray x, Integer axis) {
        return cumulativeSum(x, axis, null, false);
    }

    /** Maximum over axes (null: all) ({@code max}); NaN propagates; empty reductions are an error. */
    NdArray max(NdArray x, int[] axes, boolean keepdims);

    /** {@code max(x)} over every element. */
    default NdArray max(NdArray x) {
        return max(x, null, false);
    }

    /** Arithmetic mean over axes (null: all) ({@code mean}); floating input only in the standard. */
    NdArray mean(NdArray x, int[] axes, boolean keepdims);

    /** {@code mean(x)} over every element. */
    default NdArray mean(NdArray x) {
        return mean(x, null, false);
    }

    /** {@code mean(x, axis=axis)}. */
    default NdArray mean(NdArray x, int axis) {
        return mean(x, new int[] {axis}, false);
    }

    /** Minimum over axes (null: all) ({@code min}). */
    NdArray min(NdArray x, int[] axes, boolean keepdims);

    /** {@code min(x)} over every element. */
    default NdArray min(NdArray x) {
        return min(x, null, false);
    }

    /** Product over axes (null: all) ({@code prod}); dtype null gives the standard's default. */
    NdArray prod(NdArray x, int[] axes, DType dtype, boolean keepdims);

    /** {@code prod(x)} over every element. */
    default NdArray prod(NdArray x) {
        return prod(x, null, null, false);
    }

    /** Standard deviation with {@code correction} degrees of freedom removed ({@code std}). */
    NdArray std(NdArray x, int[] axes, double correction, boolean keepdims);

    /** {@code std(x)} over every element, correction 0. */
    default NdArray std(NdArray x) {
        return std(x, null, 0, false);
    }

    /** Sum over axes (null: all) ({@code sum}); dtype null gives the standard's default. */
    NdArray sum(NdArray x, int[] axes, DType dtype, boolean keepdims);

    /** {@code sum(x)} over every element. */
    default NdArray sum(NdArray x) {
        return sum(x, null, null, false);
    }

    /** {@code sum(x, axis=axis)}. */
    default NdArray sum(NdArray x, int axis) {
        return sum(x, new int[] {axis}, null, false);
    }

    /** Variance with {@code correction} degrees of freedom removed ({@code var}). */
    NdArray var(NdArray x, int[] axes, double correction, boolean keepdims);

    /** {@code var(x)} over every element, correction 0. */
    default NdArray var(NdArray x) {
        return var(x, null, 0, false);
    }

    // ==== utility functions ===========================================================================

    /** Whether every element over axes (null: all) is true ({@code all}). */
    NdArray all(NdArray x, int[] axes, boolean keepdims);

    /** {@code all(x)}. */
    default NdArray all(NdArray x) {
        return all(x, null, false);
    }

    /** Whether any element over axes (null: all) is true ({@code any}). */
    NdArray any(NdArray x, int[] axes, boolean keepdims);

    /** {@code any(x)}. */
    default NdArray any(NdArray x) {
        return any(x, null, false);
    }

    /**
     * The n-th discrete difference along axis ({@code diff}).
     *
     * @param prepend values to prepend along axis before differencing, or null
     * @param append  values to append along axis before differencing, or null
     */
    NdArray diff(NdArray x, int axis, int n, NdArray prepend, NdArray append);

    /** {@code diff(x)} along the last axis, n = 1. */
    default NdArray diff(NdArray x) {
        return diff(x, -1, 1, null, null);
    }

    // ==== interchange ================================================================================

    /**
     * An array of this namespace from another library's array or a {@link DlpackTensor}
     * ({@code from_dlpack}): zero copy where this namespace can address the memory, a copy only when
     * {@code copy} allows it.
     *
     * @param x      an {@link NdArray} of any backend or a {@link DlpackTensor}
     * @param device target device, or null for the source's
     * @param copy   TRUE always copies, FALSE never (error if needed), null copies when needed
     * @throws DeviceTransferException when the memory is on another device and copy is FALSE
     */
    NdArray fromDlpack(Object x, Device device, Boolean copy);

    /** {@code from_dlpack(x)} without copying. */
    default NdArray fromDlpack(Object x) {
        return fromDlpack(x, null, null);
    }
}
