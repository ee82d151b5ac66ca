package org.xpsci.cli;

import java.nio.file.Path;
import org.xpsci.cli.internal.CommandGroup;
import org.xpsci.cli.internal.Results;
import org.xpsci.cli.internal.Session;
import org.xpsci.linalg.Linalg;
import org.xpsci.linalg.LstsqResult;
import org.xpsci.linalg.QrMode;
import org.xpsci.linalg.QrResult;
import org.xpsci.linalg.SolveOptions;
import org.xpsci.xp.EighResult;
import org.xpsci.xp.SvdResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The scipy.linalg commands: solving, inverting and decomposing matrices. */
@CommandGroup("Linear algebra (scipy.linalg)")
final class LinalgCommands {

    private LinalgCommands() {
    }

    /** The matrix argument {@code a} of every command. */
    static final class Matrix {
        @Option(names = "--a", required = true, paramLabel = "FILE.npy",
                description = "The matrix, (M, N), or a stack (..., M, N) (SciPy: a).")
        Path a;
    }

    @Command(name = "solve", description = "Solves a x = b for x, scipy.linalg.solve. Writes: x.")
    static int solve(@Mixin Matrix m,
                     @Option(names = "--b", required = true, paramLabel = "FILE.npy",
                             description = "Right-hand side, (N,) or (N, K) (SciPy: b).") Path b,
                     @Option(names = "--assume-a", paramLabel = "STRUCTURE", defaultValue = "gen",
                             description = "The structure of a: gen, sym, her, pos, diagonal, tridiagonal, banded,"
                                     + " upper triangular or lower triangular (SciPy: assume_a; default:"
                                     + " ${DEFAULT-VALUE}).") String assumeA,
                     @Option(names = "--lower", paramLabel = "BOOL", defaultValue = "false", arity = "1",
                             description = "For sym/her/pos, read the lower triangle of a (SciPy: lower; default:"
                                     + " ${DEFAULT-VALUE}).") boolean lower,
                     @Mixin Session s) {
        SolveOptions o = SolveOptions.defaults().withAssumeA(assumeA).withLower(lower);
        return s.write(Results.of("x", Linalg.solve(s.read(m.a, "a"), s.read(b, "b"), o)));
    }

    @Command(name = "inv", description = "The inverse of a square matrix, scipy.linalg.inv. Writes: out.")
    static int inv(@Mixin Matrix m, @Mixin Session s) {
        return s.write(Results.of("out", Linalg.inv(s.read(m.a, "a"))));
    }

    @Command(name = "det", description = "The determinant of a square matrix, scipy.linalg.det. Writes: out.")
    static int det(@Mixin Matrix m, @Mixin Session s) {
        return s.write(Results.of("out", Linalg.det(s.read(m.a, "a"))));
    }

    @Command(name = "cholesky", description = "The Cholesky factor of a Hermitian positive-definite matrix,"
            + " scipy.linalg.cholesky. Writes: out.")
    static int cholesky(@Mixin Matrix m,
                        @Option(names = "--lower", paramLabel = "BOOL", defaultValue = "false", arity = "1",
                                description = "Compute the lower factor L (a = L L^H) instead of the upper U"
                                        + " (a = U^H U) (SciPy: lower; default: ${DEFAULT-VALUE}).") boolean lower,
                        @Mixin Session s) {
        return s.write(Results.of("out", Linalg.cholesky(s.read(m.a, "a"), lower, true)));
    }

    @Command(name = "svd", description = "The singular value decomposition a = u @ diag(s) @ vh,"
            + " scipy.linalg.svd. Writes: u, s, vh.")
    static int svd(@Mixin Matrix m,
                   @Option(names = "--full-matrices", paramLabel = "BOOL", defaultValue = "true", arity = "1",
                           description = "true: u (M, M) and vh (N, N); false: (M, K) and (K, N) with K = min(M, N)"
                                   + " (SciPy: full_matrices; default: ${DEFAULT-VALUE}).") boolean fullMatrices,
                   @Mixin Session s) {
        SvdResult r = Linalg.svd(s.read(m.a, "a"), fullMatrices, true);
        return s.write(Results.of("u", r.u(), "s", r.s(), "vh", r.vh()));
    }

    @Command(name = "eigh", description = "Eigenvalues (ascending) and eigenvectors of a symmetric or Hermitian"
            + " matrix (its lower triangle), scipy.linalg.eigh. Writes: w, v.")
    static int eigh(@Mixin Matrix m, @Mixin Session s) {
        EighResult r = Linalg.eigh(s.read(m.a, "a"));
        return s.write(Results.of("w", r.eigenvalues(), "v", r.eigenvectors()));
    }

    @Command(name = "qr", description = "The QR decomposition a = q @ r, scipy.linalg.qr. Writes: q, r (r alone for --mode r).")
    static int qr(@Mixin Matrix m,
                  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "full",
                          description = "full: q (M, M), r (M, N); economic: q (M, K), r (K, N); r: r alone"
                                  + " (SciPy: mode; default: ${DEFAULT-VALUE}).") String mode,
                  @Mixin Session s) {
        QrResult r = Linalg.qr(s.read(m.a, "a"), QrMode.parse(mode), false, true);
        return s.write(r.q() == null ? Results.of("r", r.r()) : Results.of("q", r.q(), "r", r.r()));
    }

    @Command(name = "lstsq", description = "The least-squares solution of a x = b, scipy.linalg.lstsq."
            + " Writes: x, residues, rank, s.")
    static int lstsq(@Mixin Matrix m,
                     @Option(names = "--b", required = true, paramLabel = "FILE.npy",
                             description = "Right-hand side, (M,) or (M, K) (SciPy: b).") Path b,
                     @Option(names = "--cond", paramLabel = "X",
                             description = "Singular values below cond * s[0] count as zero (SciPy: cond; default:"
                                     + " machine precision).") Double cond,
                     @Mixin Session s) {
        LstsqResult r = Linalg.lstsq(s.read(m.a, "a"), s.read(b, "b"), cond, true);
        return s.write(Results.of("x", r.x(), "residues", r.residues(), "rank", r.rank(), "s", r.s()));
    }
}
