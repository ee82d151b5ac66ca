package org.xpsci.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xpsci.xp.Npy;

/**
 * Loads reference fixtures: {@code .npz} files under {@code fixtures/} on the test class path, written by the
 * module's committed generator scripts ({@code src/test/python/gen_*.py}, run by
 * {@code tools/gen-fixtures.sh}). Loaded once per run.
 */
public final class Fixtures {

    private static final Map<String, Fixture> CACHE = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /**
     * The fixture {@code fixtures/<name>} (e.g. {@code "fft/basic.npz"}).
     *
     * @throws IllegalStateException when the resource is missing, saying which generator to run
     */
    public static Fixture load(String name) {
        return CACHE.computeIfAbsent(name, Fixtures::read);
    }

    private static Fixture read(String name) {
        String path = "fixtures/" + name;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + path + " is missing; regenerate fixtures with"
                        + " tools/gen-fixtures.sh (python3 with numpy and scipy)");
            }
            return new Fixture(path, Npy.readNpzHost(in, path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
