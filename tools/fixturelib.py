"""Helpers for the fixture generators (src/test/python/gen_*.py in each module).

A generator computes reference values with NumPy/SciPy and saves them with save(); tests read them with
org.xpsci.testing.Fixtures.load("<topic>.npz"). Keep fixtures small (a few KB each): inputs are generated
from fixed seeds, so a fixture is only the values a test compares against.
"""
import os
import sys

import numpy as np


def save(script_file, topic, **arrays):
    """Save arrays as <module>/src/test/resources/fixtures/<topic>.npz, next to the calling generator.

    script_file is the generator's __file__; topic may contain '/' for a sub-folder.
    """
    module = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(script_file)))))
    out = os.path.join(module, "src", "test", "resources", "fixtures", topic + ".npz")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    clean = {}
    for k, v in arrays.items():
        a = np.asarray(v)
        if a.dtype == object or a.dtype.kind in "USMmV":
            raise TypeError(f"fixture array {k!r} has unsupported dtype {a.dtype}")
        clean[k] = a
    np.savez_compressed(out, **clean)
    print(f"wrote {os.path.relpath(out)} ({os.path.getsize(out)} bytes, {len(clean)} arrays)", file=sys.stderr)


def rng(seed=1234):
    """The generator every fixture script draws its inputs from."""
    return np.random.default_rng(seed)
