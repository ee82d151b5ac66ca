package org.xpsci.cli;

import java.nio.file.Path;
import org.xpsci.cli.internal.AxisArg;
import org.xpsci.cli.internal.CommandGroup;
import org.xpsci.cli.internal.Results;
import org.xpsci.cli.internal.Session;
import org.xpsci.stats.Alternative;
import org.xpsci.stats.AxisOptions;
import org.xpsci.stats.DescribeResult;
import org.xpsci.stats.NanPolicy;
import org.xpsci.stats.Stats;
import org.xpsci.stats.TtestOptions;
import org.xpsci.stats.TtestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The scipy.stats commands: t-tests and descriptive statistics. */
@CommandGroup("Statistics (scipy.stats)")
final class StatsCommands {

    private StatsCommands() {
    }

    /** The options every t-test takes: {@code axis, alternative, nan_policy}. */
    static final class Test {
        @Option(names = "--axis", paramLabel = "AXIS", defaultValue = "0",
                description = "Axis along which to compute the test, or none to flatten the input (SciPy: axis;"
                        + " default: ${DEFAULT-VALUE}).")
        String axis;

        @Option(names = "--alternative", paramLabel = "H1", defaultValue = "two-sided",
                description = "The alternative hypothesis: two-sided, less or greater (SciPy: alternative;"
                        + " default: ${DEFAULT-VALUE}).")
        String alternative;

        @Option(names = "--nan-policy", paramLabel = "POLICY", defaultValue = "propagate",
                description = "How NaNs are handled: propagate, omit or raise (SciPy: nan_policy; default:"
                        + " ${DEFAULT-VALUE}).")
        String nanPolicy;

        TtestOptions options() {
            return TtestOptions.defaults().withAxis(AxisArg.parse(axis)).withAlternative(Alternative.parse(alternative))
                    .withNanPolicy(NanPolicy.parse(nanPolicy));
        }
    }

    @Command(name = "ttest-ind", description = "The t-test for the means of two independent samples (Student's,"
            + " or Welch's with --equal-var false), scipy.stats.ttest_ind. Writes: statistic, pvalue, df.")
    static int ttestInd(@Option(names = "--a", required = true, paramLabel = "FILE.npy",
                                description = "The first sample (SciPy: a).") Path a,
                        @Option(names = "--b", required = true, paramLabel = "FILE.npy",
                                description = "The second sample (SciPy: b).") Path b,
                        @Option(names = "--equal-var", paramLabel = "BOOL", defaultValue = "true", arity = "1",
                                description = "Assume equal population variances: true for Student's test, false"
                                        + " for Welch's (SciPy: equal_var; default: ${DEFAULT-VALUE}).")
                        boolean equalVar,
                        @Mixin Test t, @Mixin Session s) {
        TtestResult r = Stats.ttestInd(s.read(a, "a"), s.read(b, "b"), t.options().withEqualVar(equalVar));
        return write(s, r);
    }

    @Command(name = "ttest-1samp", description = "The t-test for the mean of one sample,"
            + " scipy.stats.ttest_1samp. Writes: statistic, pvalue, df.")
    static int ttest1samp(@Option(names = "--a", required = true, paramLabel = "FILE.npy",
                                  description = "The sample (SciPy: a).") Path a,
                          @Option(names = "--popmean", required = true, paramLabel = "X",
                                  description = "The expected value under the null hypothesis (SciPy: popmean).")
                          double popmean,
                          @Mixin Test t, @Mixin Session s) {
        return write(s, Stats.ttest1samp(s.read(a, "a"), popmean, t.options()));
    }

    @Command(name = "ttest-rel", description = "The t-test for the means of two related (paired) samples,"
            + " scipy.stats.ttest_rel. Writes: statistic, pvalue, df.")
    static int ttestRel(@Option(names = "--a", required = true, paramLabel = "FILE.npy",
                                description = "The first sample (SciPy: a).") Path a,
                        @Option(names = "--b", required = true, paramLabel = "FILE.npy",
                                description = "The second sample, of the same shape (SciPy: b).") Path b,
                        @Mixin Test t, @Mixin Session s) {
        return write(s, Stats.ttestRel(s.read(a, "a"), s.read(b, "b"), t.options()));
    }

    @Command(name = "describe", description = "Descriptive statistics: count, extremes, mean, variance, skewness"
            + " and kurtosis, scipy.stats.describe. Writes: nobs, min, max, mean, variance, skewness, kurtosis.")
    static int describe(@Option(names = "--a", required = true, paramLabel = "FILE.npy",
                                description = "Input data (SciPy: a).") Path a,
                        @Option(names = "--axis", paramLabel = "AXIS", defaultValue = "0",
                                description = "Axis along which statistics are computed, or none to flatten the"
                                        + " input (SciPy: axis; default: ${DEFAULT-VALUE}).") String axis,
                        @Option(names = "--ddof", paramLabel = "N", defaultValue = "1",
                                description = "Delta degrees of freedom of the variance (SciPy: ddof; default:"
                                        + " ${DEFAULT-VALUE}).") int ddof,
                        @Option(names = "--bias", paramLabel = "BOOL", defaultValue = "true", arity = "1",
                                description = "false corrects skewness and kurtosis for statistical bias (SciPy:"
                                        + " bias; default: ${DEFAULT-VALUE}).") boolean bias,
                        @Option(names = "--nan-policy", paramLabel = "POLICY", defaultValue = "propagate",
                                description = "How NaNs are handled: propagate, omit or raise (SciPy: nan_policy;"
                                        + " default: ${DEFAULT-VALUE}).") String nanPolicy,
                        @Mixin Session s) {
        AxisOptions o = AxisOptions.defaults().withAxis(AxisArg.parse(axis)).withNanPolicy(NanPolicy.parse(nanPolicy));
        DescribeResult r = Stats.describe(s.read(a, "a"), ddof, bias, o);
        return s.write(Results.of("nobs", r.nobs(), "min", r.min(), "max", r.max(), "mean", r.mean(),
                "variance", r.variance(), "skewness", r.skewness(), "kurtosis", r.kurtosis()));
    }

    private static int write(Session s, TtestResult r) {
        return s.write(Results.of("statistic", r.statistic(), "pvalue", r.pvalue(), "df", r.df()));
    }
}
