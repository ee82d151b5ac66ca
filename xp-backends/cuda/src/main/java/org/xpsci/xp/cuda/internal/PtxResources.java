package org.xpsci.xp.cuda.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PTX modules shipped as resources ({@code org/xpsci/xp/cuda/ptx/<module>.ptx}, generated from
 * {@code src/main/cuda} by {@code tools/build-ptx.sh}) and what they declare.
 */
public final class PtxResources {

    /** Every module, in the order the build script writes them. */
    public static final List<String> MODULES = List.of("ew_b", "ew_int", "ew_f32", "ew_f64", "ew_c64", "ew_c128",
            "reduce_b", "reduce_i64", "reduce_u64", "reduce_f32", "reduce_f64", "reduce_c64", "reduce_c128",
            "fft_f32", "fft_f64", "copy", "gather", "scan", "sort", "matmul");
    /** The PTX ISA version the modules declare. */
    public static final String ISA_VERSION = "7.0";
    /** The target the modules declare. */
    public static final String TARGET = "sm_75";

    private static final Pattern ENTRY = Pattern.compile("^\\.visible \\.entry (\\w+)\\(", Pattern.MULTILINE);

    private PtxResources() {
    }

    /** The resource path of a module. */
    public static String path(String module) {
        return "org/xpsci/xp/cuda/ptx/" + module + ".ptx";
    }

    /**
     * The bytes of a module.
     *
     * @throws IllegalStateException when the resource is missing (a packaging defect)
     */
    public static byte[] bytes(String module) {
        try (InputStream in = PtxResources.class.getClassLoader().getResourceAsStream(path(module))) {
            if (in == null) {
                throw new IllegalStateException("PTX resource " + path(module) + " is missing from the xp-cuda jar;"
                        + " regenerate it with xp-backends/cuda/tools/build-ptx.sh");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path(module), e);
        }
    }

    /** The kernel entry points a PTX text declares. */
    public static List<String> entries(String ptx) {
        List<String> out = new ArrayList<>();
        Matcher m = ENTRY.matcher(ptx);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The entry points of a shipped module. */
    public static List<String> entries(byte[] ptx) {
        return entries(new String(ptx, StandardCharsets.US_ASCII));
    }
}
