package org.xpsci.xp;

import java.util.Optional;

/**
 * The array object of the array API standard. Arrays are created only through an {@link ArrayNamespace};
 * every backend has its own implementation. Operators are methods (the standard's dunder methods), each a
 * shorthand for the namespace function of the same name: {@code a.add(b)} is {@code xp.add(a, b)}. Java
 * {@code double}, {@code long} and {@code boolean} operands play the role of Python scalars and adopt the
 * array's dtype where the kinds agree. The in-place operators ({@code +=} ... {@code >>=}) are the
 * {@code ...InPlace} methods: they write this array and return it.
 */
public interface NdArray {

    /** The namespace that created this array ({@code __array_namespace__}). */
    ArrayNamespace namespace();

    /** The element dtype. */
    DType dtype();

    /** The shape (a fresh copy). */
    int[] shape();

    /** The length of one axis; negative axes count from the end. */
    default int shape(int axis) {
        return shape()[Axes.normalize(axis, ndim())];
    }

    /** The rank. */
    int ndim();

    /** The number of elements. */
    long size();

    /** The device that holds the data. */
    Device device();

    /** This array on {@code device} of the same backend ({@code to_device}); a copy when the device differs. */
    NdArray toDevice(Device device);

    /**
     * Exports the array as a DLPack descriptor ({@code __dlpack__}). With {@code device} null the descriptor
     * describes the array where it is (zero copy); naming another device asks the producer to copy, which
     * it does only when {@code copy} is not {@code Boolean.FALSE}.
     *
     * @param device target device, or null for the array's own
     * @param copy   TRUE to always copy, FALSE to never copy, null to copy only when needed
     */
    DlpackTensor dlpack(Device device, Boolean copy);

    /** The array's own memory as a DLPack descriptor, without copying. */
    default DlpackTensor dlpack() {
        return dlpack(null, null);
    }

    /** The device of the exported memory ({@code __dlpack_device__}). */
    default Device dlpackDevice() {
        return device();
    }

    /**
     * The host memory behind this array, if the backend grants direct access. Consumers go through
     * {@link Xp#hostBuffer(NdArray)}.
     */
    default Optional<HostBuffer> hostBuffer() {
        return Optional.empty();
    }

    /** The transpose of the last two axes ({@code mT}). */
    default NdArray mT() {
        return namespace().matrixTranspose(this);
    }

    /**
     * The transpose of a 2-d array ({@code T}).
     *
     * @throws IllegalArgumentException when the array is not 2-d
     */
    default NdArray T() {
        if (ndim() != 2) {
            throw new IllegalArgumentException("T is defined for 2-d arrays only; got an array of dimension "
                    + ndim() + " (use mT or permuteDims)");
        }
        return namespace().permuteDims(this, 1, 0);
    }

    // ---- indexing -------------------------------------------------------------------------------------

    /** {@code x[index...]}; basic indices give views where the backend has them. */
    NdArray get(Index... index);

    /** {@code x[i0, i1, ...]} with integers only. */
    default NdArray get(long... positions) {
        Index[] idx = new Index[positions.length];
        for (int i = 0; i < positions.length; i++) {
            idx[i] = Index.at(positions[i]);
        }
        return get(idx);
    }

    /** {@code x[index...] = value}, broadcasting {@code value}; writes this array. */
    void set(NdArray value, Index... index);

    /** {@code x[index...] = value} for a float scalar. */
    default void set(double value, Index... index) {
        set(namespace().scalarFor(this, value), index);
    }

    /** {@code x[index...] = value} for an integer scalar. */
    default void set(long value, Index... index) {
        set(namespace().scalarFor(this, value), index);
    }

    /** {@code x[index...] = value} for a bool scalar. */
    default void set(boolean value, Index... index) {
        set(namespace().scalarFor(this, value), index);
    }

    // ---- conversions of 0-d arrays ------------------------------------------------------------------

    /** The value of a size-1 array as a double ({@code __float__}); complex arrays are rejected. */
    double doubleValue();

    /** The value of a size-1 integer or bool array as a long ({@code __int__}, {@code __index__}). */
    long longValue();

    /** The value of a size-1 array as a boolean ({@code __bool__}): non-zero is true. */
    boolean booleanValue();

    /** The value of a size-1 array as a complex number ({@code __complex__}). */
    Complex complexValue();

    // ---- arithmetic operators -------------------------------------------------------------------------

    /** {@code self + other}. */
    default NdArray add(NdArray other) {
        return namespace().add(this, other);
    }

    /** {@code self + s}. */
    default NdArray add(double s) {
        return namespace().add(this, s);
    }

    /** {@code self + s}. */
    default NdArray add(long s) {
        return namespace().add(this, namespace().scalarFor(this, s));
    }

    /** {@code self - other}. */
    default NdArray subtract(NdArray other) {
        return namespace().subtract(this, other);
    }

    /** {@code self - s}. */
    default NdArray subtract(double s) {
        return namespace().subtract(this, s);
    }

    /** {@code self - s}. */
    default NdArray subtract(long s) {
        return namespace().subtract(this, namespace().scalarFor(this, s));
    }

    /** {@code s - self} ({@code __rsub__}). */
    default NdArray rsubtract(double s) {
        return namespace().subtract(s, this);
    }

    /** {@code self * other}. */
    default NdArray multiply(NdArray other) {
        return namespace().multiply(this, other);
    }

    /** {@code self * s}. */
    default NdArray multiply(double s) {
        return namespace().multiply(this, s);
    }

    /** {@code self * s}. */
    default NdArray multiply(long s) {
        return namespace().multiply(this, namespace().scalarFor(this, s));
    }

    /** {@code self / other}. */
    default NdArray divide(NdArray other) {
        return namespace().divide(this, other);
    }

    /** {@code self / s}. */
    default NdArray divide(double s) {
        return namespace().divide(this, s);
    }

    /** {@code s / self} ({@code __rtruediv__}). */
    default NdArray rdivide(double s) {
        return namespace().divide(s, this);
    }

    /** {@code self // other}. */
    default NdArray floorDivide(NdArray other) {
        return namespace().floorDivide(this, other);
    }

    /** {@code self // s}. */
    default NdArray floorDivide(double s) {
        return namespace().floorDivide(this, namespace().scalarFor(this, s));
    }

    /** {@code self // s}. */
    default NdArray floorDivide(long s) {
        return namespace().floorDivide(this, namespace().scalarFor(this, s));
    }

    /** {@code self % other}. */
    default NdArray remainder(NdArray other) {
        return namespace().remainder(this, other);
    }

    /** {@code self % s}. */
    default NdArray remainder(double s) {
        return namespace().remainder(this, namespace().scalarFor(this, s));
    }

    /** {@code self % s}. */
    default NdArray remainder(long s) {
        return namespace().remainder(this, namespace().scalarFor(this, s));
    }

    /** {@code self ** other}. */
    default NdArray pow(NdArray other) {
        return namespace().pow(this, other);
    }

    /** {@code self ** s}. */
    default NdArray pow(double s) {
        return namespace().pow(this, s);
    }

    /** {@code self ** s}. */
    default NdArray pow(long s) {
        return namespace().pow(this, namespace().scalarFor(this, s));
    }

    /** {@code self @ other}. */
    default NdArray matmul(NdArray other) {
        return namespace().matmul(this, other);
    }

    /** {@code -self}. */
    default NdArray negative() {
        return namespace().negative(this);
    }

    /** {@code +self}. */
    default NdArray positive() {
        return namespace().positive(this);
    }

    /** {@code abs(self)}. */
    default NdArray abs() {
        return namespace().abs(this);
    }

    // ---- bitwise operators -----------------------------------------------------------------------------

    /** {@code self & other}. */
    default NdArray bitwiseAnd(NdArray other) {
        return namespace().bitwiseAnd(this, other);
    }

    /** {@code self | other}. */
    default NdArray bitwiseOr(NdArray other) {
        return namespace().bitwiseOr(this, other);
    }

    /** {@code self ^ other}. */
    default NdArray bitwiseXor(NdArray other) {
        return namespace().bitwiseXor(this, other);
    }

    /** {@code ~self}. */
    default NdArray bitwiseInvert() {
        return namespace().bitwiseInvert(this);
    }

    /** {@code self << other}. */
    default NdArray bitwiseLeftShift(NdArray other) {
        return namespace().bitwiseLeftShift(this, other);
    }

    /** {@code self >> other}. */
    default NdArray bitwiseRightShift(NdArray other) {
        return namespace().bitwiseRightShift(this, other);
    }

    // ---- in-place operators ------------------------------------------------------------------------------

    /**
     * {@code self op= other}: the two-argument function {@code op} of this array and {@code other}, written into
     * this array. As the standard requires, the result must keep this array's dtype and shape (so
     * {@code other} broadcasts to this shape and promotes to this dtype); otherwise nothing is written.
     *
     * @return this array
     * @throws IllegalArgumentException when {@code op} has no in-place operator, the result's dtype or shape
     *                                  differs from this array's, or this array is a read-only view
     */
    default NdArray applyInPlace(ElementwiseOp op, NdArray other) {
        return org.xpsci.xp.spi.InPlaceOperators.byAssignment(this, op, other);
    }

    /** {@code self += other}; see {@link #applyInPlace}. */
    default NdArray addInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.ADD, other);
    }

    /** {@code self += s}; see {@link #applyInPlace}. */
    default NdArray addInPlace(double s) {
        return applyInPlace(ElementwiseOp.ADD, namespace().scalarFor(this, s));
    }

    /** {@code self += s}; see {@link #applyInPlace}. */
    default NdArray addInPlace(long s) {
        return applyInPlace(ElementwiseOp.ADD, namespace().scalarFor(this, s));
    }

    /** {@code self -= other}; see {@link #applyInPlace}. */
    default NdArray subtractInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.SUBTRACT, other);
    }

    /** {@code self -= s}; see {@link #applyInPlace}. */
    default NdArray subtractInPlace(double s) {
        return applyInPlace(ElementwiseOp.SUBTRACT, namespace().scalarFor(this, s));
    }

    /** {@code self -= s}; see {@link #applyInPlace}. */
    default NdArray subtractInPlace(long s) {
        return applyInPlace(ElementwiseOp.SUBTRACT, namespace().scalarFor(this, s));
    }

    /** {@code self *= other}; see {@link #applyInPlace}. */
    default NdArray multiplyInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.MULTIPLY, other);
    }

    /** {@code self *= s}; see {@link #applyInPlace}. */
    default NdArray multiplyInPlace(double s) {
        return applyInPlace(ElementwiseOp.MULTIPLY, namespace().scalarFor(this, s));
    }

    /** {@code self *= s}; see {@link #applyInPlace}. */
    default NdArray multiplyInPlace(long s) {
        return applyInPlace(ElementwiseOp.MULTIPLY, namespace().scalarFor(this, s));
    }

    /** {@code self /= other}; see {@link #applyInPlace}. */
    default NdArray divideInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.DIVIDE, other);
    }

    /** {@code self /= s}; see {@link #applyInPlace}. */
    default NdArray divideInPlace(double s) {
        return applyInPlace(ElementwiseOp.DIVIDE, namespace().scalarFor(this, s));
    }

    /** {@code self //= other}; see {@link #applyInPlace}. */
    default NdArray floorDivideInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.FLOOR_DIVIDE, other);
    }

    /** {@code self //= s}; see {@link #applyInPlace}. */
    default NdArray floorDivideInPlace(double s) {
        return applyInPlace(ElementwiseOp.FLOOR_DIVIDE, namespace().scalarFor(this, s));
    }

    /** {@code self //= s}; see {@link #applyInPlace}. */
    default NdArray floorDivideInPlace(long s) {
        return applyInPlace(ElementwiseOp.FLOOR_DIVIDE, namespace().scalarFor(this, s));
    }

    /** {@code self %= other}; see {@link #applyInPlace}. */
    default NdArray remainderInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.REMAINDER, other);
    }

    /** {@code self %= s}; see {@link #applyInPlace}. */
    default NdArray remainderInPlace(double s) {
        return applyInPlace(ElementwiseOp.REMAINDER, namespace().scalarFor(this, s));
    }

    /** {@code self %= s}; see {@link #applyInPlace}. */
    default NdArray remainderInPlace(long s) {
        return applyInPlace(ElementwiseOp.REMAINDER, namespace().scalarFor(this, s));
    }

    /** {@code self **= other}; see {@link #applyInPlace}. */
    default NdArray powInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.POW, other);
    }

    /** {@code self **= s}; see {@link #applyInPlace}. */
    default NdArray powInPlace(double s) {
        return applyInPlace(ElementwiseOp.POW, namespace().scalarFor(this, s));
    }

    /** {@code self **= s}; see {@link #applyInPlace}. */
    default NdArray powInPlace(long s) {
        return applyInPlace(ElementwiseOp.POW, namespace().scalarFor(this, s));
    }

    /** {@code self &= other}; see {@link #applyInPlace}. */
    default NdArray bitwiseAndInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.BITWISE_AND, other);
    }

    /** {@code self &= s}; see {@link #applyInPlace}. */
    default NdArray bitwiseAndInPlace(long s) {
        return applyInPlace(ElementwiseOp.BITWISE_AND, namespace().scalarFor(this, s));
    }

    /** {@code self |= other}; see {@link #applyInPlace}. */
    default NdArray bitwiseOrInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.BITWISE_OR, other);
    }

    /** {@code self |= s}; see {@link #applyInPlace}. */
    default NdArray bitwiseOrInPlace(long s) {
        return applyInPlace(ElementwiseOp.BITWISE_OR, namespace().scalarFor(this, s));
    }

    /** {@code self ^= other}; see {@link #applyInPlace}. */
    default NdArray bitwiseXorInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.BITWISE_XOR, other);
    }

    /** {@code self ^= s}; see {@link #applyInPlace}. */
    default NdArray bitwiseXorInPlace(long s) {
        return applyInPlace(ElementwiseOp.BITWISE_XOR, namespace().scalarFor(this, s));
    }

    /** {@code self <<= other}; see {@link #applyInPlace}. */
    default NdArray bitwiseLeftShiftInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.BITWISE_LEFT_SHIFT, other);
    }

    /** {@code self <<= s}; see {@link #applyInPlace}. */
    default NdArray bitwiseLeftShiftInPlace(long s) {
        return applyInPlace(ElementwiseOp.BITWISE_LEFT_SHIFT, namespace().scalarFor(this, s));
    }

    /** {@code self >>= other}; see {@link #applyInPlace}. */
    default NdArray bitwiseRightShiftInPlace(NdArray other) {
        return applyInPlace(ElementwiseOp.BITWISE_RIGHT_SHIFT, other);
    }

    /** {@code self >>= s}; see {@link #applyInPlace}. */
    default NdArray bitwiseRightShiftInPlace(long s) {
        return applyInPlace(ElementwiseOp.BITWISE_RIGHT_SHIFT, namespace().scalarFor(this, s));
    }

    // ---- comparisons --------------------------------------------------------------------------------

    /** {@code self == other}. */
    default NdArray equal(NdArray other) {
        return namespace().equal(this, other);
    }

    /** {@code self == s}. */
    default NdArray equal(double s) {
        return namespace().equal(this, namespace().scalarFor(this, s));
    }

    /** {@code self != other}. */
    default NdArray notEqual(NdArray other) {
        return namespace().notEqual(this, other);
    }

    /** {@code self < other}. */
    default NdArray less(NdArray other) {
        return namespace().less(this, other);
    }

    /** {@code self < s}. */
    default NdArray less(double s) {
        return namespace().less(this, namespace().scalarFor(this, s));
    }

    /** {@code self <= other}. */
    default NdArray lessEqual(NdArray other) {
        return namespace().lessEqual(this, other);
    }

    /** {@code self <= s}. */
    default NdArray lessEqual(double s) {
        return namespace().lessEqual(this, namespace().scalarFor(this, s));
    }

    /** {@code self > other}. */
    default NdArray greater(NdArray other) {
        return namespace().greater(this, other);
    }

    /** {@code self > s}. */
    default NdArray greater(double s) {
        return namespace().greater(this, namespace().scalarFor(this, s));
    }

    /** {@code self >= other}. */
    default NdArray greaterEqual(NdArray other) {
        return namespace().greaterEqual(this, other);
    }

    /** {@code self >= s}. */
    default NdArray greaterEqual(double s) {
        return namespace().greaterEqual(this, namespace().scalarFor(this, s));
    }

    // ---- a few conveniences that read well in consumer code ---------------------------------------------

    /** {@code xp.astype(self, dtype)}. */
    default NdArray astype(DType dtype) {
        return namespace().astype(this, dtype);
    }

    /** {@code xp.reshape(self, shape)}. */
    default NdArray reshape(int... shape) {
        return namespace().reshape(this, shape);
    }
}
