#!/usr/bin/env python3
"""Differential check of the CLI's spectral commands against SciPy on random cases.

Draws random inputs and options for welch, csd, coherence and periodogram: dtype, 1-d or 2-d along either
axis, length, window (names and SciPy tuples), nperseg (also longer than the input), noverlap, nfft, detrend,
scaling, average and return_onesided. Each case runs through cli/target/xpsci.jar three ways: fast paths on,
fast paths off, and the strict backend. Every result is compared with SciPy's: shape, dtype and values
(rtol 1e-9, or 2e-4 for float32/complex64). When SciPy raises, xpsci must exit with code 2.

Bins that are zero in exact arithmetic are rounding noise on both sides, such as DC after detrending and
coherence there. A difference confined to frequency 0 is reported apart as "DC only", not as a mismatch.

It is not part of the test suite; the fixture tests are. Use it to look for cases the fixtures miss:
    tools/fuzz-spectral.py [seed] [cases]        (default: seed 0, 30 cases; about 2 s per case)
It needs the CLI jar (./xpsci builds it) and python3 with numpy and scipy.
"""
import os
import subprocess
import sys
import tempfile
import warnings

import numpy as np
import scipy.signal as ss

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, 'cli', 'target', 'xpsci.jar')
WINDOWS = [('hann', 'hann'), ('hamming', 'hamming'), ('boxcar', 'boxcar'), ('flattop', 'flattop'),
           ('blackman', 'blackman'), ('bartlett', 'bartlett'), ('cosine', 'cosine'), ('parzen', 'parzen'),
           ('nuttall', 'nuttall'), ('triang', 'triang'), (('tukey', 0.3), 'tukey,0.3'),
           (('kaiser', 6.0), 'kaiser,6.0'), (('gaussian', 7.0), 'gaussian,7.0'),
           (('general_gaussian', 1.5, 5.0), 'general_gaussian,1.5,5.0')]
MODES = ([], ['--no-fast-paths'], ['--backend', 'strict'])


def draw(rng):
    """One random case: the function, x, y, SciPy's keyword arguments and the matching CLI options."""
    func = str(rng.choice(['welch', 'csd', 'coherence', 'periodogram']))
    dtypes = ['float64', 'float32'] if func == 'coherence' else ['float64', 'float32', 'complex128', 'complex64']
    dt = str(rng.choice(dtypes))
    n = int(rng.choice([5, 17, 64, 100, 257, 1000, 4099, 30000]))
    shape = (n,) if rng.random() < 0.5 else ((3, n) if rng.random() < 0.5 else (n, 3))
    axis = -1 if shape[-1] == n else 0
    x = rng.standard_normal(shape) + 0.5
    if dt.startswith('complex'):
        x = x + 1j * rng.standard_normal(shape)
    y = rng.standard_normal(shape) + 0.2 * x
    x, y = x.astype(dt), y.astype(dt)
    window, window_cli = WINDOWS[int(rng.integers(len(WINDOWS)))]
    fs = float(rng.choice([1.0, 10.0, 1e3]))
    kw = {'fs': fs, 'window': window, 'axis': axis}
    cli = ['--fs', repr(fs), '--window', window_cli, '--axis', str(axis)]
    if func == 'periodogram':
        if rng.random() < 0.3:
            kw['nfft'] = n + int(rng.integers(0, 40))
    else:
        kw['nperseg'] = int(rng.choice([4, 16, 33, 64, 128, 256, 5000]))
        effective = min(kw['nperseg'], n)
        if rng.random() < 0.5:
            kw['noverlap'] = int(rng.integers(0, effective))
        if rng.random() < 0.3:
            kw['nfft'] = effective + int(rng.integers(0, 40))
        if func != 'coherence' and rng.random() < 0.3:
            kw['average'] = 'median'
    kw['detrend'] = ['constant', 'linear', False][int(rng.integers(3))]
    if func != 'coherence':
        kw['scaling'] = str(rng.choice(['density', 'spectrum']))
        if not dt.startswith('complex') and rng.random() < 0.3:
            kw['return_onesided'] = False
    for key in ('nperseg', 'noverlap', 'nfft', 'average', 'scaling', 'detrend', 'return_onesided'):
        if key in kw:
            value = kw[key]
            cli += ['--' + key.replace('_', '-'), str(value).lower() if isinstance(value, bool) else str(value)]
    return func, x, y, kw, cli


def reference(func, x, y, kw):
    """SciPy's result, or None and the error it raised."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            f = getattr(ss, func)
            return (f(x, **kw) if func in ('welch', 'periodogram') else f(x, y, **kw)), None
        except Exception as e:  # SciPy's ValueError and friends: xpsci must refuse the case too
            return None, str(e)


def compare(got, want, tol, freq_axis):
    """An empty string when got matches want, else what differs ('DC only' when just frequency 0 does)."""
    if got.shape != np.shape(want):
        return f'shape {got.shape} vs {np.shape(want)}'
    if got.dtype != np.asarray(want).dtype:
        return f'dtype {got.dtype} vs {np.asarray(want).dtype}'
    if got.size == 0:
        return ''
    scale = np.max(np.abs(want))
    close = np.isclose(got, want, rtol=tol, atol=tol * scale * 1e-2 + 1e-300, equal_nan=True)
    if close.all():
        return ''
    err = np.nanmax(np.abs(got - want))
    if got.ndim and not np.delete(~close, 0, axis=freq_axis % got.ndim).any():
        return f'DC only (maxerr {err:.3g}, scale {scale:.3g})'
    return f'maxerr {err:.3g}, scale {scale:.3g}'


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    cases = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    rng = np.random.default_rng(seed)
    bad = dc = 0
    with tempfile.TemporaryDirectory() as tmp:
        xf, yf, out = (os.path.join(tmp, name) for name in ('x.npy', 'y.npy', 'out.npz'))
        for case in range(cases):
            func, x, y, kw, cli = draw(rng)
            np.save(xf, x)
            np.save(yf, y)
            want, error = reference(func, x, y, kw)
            args = [func, '--x', xf] + (['--y', yf] if func in ('csd', 'coherence') else []) + cli
            for mode in MODES:
                r = subprocess.run(['java', '-jar', JAR] + args + mode + ['--out', out],
                                   capture_output=True, text=True)
                tag = f'case {case}: {func} {x.dtype} {x.shape} {kw} {mode}'
                if want is None:
                    if r.returncode != 2:
                        print(f'MISMATCH (SciPy raised "{error}", xpsci exit {r.returncode})', tag)
                        bad += 1
                    continue
                if r.returncode != 0:
                    print(f'FAIL (exit {r.returncode}: {r.stderr.strip()[-300:]})', tag)
                    bad += 1
                    continue
                with np.load(out) as got:
                    notes = [f'{k}: {m}' for k, w in zip(got.keys(), want)
                             if (m := compare(got[k], w, 2e-4 if x.dtype in (np.float32, np.complex64) else 1e-9,
                                              kw['axis']))]
                if any('DC only' not in m for m in notes):
                    print('MISMATCH', tag, '; '.join(notes))
                    bad += 1
                elif notes:
                    dc += 1
    print(f'{cases} cases x {len(MODES)} paths: {bad} mismatches, {dc} differing at DC only (rounding noise)')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
