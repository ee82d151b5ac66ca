package org.xpsci.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Npy;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads and writes arrays: the backend options plus {@code --out FILE.npz};
 * writes the results to the archive, or prints them when no archive is named.
 */
public class Session extends BackendOptions {

    @Option(names = "--out", paramLabel = "FILE.npz",
            description = "Write the results to this NumPy .npz archive (numpy.load reads it); without it the"
                    + " results are printed.")
    private Path out;

    /**
     * Writes the results to the {@code --out} archive, or prints {@code name = array(...)} lines to standard
     * output; returns the exit code 0.
     *
     * @throws IllegalArgumentException when the archive cannot be written
     */
    public int write(Results results) {
        Map<String, NdArray> arrays = results.arrays();
        if (out == null) {
            PrintWriter w = out();
            for (Map.Entry<String, NdArray> e : arrays.entrySet()) {
                w.println(e.getKey() + " = " + e.getValue());
            }
            w.flush();
            return 0;
        }
        try {
            Npy.writeNpz(out, arrays, false);
        } catch (IOException e) {
            throw new IllegalArgumentException("out: cannot write '" + out + "': " + IoFailure.describe(e), e);
        }
        return 0;
    }
}
