#pragma once
// The f-I sweep: one independent simulation per injected current, spread over a pool of threads, each result
// beside the theory (core/model/theory.h).
//
// Each current I runs the base RunSetup with its stimulus replaced by const:I (noise:I,SD,TAU when the base
// stimulus is the noise protocol, whose fluctuations are kept), with the base's Poisson input, given input
// spikes, solver, tolerances and seed, and no trace. The neuron starts at rest, V = EL.
//  - Deterministic input (no Poisson input, no noise, no given spikes): the rate is 1000 / ISI of the steady
//    state, reached once two successive ISIs agree to 1e-9 relative (after the reset every ISI is the same, so
//    this is the second one with the default solver). It matches the closed form to solver precision. How long
//    to wait for spikes comes from the closed form: the time to the first spike from EL plus a few of its ISIs,
//    doubled, plus 10 tau_m; at or below the rheobase V only approaches V_inf <= Vth and never fires, and the
//    run stops after 20 tau_m (V then within e^-20 of V_inf) with exactly 0 Hz. A point with fewer than two
//    spikes by then has no steady firing: 0 Hz.
//  - Fluctuating input: spikes counted over `duration_ms` after a warm-up of 5 times the slowest time constant
//    (tau_m, tauE, tauI, noise TAU), which lets the start at rest be forgotten; the count is cut into `segments`
//    consecutive pieces whose rates give the standard error (they are nearly independent when each piece is
//    much longer than the correlation times). Every current uses the same seed (common random numbers), so
//    the curve is smooth in I and each point replays exactly.
//
// Thread rule: run() blocks on the calling thread and uses options.threads workers (0: one per core,
// std::thread::hardware_concurrency()), joined before it returns; progress() and cancel() may be called
// from any thread while it runs. A cancel is seen within one chunk of at most kStepsPerCheck solver steps
// (well under 50 ms), after which run() returns with `cancelled` set and the points done so far.
// No Qt. Units: pA, Hz, ms.
#include <atomic>
#include <cstdint>
#include <functional>

#include "core/model/run_setup.h"
#include "core/model/theory_fi.h"

namespace lif {

struct FiSweepOptions {
    double duration_ms = 10000.0;  ///< fluctuating input: counting time per current, after the warm-up
    int segments = 10;             ///< fluctuating input: pieces behind the standard error (>= 2)
    unsigned threads = 0;          ///< 0: std::thread::hardware_concurrency()
    /// A flag of the caller's that cancels like cancel() (e.g. a background job's); must outlive run().
    const std::atomic<bool>* cancel = nullptr;
    /// Called on the thread that called run(), after each point it computed, with progress() (0..1): lets a
    /// caller report progress from its own thread without polling.
    std::function<void(double fraction)> onProgress;
    /// Run the sweep's threads at the lowest scheduling priority (Linux: nice 19), so that on a machine with
    /// as many cores as threads the live simulation still gets the CPU it needs. The calling thread's priority
    /// is restored when run() returns.
    bool lowPriority = false;
};

class FiSweep {
public:
    /// Solver steps (plus events) between two looks at the cancel flag.
    static constexpr std::uint64_t kStepsPerCheck = 2000;

    /// Validates the base setup, the range and the options; throws InputError naming the field
    /// ("fi.start", "fi.stop", "fi.step", "fi.duration", "fi.segments", or a parameter).
    FiSweep(RunSetup base, FiRange range, FiSweepOptions options = {});
    FiSweep(const FiSweep&) = delete;
    FiSweep& operator=(const FiSweep&) = delete;

    /// Runs the whole sweep (or until cancel()). A cancel before run() makes it return at once, cancelled; a
    /// cancelled FiSweep stays cancelled (make a new one for the next sweep). Rethrows anything but a solver
    /// error (a solver error fails only its point: FiPoint::error).
    FiCurve run();
    /// Fraction done, 0 to 1 (monotone during one run).
    double progress() const;
    void cancel() { cancelled_.store(true, std::memory_order_relaxed); }
    bool stopRequested() const {
        return cancelled_.load(std::memory_order_relaxed) ||
               (options_.cancel != nullptr && options_.cancel->load(std::memory_order_relaxed));
    }

    /// True when the base input fluctuates or changes in time, so rates are mean rates.
    bool fluctuating() const { return fluctuating_; }
    /// The setup simulated for current I.
    RunSetup setupFor(double current_pA) const;

private:
    struct Progress;
    FiPoint runPoint(double current_pA, Progress& progress) const;
    void measureSteadyState(RunSetup setup, FiPoint& point, Progress& progress) const;
    void measureMeanRate(RunSetup setup, FiPoint& point, Progress& progress) const;
    double warmup_ms() const;

    RunSetup base_;
    FiRange range_;
    FiSweepOptions options_;
    bool fluctuating_ = false;
    std::atomic<bool> cancelled_{false};
    std::atomic<std::uint64_t> progressUnits_{0};
    std::uint64_t totalUnits_ = 1;
};

}  // namespace lif
