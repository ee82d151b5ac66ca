package org.xpsci.xp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The elementwise table: what its documentation says it holds, and the compute-type rule against NumPy. */
class ElementwiseOpTest {

    @Test
    void theDocumentedCountsMatchTheTableAndClip() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/xpsci/xp/ElementwiseOp.java"));
        Matcher m = Pattern.compile("table of (\\d+) of the standard's (\\d+) elementwise functions").matcher(source);
        assertTrue(m.find(), "the class javadoc states how many functions the table holds");
        assertEquals(ElementwiseOp.values().length, Integer.parseInt(m.group(1)), "entries in the table");
        assertTrue(Arrays.stream(ElementwiseOp.values()).noneMatch(op -> op.standardName().equals("clip")));
        assertTrue(Arrays.stream(ArrayNamespace.class.getMethods()).anyMatch(x -> x.getName().equals("clip")));
        assertEquals(ElementwiseOp.values().length + 1, Integer.parseInt(m.group(2)), "the table and clip");
    }

    @Test
    void computeTypesAreNumpys() {
        // np.sin(np.int32(1)).dtype, np.logical_and(1.0, 0.0).dtype, np.maximum(True, False).dtype,
        // np.add(np.int8(1), np.int8(1)).dtype, np.sqrt(np.complex64(1)).dtype
        assertEquals(Optional.of(DType.FLOAT64), ElementwiseOp.SIN.numpyComputeType(DType.INT32));
        assertEquals(Optional.of(DType.BOOL), ElementwiseOp.LOGICAL_AND.numpyComputeType(DType.FLOAT64));
        assertEquals(Optional.of(DType.BOOL), ElementwiseOp.MAXIMUM.numpyComputeType(DType.BOOL));
        assertEquals(Optional.of(DType.INT8), ElementwiseOp.ADD.numpyComputeType(DType.INT8));
        assertEquals(Optional.of(DType.COMPLEX64), ElementwiseOp.SQRT.numpyComputeType(DType.COMPLEX64));
        // np.bitwise_and(1.0, 1.0), np.arctan2(1j, 1j), np.floor(1j): TypeError
        assertEquals(Optional.empty(), ElementwiseOp.BITWISE_AND.numpyComputeType(DType.FLOAT64));
        assertEquals(Optional.empty(), ElementwiseOp.ATAN2.numpyComputeType(DType.COMPLEX128));
        assertEquals(Optional.empty(), ElementwiseOp.FLOOR.numpyComputeType(DType.COMPLEX64));
    }
}
