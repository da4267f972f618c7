"""Comparison and report: spike-time errors, the machine, the table and its headline."""

import datetime
import os
import platform
import subprocess

import numpy as np

from peers_setup import BRIAN_METHOD, HOUR_MS, PYTHON


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
