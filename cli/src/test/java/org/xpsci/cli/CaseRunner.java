package org.xpsci.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.function.Executable;
import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpAssert;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Npy;
import org.xpsci.xp.Xp;

/**
 * Runs command cases on a backend (with {@code --no-fast-paths} when the test runs the portable path) and
 * compares every member of the {@code --out} archive with SciPy's value from {@code fixtures/cli.npz}.
 */
final class CaseRunner {

    static final Fixture EXPECTED = Fixtures.load("cli.npz");

    private CaseRunner() {
    }

    /** Runs every case of the group in {@code xp}; failures of all cases are reported together. */
    static void runGroup(ArrayNamespace xp, String group) {
        runGroup(xp, group, (c, name) -> null);
    }

    /**
     * Runs every case of the group in {@code xp}, comparing output {@code name} of case {@code c} through
     * {@code custom} when it returns a comparison (e.g. up to the signs of singular vectors), else directly.
     */
    static void runGroup(ArrayNamespace xp, String group,
                         BiFunction<CommandCases.Case, String, Comparison> custom) {
        List<Executable> checks = new ArrayList<>();
        for (CommandCases.Case c : CommandCases.cases(group)) {
            checks.add(() -> run(xp, c, custom));
        }
        assertAll(group + " commands on " + xp.name(), checks);
    }

    /** How one output is compared, when not directly. */
    @FunctionalInterface
    interface Comparison {
        /** Compares the archive's outputs (all of them, by name) with the expected ones. */
        void check(Map<String, NdArray> actual, Map<String, NdArray> expected, AssertOptions options);
    }

    private static void run(ArrayNamespace xp, CommandCases.Case c,
                            BiFunction<CommandCases.Case, String, Comparison> custom) throws IOException {
        Path dir = Files.createTempDirectory("xpsci-cli");
        Path out = dir.resolve("out.npz");
        try {
            List<String> args = new ArrayList<>(c.args());
            args.addAll(List.of("--backend", xp.name(), "--out", out.toString()));
            if (!Xp.fastPathsEnabled()) {
                args.add("--no-fast-paths");
            }
            CliRun r = CliRun.of(args);
            assertEquals(0, r.exitCode(), () -> c.name() + ": " + r);
            Map<String, NdArray> actual = Npy.readNpz(out, xp);
            Map<String, NdArray> expected = expected(xp, c.name());
            assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), c.name() + ": outputs");
            AssertOptions o = AssertOptions.defaults().rtol(c.rtol()).atol(c.atol());
            for (String name : expected.keySet()) {
                Comparison special = custom.apply(c, name);
                if (special != null) {
                    special.check(actual, expected, o.message(c.name() + "." + name));
                } else {
                    XpAssert.assertClose(actual.get(name), expected.get(name), o.message(c.name() + "." + name));
                }
            }
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        }
    }

    /** The expected outputs of a case, by output name. */
    static Map<String, NdArray> expected(ArrayNamespace xp, String caseName) {
        Map<String, NdArray> m = new java.util.LinkedHashMap<>();
        for (String key : new TreeSet<>(EXPECTED.names())) {
            if (key.startsWith(caseName + ".")) {
                m.put(key.substring(caseName.length() + 1), EXPECTED.get(xp, key));
            }
        }
        if (m.isEmpty()) {
            throw new UncheckedIOException(new IOException("fixtures/cli.npz has no outputs of case " + caseName));
        }
        return m;
    }
}
