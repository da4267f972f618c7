#!/usr/bin/env python3
"""The CSV contract, checked with the tools students use: pandas.read_csv(comment='#') and numpy.genfromtxt."""
import math
import os
import subprocess
import sys
import tempfile

import numpy
import pandas

lifscope = sys.argv[1]
with tempfile.TemporaryDirectory() as folder:
    trace = os.path.join(folder, "trace.csv")
    spikes = os.path.join(folder, "spikes.csv")
    subprocess.run([lifscope, "--headless", "--stimulus", "const:500", "-T", "200", "--dt", "0.1",
                    "--trace-csv", trace, "--spikes-csv", spikes, "--quiet"], check=True)

    frame = pandas.read_csv(trace, comment="#")
    assert list(frame.columns) == ["time_ms", "V_mV", "I_ext_pA", "I_syn_pA", "spike"], frame.columns
    assert len(frame) == 2001, len(frame)
    assert abs(frame.time_ms.iloc[-1] - 200.0) < 1e-9

    with open(trace) as f:
        first = f.readline()
    skip = int(first.split(":")[1].split()[0])
    array = numpy.genfromtxt(trace, delimiter=",", names=True, skip_header=skip)
    assert array.dtype.names == ("time_ms", "V_mV", "I_ext_pA", "I_syn_pA", "spike"), array.dtype.names
    assert len(array) == 2001

    spike_frame = pandas.read_csv(spikes, comment="#")
    isi = 2.0 + 10.0 * math.log(4.0)
    expected = [10.0 * math.log(4.0) + k * isi for k in range(len(spike_frame))]
    assert len(spike_frame) == 12, len(spike_frame)
    worst = max(abs(a - b) for a, b in zip(spike_frame.spike_time_ms, expected))
    assert worst < 1e-6, worst
    assert int(frame.spike.sum()) == len(spike_frame)
print("pandas and numpy read both CSVs; 12 spikes, worst error below 1e-6 ms")
