package org.xpsci.cli;

import java.nio.file.Path;
import org.xpsci.cli.internal.CommandGroup;
import org.xpsci.cli.internal.Results;
import org.xpsci.cli.internal.Session;
import org.xpsci.cluster.vq.KMeans2Options;
import org.xpsci.cluster.vq.KMeans2Result;
import org.xpsci.cluster.vq.Vq;
import org.xpsci.cluster.vq.VqResult;
import org.xpsci.xp.NdArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The scipy.cluster.vq commands: whitening, vector quantisation and k-means. */
@CommandGroup("Clustering (scipy.cluster.vq)")
final class ClusterCommands {

    private ClusterCommands() {
    }

    @Command(name = "whiten", description = "Scales each feature to unit variance, scipy.cluster.vq.whiten."
            + " Writes: out.")
    static int whiten(@Option(names = "--obs", required = true, paramLabel = "FILE.npy",
                              description = "Observations, one per row, one feature per column (SciPy: obs).") Path obs,
                      @Mixin Session s) {
        return s.write(Results.of("out", Vq.whiten(s.read(obs, "obs"))));
    }

    @Command(name = "vq", description = "Assigns each observation to its nearest code, scipy.cluster.vq.vq."
            + " Writes: code, dist.")
    static int vq(@Option(names = "--obs", required = true, paramLabel = "FILE.npy",
                          description = "Observations, (M, N) or (M,) (SciPy: obs).") Path obs,
                  @Option(names = "--code-book", required = true, paramLabel = "FILE.npy",
                          description = "The code book, (k, N) or (k,) (SciPy: code_book).") Path codeBook,
                  @Mixin Session s) {
        VqResult r = Vq.vq(s.read(obs, "obs"), s.read(codeBook, "code_book"));
        return s.write(Results.of("code", r.code(), "dist", r.dist()));
    }

    @Command(name = "kmeans2", description = "Classifies observations into k clusters by k-means,"
            + " scipy.cluster.vq.kmeans2. Writes: centroids, labels.")
    static int kmeans2(@Option(names = "--data", required = true, paramLabel = "FILE.npy",
                               description = "Observations, (M, N) or (M,) (SciPy: data).") Path data,
                       @Option(names = "--k", paramLabel = "K",
                               description = "The number of clusters (SciPy: k as an int); give --k or --init.")
                       Integer k,
                       @Option(names = "--init", paramLabel = "FILE.npy",
                               description = "The initial centroids, (k, N) or (k,) (SciPy: k as an array, with"
                                       + " minit='matrix'); give --k or --init.") Path init,
                       @Option(names = "--minit", paramLabel = "METHOD",
                               description = "Initialisation: k-means++ (SciPy's '++'), random, points or matrix"
                                       + " (SciPy: minit; default: random, or matrix with --init).") String minit,
                       @Option(names = "--iter", paramLabel = "N", defaultValue = "10",
                               description = "Number of k-means iterations (SciPy: iter; default: ${DEFAULT-VALUE}).")
                       int iter,
                       @Option(names = "--seed", paramLabel = "S",
                               description = "Seed of the random initialisation (SciPy: seed; xpsci's generator, so"
                                       + " not NumPy's stream; default: fresh entropy).") Long seed,
                       @Option(names = "--missing", paramLabel = "ACTION", defaultValue = "warn",
                               description = "What an empty cluster does: warn or raise (SciPy: missing; default:"
                                       + " ${DEFAULT-VALUE}).") String missing,
                       @Mixin Session s) {
        if ((k == null) == (init == null)) {
            throw new IllegalArgumentException("give exactly one of --k (a number of clusters) and --init (a .npy"
                    + " file of initial centroids); got " + (k == null ? "neither" : "both"));
        }
        KMeans2Options o = KMeans2Options.defaults().withIter(iter).withSeed(seed).withMissing(missing);
        if (minit != null || init != null) {
            o = o.withMinit(minit == null ? "matrix" : minit.equals("k-means++") ? "++" : minit);
        }
        NdArray x = s.read(data, "data");
        KMeans2Result r = init != null ? Vq.kmeans2(x, s.read(init, "init"), o) : Vq.kmeans2(x, k, o);
        return s.write(Results.of("centroids", r.centroid(), "labels", r.label()));
    }
}
