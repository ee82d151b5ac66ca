"""In-place operator references (NumPy 2): aliasing operands, views as left operands, NumPy's mixed kinds.

For each case, <case>__x (and <case>__y where there is a second operand) is the input and <case>__out the
left operand's base array after the update, as NumPy leaves it (NumPy reads overlapping operands as they were
before the update).
"""
import numpy as np

import fixturelib


def main():
    out = {}

    a = np.arange(10, dtype=np.float64) * 1.5
    out["shift__x"] = a.copy()
    a[1:] += a[:-1]
    out["shift__out"] = a

    a = out["shift__x"].copy()
    a += a[::-1]
    out["reversed__out"] = a

    a = out["shift__x"].copy()
    a *= a
    out["self__out"] = a

    b = np.arange(20, dtype=np.float64).reshape(4, 5)
    out["transposed__x"] = b.copy()
    out["transposed__y"] = np.arange(4, dtype=np.float64) - 1.5
    bt = b.T
    bt *= out["transposed__y"]
    out["transposed__out"] = b

    c = np.arange(12, dtype=np.int64)
    out["strided__x"] = c.copy()
    c[::3] += 100
    out["strided__out"] = c

    f = np.arange(5, dtype=np.float64) / 2
    out["mixed__x"] = f.copy()
    out["mixed__y"] = np.arange(1, 6, dtype=np.int32)
    f += out["mixed__y"]
    out["mixed__out"] = f

    z = np.array([1 + 2j, -3.5 + 0.25j, 4 - 1j], dtype=np.complex128)
    out["complex__x"] = z.copy()
    out["complex__y"] = np.array([2.0, -0.5, 3.0])
    z *= out["complex__y"]
    out["complex__out"] = z

    s = np.array([[1.0, 2.0, 4.0], [8.0, 16.0, 32.0]], dtype=np.float32)
    out["rows__x"] = s.copy()
    out["rows__y"] = s.mean(axis=1, keepdims=True)
    s -= out["rows__y"]
    out["rows__out"] = s

    fixturelib.save(__file__, "elementwise/in_place", **out)


if __name__ == "__main__":
    main()
