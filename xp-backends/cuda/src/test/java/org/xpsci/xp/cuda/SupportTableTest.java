package org.xpsci.xp.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;

/** The committed SUPPORT.md is the generated table; a few rows checked against the standard's categories. */
class SupportTableTest {

    private static final Path FILE = Path.of("SUPPORT.md");

    @Test
    void committedTableIsUpToDate() throws IOException {
        String generated = SupportTable.markdown();
        if (Boolean.getBoolean("xpsci.regenerate")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(FILE), "xp-backends/cuda/SUPPORT.md is missing; run with -Dxpsci.regenerate=true");
        assertEquals(generated, Files.readString(FILE, StandardCharsets.UTF_8),
                "SUPPORT.md is stale; regenerate with -Dtest=SupportTableTest -Dxpsci.regenerate=true");
    }

    @Test
    void elementwiseRowsFollowTheStandardsCategories() {
        assertEquals(EnumSet.allOf(DType.class), SupportTable.dtypes(ElementwiseOp.EQUAL));
        assertEquals(EnumSet.of(DType.FLOAT32, DType.FLOAT64, DType.BOOL, DType.INT8, DType.INT16, DType.INT32,
                DType.INT64, DType.UINT8, DType.UINT16, DType.UINT32, DType.UINT64), SupportTable.dtypes(ElementwiseOp.ATAN2));
        assertEquals(EnumSet.allOf(DType.class), SupportTable.dtypes(ElementwiseOp.LOGICAL_NOT),
                "logical functions read any dtype as bool, as on the cpu backend");
        assertTrue(!SupportTable.dtypes(ElementwiseOp.BITWISE_AND).contains(DType.FLOAT64));
        assertTrue(SupportTable.dtypes(ElementwiseOp.SIN).contains(DType.COMPLEX64));
        for (ElementwiseOp op : ElementwiseOp.values()) {
            for (DType d : DType.values()) {
                if (op.category().accepts(d)) {
                    assertTrue(SupportTable.dtypes(op).contains(d), op + " should accept " + d);
                }
            }
        }
    }
}
