"""Reference solutions (pure Python + numpy; no Brian2 involved): the exact answers the tools are judged by."""

import math

import numpy as np

from peers_setup import P

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
