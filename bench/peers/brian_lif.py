#!/usr/bin/python3
"""Peer comparison of LIFscope against Brian2 on one current-based LIF neuron.

Usage (normally through run_peers.sh):
    brian_lif.py all [--quick] [--out-dir DIR]      run every variant, print and write the table
    brian_lif.py variant CASE MODE DT_MS DUR_MS OUT [--method M]
                                                     one Brian2 run (used internally, in a child process)

Every Brian2 run happens in its own child process.  Brian2 keeps global device state (the
cpp_standalone device can build only once per process without reinit tricks), and a fresh
process also makes each wall-time measurement independent of what ran before.

The model (ms, mV, pF, nS, pA):
    C dV/dt = -gL (V - EL) + Ie + Ii + Iext,  dIe/dt = -Ie/tauE,  dIi/dt = -Ii/tauI
    excitatory input: Ie += wE;  inhibitory input: Ii -= wI
    V >= Vth: spike, V := Vreset, V held for tref (Ie, Ii keep evolving).
"""

import argparse
import datetime
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))

# Model defaults, in the units named in the docstring.
P = dict(C=250.0, gL=25.0, EL=-65.0, Vth=-50.0, Vreset=-65.0, tref=2.0,
         tauE=5.0, tauI=10.0, wE=50.0, wI=100.0)

HOUR_MS = 3.6e6

# Stimulus of each case: ('const', I) or ('sine', offset, amplitude, freq_Hz); rates in Hz.
CASES = {
    'a': dict(stim=('const', 500.0), rateE=0.0, rateI=0.0, trace=False,
              label='a: const 500 pA'),
    'b': dict(stim=('const', 500.0), rateE=0.0, rateI=0.0, trace=True,
              label='b: const 500 pA + V trace'),
    'c': dict(stim=('sine', 400.0, 100.0, 5.0), rateE=0.0, rateI=0.0, trace=False,
              label='c: sine 400+100 sin(2pi 5Hz t)'),
    'd': dict(stim=('const', 200.0), rateE=2000.0, rateI=500.0, trace=False,
              label='d: Poisson 2000/500 Hz + 200 pA'),
}

# Brian2 integration method.  Brian's own first choice, 'exact', cannot integrate this model:
# tauI == tau_m = C/gL = 10 ms is a repeated eigenvalue, and Brian's symbolic solution (with
# the refractory gate `not_refractory` inside the v equation) divides by zero there -- see the
# comment in brian_variant() and the probe rows of the plan.  'exponential_euler', Brian's
# classic LIF method, freezes the currents over a step and integrates V exactly: with Ie = Ii = 0
# (cases a, b) it is exact integration, for (c) and (d) it is first order in the input.
BRIAN_METHOD = 'exponential_euler'

# What to run: (case, mode, dt_ms, duration_ms[, method]).  Durations keep the whole script
# at ~6 minutes on the 2-core machine (measured with other work running): measured here, Brian2
# standalone costs ~0.6 us per step, runtime (Cython) ~8 us per step and ~19 us with the
# StateMonitor of case (b).  So only standalone at dt = 0.1 ms runs the headline hour directly;
# everything else runs a shorter stretch and case (a) rows are extrapolated (and labelled so).
PLAN = [
    ('a', 'standalone', 0.1, HOUR_MS),
    ('a', 'standalone', 0.001, 20e3),
    ('a', 'runtime', 0.1, 100e3),       # 100 s: the span of the known 6329-spike figure
    ('a', 'runtime', 0.001, 2e3),
    ('b', 'standalone', 0.1, 100e3),
    ('b', 'standalone', 0.001, 5e3),
    ('b', 'runtime', 0.1, 20e3),
    ('b', 'runtime', 0.001, 0.5e3),
    ('c', 'standalone', 0.1, 100e3),
    ('c', 'standalone', 0.001, 5e3),
    ('c', 'runtime', 0.1, 20e3),
    ('c', 'runtime', 0.001, 0.5e3),
    # Case (d) is compared by rate only, so it needs enough spikes (~7 Hz) for a useful estimate.
    ('d', 'standalone', 0.1, 1000e3),
    ('d', 'standalone', 0.001, 20e3),
    ('d', 'runtime', 0.1, 20e3),
    ('d', 'runtime', 0.001, 0.5e3),
    # Probes of Brian's default method on this model (expected: error or NaN, no spikes).
    ('a', 'standalone', 0.1, 10e3, 'exact'),
    ('a', 'runtime', 0.1, 10e3, 'exact'),
]
# A much shorter plan for checking the script itself.
QUICK_PLAN = [(e[0], e[1], e[2], min(e[3], 2e3 if e[2] >= 0.1 else 100.0)) + tuple(e[4:]) for e in PLAN]

# LIFscope durations: the hour for the headline case; 100 s for (b) (its trace at 0.1 ms is 1e6
# CSV rows, an hour would be a ~2 GB file) and (c); 1000 s for (d), whose rate needs the spikes.
LIFSCOPE_DURATION = {'a': HOUR_MS, 'b': 100e3, 'c': 100e3, 'd': 1000e3}
LIFSCOPE_TIMEOUT_S = 300

PYTHON = sys.executable or '/usr/bin/python3'


# ----------------------------------------------------------------------------------------------
# Reference solutions (pure Python + numpy; no Brian2 involved)
# ----------------------------------------------------------------------------------------------

def exact_const_spikes(I, T):
    """Spike times of case (a) in [0, T): V starts at EL = Vreset, so every ISI is identical."""
    tau_m = P['C'] / P['gL']
    num = I - P['gL'] * (P['Vreset'] - P['EL'])
    den = I - P['gL'] * (P['Vth'] - P['EL'])
    if den <= 0:
        return np.empty(0)          # never reaches threshold
    isi = P['tref'] + tau_m * math.log(num / den)
    # The first spike has no refractory period before it, hence the (isi - tref) offset.
    n = int(math.floor((T - (isi - P['tref'])) / isi)) + 1
    t = np.arange(max(n, 0)) * isi + (isi - P['tref'])
    return t[t < T]


def first_crossing(V, dV, a, b, M, thr, xtol=1e-12):
    """First t in [a, b] with V(t) >= thr, or None.

    Rigorous as long as |V''| <= M on [a, b]: the bound max V <= max(V(a), V(b)) + M w^2/8 lets
    whole sub-intervals be discarded, so a brief excursion above threshold between two samples
    cannot be missed (plain sampling could).  Once an interval is short enough that V is provably
    increasing on it, its single root is polished with Brent's method.
    """
    from scipy.optimize import brentq

    def rec(a, Va, b, Vb, depth):
        if Va >= thr:
            return a
        w = b - a
        if max(Va, Vb) + M * w * w / 8.0 < thr:
            return None
        if Vb >= thr and dV(a) - M * w > 0:
            return brentq(lambda t: V(t) - thr, a, b, xtol=xtol, rtol=4 * np.finfo(float).eps)
        if depth > 80 or w < 1e-13:
            # A touch of threshold narrower than ~1e-13 ms: count it only if an end is above.
            return b if Vb >= thr else None
        m = 0.5 * (a + b)
        Vm = V(m)
        r = rec(a, Va, m, Vm, depth + 1)
        return r if r is not None else rec(m, Vm, b, Vb, depth + 1)

    return rec(a, V(a), b, V(b), 0)


def reference_sine_spikes(I0, I1, f_hz, T):
    """Spike times of case (c) in [0, T) from the closed form of the linear membrane.

    Between spikes tau dV/dt = -(V - EL) + I(t)/gL with I = I0 + I1 sin(w t).  A particular
    solution is Vp(t) = EL + I0/gL + (I1/gL)(sin wt - w tau cos wt)/(1 + (w tau)^2), so from a
    known (t0, V0): V(t) = Vp(t) + (V0 - Vp(t0)) exp(-(t - t0)/tau).  No time stepping at all;
    the only numerical error is the root finding (~1e-12 ms).
    """
    gL, C, EL = P['gL'], P['C'], P['EL']
    tau = C / gL
    w = 2 * math.pi * f_hz / 1000.0             # rad/ms
    k = (I1 / gL) / (1 + (w * tau) ** 2)

    def Vp(t):
        return EL + I0 / gL + k * (math.sin(w * t) - w * tau * math.cos(w * t))

    # |V''| bound valid while V stays between its start and its drive (|V - EL| <= Dmax).
    Imax = abs(I0) + abs(I1)
    Dmax = max(abs(P['Vreset'] - EL), abs(P['Vth'] - EL), Imax / gL)
    M = (gL * (gL * Dmax + Imax) / C + abs(I1) * w) / C

    spikes = []
    t0, V0 = 0.0, EL
    window = 20.0                               # ms searched per call; any size works
    while t0 < T:
        c0 = V0 - Vp(t0)

        def V(t, t0=t0, c0=c0):
            return Vp(t) + c0 * math.exp(-(t - t0) / tau)

        def dV(t):
            return (-gL * (V(t) - EL) + I0 + I1 * math.sin(w * t)) / C

        a = t0
        ts = None
        while a < T:
            b = min(a + window, T)
            ts = first_crossing(V, dV, a, b, M, P['Vth'])
            if ts is not None:
                break
            a = b
        if ts is None or ts >= T:
            break
        spikes.append(ts)
        t0, V0 = ts + P['tref'], P['Vreset']
    return np.array(spikes)


def _expm1_over(delta, s):
    """(exp(delta s) - 1)/delta, with its limit s at delta = 0 (tauI == tau_m here!)."""
    if abs(delta * s) < 1e-300 or delta == 0.0:
        return s
    return math.expm1(delta * s) / delta


def reference_poisson_count(rateE, rateI, Iext, T, seed=1):
    """Exact event-driven simulation of case (d) on its own Poisson trains; returns spike count.

    Between input events the system is linear with constant Iext, so from (V0, Ie0, Ii0):
        V(s) = Vinf + (V0 - Vinf) e^{-s/tm} + e^{-s/tm} (Ie0 E(dE, s) + Ii0 E(dI, s)) / C
    with Vinf = EL + Iext/gL, d = 1/tm - 1/tau_syn, E(d, s) = (e^{d s} - 1)/d.  With the default
    parameters tauI == tm, where the textbook form Ii0/(gL - C/tauI) divides by zero; E() has
    the right limit (s).
    """
    gL, C, EL, Vth = P['gL'], P['C'], P['EL'], P['Vth']
    tm, tE, tI = C / gL, P['tauE'], P['tauI']
    dE, dI = 1 / tm - 1 / tE, 1 / tm - 1 / tI
    Vinf = EL + Iext / gL

    rng = np.random.default_rng(seed)

    def train(rate):
        if rate <= 0:
            return np.empty(0)
        n = int(rate * T / 1000.0 * 1.2 + 100)
        t = np.cumsum(rng.exponential(1000.0 / rate, n))
        while t[-1] < T:                       # extremely unlikely top-up
            t = np.concatenate([t, t[-1] + np.cumsum(rng.exponential(1000.0 / rate, n))])
        return t[t < T]

    tEv, tIv = train(rateE), train(rateI)
    times = np.concatenate([tEv, tIv, [T]])
    kinds = np.concatenate([np.ones(len(tEv)), -np.ones(len(tIv)), [0]])
    order = np.argsort(times, kind='stable')
    times, kinds = times[order].tolist(), kinds[order].tolist()

    t, V, Ie, Ii = 0.0, EL, 0.0, 0.0
    ref_until = -1.0
    count = 0

    def state_at(s, V0, Ie0, Ii0):
        e = math.exp(-s / tm)
        return (Vinf + (V0 - Vinf) * e + e * (Ie0 * _expm1_over(dE, s) + Ii0 * _expm1_over(dI, s)) / C,
                Ie0 * math.exp(-s / tE), Ii0 * math.exp(-s / tI))

    for tn, kind in zip(times, kinds):
        while t < tn:
            if t < ref_until:                  # clamped: only the currents move
                t1 = min(ref_until, tn)
                _, Ie, Ii = state_at(t1 - t, V, Ie, Ii)
                t = t1
                if t >= ref_until:
                    V = P['Vreset']
                continue
            # Free evolution on [t, tn]: look for the first threshold crossing.
            t0, V0, Ie0, Ii0 = t, V, Ie, Ii
            Dmax = max(abs(V0 - EL), abs(Vth - EL), (abs(Ie0) + abs(Ii0) + abs(Iext)) / gL)
            Vp_max = (gL * Dmax + abs(Ie0) + abs(Ii0) + abs(Iext)) / C
            M = (gL * Vp_max + abs(Ie0) / tE + abs(Ii0) / tI) / C

            def Vf(x):
                return state_at(x - t0, V0, Ie0, Ii0)[0]

            def dVf(x):
                v, ie, ii = state_at(x - t0, V0, Ie0, Ii0)
                return (-gL * (v - EL) + ie + ii + Iext) / C

            ts = first_crossing(Vf, dVf, t0, tn, M, Vth)
            if ts is None:
                V, Ie, Ii = state_at(tn - t0, V0, Ie0, Ii0)
                t = tn
            else:
                count += 1
                _, Ie, Ii = state_at(ts - t0, V0, Ie0, Ii0)
                V, t, ref_until = P['Vreset'], ts, ts + P['tref']
        if kind > 0:
            Ie += P['wE']
        elif kind < 0:
            Ii -= P['wI']
    return count


def self_check():
    """Cross-check the two general reference solvers against the closed form of case (a)."""
    exact = exact_const_spikes(500.0, 1000.0)
    viasine = reference_sine_spikes(500.0, 0.0, 5.0, 1000.0)
    assert len(exact) == len(viasine), (len(exact), len(viasine))
    err = float(np.max(np.abs(exact - viasine)))
    assert err < 1e-8, err
    n = reference_poisson_count(0.0, 0.0, 500.0, 1000.0)
    assert n == len(exact), (n, len(exact))
    return err


# ----------------------------------------------------------------------------------------------
# One Brian2 run (child process)
# ----------------------------------------------------------------------------------------------

def brian_variant(case, mode, dt_ms, dur_ms, out, method=BRIAN_METHOD):
    import logging
    import warnings
    warnings.filterwarnings('ignore')          # Debian's pythran/numpy pair warns on import
    import brian2 as b2
    from brian2 import ms, pA, Hz, second
    b2.prefs.logging.console_log_level = 'WARNING'
    logging.getLogger('py.warnings').setLevel(logging.ERROR)

    spec = CASES[case]
    build_dir = None
    if mode == 'standalone':
        build_dir = tempfile.mkdtemp(prefix='brian_peer_')
        # build_on_run=False: run() only records the network, so code generation + make and
        # the execution of the binary can be timed apart below.
        b2.set_device('cpp_standalone', directory=build_dir, build_on_run=False)
    b2.seed(12345)
    b2.defaultclock.dt = dt_ms * ms

    # Parameters go in as numbers, and the membrane as tau_m dV/dt = -(V - EL) + I/gL with tau_m
    # in ms.  Why this matters for the 'exact' probe rows (Brian 2.5.1, found in this session):
    # sympy sees unit names as symbols, so the repeated eigenvalue tauI == C/gL is invisible.
    #   - named constants: it emits 1/(C - gL*tauI) = 1/0 (runtime: ZeroDivisionError,
    #     standalone: V becomes NaN, zero spikes);
    #   - C, gL as pF/nS literals: the Ii term becomes 0/(rounding residue) = 0, so inhibition
    #     is silently dropped from V (case (d) fires at ~100 Hz instead of ~9 Hz);
    #   - this ms form without refractoriness is solved correctly (t*exp(-t/tau) term), but the
    #     `unless refractory` gate enters the matrix symbolically and the Ii term is divided by
    #     (not_refractory - 1), i.e. by zero whenever the neuron is not refractory.
    # exponential_euler has none of this: it only ever divides by the v coefficient.
    p = {k: repr(float(v)) for k, v in P.items()}
    tau_m = repr(P['C'] / P['gL'])
    if spec['stim'][0] == 'const':
        iext = f"{spec['stim'][1]!r}*pA"
    else:
        _, i0, i1, f = spec['stim']
        iext = f"({i0!r} + {i1!r}*sin(2*pi*{f!r}*Hz*t))*pA"
    eqs = f"""
    dv/dt = (-(v - {p['EL']}*mV) + (Ie + Ii + Iext)/({p['gL']}*nS))/({tau_m}*ms) : volt (unless refractory)
    dIe/dt = -Ie/({p['tauE']}*ms) : amp
    dIi/dt = -Ii/({p['tauI']}*ms) : amp
    Iext = {iext} : amp
    """
    G = b2.NeuronGroup(1, eqs, threshold=f"v > {p['Vth']}*mV", reset=f"v = {p['Vreset']}*mV",
                       refractory=P['tref'] * ms, method=method)
    G.v = P['EL'] * b2.mV
    objs = [G]
    spk = b2.SpikeMonitor(G)
    objs.append(spk)
    if spec['rateE'] > 0 or spec['rateI'] > 0:
        # PoissonInput draws a binomial count per step from N independent sources; with many
        # sources at a low rate this is a pooled Poisson train, and unlike a single PoissonGroup
        # it can deliver more than one input in a step (rate*dt = 0.2 at dt = 0.1 ms).
        nsrc = 1000
        objs.append(b2.PoissonInput(G, 'Ie', nsrc, spec['rateE'] / nsrc * Hz, weight=P['wE'] * pA))
        objs.append(b2.PoissonInput(G, 'Ii', nsrc, spec['rateI'] / nsrc * Hz, weight=-P['wI'] * pA))
    trace = None
    if spec['trace']:
        trace = b2.StateMonitor(G, 'v', record=0, dt=0.1 * ms)
        objs.append(trace)
    net = b2.Network(*objs)

    res = dict(case=case, mode=mode, dt_ms=dt_ms, duration_ms=dur_ms, method=method,
               brian_version=b2.__version__)
    if mode == 'standalone':
        dev = b2.get_device()
        t0 = time.perf_counter()
        net.run(dur_ms * ms)
        dev.build(directory=build_dir, compile=True, run=False, with_output=False)
        res['build_s'] = time.perf_counter() - t0
        res['make_s'] = dev.timers['compile']['make']
        # The binary is the only child process started by dev.run, so the children's rusage
        # delta is its CPU time: a figure that, unlike wall time, a busy machine barely moves.
        ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        dev.run(build_dir, False, [])
        ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        res['wall_s'] = dev.timers['run_binary']
        res['cpu_s'] = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
        res['user_s'] = ru1.ru_utime - ru0.ru_utime
        res['loop_s'] = getattr(dev, '_last_run_time', None)   # simulation loop alone
        res['target'] = 'cpp_standalone'
    else:
        # A zero-length run performs code generation and the Cython compile (or the load from
        # Brian's on-disk cache), so the timed run() below measures simulation alone.
        t0 = time.perf_counter()
        net.run(0 * ms)
        res['build_s'] = time.perf_counter() - t0
        ru0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        net.run(dur_ms * ms)
        res['wall_s'] = time.perf_counter() - t0
        ru1 = resource.getrusage(resource.RUSAGE_SELF)
        res['cpu_s'] = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
        res['user_s'] = ru1.ru_utime - ru0.ru_utime
        res['target'] = type(G.state_updater.codeobj).__name__.replace('CodeObject', '').lower()
    spikes = np.asarray(spk.t / ms, dtype=float)
    res['spikes'] = int(len(spikes))
    if trace is not None:
        res['trace_samples'] = int(len(trace.t))
        res['trace_v_finite'] = bool(np.all(np.isfinite(trace.v[0] / b2.mV)))
    res['v_final_mV'] = float(G.v[0] / b2.mV)
    np.save(out + '.npy', spikes)
    with open(out + '.json', 'w') as fh:
        json.dump(res, fh)
    if build_dir:
        shutil.rmtree(build_dir, ignore_errors=True)


# ----------------------------------------------------------------------------------------------
# LIFscope runs
# ----------------------------------------------------------------------------------------------

def read_csv_column(path, column):
    """Column of a LIFscope CSV: '#' comment lines, then a header, then rows."""
    with open(path) as fh:
        header = None
        for line in fh:
            if line.startswith('#') or not line.strip():
                continue
            header = [h.strip() for h in line.strip().split(',')]
            break
        if header is None:
            return np.empty(0)
        idx = header.index(column)
        data = np.loadtxt(fh, delimiter=',', usecols=(idx,), ndmin=1, comments='#')
    return np.atleast_1d(np.asarray(data, dtype=float))


def count_data_rows(path):
    n = 0
    header_seen = False
    with open(path) as fh:
        for line in fh:
            if line.startswith('#') or not line.strip():
                continue
            if not header_seen:
                header_seen = True
                continue
            n += 1
    return n


def lifscope_case(binary, case, dur_ms, workdir, solver=None):
    """One LIFscope CLI run; `solver` None keeps the default (auto: the closed form for this model), else --solver."""
    spec = CASES[case]
    spikes_csv = os.path.join(workdir, f'lifscope_{case}_spikes.csv')
    cmd = [binary, '--headless', '-T', repr(dur_ms), '--spikes-csv', spikes_csv]
    if solver:
        cmd += ['--solver', solver]
    if spec['stim'][0] == 'const':
        cmd += ['--stimulus', f"const:{spec['stim'][1]:g}"]
    else:
        _, i0, i1, f = spec['stim']
        cmd += ['--stimulus', f'sine:{i0:g},{i1:g},{f:g}']
    if spec['rateE'] > 0 or spec['rateI'] > 0:
        cmd += ['--set', f"rateE={spec['rateE']:g}", '--set', f"rateI={spec['rateI']:g}"]
    trace_csv = None
    if spec['trace']:
        trace_csv = os.path.join(workdir, f'lifscope_{case}_trace.csv')
        cmd += ['--trace-csv', trace_csv, '--dt', '0.1']
    res = dict(case=case, mode='lifscope', duration_ms=dur_ms, cmd=' '.join(cmd), solver=solver)
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              timeout=LIFSCOPE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        res['error'] = f'timeout after {LIFSCOPE_TIMEOUT_S} s'
        return res, None
    res['wall_s'] = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    res['cpu_s'] = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    res['user_s'] = ru1.ru_utime - ru0.ru_utime
    if proc.returncode != 0:
        res['error'] = f'exit {proc.returncode}: {proc.stderr.strip()[:300]}'
        return res, None
    try:
        spikes = read_csv_column(spikes_csv, 'spike_time_ms')
    except Exception as exc:                   # report, don't abort the whole benchmark
        res['error'] = f'could not read {spikes_csv}: {exc}'
        return res, None
    res['spikes'] = int(len(spikes))
    if trace_csv:
        res['trace_samples'] = count_data_rows(trace_csv)
    for f in (spikes_csv, trace_csv):
        if f and os.path.exists(f):
            os.remove(f)
    return res, spikes


# ----------------------------------------------------------------------------------------------
# Comparison and report
# ----------------------------------------------------------------------------------------------

def spike_error(spikes, ref):
    """Worst |t_i - ref_i| over spikes matched by index, plus count difference and 1st-spike error."""
    n = min(len(spikes), len(ref))
    if n == 0:
        return None, len(spikes) - len(ref), None
    d = np.abs(np.asarray(spikes[:n]) - np.asarray(ref[:n]))
    return float(d.max()), len(spikes) - len(ref), float(d[0])


def fmt_dur(ms):
    s = ms / 1000.0
    if ms >= HOUR_MS and ms % HOUR_MS == 0:
        return f'{ms / HOUR_MS:g} h'
    return f'{s:g} s'


def fmt(x, nd=3):
    if x is None:
        return '–'
    if isinstance(x, str):
        return x
    if x == 0:
        return '0'
    if abs(x) >= 1000 or abs(x) < 1e-3:
        return f'{x:.{nd}g}' if abs(x) < 1e-3 else f'{x:.0f}'
    return f'{x:.{nd}g}'


def machine_facts():
    cpu = 'unknown'
    try:
        with open('/proc/cpuinfo') as fh:
            for line in fh:
                if line.startswith('model name'):
                    cpu = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    # Ask a child for the version: importing brian2 here would print Debian's pythran
    # FutureWarnings into the report's stdout.
    probe = subprocess.run([PYTHON, '-W', 'ignore', '-c', 'import brian2; print(brian2.__version__)'],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    bv = probe.stdout.strip() or 'not importable'
    gxx = subprocess.run(['g++', '--version'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         text=True).stdout.splitlines()
    return dict(nproc=os.cpu_count(), cpu=cpu, brian2=bv, python=platform.python_version(),
                numpy=np.__version__, gxx=gxx[0] if gxx else 'none',
                kernel=platform.release())


def run_all(args):
    plan = QUICK_PLAN if args.quick else PLAN
    t_start = time.perf_counter()
    facts = machine_facts()
    # Other work on this machine (builds, fuzzers, test suites) inflates wall times; the load
    # average before and after goes into the report so a reader can judge the numbers.
    facts['load_start'] = os.getloadavg()
    print(f"# load average at start: {facts['load_start'][0]:.2f} (1 min), {facts['load_start'][1]:.2f} (5 min)",
          flush=True)
    print(f"# machine: nproc={facts['nproc']}, CPU={facts['cpu']}, Brian2 {facts['brian2']}, "
          f"Python {facts['python']}, numpy {facts['numpy']}, {facts['gxx']}", flush=True)

    err = self_check()
    print(f'# reference self-check passed (general solvers vs closed form: {err:.1e} ms)', flush=True)

    work = tempfile.mkdtemp(prefix='lifscope_peers_')
    rows = []
    spikes_of = {}
    try:
        for i, entry in enumerate(plan):
            case, mode, dt, dur = entry[:4]
            method = entry[4] if len(entry) > 4 else BRIAN_METHOD
            out = os.path.join(work, f'{i}_{case}_{mode}_{dt:g}')
            print(f'# [{i + 1}/{len(plan)}] Brian2 {mode} [{method}] case {case} dt={dt:g} ms for {fmt_dur(dur)} ...',
                  flush=True)
            t0 = time.perf_counter()
            proc = subprocess.run([PYTHON, os.path.abspath(__file__), 'variant', case, mode,
                                   repr(dt), repr(dur), out, '--method', method],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if proc.returncode != 0:
                lines = proc.stdout.strip().splitlines()
                # The exception's own line (e.g. ZeroDivisionError) says more than Brian's wrapper.
                why = next((ln for ln in lines if ln.split(':')[0].endswith('Error')
                            and 'BrianObjectException' not in ln), lines[-1] if lines else '')
                print(f'#   FAILED (exit {proc.returncode}): {why.strip()}', flush=True)
                rows.append(dict(case=case, mode=mode, dt_ms=dt, duration_ms=dur, method=method,
                                 brian_version=facts['brian2'], target='cython' if mode == 'runtime' else None,
                                 error=f'exit {proc.returncode}: {why.strip()[:120]}'))
                continue
            with open(out + '.json') as fh:
                r = json.load(fh)
            r['key'] = (case, mode, dt, method)
            spikes_of[r['key']] = np.load(out + '.npy')
            print(f"#   run {r['wall_s']:.2f} s (CPU {r['cpu_s']:.2f} s), build {r['build_s']:.2f} s, {r['spikes']} spikes "
                  f"(child process {time.perf_counter() - t0:.1f} s)", flush=True)
            rows.append(r)

        binary = os.environ.get('LIFSCOPE_BIN', '/work/main/build/app/lifscope')
        have_lifscope = os.path.isfile(binary) and os.access(binary, os.X_OK)
        if not have_lifscope:
            print(f'# LIFscope binary not found at {binary} (set LIFSCOPE_BIN): skipping LIFscope rows',
                  flush=True)
        else:
            ver = subprocess.run([binary, '--version'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True).stdout.strip().splitlines()
            facts['lifscope'] = f"{binary} ({ver[0] if ver else 'no --version output'})"
            # A binary does not know its commit; whoever built it can say so in LIFSCOPE_NOTE.
            if os.environ.get('LIFSCOPE_NOTE'):
                facts['lifscope'] += f", {os.environ['LIFSCOPE_NOTE']}"
            print(f"# LIFscope: {facts['lifscope']}", flush=True)
            # The default solver (auto, which is the closed form for the LIF) and Dormand-Prince (abstol 1e-12).
            for solver in (None, 'dopri5'):
                for case in CASES:
                    dur = LIFSCOPE_DURATION[case] if not args.quick else 2e3
                    print(f"# LIFscope case {case} ({solver or 'default solver'}) for {fmt_dur(dur)} ...",
                          flush=True)
                    r, sp = lifscope_case(binary, case, dur, work, solver)
                    if 'error' in r:
                        print(f"#   FAILED: {r['error']}", flush=True)
                    else:
                        print(f"#   wall {r['wall_s']:.2f} s (CPU {r['cpu_s']:.2f} s), {r['spikes']} spikes",
                              flush=True)
                        r['key'] = (case, 'lifscope', solver, None)
                        spikes_of[r['key']] = sp
                    rows.append(r)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    # References, computed for the longest duration each case needs and cut per row.
    print('# computing reference solutions ...', flush=True)
    t_ref = time.perf_counter()
    longest = {}
    for r in rows:
        longest[r['case']] = max(longest.get(r['case'], 0.0), r['duration_ms'])
    refs = {}
    for case, T in longest.items():
        stim = CASES[case]['stim']
        if CASES[case]['rateE'] > 0 or CASES[case]['rateI'] > 0:
            # A different Poisson train from anyone else's: only the rate is comparable.
            Tref = max(T, 1000e3) if not args.quick else T
            n = reference_poisson_count(CASES[case]['rateE'], CASES[case]['rateI'], stim[1], Tref)
            refs[case] = ('rate', n / (Tref / 1000.0), math.sqrt(max(n, 1)) / (Tref / 1000.0), Tref)
        elif stim[0] == 'const':
            refs[case] = ('times', exact_const_spikes(stim[1], T))
        else:
            refs[case] = ('times', reference_sine_spikes(stim[1], stim[2], stim[3], T))
    print(f'#   done in {time.perf_counter() - t_ref:.1f} s', flush=True)

    table = []
    for r in rows:
        case = r['case']
        if r['mode'] == 'lifscope':
            variant = 'LIFscope (headless CLI)' + (f" --solver {r['solver']}" if r.get('solver') else '')
            dt_s = 'adaptive' + (' (trace 0.1)' if CASES[case]['trace'] else '')
        else:
            target = r.get('target', '?')
            variant = (f"Brian2 {r.get('brian_version', '')} "
                       + ('C++ standalone' if r['mode'] == 'standalone' else f'runtime ({target})')
                       + f" [{r.get('method', BRIAN_METHOD)}]")
            dt_s = f"{r['dt_ms']:g}"
        dur = r['duration_ms']
        row = dict(variant=variant, dt=dt_s, case=CASES[case]['label'], dur=fmt_dur(dur),
                   wall=r.get('wall_s'), cpu=r.get('cpu_s'), build=r.get('build_s'), spikes=r.get('spikes'),
                   exact='–', err='–', notes=[], raw=r)
        if 'error' in r:
            row['notes'].append(f"FAILED: {r['error']}")
            table.append(row)
            continue
        sp = spikes_of.get(r.get('key'))
        ref = refs[case]
        if ref[0] == 'times':
            rt = ref[1][ref[1] < dur]
            row['exact'] = len(rt)
            e, dn, e1 = spike_error(sp, rt)
            row['err'] = e
            if dn != 0:
                row['notes'].append(f'count differs by {dn:+d} (error over the first {min(len(sp), len(rt))})')
            if e1 is not None:
                row['notes'].append(f'1st-spike error {fmt(e1)} ms')
        else:
            _, rate, se, Tref = ref
            row['exact'] = f'≈{rate * dur / 1000.0:.0f} (ref rate {rate:.2f} ± {se:.2f} Hz)'
            row['err'] = 'n/a (own Poisson train)'
            row['notes'].append(f"rate {r['spikes'] / (dur / 1000.0):.2f} Hz")
        if r['mode'] == 'standalone' and r.get('loop_s') is not None:
            row['notes'].append(f"loop alone {r['loop_s']:.2f} s")
        if 'trace_samples' in r:
            row['notes'].append(f"{r['trace_samples']} trace samples")
        if not math.isfinite(r.get('v_final_mV', 0.0)):
            row['notes'].append('V is NaN at the end')
        if case == 'a' and dur < HOUR_MS and r.get('wall_s') is not None and r.get('method', BRIAN_METHOD) == BRIAN_METHOD:
            row['notes'].append(f"EXTRAPOLATED to 1 h: wall {r['wall_s'] * HOUR_MS / dur:.0f} s, "
                                f"CPU {r['cpu_s'] * HOUR_MS / dur:.0f} s (linear in duration)")
        table.append(row)

    facts['load_end'] = os.getloadavg()
    md = render(table, facts, args, time.perf_counter() - t_start, rows, spikes_of, refs)
    print()
    print(md)
    out_dir = args.out_dir or HERE
    with open(os.path.join(out_dir, 'results.md'), 'w') as fh:
        fh.write(md)
    if not args.quick:
        dated = os.path.join(out_dir, f'results-{datetime.date.today().isoformat()}.md')
        with open(dated, 'w') as fh:
            fh.write(md)
        print(f'# written {os.path.join(out_dir, "results.md")} and {dated}')
    else:
        print(f'# written {os.path.join(out_dir, "results.md")} (quick plan: no dated copy)')


def headline(rows, spikes_of, refs):
    """Case (a) ratios: LIFscope vs Brian2 standalone at dt = 0.1 ms (1 h wall and CPU, worst error)."""
    lines = []
    brian = next((r for r in rows if r['case'] == 'a' and r['mode'] == 'standalone' and r['dt_ms'] == 0.1
                  and r.get('method') == BRIAN_METHOD and 'error' not in r), None)
    lifs = [r for r in rows if r['case'] == 'a' and r['mode'] == 'lifscope' and 'error' not in r]
    if brian is None:
        return ['- Brian2 standalone dt=0.1 ms case (a) did not run: no ratios.']

    def per_hour(r):
        k = HOUR_MS / r['duration_ms']
        return r['wall_s'] * k, r['cpu_s'] * k, 'measured' if k <= 1 else 'EXTRAPOLATED'

    ref = refs['a'][1]
    b_wall, b_cpu, b_lab = per_hour(brian)
    b_err = spike_error(spikes_of[brian['key']], ref[ref < brian['duration_ms']])[0]
    b_user = brian.get('user_s', brian['cpu_s']) * HOUR_MS / brian['duration_ms']
    lines.append(f'- Brian2 C++ standalone, dt = 0.1 ms, case (a), 1 h ({b_lab}): wall {b_wall:.2f} s, '
                 f'CPU {b_cpu:.2f} s (user {b_user:.2f} s), worst spike-time error {fmt(b_err)} ms.')
    if not lifs:
        lines.append('- LIFscope: no result (binary missing or failed), so no ratios.')
        return lines
    for lif in lifs:
        name = f"LIFscope headless CLI --solver {lif['solver']}" if lif.get('solver') else \
            'LIFscope headless CLI (default auto = exact)'
        l_wall, l_cpu, l_lab = per_hour(lif)
        l_err = spike_error(spikes_of[lif['key']], ref[ref < lif['duration_ms']])[0]
        lines.append(f'- {name}, case (a), 1 h ({l_lab}): wall {l_wall:.2f} s, CPU {l_cpu:.2f} s, '
                     f'worst spike-time error {fmt(l_err)} ms.')
        lines.append(f'- **Wall-time ratio {name} / Brian2 standalone dt 0.1 ms: {l_wall / b_wall:.3g}** '
                     f'(CPU-time ratio {l_cpu / b_cpu:.3g}; LIFscope CPU over Brian2 user time only (its system '
                     f'time is clock calls) {l_cpu / b_user:.3g}, i.e. {b_user / l_cpu:.0f}x; below 1 means '
                     f'LIFscope is faster).')
        if l_err is not None and b_err:
            lines.append(f'- **Worst-error ratio {name} / Brian2 standalone dt 0.1 ms: {l_err / b_err:.3g}**.')
    return lines


def render(table, facts, args, elapsed, rows, spikes_of, refs):
    cols = ['tool/variant', 'dt (ms)', 'case', 'simulated duration', 'wall time (s)', 'CPU time (s)',
            'build time (s)',
            'spikes', 'exact spikes', 'worst spike-time error (ms)', 'notes']
    out = []
    out.append(f"# LIFscope peer comparison: Brian2 ({datetime.date.today().isoformat()})")
    out.append('')
    out.append(f"Machine: nproc = {facts['nproc']}, CPU = {facts['cpu']}, kernel {facts['kernel']}; "
               f"Brian2 {facts['brian2']} (Debian python3-brian), Python {facts['python']}, "
               f"numpy {facts['numpy']}, {facts['gxx']}.")
    out.append(f"LIFscope: {facts.get('lifscope', 'binary not found, no LIFscope rows')}.")
    ls, le = facts['load_start'], facts['load_end']
    out.append(f"Load average (1 min / 5 min): {ls[0]:.2f} / {ls[1]:.2f} at start, {le[0]:.2f} / {le[1]:.2f} "
               f"at end" + (" -- ABOVE nproc: other work shared the cores, so wall times are inflated; "
                            "CPU times are the steadier figure." if max(ls[0], le[0], ls[1], le[1]) > facts['nproc']
                            else "."))
    out.append(f"Plan: {'QUICK (script check only, not a measurement)' if args.quick else 'full'}; "
               f"whole script {elapsed:.0f} s.")
    out.append('')
    out.append('Wall time is the simulation run only: for Brian2 standalone the execution of the compiled '
               'binary (build = code generation + make), for Brian2 runtime the `run()` call after a '
               'zero-length warm-up run (build = code generation + Cython compile or cache load), for '
               'LIFscope the whole CLI process including CSV writing. Errors are against the exact answer '
               '(a, b: closed form; c: closed-form membrane under sine forcing with rigorous root finding), '
               'spikes matched by index. Brian2 stamps a spike at the start of the step in which V crossed, '
               'and counts tref from that stamp, so at dt = 0.1 ms every ISI in (a) is 15.8 ms instead of '
               '15.863 ms: the index-matched error grows along the run. CPU time is user + system time of '
               'the simulating process (Brian2 standalone: the binary; runtime: the Python process during '
               'run(); LIFscope: the CLI process).')
    out.append('')
    out.append(f'Brian2 method: `{BRIAN_METHOD}` (V integrated exactly with the currents frozen over each step, '
               'so exact for cases a and b, first order in the input for c and d). Brian\'s default `exact` '
               'cannot integrate this model in 2.5.1: tauI = C/gL = 10 ms is a repeated eigenvalue that its '
               'symbolic solver cannot see (units are symbols), and with the `unless refractory` gate the '
               'inhibitory term is divided by `not_refractory - 1`; see the `[exact]` probe rows (runtime: '
               'ZeroDivisionError; standalone: V = NaN and no spikes). Brian2 case d uses `PoissonInput` with '
               '1000 sources per pooled rate (binomial count per step, so several inputs can land in one step).')
    out.append('')
    out.append('Case d has no spike-time reference: every tool draws its own Poisson train. Its "exact '
               'spikes" column is the expected count from the firing rate of an exact event-driven '
               'simulation (closed-form propagation between input events, rigorous threshold search) on '
               'its own train over {:g} s, ± the Poisson standard error sqrt(N)/T (approximate: spike '
               'counts of a refractory neuron are not exactly Poisson).'.format(
                   next((v[3] / 1000.0 for v in refs.values() if v[0] == 'rate'), float('nan'))))
    out.append('')
    out.append('| ' + ' | '.join(cols) + ' |')
    out.append('|' + '|'.join(['---'] * len(cols)) + '|')
    for row in table:
        cells = [row['variant'], row['dt'], row['case'], row['dur'], fmt(row['wall']), fmt(row['cpu']), fmt(row['build']),
                 fmt(row['spikes']) if row['spikes'] is not None else '–',
                 str(row['exact']), fmt(row['err']), '; '.join(row['notes'])]
        out.append('| ' + ' | '.join(str(c) for c in cells) + ' |')
    out.append('')
    out.append('Headline, case (a), one hour of neuron time:')
    out.append('')
    out.extend(headline(rows, spikes_of, refs))
    out.append('')
    return '\n'.join(out) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)
    a = sub.add_parser('all')
    a.add_argument('--quick', action='store_true', help='short durations, to check the script')
    a.add_argument('--out-dir', default=None, help='where results.md goes (default: this folder)')
    v = sub.add_parser('variant')
    v.add_argument('case', choices=sorted(CASES))
    v.add_argument('mode', choices=['runtime', 'standalone'])
    v.add_argument('dt_ms', type=float)
    v.add_argument('dur_ms', type=float)
    v.add_argument('out')
    v.add_argument('--method', default=BRIAN_METHOD)
    args = ap.parse_args()
    if args.cmd == 'variant':
        brian_variant(args.case, args.mode, args.dt_ms, args.dur_ms, args.out, args.method)
    else:
        run_all(args)


if __name__ == '__main__':
    main()
