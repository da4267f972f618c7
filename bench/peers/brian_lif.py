#!/usr/bin/python3
"""Peer comparison of LIFscope against Brian2 on one current-based LIF neuron.

Usage (normally through run_peers.sh):
    brian_lif.py all [--quick] [--out-dir DIR]      run every variant, print and write the table
    brian_lif.py hour BIN [BIN...] [--runs N] [--brian-user-s S]
                                                     the hour of case (a) with each LIFscope binary
    brian_lif.py variant CASE MODE DT_MS DUR_MS OUT [--method M]
                                                     one Brian2 run (used internally, in a child process)

Every Brian2 run happens in its own child process.  Brian2 keeps global device state (the
cpp_standalone device can build only once per process without reinit tricks), and a fresh
process also makes each wall-time measurement independent of what ran before.

The parts: peers_setup.py (model, cases, plan), peers_reference.py (the exact answers),
peers_brian.py (one Brian2 run), peers_lifscope.py (one LIFscope run), peers_report.py (errors,
machine facts, the table); this file runs the plan and writes the report.

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
import shutil
import subprocess
import tempfile
import time

import numpy as np

from peers_brian import brian_variant
from peers_lifscope import hour_figures, lifscope_case
from peers_reference import exact_const_spikes, reference_poisson_count, reference_sine_spikes, self_check
from peers_report import fmt, fmt_dur, machine_facts, render, spike_error
from peers_setup import BRIAN_METHOD, CASES, HERE, HOUR_MS, LIFSCOPE_DURATION, PLAN, PYTHON, QUICK_PLAN


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
        if r.get('runs', 1) > 1:
            row['notes'].append(f"median of {r['runs']} runs")
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


def print_hour(args):
    """The hour of case (a), whole process with the spikes CSV, per binary: median (min..max) of each time."""
    with tempfile.TemporaryDirectory(prefix='lifscope_hour_') as work:
        figures = hour_figures([os.path.abspath(b) for b in args.binaries], args.runs, work)
    print(f'# case (a), 1 h, const 500 pA, --spikes-csv; {args.runs} interleaved runs per binary; '
          f'load average {os.getloadavg()[0]:.1f} at the end')
    print('# binary: user / system / CPU / wall in ms, median (min..max)')
    for binary, f in figures.items():
        cells = [f"{1e3 * f['median'][i]:.1f} ({1e3 * f['low'][i]:.1f}..{1e3 * f['high'][i]:.1f})" for i in range(4)]
        line = f"{binary}: " + ' / '.join(cells)
        if args.brian_user_s:
            line += (f"; Brian2 user time / LIFscope CPU = {args.brian_user_s / f['median'][2]:.0f}x, "
                     f"/ LIFscope user = {args.brian_user_s / f['median'][0]:.0f}x")
        print(line)


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
    h = sub.add_parser('hour', help="case (a)'s hour with each LIFscope binary, interleaved: median CPU times")
    h.add_argument('binaries', nargs='+')
    h.add_argument('--runs', type=int, default=21)
    h.add_argument('--brian-user-s', type=float, default=None,
                   help="Brian2 standalone's user time for the hour at dt 0.1 ms (from the table): prints ratios")
    args = ap.parse_args()
    if args.cmd == 'hour':
        print_hour(args)
    elif args.cmd == 'variant':
        brian_variant(args.case, args.mode, args.dt_ms, args.dur_ms, args.out, args.method)
    else:
        run_all(args)


if __name__ == '__main__':
    main()