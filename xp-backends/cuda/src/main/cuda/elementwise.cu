// The standard's elementwise functions, one kernel per (function, compute kind), named
// ew_<standard name>_<kind>. Compiled once per kind (tools/build-ptx.sh passes -DXP_KIND_<KIND>) into
// ew_<kind>.ptx, so a program loads only the kinds it uses. Operands are strided views of any storage dtype:
// loads convert to the compute type, stores convert to the output dtype.
#include "xp_ops.cuh"

template <class In, class F>
__device__ __forceinline__ void unary_run(i64 n, const Strided<2>& L, const void* a, int adt, void* o, int odt) {
    GRID_STRIDE(i, n) {
        i64 off[2];
        offsets<2>(L, i, off);
        store(o, off[0], odt, F::apply(Ld<In>::at(a, off[1], adt)));
    }
}

template <class In, class F>
__device__ __forceinline__ void binary_run(i64 n, const Strided<3>& L, const void* a, int adt, const void* b,
                                           int bdt, void* o, int odt) {
    GRID_STRIDE(i, n) {
        i64 off[3];
        offsets<3>(L, i, off);
        store(o, off[0], odt, F::apply(Ld<In>::at(a, off[1], adt), Ld<In>::at(b, off[2], bdt)));
    }
}

#define U(op, sfx, In, F)                                                                                  \
    extern "C" __global__ void ew_##op##_##sfx(i64 n, Strided<2> L, const void* a, int adt, void* o, int odt) { \
        unary_run<In, F>(n, L, a, adt, o, odt);                                                            \
    }

#define B(op, sfx, In, F)                                                                                  \
    extern "C" __global__ void ew_##op##_##sfx(i64 n, Strided<3> L, const void* a, int adt, const void* b,    \
                                              int bdt, void* o, int odt) {                                 \
        binary_run<In, F>(n, L, a, adt, b, bdt, o, odt);                                                   \
    }

// functions defined for every floating kind (real and complex)
#define FLOATING_OPS(sfx, T)                                                                    \
    U(acos, sfx, T, Acos) U(acosh, sfx, T, Acosh) U(asin, sfx, T, Asin) U(asinh, sfx, T, Asinh)     \
    U(atan, sfx, T, Atan) U(atanh, sfx, T, Atanh) U(cos, sfx, T, Cos) U(cosh, sfx, T, Cosh)         \
    U(exp, sfx, T, Exp) U(expm1, sfx, T, Expm1) U(log, sfx, T, Log) U(log1p, sfx, T, Log1p)         \
    U(log2, sfx, T, Log2) U(log10, sfx, T, Log10) U(sin, sfx, T, Sin) U(sinh, sfx, T, Sinh)         \
    U(sqrt, sfx, T, Sqrt) U(tan, sfx, T, Tan) U(tanh, sfx, T, Tanh) U(reciprocal, sfx, T, Reciprocal) \
    B(divide, sfx, T, Divide)

// functions defined for every numeric kind
#define NUMERIC_OPS(sfx, T)                                                                     \
    U(abs, sfx, T, Abs) U(conj, sfx, T, Conj) U(real, sfx, T, Real) U(imag, sfx, T, Imag)           \
    U(isfinite, sfx, T, Isfinite) U(isinf, sfx, T, Isinf) U(isnan, sfx, T, Isnan)                   \
    U(negative, sfx, T, Negative) U(positive, sfx, T, Positive) U(square, sfx, T, Square)           \
    U(sign, sfx, T, Sign) U(round, sfx, T, Round)                                                   \
    B(add, sfx, T, Add) B(subtract, sfx, T, Subtract) B(multiply, sfx, T, Multiply)                 \
    B(equal, sfx, T, Equal) B(not_equal, sfx, T, NotEqual) B(pow, sfx, T, Pow)

// functions defined for every real (non-complex) numeric kind
#define REAL_OPS(sfx, T)                                                                        \
    U(ceil, sfx, T, Ceil) U(floor, sfx, T, Floor) U(trunc, sfx, T, Trunc)                           \
    B(greater, sfx, T, Greater) B(greater_equal, sfx, T, GreaterEqual) B(less, sfx, T, Less)        \
    B(less_equal, sfx, T, LessEqual) B(maximum, sfx, T, Maximum) B(minimum, sfx, T, Minimum)        \
    B(floor_divide, sfx, T, FloorDivide) B(remainder, sfx, T, Remainder)

#define REAL_FLOATING_OPS(sfx, T)                                                               \
    U(signbit, sfx, T, Signbit) B(atan2, sfx, T, Atan2) B(copysign, sfx, T, Copysign)               \
    B(hypot, sfx, T, Hypot) B(logaddexp, sfx, T, Logaddexp) B(nextafter, sfx, T, Nextafter)

#define INTEGER_OPS(sfx, T)                                                                     \
    U(bitwise_invert, sfx, T, BitwiseInvert) B(bitwise_and, sfx, T, BitwiseAnd)                     \
    B(bitwise_or, sfx, T, BitwiseOr) B(bitwise_xor, sfx, T, BitwiseXor)                             \
    B(bitwise_left_shift, sfx, T, BitwiseLeftShift) B(bitwise_right_shift, sfx, T, BitwiseRightShift)

#if defined(XP_KIND_B)
U(abs, b, bool, Abs) U(bitwise_invert, b, bool, BitwiseInvert) U(ceil, b, bool, Ceil) U(floor, b, bool, Floor)
U(trunc, b, bool, Trunc) U(isfinite, b, bool, Isfinite) U(isinf, b, bool, Isinf) U(isnan, b, bool, Isnan)
U(logical_not, b, bool, LogicalNot)
B(add, b, bool, Add) B(multiply, b, bool, Multiply) B(bitwise_and, b, bool, BitwiseAnd)
B(bitwise_or, b, bool, BitwiseOr) B(bitwise_xor, b, bool, BitwiseXor) B(equal, b, bool, Equal)
B(not_equal, b, bool, NotEqual) B(greater, b, bool, Greater) B(greater_equal, b, bool, GreaterEqual)
B(less, b, bool, Less) B(less_equal, b, bool, LessEqual) B(maximum, b, bool, Maximum) B(minimum, b, bool, Minimum)
B(logical_and, b, bool, LogicalAnd) B(logical_or, b, bool, LogicalOr) B(logical_xor, b, bool, LogicalXor)
#elif defined(XP_KIND_INT)
NUMERIC_OPS(i64, i64) REAL_OPS(i64, i64) INTEGER_OPS(i64, i64)
NUMERIC_OPS(u64, u64) REAL_OPS(u64, u64) INTEGER_OPS(u64, u64)
#elif defined(XP_KIND_F32)
FLOATING_OPS(f32, float) NUMERIC_OPS(f32, float) REAL_OPS(f32, float) REAL_FLOATING_OPS(f32, float)
#elif defined(XP_KIND_F64)
FLOATING_OPS(f64, double) NUMERIC_OPS(f64, double) REAL_OPS(f64, double) REAL_FLOATING_OPS(f64, double)
#elif defined(XP_KIND_C64)
FLOATING_OPS(c64, float2) NUMERIC_OPS(c64, float2)
#elif defined(XP_KIND_C128)
FLOATING_OPS(c128, double2) NUMERIC_OPS(c128, double2)
#else
#error "compile with -DXP_KIND_B, _INT, _F32, _F64, _C64 or _C128"
#endif
