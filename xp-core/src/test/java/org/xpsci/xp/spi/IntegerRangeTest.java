package org.xpsci.xp.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Integer arange's values, exact to the ends of the int64 range (NumPy's np.arange with Python ints). */
class IntegerRangeTest {

    @Test
    void valuesAreNumpysToTheEndsOfTheRange() {
        assertArrayEquals(new long[] {0, 3, 6, 9}, IntegerRange.of(0, 10, 3).values());
        assertArrayEquals(new long[] {10, 7, 4, 1}, IntegerRange.of(10, 0, -3).values());
        assertArrayEquals(new long[0], IntegerRange.of(5, 5, 1).values());
        assertArrayEquals(new long[0], IntegerRange.of(0, 5, -1).values());
        // np.arange(2**53 + 1, 2**53 + 8, 3)
        assertArrayEquals(new long[] {9007199254740993L, 9007199254740996L, 9007199254740999L},
                IntegerRange.of((1L << 53) + 1, (1L << 53) + 8, 3).values());
        // np.arange(2**63 - 6, 2**63 - 1, 2)
        assertArrayEquals(new long[] {Long.MAX_VALUE - 5, Long.MAX_VALUE - 3, Long.MAX_VALUE - 1},
                IntegerRange.of(Long.MAX_VALUE - 5, Long.MAX_VALUE, 2).values());
        // np.arange(2**63 - 1, -2**63, -2**63)
        assertArrayEquals(new long[] {Long.MAX_VALUE, -1}, IntegerRange.of(Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MIN_VALUE).values());
    }

    @Test
    void aZeroStepOrATooLongRangeIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntegerRange.of(0, 5, 0));
        assertTrue(e.getMessage().contains("step") && e.getMessage().contains("0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IntegerRange.of(Long.MIN_VALUE, Long.MAX_VALUE, 1));
        assertTrue(e.getMessage().contains("18446744073709551615"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IntegerRange.of(0, 1L << 40, 1));
        assertTrue(e.getMessage().contains("1099511627776") && e.getMessage().contains("2147483631"), e.getMessage());
    }
}
