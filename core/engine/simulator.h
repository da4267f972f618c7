#pragma once
// The event-driven LIF simulator. It advances in chunks (advanceTo), so a caller can pace it against wall time
// and change parameters between chunks, and it owns no threads.
//
// Time is cut into segments at every event: an input spike (a jump of Ie or Ii), a stimulus break, the end of
// the refractory period, a parameter change. Inside a segment the state is integrated in local time s since the
// segment's start, whose absolute time is a compensated sum (PreciseTime); this keeps spike times exact over hours
// of neuron time. After every step the first threshold crossing is searched for with rigorous bounds of V over
// the step (core/engine/crossing_search.h: no crossing inside a step can be missed, however many turns V takes)
// and located by root finding; a crossing is only accepted where the drive at threshold is positive, so V
// creeping up to Vth exactly at the rheobase never fires.
// During the refractory period V is held at Vreset and Ie, Ii decay in closed form.
//
// Output is decoupled from stepping: samples at t = k dt and spikes are emitted up to the requested time, and
// the solver's state carries over, so the results do not depend on how the run is chunked.
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

#include "core/engine/precise_time.h"
#include "core/engine/steppers.h"
#include "core/model/inputs.h"
#include "core/model/lif_rhs.h"
#include "core/model/run_output.h"
#include "core/model/run_setup.h"

namespace lif {

/// Not thread-safe: one thread drives it (the worker thread in the window, the main thread headless).
class Simulator {
    /// A time never reached: "no stop", "valid for no segment" (negated).
    static constexpr double kNever = std::numeric_limits<double>::infinity();

public:
    /// Validates the setup; throws InputError.
    explicit Simulator(RunSetup setup);
    ~Simulator();
    Simulator(const Simulator&) = delete;
    Simulator& operator=(const Simulator&) = delete;

    static constexpr std::uint64_t kUnbounded = ~std::uint64_t{0};
    /// Above this rate (more than kMaxRate_Hz / 1000 spikes within 1 ms of neuron time) the run stops: each spike
    /// costs memory and output, and 1e6 Hz is far above any neuron.
    static constexpr double kMaxRate_Hz = 1e6;
    /// Advances to tEnd_ms (absolute), appending samples with t <= tEnd and spikes with time <= tEnd. A sample
    /// that falls exactly on an event (input spike, stimulus edge, spike) shows the state just after it.
    /// `maxSteps` bounds the work of this call (solver steps plus events): when it runs out the call returns
    /// false early, at a time() before tEnd, and a later call carries on exactly where it stopped.
    /// Throws SolverError if the solver fails, the neuron fires faster than kMaxRate_Hz (tref = 0 and Vreset just
    /// below Vth allow any rate) or more spikes than the spike limit; the simulator then refuses to advance until
    /// it gets new parameters, a new stimulus or a new solver from a finite state.
    bool advanceTo(double tEnd_ms, Batch& out, std::uint64_t maxSteps = kUnbounded);

    /// Time up to which output has been emitted, ms.
    double time() const { return cursor_; }

    /// A new model setup from time() on: the whole of it is validated first (throws InputError and leaves the
    /// simulator unchanged), then committed at once, and the solver restarts there from the present state.
    /// Only the parts that differ are rebuilt (a new seed restarts the random streams, new rates redraw the next
    /// Poisson spikes, new tolerances a new stepper); an equal setup changes nothing. The stimulus's start is
    /// resolved by lif::appliedAt (a new protocol or trigger starts at time(), otherwise it keeps its start).
    void apply(const ModelSetup& given);
    /// New trace interval from time() on (0: no trace); samples stay on the grid k * dt of the new interval.
    void setSampleInterval(double dt_ms);

    /// At most this many spikes in all (from construction on); one more throws SolverError. Unbounded by default;
    /// the CLI sets kMaxSpikesPerRun (core/engine/run_limits.h) so that output stays bounded.
    void setSpikeLimit(std::uint64_t maxSpikes) { spikeLimit_ = maxSpikes; }

    const RunSetup& setup() const { return setup_; }
    /// The method this setup runs (Auto resolved: resolvedSolver).
    SolverKind solverInUse() const { return resolvedSolver(setup_); }
    /// The state (V, Ie, Ii) at time().
    State stateNow() const;

private:
    enum class Mode { Integrating, Refractory };

    bool advanceLoop(double tEnd, Batch& out, std::uint64_t maxSteps);
    /// The time and the state go in registers, not through memory: a pair or a state just written one double at a
    /// time and reloaded as 16 bytes stalls store forwarding, which was a third of the time of a regular spike.
    void startSegment(PreciseTime start, const State& x) { startSegment(start, x[kV], x[kIe], x[kIi]); }
    void startSegment(PreciseTime start, double v, double ie, double ii);
    void takeStep();
    bool crossingNow(const State& x, double s) const;
    void fire(PreciseTime spikeTime, const State& xAtSpike, Batch& out);
    /// Samples before `until`, or up to and including it (with rounding slack) when `inclusiveSlack`. Only for a
    /// run with a trace (dt > 0): the caller checks, once per event rather than here once per call.
    void emitSamples(const PreciseTime& until, bool inclusiveSlack, Batch& out);
    /// The state at local time s of the current segment (inside the last step while integrating).
    State stateAtLocal(double s) const;
    void applyInputsAt(const PreciseTime& t, State& x);
    void restartHere(State x);

    RunSetup setup_;
    std::unique_ptr<SegmentStepper> stepper_;
    InputSchedule inputs_;
    std::unique_ptr<StimulusProcess> stimulus_;

    Mode mode_ = Mode::Integrating;
    PreciseTime segmentStart_;    ///< absolute start of the current segment, ms
    PreciseTime segmentStopAbs_;  ///< absolute time of the next event, ms (may be infinite)
    double segmentStop_ = 0.0;    ///< the same in local time
    LifRhs rhs_;
    PreciseTime nextBreak_;                 ///< the stimulus's next break after the segment's start
    PreciseTime driveValidUntil_{-kNever};  ///< rhs_.drive holds for segments starting before this
    State segmentInitial_{};                ///< state at the segment start (used analytically while refractory)
    double stepStart_ = 0.0;                ///< local bounds of the last step (Integrating)
    double stepEnd_ = 0.0;
    bool crossingPending_ = false;
    PreciseTime crossingAt_;  ///< local time of the crossing found in the last step
    State crossingState_{};   ///< the state there (V at threshold)
    PreciseTime refractoryEnd_;
    PreciseTime lastSpike_{-1.0};

    double cursor_ = 0.0;           ///< output emitted up to here, ms
    bool failed_ = false;           ///< a SolverError left the state unusable until the next change
    double burstStart_ = -1.0;      ///< time of the first spike counted in burstCount_
    std::uint64_t burstCount_ = 0;  ///< spikes fired within 1 ms of burstStart_
    std::uint64_t spikeCount_ = 0;  ///< spikes fired since construction
    std::uint64_t spikeLimit_ = kUnbounded;
    std::uint64_t nextSample_ = 0;
    double lastStepSize_ = 0.01;
};

}  // namespace lif
