// FFT kernels of our own (used when cuFFT is absent): Stockham radix passes for lengths whose prime factors
// are 2, 3, 5, 7, 11 and 13, Bluestein's chirp-z for any other length, and the pre/post steps of real
// transforms by the half-length complex trick. Every table of roots is computed on the host in double
// precision (FftPlan): roots[m] = exp(-2 pi i m / n). Entry names: fft_r<R>_<f32|f64>, bluestein_pre_*,
// bluestein_post_*, cmul_rows_*, rfft_post_*, irfft_pre_*, hermitian_fill_*; modules fft_f32 and fft_f64.
#include "xp_complex.cuh"

template <class T2> struct Cx;
template <> struct Cx<float2> {
    typedef float R;
    static __device__ float2 mk(float a, float b) { return make_float2(a, b); }
};
template <> struct Cx<double2> {
    typedef double R;
    static __device__ double2 mk(double a, double b) { return make_double2(a, b); }
};

template <class T2> __device__ __forceinline__ T2 mulc(T2 a, T2 b) {
    return Cx<T2>::mk(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x);
}
template <class T2> __device__ __forceinline__ T2 addc(T2 a, T2 b) { return Cx<T2>::mk(a.x + b.x, a.y + b.y); }
template <class T2> __device__ __forceinline__ T2 subc(T2 a, T2 b) { return Cx<T2>::mk(a.x - b.x, a.y - b.y); }
template <class T2> __device__ __forceinline__ T2 conjc(T2 a) { return Cx<T2>::mk(a.x, -a.y); }
template <class T2> __device__ __forceinline__ T2 root(const T2* roots, i64 m, int inverse) {
    T2 w = roots[m];
    return inverse ? conjc(w) : w;
}

// One Stockham pass of radix R: sub-transforms of length L (= product of the radices already applied)
// become sub-transforms of length L*R. Unnormalised in both directions.
template <int R, class T2>
__device__ __forceinline__ void pass_run(i64 batch, i64 n, i64 L, const T2* in, T2* out, const T2* roots,
                                         int inverse) {
    i64 q = n / R;
    i64 step = n / (L * R);
    GRID_STRIDE(t, batch * q) {
        i64 b = t / q;
        i64 j = t - b * q;
        i64 k = j % L;
        const T2* x = in + b * n;
        T2* y = out + b * n;
        T2 v[R];
#pragma unroll
        for (int r = 0; r < R; r++) {
            T2 e = x[j + r * q];
            v[r] = r == 0 ? e : mulc(e, root(roots, r * k * step, inverse));
        }
        i64 base = (j / L) * L * R + k;
        if (R == 2) {
            y[base] = addc(v[0], v[1]);
            y[base + L] = subc(v[0], v[1]);
        } else if (R == 4) {
            T2 a = addc(v[0], v[2]), b2 = subc(v[0], v[2]);
            T2 c = addc(v[1], v[3]), d = subc(v[1], v[3]);
            // d * (-i) forward, d * (+i) inverse
            T2 dr = inverse ? Cx<T2>::mk(-d.y, d.x) : Cx<T2>::mk(d.y, -d.x);
            y[base] = addc(a, c);
            y[base + L] = addc(b2, dr);
            y[base + 2 * L] = subc(a, c);
            y[base + 3 * L] = subc(b2, dr);
        } else {
#pragma unroll
            for (int s = 0; s < R; s++) {
                T2 acc = v[0];
#pragma unroll
                for (int r = 1; r < R; r++) {
                    acc = addc(acc, mulc(v[r], root(roots, (i64)((r * s) % R) * q, inverse)));
                }
                y[base + s * L] = acc;
            }
        }
    }
}

#define PASS(R, sfx, T2)                                                                                    \
    extern "C" __global__ void fft_r##R##_##sfx(i64 batch, i64 n, i64 L, const T2* in, T2* out,              \
                                                const T2* roots, int inverse) {                             \
        pass_run<R, T2>(batch, n, L, in, out, roots, inverse);                                              \
    }

#define PASSES(sfx, T2) PASS(2, sfx, T2) PASS(3, sfx, T2) PASS(4, sfx, T2) PASS(5, sfx, T2) PASS(7, sfx, T2) \
    PASS(8, sfx, T2) PASS(11, sfx, T2) PASS(13, sfx, T2)


// ---- Bluestein ----------------------------------------------------------------------------------------

// out[b, k] = x[b, k] * chirp[k] for k < n, 0 up to m; x rows have stride xs; conjIn conjugates x first
// (an inverse transform as conj(fft(conj(x)))).
template <class T2>
__device__ __forceinline__ void bpre_run(i64 batch, i64 n, i64 m, const T2* x, i64 xs, const T2* chirp, T2* out,
                                         int conjIn) {
    GRID_STRIDE(t, batch * m) {
        i64 b = t / m;
        i64 k = t - b * m;
        T2 v = Cx<T2>::mk(0, 0);
        if (k < n) {
            T2 e = x[b * xs + k];
            v = mulc(conjIn ? conjc(e) : e, chirp[k]);
        }
        out[t] = v;
    }
}

// out[b, k] = conv[b, k] * chirp[k] * scale for k < n (conjugated when conjOut).
template <class T2>
__device__ __forceinline__ void bpost_run(i64 batch, i64 n, i64 m, const T2* conv, const T2* chirp, T2* out,
                                          double scale, int conjOut) {
    GRID_STRIDE(t, batch * n) {
        i64 b = t / n;
        i64 k = t - b * n;
        T2 v = mulc(conv[b * m + k], chirp[k]);
        v = Cx<T2>::mk(v.x * (typename Cx<T2>::R)scale, v.y * (typename Cx<T2>::R)scale);
        out[t] = conjOut ? conjc(v) : v;
    }
}

// a[b, k] *= w[k] over batch rows of length m.
template <class T2>
__device__ __forceinline__ void cmul_rows_run(i64 batch, i64 m, T2* a, const T2* w) {
    GRID_STRIDE(t, batch * m) { a[t] = mulc(a[t], w[t % m]); }
}

// ---- real transforms by the half-length trick (n = 2h) -----------------------------------------------

// X[b, k] = scale * (E_k + W^k O_k), k = 0..h, from Z = FFT_h(x[2m] + i x[2m+1]).
template <class T2>
__device__ __forceinline__ void rpost_run(i64 batch, i64 h, const T2* Z, T2* X, const T2* roots, double scale) {
    typedef typename Cx<T2>::R R;
    GRID_STRIDE(t, batch * (h + 1)) {
        i64 b = t / (h + 1);
        i64 k = t - b * (h + 1);
        T2 zk = Z[b * h + (k == h ? 0 : k)];
        T2 zc = conjc(Z[b * h + (k == 0 ? 0 : h - k)]);
        T2 e = Cx<T2>::mk((zk.x + zc.x) * (R)0.5, (zk.y + zc.y) * (R)0.5);
        T2 d = Cx<T2>::mk((zk.x - zc.x) * (R)0.5, (zk.y - zc.y) * (R)0.5);
        T2 o = Cx<T2>::mk(d.y, -d.x);  // d / i
        T2 v = addc(e, mulc(roots[k], o));
        X[t] = Cx<T2>::mk(v.x * (R)scale, v.y * (R)scale);
    }
}

// Z[b, k] = E_k + i O_k, k = 0..h-1, from the half spectrum X (rows of stride xs, imaginary parts of X[0]
// and X[h] ignored), so that IFFT_h(Z) interleaves the even and odd samples of the real inverse.
template <class T2>
__device__ __forceinline__ void ipre_run(i64 batch, i64 h, const T2* X, i64 xs, T2* Z, const T2* roots) {
    typedef typename Cx<T2>::R R;
    GRID_STRIDE(t, batch * h) {
        i64 b = t / h;
        i64 k = t - b * h;
        T2 xk = X[b * xs + k];
        T2 xc = X[b * xs + h - k];
        if (k == 0) { xk.y = 0; xc.y = 0; }
        xc = conjc(xc);
        T2 e = Cx<T2>::mk((xk.x + xc.x) * (R)0.5, (xk.y + xc.y) * (R)0.5);
        T2 d = Cx<T2>::mk((xk.x - xc.x) * (R)0.5, (xk.y - xc.y) * (R)0.5);
        T2 o = mulc(d, conjc(roots[k]));
        Z[t] = Cx<T2>::mk(e.x - o.y, e.y + o.x);  // e + i o
    }
}

// The full Hermitian spectrum of length n from its first h = n/2+1 terms (rows of stride xs): out[k] = X[k]
// for k < h, conj(X[n-k]) after; the imaginary part of X[0] (and of X[n/2] for even n) is dropped.
template <class T2>
__device__ __forceinline__ void herm_run(i64 batch, i64 n, i64 h, const T2* X, i64 xs, T2* out) {
    GRID_STRIDE(t, batch * n) {
        i64 b = t / n;
        i64 k = t - b * n;
        T2 v = k < h ? X[b * xs + k] : conjc(X[b * xs + n - k]);
        if (k == 0 || 2 * k == n) v.y = 0;
        out[t] = v;
    }
}

#define FFT_AUX(sfx, T2)                                                                                       \
    extern "C" __global__ void bluestein_pre_##sfx(i64 batch, i64 n, i64 m, const T2* x, i64 xs,                \
                                                   const T2* chirp, T2* out, int conjIn) {                      \
        bpre_run<T2>(batch, n, m, x, xs, chirp, out, conjIn);                                                  \
    }                                                                                                          \
    extern "C" __global__ void bluestein_post_##sfx(i64 batch, i64 n, i64 m, const T2* conv, const T2* chirp,   \
                                                    T2* out, double scale, int conjOut) {                       \
        bpost_run<T2>(batch, n, m, conv, chirp, out, scale, conjOut);                                          \
    }                                                                                                          \
    extern "C" __global__ void cmul_rows_##sfx(i64 batch, i64 m, T2* a, const T2* w) {                         \
        cmul_rows_run<T2>(batch, m, a, w);                                                                     \
    }                                                                                                          \
    extern "C" __global__ void rfft_post_##sfx(i64 batch, i64 h, const T2* Z, T2* X, const T2* roots,          \
                                               double scale) {                                                 \
        rpost_run<T2>(batch, h, Z, X, roots, scale);                                                           \
    }                                                                                                          \
    extern "C" __global__ void irfft_pre_##sfx(i64 batch, i64 h, const T2* X, i64 xs, T2* Z, const T2* roots) { \
        ipre_run<T2>(batch, h, X, xs, Z, roots);                                                               \
    }                                                                                                          \
    extern "C" __global__ void hermitian_fill_##sfx(i64 batch, i64 n, i64 h, const T2* X, i64 xs, T2* out) {    \
        herm_run<T2>(batch, n, h, X, xs, out);                                                                 \
    }

// One module per precision (tools/build-ptx.sh passes -DXP_FFT_F32 or -DXP_FFT_F64).
#if defined(XP_FFT_F32)
PASSES(f32, float2) FFT_AUX(f32, float2)
#elif defined(XP_FFT_F64)
PASSES(f64, double2) FFT_AUX(f64, double2)
#else
#error "compile with -DXP_FFT_F32 or -DXP_FFT_F64"
#endif
