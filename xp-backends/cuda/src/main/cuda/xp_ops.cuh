// The standard's elementwise functions as functors: one struct per function with an apply() overload per
// compute type it is defined for (bool, i64, u64, float, double, float2, double2). elementwise.cu
// instantiates one kernel per (function, compute kind) from these; the Java table ElementwiseKernels lists
// the same pairs and a test checks the PTX declares each one.
#pragma once

#include "xp_complex.cuh"

#define D __device__ __forceinline__

// float2 results of double2 functions: complex64 is computed in double and rounded.
#define C64_VIA_C128(fn) static D float2 apply(float2 x) { return down(fn(up(x))); }

#define FLOATING_FN(Name, ff, df, cf)                                      \
    struct Name {                                                          \
        static D float apply(float x) { return ff(x); }                    \
        static D double apply(double x) { return df(x); }                  \
        static D double2 apply(double2 x) { return cf(x); }                \
        C64_VIA_C128(cf)                                                   \
    };

FLOATING_FN(Acos, acosf, acos, cacos_)
FLOATING_FN(Acosh, acoshf, acosh, cacosh_)
FLOATING_FN(Asin, asinf, asin, casin_)
FLOATING_FN(Asinh, asinhf, asinh, casinh_)
FLOATING_FN(Atan, atanf, atan, catan_)
FLOATING_FN(Atanh, atanhf, atanh, catanh_)
FLOATING_FN(Cos, cosf, cos, ccos_)
FLOATING_FN(Cosh, coshf, cosh, ccosh_)
FLOATING_FN(Exp, expf, exp, cexp_)
FLOATING_FN(Expm1, expm1f, expm1, cexpm1_)
FLOATING_FN(Log, logf, log, clog_)
FLOATING_FN(Log1p, log1pf, log1p, clog1p_)
FLOATING_FN(Sin, sinf, sin, csin_)
FLOATING_FN(Sinh, sinhf, sinh, csinh_)
FLOATING_FN(Sqrt, sqrtf, sqrt, csqrt_)
FLOATING_FN(Tan, tanf, tan, ctan_)
FLOATING_FN(Tanh, tanhf, tanh, ctanh_)

D cd clog2_(cd z) { cd l = clog_(z); return C(l.x / 0.69314718055994530942, l.y / 0.69314718055994530942); }
D cd clog10_(cd z) { cd l = clog_(z); return C(l.x / 2.30258509299404568402, l.y / 2.30258509299404568402); }
D cd crecip_(cd z) { return cdiv(C(1.0, 0.0), z); }
D float recipf(float x) { return 1.0f / x; }
D double recip(double x) { return 1.0 / x; }
FLOATING_FN(Log2, log2f, log2, clog2_)
FLOATING_FN(Log10, log10f, log10, clog10_)
FLOATING_FN(Reciprocal, recipf, recip, crecip_)

struct Abs {
    static D bool apply(bool x) { return x; }
    static D i64 apply(i64 x) { return x < 0 ? (i64)(0ULL - (u64)x) : x; }
    static D u64 apply(u64 x) { return x; }
    static D float apply(float x) { return fabsf(x); }
    static D double apply(double x) { return fabs(x); }
    static D float apply(float2 x) { return (float)hypot((double)x.x, (double)x.y); }
    static D double apply(double2 x) { return hypot(x.x, x.y); }
};

struct BitwiseInvert {
    static D bool apply(bool x) { return !x; }
    static D i64 apply(i64 x) { return ~x; }
    static D u64 apply(u64 x) { return ~x; }
};

#define ROUNDING_FN(Name, ff, df)                            \
    struct Name {                                            \
        static D bool apply(bool x) { return x; }            \
        static D i64 apply(i64 x) { return x; }              \
        static D u64 apply(u64 x) { return x; }              \
        static D float apply(float x) { return ff(x); }      \
        static D double apply(double x) { return df(x); }    \
    };

ROUNDING_FN(Ceil, ceilf, ceil)
ROUNDING_FN(Floor, floorf, floor)
ROUNDING_FN(Trunc, truncf, trunc)

struct Round {
    static D i64 apply(i64 x) { return x; }
    static D u64 apply(u64 x) { return x; }
    static D float apply(float x) { return rintf(x); }
    static D double apply(double x) { return rint(x); }
    static D float2 apply(float2 x) { return make_float2(rintf(x.x), rintf(x.y)); }
    static D double2 apply(double2 x) { return C(rint(x.x), rint(x.y)); }
};

struct Conj {
    static D i64 apply(i64 x) { return x; }
    static D u64 apply(u64 x) { return x; }
    static D float apply(float x) { return x; }
    static D double apply(double x) { return x; }
    static D float2 apply(float2 x) { return make_float2(x.x, -x.y); }
    static D double2 apply(double2 x) { return C(x.x, -x.y); }
};

struct Real {
    static D i64 apply(i64 x) { return x; }
    static D u64 apply(u64 x) { return x; }
    static D float apply(float x) { return x; }
    static D double apply(double x) { return x; }
    static D float apply(float2 x) { return x.x; }
    static D double apply(double2 x) { return x.x; }
};

struct Imag {
    static D i64 apply(i64 x) { return 0; }
    static D u64 apply(u64 x) { return 0; }
    static D float apply(float x) { return 0.0f; }
    static D double apply(double x) { return 0.0; }
    static D float apply(float2 x) { return x.y; }
    static D double apply(double2 x) { return x.y; }
};

struct Isfinite {
    static D bool apply(bool x) { return true; }
    static D bool apply(i64 x) { return true; }
    static D bool apply(u64 x) { return true; }
    static D bool apply(float x) { return isfinite(x); }
    static D bool apply(double x) { return isfinite(x); }
    static D bool apply(float2 x) { return isfinite(x.x) && isfinite(x.y); }
    static D bool apply(double2 x) { return isfinite(x.x) && isfinite(x.y); }
};

struct Isinf {
    static D bool apply(bool x) { return false; }
    static D bool apply(i64 x) { return false; }
    static D bool apply(u64 x) { return false; }
    static D bool apply(float x) { return isinf(x); }
    static D bool apply(double x) { return isinf(x); }
    static D bool apply(float2 x) { return isinf(x.x) || isinf(x.y); }
    static D bool apply(double2 x) { return isinf(x.x) || isinf(x.y); }
};

struct Isnan {
    static D bool apply(bool x) { return false; }
    static D bool apply(i64 x) { return false; }
    static D bool apply(u64 x) { return false; }
    static D bool apply(float x) { return isnan(x); }
    static D bool apply(double x) { return isnan(x); }
    static D bool apply(float2 x) { return isnan(x.x) || isnan(x.y); }
    static D bool apply(double2 x) { return isnan(x.x) || isnan(x.y); }
};

struct LogicalNot {
    static D bool apply(bool x) { return !x; }
};

struct Negative {
    static D i64 apply(i64 x) { return (i64)(0ULL - (u64)x); }
    static D u64 apply(u64 x) { return 0ULL - x; }
    static D float apply(float x) { return -x; }
    static D double apply(double x) { return -x; }
    static D float2 apply(float2 x) { return make_float2(-x.x, -x.y); }
    static D double2 apply(double2 x) { return C(-x.x, -x.y); }
};

struct Positive {
    static D i64 apply(i64 x) { return x; }
    static D u64 apply(u64 x) { return x; }
    static D float apply(float x) { return x; }
    static D double apply(double x) { return x; }
    static D float2 apply(float2 x) { return x; }
    static D double2 apply(double2 x) { return x; }
};

struct Square {
    static D i64 apply(i64 x) { return (i64)((u64)x * (u64)x); }
    static D u64 apply(u64 x) { return x * x; }
    static D float apply(float x) { return x * x; }
    static D double apply(double x) { return x * x; }
    static D float2 apply(float2 x) { return cmulf(x, x); }
    static D double2 apply(double2 x) { return cmul(x, x); }
};

struct Sign {
    static D i64 apply(i64 x) { return (x > 0) - (x < 0); }
    static D u64 apply(u64 x) { return x > 0 ? 1 : 0; }
    static D float apply(float x) { return isnan(x) ? x : x > 0 ? 1.0f : x < 0 ? -1.0f : 0.0f; }
    static D double apply(double x) { return isnan(x) ? x : x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0; }
    static D double2 apply(double2 x) { return csign_(x); }
    C64_VIA_C128(csign_)
};

struct Signbit {
    static D bool apply(float x) { return signbit(x) != 0; }
    static D bool apply(double x) { return signbit(x) != 0; }
};

// ---- two-argument functions ---------------------------------------------------------------------

struct Add {
    static D bool apply(bool a, bool b) { return a || b; }
    static D i64 apply(i64 a, i64 b) { return (i64)((u64)a + (u64)b); }
    static D u64 apply(u64 a, u64 b) { return a + b; }
    static D float apply(float a, float b) { return a + b; }
    static D double apply(double a, double b) { return a + b; }
    static D float2 apply(float2 a, float2 b) { return make_float2(a.x + b.x, a.y + b.y); }
    static D double2 apply(double2 a, double2 b) { return cadd(a, b); }
};

struct Subtract {
    static D i64 apply(i64 a, i64 b) { return (i64)((u64)a - (u64)b); }
    static D u64 apply(u64 a, u64 b) { return a - b; }
    static D float apply(float a, float b) { return a - b; }
    static D double apply(double a, double b) { return a - b; }
    static D float2 apply(float2 a, float2 b) { return make_float2(a.x - b.x, a.y - b.y); }
    static D double2 apply(double2 a, double2 b) { return csub(a, b); }
};

struct Multiply {
    static D bool apply(bool a, bool b) { return a && b; }
    static D i64 apply(i64 a, i64 b) { return (i64)((u64)a * (u64)b); }
    static D u64 apply(u64 a, u64 b) { return a * b; }
    static D float apply(float a, float b) { return a * b; }
    static D double apply(double a, double b) { return a * b; }
    static D float2 apply(float2 a, float2 b) { return cmulf(a, b); }
    static D double2 apply(double2 a, double2 b) { return cmul(a, b); }
};

struct Divide {
    static D float apply(float a, float b) { return a / b; }
    static D double apply(double a, double b) { return a / b; }
    static D double2 apply(double2 a, double2 b) { return cdiv(a, b); }
    static D float2 apply(float2 a, float2 b) { return down(cdiv(up(a), up(b))); }
};

#define REAL_FLOAT_FN2(Name, ff, df)                                          \
    struct Name {                                                             \
        static D float apply(float a, float b) { return ff(a, b); }           \
        static D double apply(double a, double b) { return df(a, b); }        \
    };

REAL_FLOAT_FN2(Atan2, atan2f, atan2)
REAL_FLOAT_FN2(Copysign, copysignf, copysign)
REAL_FLOAT_FN2(Hypot, hypotf, hypot)
REAL_FLOAT_FN2(Nextafter, nextafterf, nextafter)

// NumPy's npy_logaddexp: exact for equal arguments (so infinities of one sign stay), log1p otherwise.
template <class T>
D T logaddexp_(T x, T y) {
    if (x == y) {
        return x + (T)0.69314718055994530942;
    }
    T d = x - y;
    if (d > 0) return x + log1p(exp(-d));
    if (d <= 0) return y + log1p(exp(d));
    return d;
}

struct Logaddexp {
    static D float apply(float a, float b) { return logaddexp_<float>(a, b); }
    static D double apply(double a, double b) { return logaddexp_<double>(a, b); }
};

#define BITWISE_FN2(Name, op)                                                    \
    struct Name {                                                                \
        static D bool apply(bool a, bool b) { return (bool)((int)a op (int)b); } \
        static D i64 apply(i64 a, i64 b) { return a op b; }                      \
        static D u64 apply(u64 a, u64 b) { return a op b; }                      \
    };

BITWISE_FN2(BitwiseAnd, &)
BITWISE_FN2(BitwiseOr, |)
BITWISE_FN2(BitwiseXor, ^)

struct BitwiseLeftShift {
    static D i64 apply(i64 a, i64 b) { return (b < 0 || b >= 64) ? 0 : (i64)((u64)a << b); }
    static D u64 apply(u64 a, u64 b) { return b >= 64 ? 0 : a << b; }
};

struct BitwiseRightShift {
    static D i64 apply(i64 a, i64 b) { return (b < 0 || b >= 64) ? (a < 0 ? -1 : 0) : a >> b; }
    static D u64 apply(u64 a, u64 b) { return b >= 64 ? 0 : a >> b; }
};

#define COMPARISON(Name, op)                                                       \
    struct Name {                                                                  \
        static D bool apply(bool a, bool b) { return (int)a op (int)b; }           \
        static D bool apply(i64 a, i64 b) { return a op b; }                       \
        static D bool apply(u64 a, u64 b) { return a op b; }                       \
        static D bool apply(float a, float b) { return a op b; }                   \
        static D bool apply(double a, double b) { return a op b; }                 \
    };

COMPARISON(Greater, >)
COMPARISON(GreaterEqual, >=)
COMPARISON(Less, <)
COMPARISON(LessEqual, <=)

struct Equal {
    static D bool apply(bool a, bool b) { return a == b; }
    static D bool apply(i64 a, i64 b) { return a == b; }
    static D bool apply(u64 a, u64 b) { return a == b; }
    static D bool apply(float a, float b) { return a == b; }
    static D bool apply(double a, double b) { return a == b; }
    static D bool apply(float2 a, float2 b) { return a.x == b.x && a.y == b.y; }
    static D bool apply(double2 a, double2 b) { return a.x == b.x && a.y == b.y; }
};

struct NotEqual {
    static D bool apply(bool a, bool b) { return a != b; }
    static D bool apply(i64 a, i64 b) { return a != b; }
    static D bool apply(u64 a, u64 b) { return a != b; }
    static D bool apply(float a, float b) { return a != b; }
    static D bool apply(double a, double b) { return a != b; }
    static D bool apply(float2 a, float2 b) { return a.x != b.x || a.y != b.y; }
    static D bool apply(double2 a, double2 b) { return a.x != b.x || a.y != b.y; }
};

struct LogicalAnd { static D bool apply(bool a, bool b) { return a && b; } };
struct LogicalOr { static D bool apply(bool a, bool b) { return a || b; } };
struct LogicalXor { static D bool apply(bool a, bool b) { return a != b; } };

// NumPy's npy_divmod: floor division and the remainder with the divisor's sign.
template <class T>
D T floor_div_(T a, T b, T* modulus) {
    T mod = fmod(a, b);
    if (b == 0) {
        *modulus = mod;
        return a / b;
    }
    T div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1;
        }
    } else {
        mod = copysign((T)0, b);
    }
    T fl;
    if (div != 0) {
        fl = floor(div);
        if (div - fl > (T)0.5) fl += 1;
    } else {
        fl = copysign((T)0, a / b);
    }
    *modulus = mod;
    return fl;
}

struct FloorDivide {
    static D i64 apply(i64 a, i64 b) {
        if (b == 0) return 0;
        if (b == -1) return (i64)(0ULL - (u64)a);
        i64 q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
        return q;
    }
    static D u64 apply(u64 a, u64 b) { return b == 0 ? 0 : a / b; }
    static D float apply(float a, float b) { float m; return floor_div_<float>(a, b, &m); }
    static D double apply(double a, double b) { double m; return floor_div_<double>(a, b, &m); }
};

struct Remainder {
    static D i64 apply(i64 a, i64 b) {
        if (b == 0 || b == -1) return 0;
        i64 r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) r += b;
        return r;
    }
    static D u64 apply(u64 a, u64 b) { return b == 0 ? 0 : a % b; }
    static D float apply(float a, float b) { float m; floor_div_<float>(a, b, &m); return m; }
    static D double apply(double a, double b) { double m; floor_div_<double>(a, b, &m); return m; }
};

struct Maximum {
    static D bool apply(bool a, bool b) { return a || b; }
    static D i64 apply(i64 a, i64 b) { return a >= b ? a : b; }
    static D u64 apply(u64 a, u64 b) { return a >= b ? a : b; }
    static D float apply(float a, float b) { return (a >= b || isnan(a)) ? a : b; }
    static D double apply(double a, double b) { return (a >= b || isnan(a)) ? a : b; }
};

struct Minimum {
    static D bool apply(bool a, bool b) { return a && b; }
    static D i64 apply(i64 a, i64 b) { return a <= b ? a : b; }
    static D u64 apply(u64 a, u64 b) { return a <= b ? a : b; }
    static D float apply(float a, float b) { return (a <= b || isnan(a)) ? a : b; }
    static D double apply(double a, double b) { return (a <= b || isnan(a)) ? a : b; }
};

template <class T>
D T ipow_(T a, T b) {
    T r = 1;
    while (b) {
        if (b & 1) r *= a;
        a *= a;
        b >>= 1;
    }
    return r;
}

struct Pow {
    static D i64 apply(i64 a, i64 b) {
        if (b < 0) return a == 1 ? 1 : a == -1 ? ((b & 1) ? -1 : 1) : 0;
        return (i64)ipow_<u64>((u64)a, (u64)b);
    }
    static D u64 apply(u64 a, u64 b) { return ipow_<u64>(a, b); }
    static D float apply(float a, float b) { return powf(a, b); }
    static D double apply(double a, double b) { return pow(a, b); }
    static D double2 apply(double2 a, double2 b) { return cpow_(a, b); }
    static D float2 apply(float2 a, float2 b) { return down(cpow_(up(a), up(b))); }
};

#undef D
