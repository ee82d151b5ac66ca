package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.xp.cpu.Identical.assertIdentical;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Npy;
import org.xpsci.xp.NpyFormatException;

/**
 * Npy against files NumPy wrote (every dtype, format 1.0/2.0/3.0, big-endian, Fortran order, npz stored and
 * deflated), byte-identical writes, round trips, and clear errors for corrupt, truncated, lying and unsupported
 * files.
 */
class NpyTest {

    private static final Fixture F = Fixtures.load("npy.npz");

    @TempDir
    Path tmp;

    private static Path resource(String name) {
        try {
            return Path.of(NpyTest.class.getClassLoader().getResource("npy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void readsEverySampleNumpyWrote(ArrayNamespace xp) throws IOException {
        int files = 0;
        for (String key : F.names()) {
            if (!key.startsWith("expect_") || key.contains("__")) {
                continue;
            }
            String name = key.substring("expect_".length());
            NdArray got = Npy.read(resource(name + ".npy"), xp);
            assertIdentical(got, F.get(xp, key), name);
            files++;
        }
        assertEquals(13 + 3 + 7 + 4 + 3, files);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void sampleValuesAreWhatTheGeneratorWrote(ArrayNamespace xp) throws IOException {
        // the generator's formula for float64 and int64, rebuilt here: independent of any reader
        NdArray k = xp.arange(0.0, 24.0, 1.0);
        NdArray scale = xp.asarray(new double[] {0.01, 0.1, 1, 10, 100});
        double[] expected = new double[24];
        for (int i = 0; i < 24; i++) {
            expected[i] = (i - 7.5) / 4 * scale.get((long) (i % 5)).doubleValue();
        }
        assertIdentical(Npy.read(resource("v1_float64.npy"), xp), xp.reshape(xp.asarray(expected), 2, 3, 4),
                "float64 formula");
        long[] ints = new long[24];
        for (int i = 0; i < 24; i++) {
            ints[i] = i * 11L - 50 + Long.MIN_VALUE / 2 + 60;
        }
        assertIdentical(Npy.read(resource("v1_int64.npy"), xp), xp.reshape(xp.asarray(ints), 2, 3, 4), "int64");
        assertEquals(24, k.size());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void readsArchivesStoredAndDeflated(ArrayNamespace xp) throws IOException {
        for (String archive : List.of("stored", "deflated")) {
            Map<String, NdArray> m = Npy.readNpz(resource(archive + ".npz"), xp);
            assertEquals(List.of("a", "b", "flag", "z"), List.copyOf(m.keySet()), archive);
            for (Map.Entry<String, NdArray> e : m.entrySet()) {
                assertIdentical(e.getValue(), F.get(xp, "expect_" + archive + "__" + e.getKey()), archive + " " + e.getKey());
            }
            try (InputStream in = Files.newInputStream(resource(archive + ".npz"))) {
                assertEquals(m.keySet(), Npy.readNpzHost(in, archive).keySet(), "the stream reader agrees");
            }
        }
        assertEquals(0, Npy.readNpz(resource("empty_archive.npz"), xp).size());
        try (InputStream in = Files.newInputStream(resource("empty_archive.npz"))) {
            assertEquals(0, Npy.readNpzHost(in, "empty").size());
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void writesWhatNumpyWrites(ArrayNamespace xp) throws IOException {
        int files = 0;
        for (String key : F.names()) {
            String name = key.substring("expect_".length());
            if (!name.startsWith("v1_")) {
                continue;
            }
            byte[] numpy = Files.readAllBytes(resource(name + ".npy"));
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            Npy.write(ours, Npy.read(resource(name + ".npy"), xp));
            assertArrayEquals(numpy, ours.toByteArray(), name + ": bytes differ from numpy.save's");
            files++;
        }
        assertEquals(16, files);
        // Fortran-order and big-endian input is written as numpy.save writes its C-order little-endian copy
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        Npy.write(f, Npy.read(resource("big_float64.npy"), xp));
        assertArrayEquals(Files.readAllBytes(resource("v1_float64.npy")), f.toByteArray());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void roundTripsEveryDtypeAndLayout(ArrayNamespace xp) throws IOException {
        Map<String, NdArray> all = new LinkedHashMap<>();
        for (DType d : DType.values()) {
            NdArray x = F.get(xp, "expect_v1_" + d.label());
            NdArray strided = xp.flip(x, 1).get(Index.all(), Index.step(2)).mT();
            for (NdArray a : List.of(x, strided, x.get(0L, 0L, 0L), x.get(Index.range(0, 0)))) {
                Path p = tmp.resolve("t.npy");
                Npy.write(p, a);
                assertIdentical(Npy.read(p, xp), a, d + " round trip of shape " + java.util.Arrays.toString(a.shape()));
            }
            all.put(d.label(), strided);
        }
        for (boolean compressed : new boolean[] {false, true}) {
            Path p = tmp.resolve("t.npz");
            Npy.writeNpz(p, all, compressed);
            Map<String, NdArray> back = Npy.readNpz(p, xp);
            assertEquals(all.keySet(), back.keySet());
            for (String k : all.keySet()) {
                assertIdentical(back.get(k), all.get(k), "npz " + k + (compressed ? " deflated" : " stored"));
            }
        }
        NdArray big = xp.reshape(xp.arange(0.0, 300_000.0, 1.0), 600, 500);
        Path p = tmp.resolve("big.npy");
        Npy.write(p, big.mT());
        assertIdentical(Npy.read(p, xp), big.mT(), "a large transposed array");
    }

    private static void fails(ArrayNamespace xp, String file, String... words) {
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> {
            if (file.endsWith(".npz")) {
                Npy.readNpz(resource(file), xp);
            } else {
                Npy.read(resource(file), xp);
            }
        }, file);
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), file + ": " + e.getMessage());
        }
        assertTrue(e.getMessage().contains(file), "the message names the file: " + e.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void corruptFilesFailClearly(ArrayNamespace xp) {
        fails(xp, "bad_magic.npy", "not a .npy file");
        fails(xp, "bad_version.npy", "version 4.0", "1.0, 2.0, 3.0");
        fails(xp, "truncated_prefix.npy", "truncated");
        fails(xp, "truncated_header.npy", "truncated");
        fails(xp, "header_longer_than_file.npy", "truncated", "5000");
        fails(xp, "truncated_data.npy", "(10,)", "needs 80 data bytes", "only 24");
        fails(xp, "huge_shape.npy", "(100000, 100000, 100000)", "too large");
        fails(xp, "lying_shape.npy", "(1000000000,)", "needs 8000000000 data bytes");
        fails(xp, "not_a_dict.npy", "not a dictionary");
        fails(xp, "missing_shape.npy", "'shape'");
        fails(xp, "bad_fortran.npy", "fortran_order", "Maybe");
        fails(xp, "negative_shape.npy", "-1");
        fails(xp, "garbage_shape.npy", "three");
        fails(xp, "not_a_zip.npz", "not a valid .npz");
        fails(xp, "plain_text.npz", "not a valid .npz");
        fails(xp, "lying_member.npz", "(1000000000,)");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void unsupportedDtypesNameThemselves(ArrayNamespace xp) {
        fails(xp, "object.npy", "'|O'", "object");
        fails(xp, "float16.npy", "'<f2'", "supported: bool");
        fails(xp, "datetime.npy", "'<M8[D]'", "datetime");
        fails(xp, "structured.npy", "structured");
        fails(xp, "unicode.npy", "'<U2'");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void lyingHeadersOnStreamsCostOnlyTheirData(ArrayNamespace xp) throws IOException {
        // 8 GB promised, 24 bytes present, size unknown: must fail as truncated, not run out of memory
        byte[] lying = Files.readAllBytes(resource("lying_shape.npy"));
        NpyFormatException e = assertThrows(NpyFormatException.class,
                () -> Npy.readHost(new ByteArrayInputStream(lying), -1, "stream"));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        try (InputStream in = Files.newInputStream(resource("lying_member.npz"))) {
            assertThrows(NpyFormatException.class, () -> Npy.readNpzHost(in, "lying_member"));
        }
        try (InputStream in = Files.newInputStream(resource("plain_text.npz"))) {
            e = assertThrows(NpyFormatException.class, () -> Npy.readNpzHost(in, "plain"));
            assertTrue(e.getMessage().contains("not a .npz"), e.getMessage());
        }
        // a stream of unknown size with the real data is read in full
        byte[] good = Files.readAllBytes(resource("v1_complex128.npy"));
        assertIdentical(xp.fromDlpack(Npy.readHost(new ByteArrayInputStream(good), -1, "s")),
                F.get(xp, "expect_v1_complex128"), "unknown-size stream");
    }
}
