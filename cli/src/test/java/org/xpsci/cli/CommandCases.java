package org.xpsci.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command cases written by {@code src/test/python/gen_cli.py}: {@code cli/cases.tsv} (commands with
 * SciPy's expected outputs in {@code fixtures/cli.npz}, named {@code <case>.<output>}) and
 * {@code cli/errors.tsv} (bad-input commands). An argument {@code @name} stands for the input file
 * {@code cli/inputs/name.npy}.
 */
final class CommandCases {

    private CommandCases() {
    }

    /** A command with expected outputs. */
    record Case(String name, String group, double rtol, double atol, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A command of a group that must fail with exit 2 and an error line containing {@code fragment}. */
    record ErrorCase(String name, String group, String fragment, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The cases of one group ("fft", "signal", ...). */
    static List<Case> cases(String group) {
        List<Case> out = new ArrayList<>();
        for (String[] f : rows("cli/cases.tsv")) {
            if (f[1].equals(group)) {
                out.add(new Case(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        resolve(Arrays.asList(f).subList(4, f.length))));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("cli/cases.tsv has no cases of group " + group);
        }
        return out;
    }

    /** Every bad-input case. */
    static List<ErrorCase> errors() {
        List<ErrorCase> out = new ArrayList<>();
        for (String[] f : rows("cli/errors.tsv")) {
            out.add(new ErrorCase(f[0], f[1], f[2], resolve(Arrays.asList(f).subList(3, f.length))));
        }
        return out;
    }

    /** The path of the input file {@code cli/inputs/<name>.npy} (which need not exist). */
    static Path input(String name) {
        try {
            Path dir = Path.of(CommandCases.class.getClassLoader().getResource("cli/inputs/x16.npy").toURI())
                    .getParent();
            return dir.resolve(name + ".npy");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> resolve(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            out.add(a.startsWith("@") ? input(a.substring(1)).toString() : a);
        }
        return out;
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = CommandCases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing; run tools/gen-fixtures.sh cli");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
