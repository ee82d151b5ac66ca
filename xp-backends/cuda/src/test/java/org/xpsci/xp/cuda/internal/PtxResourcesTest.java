package org.xpsci.xp.cuda.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.ElementwiseOp;

/**
 * Every PTX module the Java side loads is shipped, declares the ISA version and target the docs promise, and
 * declares every entry point the Java side looks up (and the elementwise table matches elementwise.cu both
 * ways).
 */
class PtxResourcesTest {

    private static final Map<String, Set<String>> ENTRIES = new HashMap<>();

    static {
        for (String m : PtxResources.MODULES) {
            ENTRIES.put(m, new HashSet<>(PtxResources.entries(PtxResources.bytes(m))));
        }
    }

    private static void assertHas(String module, String entry) {
        assertTrue(ENTRIES.get(module).contains(entry), module + ".ptx lacks entry " + entry);
    }

    @Test
    void everyModuleIsShippedWithTheDocumentedHeader() {
        for (String m : PtxResources.MODULES) {
            String text = new String(PtxResources.bytes(m), StandardCharsets.US_ASCII);
            assertTrue(text.length() > 1000, m + " is empty");
            assertTrue(text.contains("\n.version " + PtxResources.ISA_VERSION + "\n"), m + " ISA version");
            assertTrue(text.contains("\n.target " + PtxResources.TARGET + "\n"), m + " target");
            assertTrue(text.contains(".address_size 64"), m + " address size");
            assertTrue(!ENTRIES.get(m).isEmpty(), m + " declares no entry");
        }
    }

    @Test
    void entriesAreParsedFromVisibleEntryLines() {
        String ptx = ".version 7.0\n.target sm_75\n.visible .entry ew_sin_f64(\n\t.param .u64 a\n)\n"
                + ".func helper(\n)\n.visible .entry fill(\n)\n";
        assertEquals(List.of("ew_sin_f64", "fill"), PtxResources.entries(ptx));
    }

    @Test
    void theElementwiseTableMatchesThePtxBothWays() {
        Set<String> expected = new HashSet<>();
        for (ElementwiseOp op : ElementwiseOp.values()) {
            for (ComputeKind k : ElementwiseKernels.kinds(op)) {
                String e = ElementwiseKernels.entry(op, k);
                assertHas(k.elementwiseModule(), e);
                expected.add(e);
            }
        }
        for (String m : List.of("ew_b", "ew_int", "ew_f32", "ew_f64", "ew_c64", "ew_c128")) {
            for (String e : ENTRIES.get(m)) {
                assertTrue(expected.contains(e), m + ".ptx has " + e + ", which ElementwiseKernels does not list");
            }
        }
    }

    @Test
    void everyOpHasAKernelForTheKindsItsCategoryNeeds() {
        for (ElementwiseOp op : ElementwiseOp.values()) {
            assertTrue(!ElementwiseKernels.kinds(op).isEmpty(), op + " has no kernel");
        }
        assertTrue(ElementwiseKernels.has(ElementwiseOp.SIN, ComputeKind.C64));
        assertTrue(ElementwiseKernels.has(ElementwiseOp.LOGICAL_AND, ComputeKind.B));
        assertTrue(!ElementwiseKernels.has(ElementwiseOp.SIN, ComputeKind.I64));
    }

    @Test
    void theOtherKernelsTheJavaSideLaunchesExist() {
        for (String e : List.of("copy_cast", "fill", "ramp", "eye", "tri_zero", "where_select")) {
            assertHas("copy", e);
        }
        assertHas("gather", "gather_scatter");
        assertHas("gather", "take_along");
        List<String> numeric = List.of("i64", "u64", "f32", "f64", "c64", "c128");
        List<String> ordered = List.of("b", "i64", "u64", "f32", "f64");
        for (String k : numeric) {
            assertHas("reduce_" + k, "reduce_sum_" + k);
            assertHas("reduce_" + k, "reduce_prod_" + k);
            assertHas("scan", "scan_sum_" + k);
            assertHas("scan", "scan_prod_" + k);
            assertHas("scan", "scan_add_sum_" + k);
            assertHas("scan", "scan_add_prod_" + k);
            assertHas("sort", "sort_step_" + k);
            assertHas("sort", "searchsorted_" + k);
            assertHas("matmul", "matmul_" + k);
        }
        for (String k : ordered) {
            assertHas("reduce_" + k, "reduce_max_" + k);
            assertHas("reduce_" + k, "reduce_min_" + k);
            assertHas("reduce_" + k, "argreduce_argmax_" + k);
            assertHas("reduce_" + k, "argreduce_argmin_" + k);
        }
        for (String op : List.of("all", "any", "count")) {
            assertHas("reduce_b", "reduce_" + op + "_b");
        }
        assertHas("scan", "nonzero_flags");
        assertHas("scan", "compact_coords");
        assertHas("sort", "sort_iota");
        for (String p : List.of("f32", "f64")) {
            List<String> fft = new ArrayList<>();
            for (int r : FftPlan.KERNEL_RADICES) {
                fft.add("fft_r" + r + "_" + p);
            }
            for (String e : List.of("bluestein_pre_", "bluestein_post_", "cmul_rows_", "rfft_post_", "irfft_pre_",
                    "hermitian_fill_")) {
                fft.add(e + p);
            }
            fft.forEach(e -> assertHas("fft_" + p, e));
        }
    }
}
