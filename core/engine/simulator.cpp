#include "core/engine/simulator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "core/engine/crossing_search.h"

#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace {

/// V above threshold by more than this at a step boundary fires even without positive drive (a parameter change
/// put V above Vth); below it, only a positive drive at threshold fires, so that solver noise of the size of the
/// tolerance around the fixed point V = Vth at the rheobase does not.
double aboveThresholdSlack(const Parameters& parameters) {
    return std::max(1e-9, 100.0 * parameters.abstol);
}
/// The rate guard counts spikes in windows of this length: more than kMaxRate_Hz allows within one window stops
/// the run. Within the parameter ranges any rate is possible (tref = 0 and Vreset just below Vth: C = 10,
/// gL = 200, const:20000 fires at 1.7e8 Hz), so the guard is a limit of the engine, not of the model; it stops
/// such a storm after 1000 spikes, within microseconds of wall time.
constexpr double kBurstWindow_ms = 1.0;
constexpr auto kMaxSpikesInBurst = static_cast<std::uint64_t>(Simulator::kMaxRate_Hz / 1000.0);

}  // namespace

Simulator::Simulator(RunSetup setup) : setup_(std::move(setup)), inputs_({}, 0.0, 0.0, 0) {
    setup_.model().validate();
    if (!std::isfinite(setup_.dt_ms) || setup_.dt_ms < 0.0) {
        throw InputError("dt: " + formatShort(setup_.dt_ms) + " ms is not allowed; the trace interval must be > 0");
    }
    rhs_ = LifRhs(setup_.parameters, SegmentDrive{});  // the drive is set by every segment start
    stepper_ = makeStepper(resolvedSolver(setup_), setup_.parameters);
    inputs_ =
        InputSchedule(setup_.inputSpikes, setup_.parameters.rateE, setup_.parameters.rateI, seedOf(setup_.parameters));
    stimulus_ = std::make_unique<StimulusProcess>(setup_.stimulus, seedOf(setup_.parameters));
    lastStepSize_ = std::min(0.01, setup_.parameters.maxStep);
    startSegment(PreciseTime{}, State{setup_.parameters.EL, 0.0, 0.0});
}

Simulator::~Simulator() = default;

void Simulator::applyInputsAt(const PreciseTime& t, State& x) {
    while (PreciseTime(inputs_.nextTime()) <= t) {
        const InputSpike spike = inputs_.pop();
        if (spike.channel == Channel::Excitatory) {
            x[kIe] += setup_.parameters.wE;
        } else {
            x[kIi] -= setup_.parameters.wI;
        }
    }
}

void Simulator::startSegment(PreciseTime start, double v, double ie, double ii) {
    segmentStart_ = start;
    State x{v, ie, ii};
    applyInputsAt(segmentStart_, x);
    segmentInitial_ = x;
    if (!(segmentStart_ < driveValidUntil_)) {
        // Constant, step and pulses hold one value between breaks: two segments per spike reuse it. A ramp's or
        // a sine's drive depends on the start itself and is asked for every time. The stimulus counts time in
        // long doubles; a pair converts to and from them exactly.
        const long double t = segmentStart_.valueLong();
        rhs_.drive = stimulus_->driveFrom(t);
        nextBreak_ = PreciseTime::of(stimulus_->nextBreakAfter(t));
        const StimulusKind kind = setup_.stimulus.kind;
        const bool piecewiseConstant =
            kind == StimulusKind::Constant || kind == StimulusKind::Step || kind == StimulusKind::Pulses;
        driveValidUntil_ = piecewiseConstant ? nextBreak_ : PreciseTime(-kNever);
    }
    const PreciseTime next = std::min(PreciseTime(inputs_.nextTime()), nextBreak_);
    segmentStopAbs_ = mode_ == Mode::Refractory && refractoryEnd_ <= next ? refractoryEnd_ : next;
    segmentStop_ = std::isinf(segmentStopAbs_.hi) ? kNever : segmentStart_.since(segmentStopAbs_);
    stepStart_ = 0.0;
    stepEnd_ = 0.0;
    crossingPending_ = false;
    if (mode_ == Mode::Integrating) {
        stepper_->initialize(x, 0.0, lastStepSize_);
        if (crossingNow(x, 0.0)) {
            crossingPending_ = true;
            crossingAt_ = PreciseTime();
        }
    }
}

bool Simulator::crossingNow(const State& x, double s) const {
    const double vth = setup_.parameters.Vth;
    if (x[kV] < vth) {
        return false;
    }
    if (x[kV] - vth > aboveThresholdSlack(setup_.parameters)) {
        return true;
    }
    State atThreshold = x;
    atThreshold[kV] = vth;
    return rhs_.dVdt(atThreshold, s) > 0.0;
}

void Simulator::takeStep() {
    const State xa = stepper_->currentState();
    stepper_->doStep(rhs_, segmentStop_, stepStart_, stepEnd_);
    if (std::isfinite(segmentStop_) && segmentStop_ - stepEnd_ <= 1e-12 * std::max(1.0, segmentStop_)) {
        stepEnd_ = segmentStop_;
    }
    lastStepSize_ = std::max(stepper_->nextStepSize(), stepEnd_ - stepStart_);
    const double vth = setup_.parameters.Vth;
    if (xa[kV] >= vth) {
        return;  // started at or above threshold without firing (at the rheobase): crossingNow() decides
    }
    if (rhs_.quickVoltageBound(xa, stepStart_, stepEnd_) < vth) {
        return;  // the common step, proved below threshold with a few multiplications
    }
    const PreciseTime at = firstCrossing(*stepper_, rhs_, vth, stepStart_, xa, stepEnd_);
    if (at.hi < 0.0) {
        return;
    }
    crossingAt_ = at;
    if (xa[kIe] == 0.0 && xa[kIi] == 0.0) {
        crossingState_ = State{vth, 0.0, 0.0};  // zero synaptic currents stay exactly zero in every method
    } else {
        stepper_->stateAt(at.hi, crossingState_);
    }
    State atCrossing = crossingState_;
    atCrossing[kV] = vth;
    crossingPending_ = rhs_.dVdt(atCrossing, at.hi) > 0.0;
}

void Simulator::fire(PreciseTime spikeTime, const State& xAtSpike, Batch& out) {
    const double t = spikeTime.value();
    if (t - burstStart_ > kBurstWindow_ms) {
        burstStart_ = t;
        burstCount_ = 0;
    }
    if (++burstCount_ > kMaxSpikesInBurst) {
        throw SolverError("the neuron fires faster than " + formatShort(kMaxRate_Hz) + " Hz (over " +
                          std::to_string(kMaxSpikesInBurst) + " spikes within 1 ms at t = " + formatShort(t) +
                          " ms), the engine's limit; raise tref, lower Vreset or reduce the input");
    }
    if (++spikeCount_ > spikeLimit_) {
        throw SolverError("the run exceeds its limit of " + std::to_string(spikeLimit_) +
                          " spikes at t = " + formatShort(t) + " ms; shorten the duration or reduce the input");
    }
    out.spikeTimes_ms.push_back(t);
    lastSpike_ = spikeTime;
    refractoryEnd_ = spikeTime.plus(setup_.parameters.tref);
    State x = xAtSpike;
    x[kV] = setup_.parameters.Vreset;
    mode_ = setup_.parameters.tref > 0.0 ? Mode::Refractory : Mode::Integrating;
    startSegment(spikeTime, x);
}

State Simulator::stateAtLocal(double s) const {
    if (mode_ == Mode::Refractory) {
        const double ie = segmentInitial_[kIe];
        const double ii = segmentInitial_[kIi];
        return State{setup_.parameters.Vreset, ie == 0.0 ? 0.0 : ie * std::exp(-s * rhs_.invTauE),
                     ii == 0.0 ? 0.0 : ii * std::exp(-s * rhs_.invTauI)};
    }
    if (stepEnd_ <= stepStart_) {
        return segmentInitial_;
    }
    State x{};
    stepper_->stateAt(std::clamp(s, stepStart_, stepEnd_), x);
    return x;
}

State Simulator::stateNow() const {
    return stateAtLocal(segmentStart_.since(cursor_));
}

void Simulator::emitSamples(const PreciseTime& until, bool inclusiveSlack, Batch& out) {
    const double dt = setup_.dt_ms;
    const double inclusiveLimit = until.value() + 1e-9 * dt;
    while (true) {
        const double t = static_cast<double>(nextSample_) * dt;
        if (inclusiveSlack ? t > inclusiveLimit : !(PreciseTime(t) < until)) {
            return;
        }
        const double s = segmentStart_.since(t);
        const State x = stateAtLocal(std::max(s, 0.0));
        out.samples.push_back(Sample{t, x[kV], rhs_.current(s), x[kIe] + x[kIi]});
        ++nextSample_;
    }
}

bool Simulator::advanceTo(double tEnd_ms, Batch& out, std::uint64_t maxSteps) {
    if (failed_) {
        throw SolverError(
            "the simulation stopped after a solver failure; change a parameter, the stimulus or the "
            "solver, or start again");
    }
    try {
        return advanceLoop(tEnd_ms, out, maxSteps);
    } catch (const SolverError&) {
        failed_ = true;
        throw;
    }
}

bool Simulator::advanceLoop(double tEnd, Batch& out, std::uint64_t maxSteps) {
    // Events come in time order, so the last one handled is how far output has gone; cursor_ is written once on
    // the way out rather than on every step.
    double reached = cursor_;
    for (std::uint64_t work = 0;; ++work) {
        if (work >= maxSteps) {
            cursor_ = std::max(cursor_, reached);
            return false;
        }
        // How far the state is known, as a pair: a sample at t = k dt and an event a fraction of an ulp after it
        // (a noise cell's edge at k * 0.1 in long double) must come in the right order.
        PreciseTime available;
        if (crossingPending_ && mode_ == Mode::Integrating) {
            available = segmentStart_.plus(crossingAt_);
        } else if (mode_ == Mode::Refractory || stepEnd_ >= segmentStop_) {
            available = segmentStopAbs_;
        } else {
            available = stepEnd_ > 0.0 ? segmentStart_.plus(stepEnd_) : segmentStart_;
        }
        const bool sampling = setup_.dt_ms > 0.0;  // a run without a trace skips the calls
        if (PreciseTime(tEnd) < available) {
            if (sampling) emitSamples(PreciseTime(tEnd), true, out);
            cursor_ = std::max({cursor_, reached, tEnd});
            return true;
        }
        // Samples are right-continuous: one that falls exactly on an event shows the state after it.
        if (sampling) emitSamples(available, false, out);
        reached = available.value();

        if (mode_ == Mode::Refractory) {
            const State x = stateAtLocal(segmentStop_);
            if (!(segmentStopAbs_ < refractoryEnd_)) {
                mode_ = Mode::Integrating;
            }
            startSegment(segmentStopAbs_, x);
        } else if (crossingPending_) {
            fire(available, crossingAt_.hi > 0.0 ? crossingState_ : segmentInitial_, out);
        } else if (stepEnd_ >= segmentStop_) {
            startSegment(segmentStopAbs_, stepper_->currentState());
        } else if (stepEnd_ > 0.0 && crossingNow(stepper_->currentState(), stepEnd_)) {
            crossingPending_ = true;
            crossingAt_ = PreciseTime(stepEnd_);
            crossingState_ = stepper_->currentState();
        } else {
            takeStep();
        }
    }
}

void Simulator::restartHere(State x) {
    const auto usable = [](double value) { return std::isfinite(value) && std::fabs(value) < 1e12; };
    if (!usable(x[kV]) || !usable(x[kIe]) || !usable(x[kIi])) {
        failed_ = true;  // a diverged state: carrying on from it cannot give a meaningful run
        return;
    }
    failed_ = false;
    burstCount_ = 0;
    if (mode_ == Mode::Refractory) {
        refractoryEnd_ = lastSpike_.plus(setup_.parameters.tref);
        x[kV] = setup_.parameters.Vreset;
        if (refractoryEnd_.value() <= cursor_) {
            mode_ = Mode::Integrating;
        }
    }
    startSegment(PreciseTime(cursor_), x);
}

void Simulator::apply(const ModelSetup& given) {
    ModelSetup next = given;
    next.stimulus = appliedAt(setup_.stimulus, given.stimulus, cursor_);
    if (next == setup_.model()) {
        return;
    }
    next.validate();
    const State x = stateNow();
    const ModelSetup previous = setup_.model();
    setup_.model() = next;
    const Parameters& parameters = next.parameters;
    rhs_ = LifRhs(parameters, rhs_.drive);
    const bool newTolerances = previous.parameters.abstol != parameters.abstol ||
                               previous.parameters.reltol != parameters.reltol ||
                               previous.parameters.maxStep != parameters.maxStep;
    if (resolvedSolver(next) != resolvedSolver(previous) || newTolerances) {
        stepper_ = makeStepper(resolvedSolver(next), parameters);
    }
    if (newTolerances) {
        lastStepSize_ = std::min(lastStepSize_, parameters.maxStep);
    }
    const double now = cursor_;
    const bool newSeed = previous.parameters.seed != parameters.seed;
    if (newSeed) {
        inputs_.reseed(seedOf(parameters), now);
    }
    inputs_.setRates(parameters.rateE, parameters.rateI, now);
    if (newSeed || next.stimulus != previous.stimulus) {
        stimulus_ = std::make_unique<StimulusProcess>(next.stimulus, seedOf(parameters), cursor_);
        driveValidUntil_ = PreciseTime(-kNever);
    }
    restartHere(x);
}

void Simulator::setSampleInterval(double dt_ms) {
    if (!std::isfinite(dt_ms) || dt_ms < 0.0) {
        throw InputError("dt: " + formatShort(dt_ms) + " ms is not allowed; the trace interval must be >= 0");
    }
    const bool started = nextSample_ > 0 || cursor_ > 0.0;
    setup_.dt_ms = dt_ms;
    // The next sample is the first point of the new grid k * dt after what has been emitted.
    nextSample_ = (dt_ms > 0.0 && started) ? static_cast<std::uint64_t>(std::floor(cursor_ / dt_ms)) + 1 : 0;
}

}  // namespace lif
