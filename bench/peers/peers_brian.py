"""One Brian2 run, in a child process of its own (brian_lif.py variant ...)."""

import json
import resource
import shutil
import tempfile
import time

import numpy as np

from peers_setup import BRIAN_METHOD, CASES, P


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
