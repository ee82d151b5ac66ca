// Complex arithmetic and elementary functions in double precision (complex64 is computed here too and
// rounded on store, as the cpu backend does). Branch cuts follow C99 Annex G / NumPy.
#pragma once

#include "xp_common.cuh"

typedef double2 cd;

__device__ __forceinline__ cd C(double re, double im) { return make_double2(re, im); }
__device__ __forceinline__ cd up(float2 z) { return make_double2(z.x, z.y); }
__device__ __forceinline__ float2 down(cd z) { return make_float2((float)z.x, (float)z.y); }

__device__ __forceinline__ cd cadd(cd a, cd b) { return C(a.x + b.x, a.y + b.y); }
__device__ __forceinline__ cd csub(cd a, cd b) { return C(a.x - b.x, a.y - b.y); }
__device__ __forceinline__ cd cmul(cd a, cd b) { return C(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x); }
__device__ __forceinline__ cd cneg(cd a) { return C(-a.x, -a.y); }
__device__ __forceinline__ cd cconj(cd a) { return C(a.x, -a.y); }
__device__ __forceinline__ cd cscale(cd a, double s) { return C(a.x * s, a.y * s); }
__device__ __forceinline__ double cabs_(cd a) { return hypot(a.x, a.y); }
__device__ __forceinline__ cd mul_i(cd a) { return C(-a.y, a.x); }      // i * a
__device__ __forceinline__ cd mul_negi(cd a) { return C(a.y, -a.x); }   // -i * a

__device__ __forceinline__ float2 cmulf(float2 a, float2 b) {
    return make_float2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x);
}

// (a + bi) / (c + di) by Smith's algorithm, which avoids undue overflow.
__device__ __forceinline__ cd cdiv(cd p, cd q) {
    double a = p.x, b = p.y, c = q.x, d = q.y;
    if (fabs(c) >= fabs(d)) {
        if (c == 0.0 && d == 0.0) {
            return C(a / fabs(c), b / fabs(c));
        }
        double r = d / c;
        double den = c + d * r;
        return C((a + b * r) / den, (b - a * r) / den);
    }
    double r = c / d;
    double den = c * r + d;
    return C((a * r + b) / den, (b * r - a) / den);
}

__device__ __forceinline__ cd cexp_(cd z) {
    if (z.y == 0.0) {
        return C(exp(z.x), z.y);
    }
    double e = exp(z.x);
    double s, c;
    sincos(z.y, &s, &c);
    return C(e * c, e * s);
}

__device__ __forceinline__ cd cexpm1_(cd z) {
    if (z.y == 0.0) {
        return C(expm1(z.x), z.y);
    }
    double s, c;
    sincos(z.y, &s, &c);
    double h = sin(0.5 * z.y);
    return C(expm1(z.x) * c - 2.0 * h * h, exp(z.x) * s);
}

__device__ __forceinline__ cd clog_(cd z) { return C(log(hypot(z.x, z.y)), atan2(z.y, z.x)); }

__device__ __forceinline__ cd clog1p_(cd z) {
    double x = z.x, y = z.y;
    double m = fmax(fabs(x), fabs(y));
    if (m > 1e8 || !isfinite(m)) {
        return clog_(C(1.0 + x, y));
    }
    return C(0.5 * log1p(x * (2.0 + x) + y * y), atan2(y, 1.0 + x));
}

__device__ __forceinline__ cd csqrt_(cd z) {
    double x = z.x, y = z.y;
    if (x == 0.0 && y == 0.0) {
        return C(0.0, y);
    }
    if (isinf(y)) {
        return C(INFINITY, y);
    }
    if (isnan(x)) {
        return C(x, isnan(y) ? y : x);
    }
    if (isinf(x)) {
        if (x > 0) {
            return C(x, isnan(y) ? y : copysign(0.0, y));
        }
        return C(isnan(y) ? fabs(y - y) : 0.0, copysign(INFINITY, y));
    }
    double t = sqrt(0.5 * (fabs(x) + hypot(x, y)));
    if (x >= 0.0) {
        return C(t, y / (2.0 * t));
    }
    return C(fabs(y) / (2.0 * t), copysign(t, y));
}

__device__ __forceinline__ cd csin_(cd z) { return C(sin(z.x) * cosh(z.y), cos(z.x) * sinh(z.y)); }
__device__ __forceinline__ cd ccos_(cd z) { return C(cos(z.x) * cosh(z.y), -sin(z.x) * sinh(z.y)); }
__device__ __forceinline__ cd csinh_(cd z) { return C(sinh(z.x) * cos(z.y), cosh(z.x) * sin(z.y)); }
__device__ __forceinline__ cd ccosh_(cd z) { return C(cosh(z.x) * cos(z.y), sinh(z.x) * sin(z.y)); }

// Kahan's algorithm for tanh, stable for large |Re z|.
__device__ __forceinline__ cd ctanh_(cd z) {
    double x = z.x, y = z.y;
    if (fabs(x) > 22.0) {
        double s, c;
        sincos(y, &s, &c);
        return C(copysign(1.0, x), copysign(0.0, s * c));
    }
    if (y == 0.0) {
        return C(tanh(x), y);
    }
    double t = tan(y);
    double b = 1.0 + t * t;
    double s = sinh(x);
    double rho = sqrt(1.0 + s * s);
    double den = 1.0 + b * s * s;
    return C(b * rho * s / den, t / den);
}

__device__ __forceinline__ cd ctan_(cd z) { return mul_negi(ctanh_(mul_i(z))); }

__device__ __forceinline__ cd casinh_(cd z) {
    if (z.x < 0.0 || (z.x == 0.0 && signbit(z.x))) {
        return cneg(casinh_(cneg(z)));
    }
    if (fmax(fabs(z.x), fabs(z.y)) > 1e150) {
        cd l = clog_(z);
        return C(l.x + 0.69314718055994530942, l.y);
    }
    cd w = csqrt_(cadd(cmul(z, z), C(1.0, 0.0)));
    return clog_(cadd(z, w));
}

__device__ __forceinline__ cd casin_(cd z) { return mul_negi(casinh_(mul_i(z))); }

__device__ __forceinline__ cd cacos_(cd z) {
    cd a = casin_(z);
    return C(1.57079632679489661923 - a.x, -a.y);
}

__device__ __forceinline__ cd cacosh_(cd z) {
    cd w = cmul(csqrt_(C(z.x + 1.0, z.y)), csqrt_(C(z.x - 1.0, z.y)));
    return clog_(cadd(z, w));
}

__device__ __forceinline__ cd catanh_(cd z) {
    cd a = clog1p_(z);
    cd b = clog1p_(cneg(z));
    return C(0.5 * (a.x - b.x), 0.5 * (a.y - b.y));
}

__device__ __forceinline__ cd catan_(cd z) { return mul_negi(catanh_(mul_i(z))); }

__device__ __forceinline__ cd cpow_(cd a, cd b) {
    if (b.x == 0.0 && b.y == 0.0) {
        return C(1.0, 0.0);
    }
    if (a.x == 0.0 && a.y == 0.0) {
        if (b.x > 0.0 && b.y == 0.0) {
            return C(0.0, 0.0);
        }
        return C(NAN, NAN);
    }
    if (b.y == 0.0 && b.x == rint(b.x) && fabs(b.x) <= 64.0) {
        // small integer powers by repeated squaring, as NumPy does, so that (1j)**2 is exactly -1
        long long n = (long long)fabs(b.x);
        cd r = C(1.0, 0.0);
        cd p = a;
        while (n) {
            if (n & 1) r = cmul(r, p);
            p = cmul(p, p);
            n >>= 1;
        }
        return b.x < 0 ? cdiv(C(1.0, 0.0), r) : r;
    }
    return cexp_(cmul(b, clog_(a)));
}

__device__ __forceinline__ cd csign_(cd z) {
    if (isnan(z.x) || isnan(z.y)) {
        return C(NAN, NAN);
    }
    if (z.x == 0.0 && z.y == 0.0) {
        return C(0.0, 0.0);
    }
    if (isinf(z.x) || isinf(z.y)) {
        double x = isinf(z.x) ? copysign(1.0, z.x) : 0.0;
        double y = isinf(z.y) ? copysign(1.0, z.y) : 0.0;
        double m = hypot(x, y);
        return C(x / m, y / m);
    }
    double m = hypot(z.x, z.y);
    return C(z.x / m, z.y / m);
}
