"""__getitem__/__setitem__, take and take_along_axis references (NumPy 2).

Index expressions are written as spec strings shared with the Java test (IndexSpec): components separated
by ',', each an integer, a slice 'start:stop:step' (parts may be empty), 'None', '...', 'm:<name>' (a boolean
mask stored in this fixture) or 'i:<name>' (an integer index array stored here). For case k: spec_k is
'<base>|<spec>' as UTF-8 bytes (base_<base> is the array indexed), get_k is x[spec]; setv_k is a value and set_k the base after
x[spec] = setv_k.
"""
import numpy as np

import fixturelib

rng = fixturelib.rng()
arrays = {
    "a": np.arange(60, dtype=np.float64).reshape(3, 4, 5),
    "b": np.arange(12, dtype=np.int32).reshape(3, 4) - 5,
    "c": np.arange(6, dtype=np.float32),
    "z": (np.arange(6) + 1j * np.arange(6)[::-1]).reshape(2, 3),
    "s": np.array(4.5),
}
names = {
    "m1": np.array([True, False, True]),
    "m2": rng.random((3, 4)) < 0.5,
    "m3": rng.random((3, 4, 5)) < 0.3,
    "m4": np.array([False, True, True, False]),
    "m5": np.array([True, False, True, True, False]),
    "m45": rng.random((4, 5)) < 0.5,
    "m0t": np.array(True),
    "m0f": np.array(False),
    "mnone": np.zeros(3, dtype=bool),
    "i1": np.array([2, 0, -1, 2], dtype=np.int64),
    "i2": np.array([[0, 3], [-1, 1]], dtype=np.int32),
    "i3": np.array([4, 0], dtype=np.uint8),
    "iempty": np.zeros(0, dtype=np.int64),
    "i6": np.array([5, -6, 0], dtype=np.int16),
}


def parse(spec):
    if spec == "":
        return ()
    out = []
    for part in spec.split(","):
        if part == "None":
            out.append(None)
        elif part == "...":
            out.append(Ellipsis)
        elif part.startswith("m:") or part.startswith("i:"):
            out.append(names[part[2:]])
        elif ":" in part:
            out.append(slice(*[int(p) if p else None for p in part.split(":")]))
        else:
            out.append(int(part))
    return tuple(out)


cases = [
    ("a", "1"), ("a", "-1"), ("a", "1,2"), ("a", "1,2,3"), ("a", "-3,-4,-5"), ("a", ":"), ("a", "::-1"),
    ("a", "1:3"), ("a", "::-2,1:3,::-1"), ("a", "-100:100"), ("a", ":,5:1:-1"), ("a", "10:"), ("a", ":-10"),
    ("a", "::3,::-3"), ("a", "None"), ("a", "None,1,None"), ("a", "..."), ("a", "...,1"), ("a", "1,..."),
    ("a", "...,None"), ("a", "1,...,2"), ("a", ":,None,:,None"), ("a", "2:0"), ("a", ""),
    ("a", "::-1,::-1,::-1"), ("a", "-1:-4:-1"), ("a", ":,:,100:-100:-1"), ("a", ":,-2::-2,1::2"),
    ("a", "m:m1"), ("a", "m:m2"), ("a", "m:m3"), ("a", "1,m:m4"), ("a", "1,:,m:m5"), ("a", "...,m:m5"),
    ("a", "m:m0t"), ("a", "m:m0f"), ("a", ":,m:m45"), ("a", "None,m:m1"), ("a", "m:mnone"),
    ("a", "::-1,m:m45"), ("a", "i:i1"), ("a", ":,i:i2"), ("a", "1,:,i:i3"), ("a", "...,i:i3"),
    ("a", "i:iempty"), ("a", "1,i:i2"), ("a", "::-1,:,i:i3"), ("a", "...,1,i:i1"), ("a", "None,1,:,i:i3"),
    ("b", "1"), ("b", ":,::-2"), ("b", "m:m2"), ("b", "i:i1,1:"), ("b", "m:m0t"),
    ("c", "::2"), ("c", "i:i6"), ("c", "-1"), ("c", "1:100:2"),
    ("z", "1"), ("z", "...,i:i1"), ("z", "::-1,m:m1"),
    ("s", ""), ("s", "..."), ("s", "None"), ("s", "m:m0t"), ("s", "m:m0f"),
]

out = dict(names)
for name, a in arrays.items():
    out["base_" + name] = a
for k, (base, spec) in enumerate(cases):
    x = arrays[base]
    idx = parse(spec)
    got = x[idx]
    out[f"spec_{k}"] = np.frombuffer((base + "|" + spec).encode(), dtype=np.uint8)
    out[f"get_{k}"] = np.asarray(got)
    # the value: an elementwise-distinct array of the result's shape, a row, or a scalar, of another dtype
    if k % 3 == 0 and np.ndim(got) > 0:
        v = (-1.25 - np.arange(np.shape(got)[-1])).astype(np.float64)
    elif k % 3 == 1:
        v = np.asarray(-7.75)
    else:
        v = (-1 - np.arange(np.size(got))).reshape(np.shape(got)).astype(np.float32) / 2
    if np.iscomplexobj(x):
        v = v + 0.5j
    y = x.copy()
    y[idx] = v
    out[f"setv_{k}"] = np.asarray(v)
    out[f"set_{k}"] = y

# take / take_along_axis
t = np.arange(24, dtype=np.float64).reshape(2, 3, 4)
out["take_x"] = t
out["take_i"] = np.array([3, -1, 0, 0], dtype=np.int64)
for ax in range(3):
    idx = np.array([1, -1, 0], dtype=np.int64)
    out[f"take_ax{ax}"] = np.take(t, idx, axis=ax)
out["take_1d"] = np.take(np.arange(5.0), np.array([[4, 0], [-2, 1]]))
for ax in range(3):
    n = t.shape[ax]
    ta = rng.integers(-n, n, size=(2, 3, 4)).astype(np.int64)
    out[f"tala_i{ax}"] = ta
    out[f"tala_ax{ax}"] = np.take_along_axis(t, ta, axis=ax)
tb = rng.integers(0, 4, size=(1, 3, 2)).astype(np.int32)
out["tala_b"] = tb
out["tala_bcast"] = np.take_along_axis(t, tb, axis=2)
fixturelib.save(__file__, "indexing", **out)
