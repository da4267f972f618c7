"""What the peer comparison runs: the model, the cases, the plan of Brian2 variants and the LIFscope runs."""

import os
import sys

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
# LIFscope runs under LIFSCOPE_REPEAT_BELOW_S of wall time are repeated, up to LIFSCOPE_REPEATS runs in all, and
# their median reported: a tenth of a second is within the noise of a shared machine.
LIFSCOPE_REPEATS = 15
LIFSCOPE_REPEAT_BELOW_S = 2.0

PYTHON = sys.executable or '/usr/bin/python3'
