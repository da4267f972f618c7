"""The LIFscope runs: the headless CLI as a whole process, and the CSV it writes."""

import os
import resource
import subprocess
import time

import numpy as np

from peers_setup import CASES, LIFSCOPE_TIMEOUT_S


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

