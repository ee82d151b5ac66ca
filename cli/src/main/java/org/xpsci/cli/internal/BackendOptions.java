package org.xpsci.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Npy;
import org.xpsci.xp.Xp;
import picocli.CommandLine.Option;

/**
 * The options every computing command shares ({@code --backend}, {@code --no-fast-paths}), as a picocli mixin,
 * and reading input arrays into the chosen backend.
 */
public class BackendOptions extends Console {

    /** The option that turns fast paths off; read by the command line's execution strategy. */
    public static final String NO_FAST_PATHS = "--no-fast-paths";

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "cpu",
            description = "The array backend that holds the data and runs the computation: cpu, strict, cuda"
                    + " (default: ${DEFAULT-VALUE}; see `xpsci info`).")
    private String backend;

    @Option(names = NO_FAST_PATHS,
            description = "Disable compiled fast paths: run the portable code written with the array API"
                    + " standard alone.")
    private boolean noFastPaths;

    /** The chosen backend's name. */
    public String backendName() {
        return backend;
    }

    /** Whether fast paths were switched off. */
    public boolean fastPaths() {
        return !noFastPaths;
    }

    /**
     * The chosen backend's namespace.
     *
     * @throws org.xpsci.xp.BackendUnavailableException when it is not installed or cannot run here
     */
    public ArrayNamespace namespace() {
        return Xp.backend(backend);
    }

    /**
     * Reads the {@code .npy} file given for {@code param} into the chosen backend.
     *
     * @throws IllegalArgumentException when the file is missing, unreadable or not a valid {@code .npy}
     */
    public NdArray read(Path file, String param) {
        ArrayNamespace xp = namespace();
        try {
            return Npy.read(file, xp);
        } catch (IOException e) {
            throw new IllegalArgumentException(param + ": cannot read '" + file + "': " + IoFailure.describe(e), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(param + ": " + e.getMessage(), e);
        }
    }
}
