// Runs the backend's CUDA kernels on the host (emu.h) with the launches and parameter packing the Java side
// uses, and checks the results against plain reference loops. Built and run by tools/emulate-kernels.sh.
#include "emu.h"
#include "xp_ops.cuh"

#include <algorithm>
#include <complex>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <string>

namespace ewf64 {
#define XP_KIND_F64
#include "elementwise.cu"
#undef XP_KIND_F64
#undef U
#undef B
}
namespace ewint {
#define XP_KIND_INT
#include "elementwise.cu"
#undef XP_KIND_INT
#undef U
#undef B
}
namespace ewc128 {
#define XP_KIND_C128
#include "elementwise.cu"
#undef XP_KIND_C128
#undef U
#undef B
}
namespace cp {
#include "copy.cu"
}
namespace ga {
#include "gather.cu"
}
namespace rdb {
#define XP_KIND_B
#include "reduce.cu"
#undef XP_KIND_B
}
namespace rdi64 {
#define XP_KIND_I64
#include "reduce.cu"
#undef XP_KIND_I64
}
namespace rdu64 {
#define XP_KIND_U64
#include "reduce.cu"
#undef XP_KIND_U64
}
namespace rdf32 {
#define XP_KIND_F32
#include "reduce.cu"
#undef XP_KIND_F32
}
namespace rdf64 {
#define XP_KIND_F64
#include "reduce.cu"
#undef XP_KIND_F64
}
namespace rdc64 {
#define XP_KIND_C64
#include "reduce.cu"
#undef XP_KIND_C64
}
namespace rdc128 {
#define XP_KIND_C128
#include "reduce.cu"
#undef XP_KIND_C128
}
namespace sc {
#include "scan.cu"
}
namespace so {
#include "sort.cu"
}
namespace mm {
#include "matmul.cu"
}
namespace fff32 {
#define XP_FFT_F32
#include "fft.cu"
#undef XP_FFT_F32
}
namespace fff64 {
#define XP_FFT_F64
#include "fft.cu"
#undef XP_FFT_F64
}

static int failures = 0;
static int checks = 0;

static void check(bool ok, const std::string& what) {
    checks++;
    if (!ok) {
        failures++;
        std::printf("FAIL %s\n", what.c_str());
    }
}

static bool close(double a, double b, double tol = 1e-12) {
    if (std::isnan(a) && std::isnan(b)) return true;
    return std::fabs(a - b) <= tol * std::max(1.0, std::fabs(b));
}

// StridedLayout.pack: nd, shape[16], then 16 strides per operand
template <int K>
static Strided<K> layout(std::vector<i64> shape, std::vector<std::vector<i64>> strides) {
    Strided<K> l;
    std::memset(&l, 0, sizeof(l));
    l.nd = (i64)shape.size();
    for (size_t d = 0; d < shape.size(); d++) {
        l.shape[d] = shape[d];
        for (int o = 0; o < K; o++) l.st[o][d] = strides[o][d];
    }
    return l;
}

static dim3 linear(i64 n) {
    dim3 g;
    g.x = (unsigned)std::min<i64>(std::max<i64>((n + 255) / 256, 1), 4);  // small grids: the loops are grid-stride
    return g;
}
static dim3 block(unsigned x, unsigned y = 1) {
    dim3 b;
    b.x = x;
    b.y = y;
    return b;
}

static void elementwise() {
    // (2, 3) + (3,) broadcast, float64
    std::vector<double> a = {1, -2, 3, 4, 5, -6}, b = {10, 20, 30}, o(6);
    auto L = layout<3>({2, 3}, {{3, 1}, {3, 1}, {0, 1}});
    emu_launch(linear(6), block(256), [&] { ewf64::ew_add_f64(6, L, a.data(), DT_FLOAT64, b.data(), DT_FLOAT64, o.data(), DT_FLOAT64); });
    for (int i = 0; i < 6; i++) check(o[i] == a[i] + b[i % 3], "ew_add_f64 broadcast " + std::to_string(i));
    // transposed view read, int8 input computed in float64 for sin
    std::vector<int8_t> i8 = {1, 2, 3, 4, 5, 6};
    std::vector<double> s(6);
    auto T = layout<2>({3, 2}, {{2, 1}, {1, 3}});
    emu_launch(linear(6), block(256), [&] { ewf64::ew_sin_f64(6, T, i8.data(), DT_INT8, s.data(), DT_FLOAT64); });
    int k = 0;
    for (int r = 0; r < 3; r++)
        for (int c = 0; c < 2; c++) check(close(s[k++], std::sin(i8[c * 3 + r])), "ew_sin_f64 transposed int8");
    // integer floor_divide / remainder with NumPy's signs, int8 wrap-around on store
    std::vector<long long> x = {-7, 7, -7, 7}, y = {2, -2, 0, 3};
    std::vector<long long> q(4), m(4);
    auto L1 = layout<3>({4}, {{1}, {1}, {1}});
    emu_launch(linear(4), block(256), [&] { ewint::ew_floor_divide_i64(4, L1, x.data(), DT_INT64, y.data(), DT_INT64, q.data(), DT_INT64); });
    emu_launch(linear(4), block(256), [&] { ewint::ew_remainder_i64(4, L1, x.data(), DT_INT64, y.data(), DT_INT64, m.data(), DT_INT64); });
    check(q == std::vector<long long>({-4, -4, 0, 2}), "ew_floor_divide_i64");
    check(m == std::vector<long long>({1, -1, 0, 1}), "ew_remainder_i64");
    std::vector<int8_t> w = {100, 120}, ws(2);
    auto L2 = layout<3>({2}, {{1}, {1}, {1}});
    emu_launch(linear(2), block(256), [&] { ewint::ew_add_i64(2, L2, w.data(), DT_INT8, w.data(), DT_INT8, ws.data(), DT_INT8); });
    check(ws[0] == -56 && ws[1] == -16, "ew_add_i64 int8 wrap");
    // comparisons store bool; complex sqrt
    std::vector<unsigned char> lt(6);
    emu_launch(linear(6), block(256), [&] { ewf64::ew_less_f64(6, L, a.data(), DT_FLOAT64, b.data(), DT_FLOAT64, lt.data(), DT_BOOL); });
    for (int i = 0; i < 6; i++) check(lt[i] == (a[i] < b[i % 3]), "ew_less_f64");
    std::vector<double2> z = {{-4, 0}, {3, 4}}, zr(2);
    auto L3 = layout<2>({2}, {{1}, {1}});
    emu_launch(linear(2), block(256), [&] { ewc128::ew_sqrt_c128(2, L3, z.data(), DT_COMPLEX128, zr.data(), DT_COMPLEX128); });
    check(close(zr[0].x, 0) && close(zr[0].y, 2) && close(zr[1].x, 2) && close(zr[1].y, 1), "ew_sqrt_c128");
    std::vector<double> ab(2);
    emu_launch(linear(2), block(256), [&] { ewc128::ew_abs_c128(2, L3, z.data(), DT_COMPLEX128, ab.data(), DT_FLOAT64); });
    check(close(ab[0], 4) && close(ab[1], 5), "ew_abs_c128 real result");
}

static void copies() {
    std::vector<double> src = {1.9, -2.9, 3.5, 4.1, 5, 6};  // (2, 3)
    std::vector<int> dst(6);
    auto L = layout<2>({3, 2}, {{2, 1}, {1, 3}});  // dst (3, 2) contiguous, src transposed
    emu_launch(linear(6), block(256), [&] { cp::copy_cast(6, L, src.data(), DT_FLOAT64, dst.data(), DT_INT32, 4); });
    check(dst == std::vector<int>({1, 4, -2, 5, 3, 6}), "copy_cast transpose float64 -> int32 truncates");
    std::vector<double> f(5);
    emu_launch(linear(5), block(256), [&] { cp::ramp(5, f.data(), DT_FLOAT64, 0, 0, 0.25, 0, 0, 0, 0, 4, 1.0, 0); });
    check(f == std::vector<double>({0, 0.25, 0.5, 0.75, 1.0}), "ramp linspace");
    std::vector<float> e(6);
    emu_launch(linear(6), block(256), [&] { cp::eye(6, 3, 1, e.data(), DT_FLOAT32); });
    check(e == std::vector<float>({0, 1, 0, 0, 0, 1}), "eye k=1");
    std::vector<double2> t = {{1, 1}, {2, 2}, {3, 3}, {4, 4}};
    emu_launch(linear(4), block(256), [&] { cp::tri_zero(4, 2, 2, 0, 1, t.data(), 16); });
    check(t[1].x == 0 && t[1].y == 0 && t[2].x == 3, "tri_zero tril complex128");
    std::vector<unsigned char> cond = {1, 0, 1};
    std::vector<double> x1 = {1, 2, 3}, x2 = {9}, wo(3);
    auto L4 = layout<4>({3}, {{1}, {1}, {1}, {0}});
    emu_launch(linear(3), block(256), [&] { cp::where_select(3, L4, cond.data(), DT_BOOL, x1.data(), x2.data(), wo.data(), 8); });
    check(wo == std::vector<double>({1, 9, 3}), "where_select");
}

static void gathers() {
    std::vector<double> x = {0, 1, 2, 3, 4, 5};  // (2, 3)
    std::vector<long long> pos = {2, -3};
    std::vector<double> out(4);
    int err = 0;
    auto L = layout<2>({2, 2}, {{2, 1}, {3, 1}});
    emu_launch(linear(4), block(256), [&] { ga::gather_scatter(4, L, 1, pos.data(), DT_INT64, 3, 1, x.data(), out.data(), 8, &err); });
    check(out == std::vector<double>({2, 0, 5, 3}) && err == 0, "gather along axis 1 with a negative position");
    std::vector<long long> bad = {3};
    std::vector<double> o2(2);
    auto Lb = layout<2>({2, 1}, {{1, 1}, {3, 1}});
    emu_launch(linear(2), block(256), [&] { ga::gather_scatter(2, Lb, 1, bad.data(), DT_INT64, 3, 1, x.data(), o2.data(), 8, &err); });
    check(err == 1, "out-of-range position sets the flag");
    std::vector<double> y(4, 0), v = {7, 8};
    std::vector<long long> p2 = {3, 0};
    int e2 = 0;
    auto Ls = layout<2>({2}, {{1}, {1}});
    emu_launch(linear(2), block(256), [&] { ga::gather_scatter(2, Ls, 0, p2.data(), DT_INT64, 4, 0, v.data(), y.data(), 8, &e2); });
    check(y == std::vector<double>({8, 0, 0, 7}), "scatter");
    std::vector<long long> idx = {2, 0};  // (2, 1)
    std::vector<double> ta(2);
    int e3 = 0;
    auto Lt = layout<3>({2, 1}, {{1, 1}, {3, 1}, {1, 1}});
    emu_launch(linear(2), block(256), [&] { ga::take_along(2, Lt, 1, x.data(), idx.data(), DT_INT64, 3, ta.data(), 8, &e3); });
    check(ta == std::vector<double>({2, 3}) && e3 == 0, "take_along");
}

static void reductions() {
    // rows = 5 (stride 1), K = 2000 (stride 5): a (2000, 5) array reduced over axis 0, block mode with 3 segments
    i64 rows = 5, K = 2000, S = 3;
    std::vector<double> x(rows * K);
    for (i64 i = 0; i < rows * K; i++) x[i] = std::sin((double)i) + 1e-3 * i;
    auto Lrow = layout<1>({rows}, {{1}});
    auto Lred = layout<1>({K}, {{rows}});
    std::vector<double> part(rows * S), out(rows);
    dim3 g;
    g.x = S;
    g.y = 2;  // fewer y blocks than rows: the kernel loops over rows
    emu_launch(g, block(256), [&] { rdf64::reduce_sum_f64(rows, K, Lrow, Lred, x.data(), DT_FLOAT64, part.data(), DT_FLOAT64, 0); });
    auto Pr = layout<1>({rows}, {{S}});
    auto Pk = layout<1>({S}, {{1}});
    dim3 g2;
    g2.y = (unsigned)rows;
    emu_launch(g2, block(256), [&] { rdf64::reduce_sum_f64(rows, S, Pr, Pk, part.data(), DT_FLOAT64, out.data(), DT_FLOAT64, 0); });
    for (i64 r = 0; r < rows; r++) {
        double want = 0;
        for (i64 k = 0; k < K; k++) want += x[k * rows + r];
        check(close(out[r], want, 1e-12), "reduce_sum_f64 two passes, row " + std::to_string(r));
    }
    // thread per row; max with NaN; int sum of bool into int64; any
    std::vector<double> y = {1, std::nan(""), 3, 2, 5, 4};
    std::vector<double> mx(2);
    auto R2 = layout<1>({2}, {{3}});
    auto K3 = layout<1>({3}, {{1}});
    emu_launch(linear(2), block(256), [&] { rdf64::reduce_max_f64(2, 3, R2, K3, y.data(), DT_FLOAT64, mx.data(), DT_FLOAT64, 1); });
    check(std::isnan(mx[0]) && mx[1] == 5, "reduce_max_f64 propagates NaN");
    std::vector<unsigned char> bits = {1, 0, 1, 1, 1, 0};
    std::vector<long long> cnt(2);
    emu_launch(linear(2), block(256), [&] { rdi64::reduce_sum_i64(2, 3, R2, K3, bits.data(), DT_BOOL, cnt.data(), DT_INT64, 1); });
    check(cnt[0] == 2 && cnt[1] == 2, "reduce_sum_i64 of bool");
    // argmax: first occurrence, NaN wins, two passes
    std::vector<double> z(3000, 1.0);
    z[1700] = 9;
    z[2500] = 9;
    std::vector<double> pv(3);
    std::vector<long long> pi(3), ai(1);
    auto R1 = layout<1>({1}, {{0}});
    auto K1 = layout<1>({3000}, {{1}});
    dim3 g3;
    g3.x = 3;
    emu_launch(g3, block(256), [&] { rdf64::argreduce_argmax_f64(1, 3000, R1, K1, z.data(), DT_FLOAT64, nullptr, pv.data(), pi.data(), 0); });
    auto P1 = layout<1>({1}, {{3}});
    auto P3 = layout<1>({3}, {{1}});
    emu_launch(dim3{}, block(256), [&] { rdf64::argreduce_argmax_f64(1, 3, P1, P3, pv.data(), DT_FLOAT64, pi.data(), nullptr, ai.data(), 0); });
    check(ai[0] == 1700, "argmax first occurrence over segments: " + std::to_string(ai[0]));
    z[2900] = std::nan("");
    emu_launch(linear(1), block(256), [&] { rdf64::argreduce_argmax_f64(1, 3000, R1, K1, z.data(), DT_FLOAT64, nullptr, nullptr, ai.data(), 1); });
    check(ai[0] == 2900, "argmax of NaN");
}

static void scans() {
    i64 M = 3, K = 5000;
    std::vector<long long> in(M * K), out(M * (K + 1), -1);
    for (i64 i = 0; i < M * K; i++) in[i] = (i % 7) - 2;
    i64 tiles = (K + 1023) / 1024;
    std::vector<long long> totals(M * tiles);
    dim3 g;
    g.x = (unsigned)tiles;
    g.y = 2;
    emu_launch(g, block(256), [&] { sc::scan_sum_i64(M, K, in.data(), DT_INT64, K, out.data(), K + 1, 1, totals.data(), tiles); });
    dim3 gt;
    gt.y = (unsigned)M;
    emu_launch(gt, block(256), [&] { sc::scan_sum_i64(M, tiles, totals.data(), DT_INT64, tiles, totals.data(), tiles, 0, nullptr, 1); });
    dim3 ga;
    ga.x = (unsigned)(tiles - 1);
    ga.y = (unsigned)M;
    emu_launch(ga, block(256), [&] { sc::scan_add_sum_i64(M, K, out.data(), K + 1, 1, totals.data(), tiles); });
    for (i64 r = 0; r < M; r++) {
        long long acc = 0;
        bool ok = out[r * (K + 1)] == -1;  // the initial slot is the host's to fill
        for (i64 k = 0; k < K; k++) {
            acc += in[r * K + k];
            ok &= out[r * (K + 1) + 1 + k] == acc;
        }
        check(ok, "multi-tile scan row " + std::to_string(r));
    }
    // nonzero of a (2, 3) array
    std::vector<double> x = {0, 1, 2, 0, 0, 5};
    std::vector<long long> flags(6);
    auto L = layout<1>({6}, {{1}});
    emu_launch(linear(6), block(256), [&] { sc::nonzero_flags(6, L, x.data(), DT_FLOAT64, flags.data()); });
    emu_launch(dim3{}, block(256), [&] { sc::scan_sum_i64(1, 6, flags.data(), DT_INT64, 6, flags.data(), 6, 0, nullptr, 1); });
    long long count = flags[5];
    std::vector<long long> coords(2 * count);
    Strided<1> shape;
    std::memset(&shape, 0, sizeof(shape));
    shape.nd = 2;
    shape.shape[0] = 2;
    shape.shape[1] = 3;
    emu_launch(linear(6), block(256), [&] { sc::compact_coords(6, shape, flags.data(), count, coords.data()); });
    check(count == 3 && coords == std::vector<long long>({0, 0, 1, 1, 2, 2}), "nonzero coordinates");
}

static void sorting() {
    double nan = std::nan("");
    std::vector<double> rows = {3, nan, 1, 2, 1, 0, 0, 0, 5, 4, 4, 6, 2, 1, 0, 0};  // M = 2 rows, K = 7, P = 8
    i64 M = 2, K = 7, P = 8;
    for (int desc = 0; desc < 2; desc++) {
        std::vector<double> keys = rows;
        std::vector<long long> idx(M * P);
        emu_launch(linear(M * P), block(256), [&] { so::sort_iota(M, K, P, idx.data()); });
        for (i64 size = 2; size <= P; size <<= 1)
            for (i64 j = size / 2; j > 0; j >>= 1)
                emu_launch(linear(M * P / 2), block(256), [&] { so::sort_step_f64(M, P, j, size, keys.data(), idx.data(), desc); });
        std::vector<long long> want0 = desc ? std::vector<long long>{1, 0, 3, 2, 4, 5, 6} : std::vector<long long>{5, 6, 2, 4, 3, 0, 1};
        std::vector<long long> got0(idx.begin(), idx.begin() + K);
        check(got0 == want0, std::string("argsort row 0 ") + (desc ? "descending" : "ascending"));
        std::vector<long long> got1(idx.begin() + P, idx.begin() + P + K);
        std::vector<long long> want1(K);
        std::iota(want1.begin(), want1.end(), 0);
        std::stable_sort(want1.begin(), want1.end(), [&](long long a, long long b) {
            double x = rows[P + a], y = rows[P + b];
            return desc ? x > y : x < y;
        });
        check(got1 == want1, std::string("argsort row 1 ") + (desc ? "descending" : "ascending"));
    }
    std::vector<double> a = {1, 2, 2, 3, nan}, v = {2, nan, 0, 5};
    std::vector<long long> out(4);
    auto L = layout<1>({4}, {{1}});
    emu_launch(linear(4), block(256), [&] { so::searchsorted_f64(4, L, v.data(), DT_FLOAT64, a.data(), DT_FLOAT64, 5, 1, 0, out.data()); });
    check(out == std::vector<long long>({1, 4, 0, 4}), "searchsorted left");
    emu_launch(linear(4), block(256), [&] { so::searchsorted_f64(4, L, v.data(), DT_FLOAT64, a.data(), DT_FLOAT64, 5, 1, 1, out.data()); });
    check(out[0] == 3 && out[1] == 5, "searchsorted right");
}

static void matmuls() {
    // batch of 2: A (2, 3, 4) contiguous, B = transposed view of a (5, 4) matrix, broadcast over the batch
    i64 M = 3, N = 5, K = 4;
    std::vector<double> A(2 * M * K), Bm(N * K), C(2 * M * N);
    for (size_t i = 0; i < A.size(); i++) A[i] = std::cos((double)i);
    for (size_t i = 0; i < Bm.size(); i++) Bm[i] = std::sin((double)i);
    auto Lb = layout<3>({2}, {{M * N}, {M * K}, {0}});
    dim3 g;
    g.x = 1;
    g.y = 1;
    g.z = 2;
    emu_launch(g, block(16, 16), [&] { mm::matmul_f64(2, Lb, M, N, K, A.data(), K, 1, Bm.data(), 1, K, C.data(), N, 1); });
    bool ok = true;
    for (i64 b = 0; b < 2; b++)
        for (i64 i = 0; i < M; i++)
            for (i64 j = 0; j < N; j++) {
                double s = 0;
                for (i64 k = 0; k < K; k++) s += A[b * M * K + i * K + k] * Bm[j * K + k];
                ok &= close(C[b * M * N + i * N + j], s, 1e-13);
            }
    check(ok, "matmul_f64 batched with a broadcast transposed operand");
}

static std::vector<double2> roots(int n) {
    std::vector<double2> w(n);
    for (int m = 0; m < n; m++) w[m] = {std::cos(2 * M_PI * m / n), -std::sin(2 * M_PI * m / n)};
    return w;
}

static void ffts() {
    int n = 24;  // radices 8 then 3, as FftPlan chooses
    std::vector<double2> x(2 * n), a(2 * n), b(2 * n);
    for (int i = 0; i < 2 * n; i++) x[i] = {std::sin(1.0 + i), std::cos(0.5 * i)};
    auto w = roots(n);
    emu_launch(linear(2 * n / 8), block(256), [&] { fff64::fft_r8_f64(2, n, 1, x.data(), a.data(), w.data(), 0); });
    emu_launch(linear(2 * n / 3), block(256), [&] { fff64::fft_r3_f64(2, n, 8, a.data(), b.data(), w.data(), 0); });
    bool ok = true;
    for (int r = 0; r < 2; r++)
        for (int k = 0; k < n; k++) {
            std::complex<double> s = 0;
            for (int j = 0; j < n; j++)
                s += std::complex<double>(x[r * n + j].x, x[r * n + j].y) * std::polar(1.0, -2 * M_PI * (double)((long)j * k % n) / n);
            ok &= close(b[r * n + k].x, s.real(), 1e-12) && close(b[r * n + k].y, s.imag(), 1e-12);
        }
    check(ok, "Stockham radix 8 then 3 on two rows");
    // radix 4 then 2, inverse
    int m = 8;
    std::vector<double2> y(m), c(m), d(m);
    for (int i = 0; i < m; i++) y[i] = {1.0 * i, -0.5 * i};
    auto w8 = roots(m);
    emu_launch(linear(2), block(256), [&] { fff64::fft_r4_f64(1, m, 1, y.data(), c.data(), w8.data(), 1); });
    emu_launch(linear(4), block(256), [&] { fff64::fft_r2_f64(1, m, 4, c.data(), d.data(), w8.data(), 1); });
    ok = true;
    for (int k = 0; k < m; k++) {
        std::complex<double> s = 0;
        for (int j = 0; j < m; j++) s += std::complex<double>(y[j].x, y[j].y) * std::polar(1.0, 2 * M_PI * j * k / m);
        ok &= close(d[k].x, s.real(), 1e-12) && close(d[k].y, s.imag(), 1e-12);
    }
    check(ok, "Stockham radix 4 then 2, inverse");
}

int main() {
    elementwise();
    copies();
    gathers();
    reductions();
    scans();
    sorting();
    matmuls();
    ffts();
    std::printf("%d passed, %d failed\n", checks - failures, failures);
    return failures == 0 ? 0 : 1;
}
