package org.xpsci.xp.cpu.linalg;

import org.xpsci.xp.cpu.kernel.Parallel;

/**
 * General matrix multiply {@code C += alpha * A B} on float64 storage (BLAS {@code dgemm}), in plain Java that
 * the JIT vectorises. Operands are strided views (row and column strides in elements, any sign), so
 * transposes, slices and the real or imaginary parts of interleaved complex storage need no copy.
 *
 * <p>Goto's blocking: B is packed in slabs of {@link #KC} rows into column panels of {@link #NR}, each panel
 * row its own array; each task packs {@link #MC} rows of A into slivers of {@link #MR} rows; the micro-kernel
 * keeps an MR x NR tile of C in L1 (one array per row) and updates it with a unit-stride loop over the
 * panel's columns. Every array in that loop is indexed from 0 by the loop variable alone: C2 (JDK 17) only
 * vectorises such loops, not ones that add an offset to the index. Row blocks (or column panels, when there
 * are few rows) are split over the {@link Parallel} pool. Large products that may use the pool go to
 * OpenBLAS instead when it loaded ({@link OpenBlasDoubleGemm}); this code is the fallback.
 *
 * <p>The float32 twin, {@code FloatGemm}, is generated from this file by the build.
 */
public final class DoubleGemm {

    /** Rows of C per micro-tile. */
    static final int MR = 4;
    /** Columns of C per packed B panel: the micro-kernel's vector loop length (1 KiB of elements). */
    static final int NR = 1024 / Double.BYTES;
    /** Depth of a packed slab of A and B. */
    static final int KC = 256;
    /** Rows of A packed per task. */
    static final int MC = 64;
    /** Columns of B packed per slab (bounds the packed buffer to KC x NC). */
    static final int NC = 4096;
    /** Below this many multiply-adds a plain triple loop beats packing. */
    static final long SMALL = 32 * 32 * 32;
    /** Below this many multiply-adds the product stays on the calling thread. */
    public static final long PARALLEL_WORK = 96 * 96 * 96;

    private DoubleGemm() {
    }

    /**
     * {@code C += alpha * A B} with A of shape (m, k), B (k, n), C (m, n), using the worker pool for large
     * products.
     */
    public static void gemm(int m, int n, int k, double alpha,
                            double[] a, int aOff, int aRs, int aCs,
                            double[] b, int bOff, int bRs, int bCs,
                            double[] c, int cOff, int cRs, int cCs) {
        gemm(m, n, k, alpha, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, cRs, cCs, true);
    }

    /**
     * {@code C += alpha * A B}; {@code parallel} false keeps the work on the calling thread (for callers that
     * already split a batch over the pool).
     */
    public static void gemm(int m, int n, int k, double alpha,
                            double[] a, int aOff, int aRs, int aCs,
                            double[] b, int bOff, int bRs, int bCs,
                            double[] c, int cOff, int cRs, int cCs, boolean parallel) {
        if (m == 0 || n == 0 || k == 0 || alpha == 0) {
            return;
        }
        long work = (long) m * n * k;
        if (parallel && work >= PARALLEL_WORK && OpenBlas.available()) {
            OpenBlasDoubleGemm.gemm(m, n, k, alpha, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, cRs, cCs);
            return;
        }
        if (work < SMALL || (n == 1 && m * (long) k < (1L << 22))) {
            naive(m, n, k, alpha, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, cRs, cCs);
            return;
        }
        boolean par = parallel && Parallel.threads() > 1 && work >= PARALLEL_WORK;
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                double[][] bp = packB(b, bOff + pc * bRs + jc * bCs, bRs, bCs, kc, nc);
                slab(m, nc, kc, alpha, a, aOff + pc * aCs, aRs, aCs, bp, c, cOff + jc * cCs, cRs, cCs, par);
            }
        }
    }

    /** One packed slab: C[:, 0:nc] += alpha * A[:, 0:kc] Bp, split over row blocks or column panels. */
    private static void slab(int m, int nc, int kc, double alpha, double[] a, int aOff, int aRs, int aCs,
                             double[][] bp, double[] c, int cOff, int cRs, int cCs, boolean par) {
        int rowBlocks = (m + MC - 1) / MC;
        int panels = (nc + NR - 1) / NR;
        int threads = par ? Parallel.threads() : 1;
        if (rowBlocks >= 2 * threads || panels < 2) {
            Parallel.forEach(par ? rowBlocks : 1, t -> {
                int from = par ? t : 0;
                int to = par ? t + 1 : rowBlocks;
                Work w = new Work(kc);
                for (int rb = from; rb < to; rb++) {
                    w.rowBlock(rb * MC, Math.min(MC, m - rb * MC), 0, panels, nc, kc, alpha, a, aOff, aRs, aCs,
                            bp, c, cOff, cRs, cCs);
                }
            });
        } else {
            Parallel.forEach(panels, p -> {
                Work w = new Work(kc);
                for (int rb = 0; rb < rowBlocks; rb++) {
                    w.rowBlock(rb * MC, Math.min(MC, m - rb * MC), p, p + 1, nc, kc, alpha, a, aOff, aRs, aCs,
                            bp, c, cOff, cRs, cCs);
                }
            });
        }
    }

    /** One task's packed A block and C tile. */
    private static final class Work {
        final double[] ap;
        final double[] t0 = new double[NR];
        final double[] t1 = new double[NR];
        final double[] t2 = new double[NR];
        final double[] t3 = new double[NR];

        Work(int kc) {
            ap = new double[MC * kc];
        }

        void rowBlock(int i0, int mc, int p0, int p1, int nc, int kc, double alpha, double[] a, int aOff,
                      int aRs, int aCs, double[][] bp, double[] c, int cOff, int cRs, int cCs) {
            packA(a, aOff + i0 * aRs, aRs, aCs, mc, kc, ap);
            for (int p = p0; p < p1; p++) {
                int j0 = p * NR;
                int w = Math.min(NR, nc - j0);
                int panelRows = p * kc;
                for (int ir = 0; ir < mc; ir += MR) {
                    int rows = Math.min(MR, mc - ir);
                    java.util.Arrays.fill(t0, 0, w, 0);
                    java.util.Arrays.fill(t1, 0, w, 0);
                    java.util.Arrays.fill(t2, 0, w, 0);
                    java.util.Arrays.fill(t3, 0, w, 0);
                    kernel(kc, w, ap, ir * kc, bp, panelRows, t0, t1, t2, t3);
                    int cBase = cOff + (i0 + ir) * cRs + j0 * cCs;
                    store(t0, w, alpha, c, cBase, cCs);
                    if (rows > 1) {
                        store(t1, w, alpha, c, cBase + cRs, cCs);
                    }
                    if (rows > 2) {
                        store(t2, w, alpha, c, cBase + 2 * cRs, cCs);
                    }
                    if (rows > 3) {
                        store(t3, w, alpha, c, cBase + 3 * cRs, cCs);
                    }
                }
            }
        }
    }

    /**
     * The micro-kernel: t_r[0:w] += sum_p ap[r, p] * bp[p][0:w] for the four rows of one sliver. The inner
     * loop reads one panel row and updates four tile rows, all indexed by j alone, so C2 turns it into
     * vector code.
     */
    static void kernel(int kc, int w, double[] ap, int aBase, double[][] bp, int rowBase,
                       double[] t0, double[] t1, double[] t2, double[] t3) {
        for (int p = 0; p < kc; p++) {
            int q = aBase + p * MR;
            double a0 = ap[q];
            double a1 = ap[q + 1];
            double a2 = ap[q + 2];
            double a3 = ap[q + 3];
            double[] x = bp[rowBase + p];
            for (int j = 0; j < w; j++) {
                double xj = x[j];
                t0[j] += a0 * xj;
                t1[j] += a1 * xj;
                t2[j] += a2 * xj;
                t3[j] += a3 * xj;
            }
        }
    }

    private static void store(double[] t, int w, double alpha, double[] c, int base, int cCs) {
        if (cCs == 1) {
            if (alpha == 1) {
                for (int j = 0; j < w; j++) {
                    c[base + j] += t[j];
                }
            } else {
                for (int j = 0; j < w; j++) {
                    c[base + j] += alpha * t[j];
                }
            }
        } else {
            for (int j = 0; j < w; j++) {
                c[base + j * cCs] += alpha * t[j];
            }
        }
    }

    /** Packs kc x nc of B into column panels of width NR: row p of panel q is {@code bp[q * kc + p]}. */
    static double[][] packB(double[] b, int off, int rs, int cs, int kc, int nc) {
        int panels = (nc + NR - 1) / NR;
        double[][] bp = new double[panels * kc][];
        for (int q = 0; q < panels; q++) {
            int j0 = q * NR;
            int w = Math.min(NR, nc - j0);
            for (int p = 0; p < kc; p++) {
                double[] row = new double[w];
                int src = off + p * rs + j0 * cs;
                if (cs == 1) {
                    System.arraycopy(b, src, row, 0, w);
                } else {
                    for (int j = 0; j < w; j++) {
                        row[j] = b[src + j * cs];
                    }
                }
                bp[q * kc + p] = row;
            }
        }
        return bp;
    }

    /** Packs mc x kc of A into slivers of MR rows, each stored k-major (kc x MR), zero-padding the last. */
    static void packA(double[] a, int off, int rs, int cs, int mc, int kc, double[] ap) {
        for (int ir = 0; ir < mc; ir += MR) {
            int rows = Math.min(MR, mc - ir);
            int base = ir * kc;
            for (int r = 0; r < MR; r++) {
                if (r < rows) {
                    int src = off + (ir + r) * rs;
                    for (int p = 0; p < kc; p++) {
                        ap[base + p * MR + r] = a[src + p * cs];
                    }
                } else {
                    for (int p = 0; p < kc; p++) {
                        ap[base + p * MR + r] = 0;
                    }
                }
            }
        }
    }

    /** The unpacked product for small or vector-shaped operands. */
    static void naive(int m, int n, int k, double alpha, double[] a, int aOff, int aRs, int aCs,
                      double[] b, int bOff, int bRs, int bCs, double[] c, int cOff, int cRs, int cCs) {
        if (n == 1) {
            for (int i = 0; i < m; i++) {
                int ai = aOff + i * aRs;
                double s0 = 0;
                double s1 = 0;
                int p = 0;
                for (; p + 1 < k; p += 2) {
                    s0 += a[ai + p * aCs] * b[bOff + p * bRs];
                    s1 += a[ai + (p + 1) * aCs] * b[bOff + (p + 1) * bRs];
                }
                if (p < k) {
                    s0 += a[ai + p * aCs] * b[bOff + p * bRs];
                }
                c[cOff + i * cRs] += alpha * (s0 + s1);
            }
            return;
        }
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * cRs;
            for (int p = 0; p < k; p++) {
                double aip = alpha * a[aOff + i * aRs + p * aCs];
                int bp = bOff + p * bRs;
                if (bCs == 1 && cCs == 1) {
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += aip * b[bp + j];
                    }
                } else {
                    for (int j = 0; j < n; j++) {
                        c[ci + j * cCs] += aip * b[bp + j * bCs];
                    }
                }
            }
        }
    }
}
