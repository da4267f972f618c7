"""The LIFscope runs: the headless CLI as a whole process, and the CSV it writes."""

import os
import resource
import subprocess
import time

import numpy as np

from peers_setup import CASES, HOUR_MS, LIFSCOPE_REPEAT_BELOW_S, LIFSCOPE_REPEATS, LIFSCOPE_TIMEOUT_S


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


def timed_run(cmd):
    """Runs `cmd` once: (process, wall s, CPU s = user + system, user s), or None on a timeout."""
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              timeout=LIFSCOPE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None
    wall = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    user = ru1.ru_utime - ru0.ru_utime
    return proc, wall, user + (ru1.ru_stime - ru0.ru_stime), user


def hour_figures(binaries, runs, workdir):
    """Case (a), the hour with the spikes CSV, `runs` times per binary, interleaved so that the machine's load
    falls on all alike: per binary the median and the spread of user, system, CPU and wall time."""
    samples = {b: [] for b in binaries}
    csv = os.path.join(workdir, 'hour_spikes.csv')
    for _ in range(runs):
        for binary in binaries:
            cmd = [binary, '--headless', '-T', repr(HOUR_MS), '--stimulus', 'const:500', '--spikes-csv', csv, '--quiet']
            timed = timed_run(cmd)
            if timed is None or timed[0].returncode != 0:
                raise RuntimeError(f'{" ".join(cmd)} failed')
            _, wall, cpu, user = timed
            samples[binary].append((user, cpu - user, cpu, wall))
    figures = {}
    for binary, rows in samples.items():
        columns = np.array(rows)
        figures[binary] = dict(median=np.median(columns, axis=0), low=np.min(columns, axis=0),
                               high=np.max(columns, axis=0), runs=len(rows))
    return figures


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
    # A run of a fraction of a second is as short as the noise of a shared machine: it is repeated and each
    # figure is the median over the runs (the first run's CSV is the one checked).
    walls, cpus, users = [], [], []
    for _ in range(LIFSCOPE_REPEATS):
        timed = timed_run(cmd)
        if timed is None:
            res['error'] = f'timeout after {LIFSCOPE_TIMEOUT_S} s'
            return res, None
        proc, wall, cpu, user = timed
        walls.append(wall)
        cpus.append(cpu)
        users.append(user)
        if proc.returncode != 0 or wall > LIFSCOPE_REPEAT_BELOW_S:
            break
    res['wall_s'] = float(np.median(walls))
    res['cpu_s'] = float(np.median(cpus))
    res['user_s'] = float(np.median(users))
    res['runs'] = len(walls)
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

