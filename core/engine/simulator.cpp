#include "core/engine/simulator.h"

#include <algorithm>
#include <boost/math/tools/toms748_solve.hpp>
#include <cmath>
#include <limits>

#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
/// V above threshold by more than this at a step boundary fires even without positive drive (a parameter change
/// put V above Vth); below it, only a positive drive at threshold fires, so that solver noise of the size of the
/// tolerance around the fixed point V = Vth at the rheobase does not.
double aboveThresholdSlack(const Parameters& parameters) {
    return std::max(1e-9, 100.0 * parameters.abstol);
}
constexpr int kMaxRootIterations = 100;
/// More spikes than this within kBurstWindow_ms is firing without bound (tref = 0 and an absurd drive, or a
/// diverged state): the simulator stops instead of looping at one instant. 1e6 spikes in 1 ms is 1e9 Hz, far
/// above anything the parameter ranges produce (the fastest allowed membrane fires below 1e6 Hz).
constexpr std::uint64_t kMaxSpikesInBurst = 1000000;
constexpr long double kBurstWindow_ms = 1.0L;

}  // namespace

Simulator::Simulator(RunSetup setup) : setup_(std::move(setup)), inputs_({}, 0.0, 0.0, 0) {
    setup_.model().validate();
    if (!std::isfinite(setup_.dt_ms) || setup_.dt_ms < 0.0) {
        throw InputError("dt: " + formatShort(setup_.dt_ms) + " ms is not allowed; the trace interval must be > 0");
    }
    rhs_ = LifRhs(setup_.parameters, SegmentDrive{});  // the drive is set by every segment start
    stepper_ = makeStepper(setup_.solver, setup_.parameters);
    inputs_ =
        InputSchedule(setup_.inputSpikes, setup_.parameters.rateE, setup_.parameters.rateI, seedOf(setup_.parameters));
    stimulus_ = std::make_unique<StimulusProcess>(setup_.stimulus, seedOf(setup_.parameters));
    lastStepSize_ = std::min(0.01, setup_.parameters.maxStep);
    startSegment(0.0L, State{setup_.parameters.EL, 0.0, 0.0});
}

Simulator::~Simulator() = default;

void Simulator::applyInputsAt(long double t, State& x) {
    while (static_cast<long double>(inputs_.nextTime()) <= t) {
        const InputSpike spike = inputs_.pop();
        if (spike.channel == Channel::Excitatory) {
            x[kIe] += setup_.parameters.wE;
        } else {
            x[kIi] -= setup_.parameters.wI;
        }
    }
}

void Simulator::startSegment(long double start, const State& xIn) {
    State x = xIn;
    applyInputsAt(start, x);
    segmentStart_ = start;
    segmentInitial_ = x;
    rhs_.drive = stimulus_->driveFrom(start);
    long double stop = std::min(static_cast<long double>(inputs_.nextTime()), stimulus_->nextBreakAfter(start));
    if (mode_ == Mode::Refractory) {
        stop = std::min(stop, refractoryEnd_);
    }
    segmentStopAbs_ = stop;
    segmentStop_ = std::isinf(stop) ? kInfinity : static_cast<double>(stop - start);
    stepStart_ = 0.0;
    stepEnd_ = 0.0;
    crossingPending_ = false;
    if (mode_ == Mode::Integrating) {
        stepper_->initialize(x, 0.0, lastStepSize_);
        if (crossingNow(x, 0.0)) {
            crossingPending_ = true;
            crossingAt_ = 0.0;
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

double Simulator::locateCrossing(double sa, double sb) const {
    const double vth = setup_.parameters.Vth;
    State x{};
    const auto distance = [&](double s) {
        stepper_->stateAt(s, x);
        return x[kV] - vth;
    };
    const double known = stepper_->closedFormCrossing(vth, sa, sb);
    if (known >= 0.0) {
        return known;
    }
    const double fa = distance(sa);
    const double fb = distance(sb);
    if (fb == 0.0) {
        return sb;
    }
    if (fa >= 0.0) {
        return sa;
    }
    std::uintmax_t iterations = kMaxRootIterations;
    const auto bracket = boost::math::tools::toms748_solve(distance, sa, sb, fa, fb,
                                                           boost::math::tools::eps_tolerance<double>(52), iterations);
    return 0.5 * (bracket.first + bracket.second);
}

void Simulator::takeStep() {
    const State xa = stepper_->currentState();
    const auto step = stepper_->doStep(rhs_, segmentStop_);
    stepStart_ = step.first;
    stepEnd_ = step.second;
    if (std::isfinite(segmentStop_) && segmentStop_ - stepEnd_ <= 1e-12 * std::max(1.0, segmentStop_)) {
        stepEnd_ = segmentStop_;
    }
    lastStepSize_ = std::max(stepper_->nextStepSize(), stepEnd_ - stepStart_);
    const State& xb = stepper_->currentState();
    const double vth = setup_.parameters.Vth;
    if (xb[kV] < vth && xa[kV] < vth) {
        // Both ends below threshold: V can still rise above it and fall back inside the step.
        const double slopeA = rhs_.dVdt(xa, stepStart_);
        const double slopeB = rhs_.dVdt(xb, stepEnd_);
        if (!(slopeA > 0.0 && slopeB < 0.0) || xa[kV] + slopeA * (stepEnd_ - stepStart_) < vth) {
            return;
        }
        double lo = stepStart_;
        double hi = stepEnd_;
        State x{};
        for (int i = 0; i < kMaxRootIterations; ++i) {
            const double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            stepper_->stateAt(mid, x);
            (rhs_.dVdt(x, mid) > 0.0 ? lo : hi) = mid;
        }
        stepper_->stateAt(lo, x);
        if (x[kV] < vth) {
            return;
        }
        crossingAt_ = locateCrossing(stepStart_, lo);
    } else if (xa[kV] < vth) {
        crossingAt_ = locateCrossing(stepStart_, stepEnd_);
    } else {
        return;  // started at or above threshold without firing (at the rheobase): crossingNow() decides
    }
    State atCrossing{};
    stepper_->stateAt(crossingAt_, atCrossing);
    atCrossing[kV] = vth;
    crossingPending_ = rhs_.dVdt(atCrossing, crossingAt_) > 0.0;
}

void Simulator::fire(long double spikeTime, const State& xAtSpike, Batch& out) {
    if (spikeTime - burstStart_ > kBurstWindow_ms) {
        burstStart_ = spikeTime;
        burstCount_ = 0;
    }
    if (++burstCount_ > kMaxSpikesInBurst) {
        throw SolverError("the neuron fires without bound (over 1e6 spikes within 1 ms at t = " +
                          formatShort(static_cast<double>(spikeTime)) + " ms); raise tref or reduce the input");
    }
    out.spikeTimes_ms.push_back(static_cast<double>(spikeTime));
    lastSpike_ = spikeTime;
    refractoryEnd_ = spikeTime + setup_.parameters.tref;
    State x = xAtSpike;
    x[kV] = setup_.parameters.Vreset;
    mode_ = setup_.parameters.tref > 0.0 ? Mode::Refractory : Mode::Integrating;
    startSegment(spikeTime, x);
}

State Simulator::stateAtAbsolute(long double t) const {
    const double s = static_cast<double>(t - segmentStart_);
    if (mode_ == Mode::Refractory) {
        return State{setup_.parameters.Vreset, segmentInitial_[kIe] * std::exp(-s * rhs_.invTauE),
                     segmentInitial_[kIi] * std::exp(-s * rhs_.invTauI)};
    }
    if (stepEnd_ <= stepStart_) {
        return segmentInitial_;
    }
    State x{};
    stepper_->stateAt(std::clamp(s, stepStart_, stepEnd_), x);
    return x;
}

State Simulator::stateNow() const {
    return stateAtAbsolute(cursor_);
}

void Simulator::emitSamples(long double until, bool inclusiveSlack, Batch& out) {
    const double dt = setup_.dt_ms;
    if (dt <= 0.0) {
        return;
    }
    const long double limit = until + (inclusiveSlack ? 1e-9L * dt : 0.0L);
    while (true) {
        const double t = static_cast<double>(nextSample_) * dt;
        const auto at = static_cast<long double>(t);
        if (inclusiveSlack ? at > limit : at >= limit) {
            return;
        }
        const State x = stateAtAbsolute(std::max<long double>(t, segmentStart_));
        const double s = static_cast<double>(static_cast<long double>(t) - segmentStart_);
        out.samples.push_back(Sample{t, x[kV], rhs_.drive.at(s), x[kIe] + x[kIi]});
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

bool Simulator::advanceLoop(long double tEnd, Batch& out, std::uint64_t maxSteps) {
    for (std::uint64_t work = 0;; ++work) {
        if (work >= maxSteps) {
            return false;
        }
        long double available = 0.0L;
        if (mode_ == Mode::Refractory) {
            available = segmentStopAbs_;
        } else if (crossingPending_) {
            available = segmentStart_ + crossingAt_;
        } else {
            available = segmentStart_ + stepEnd_;
        }
        if (available > tEnd) {
            emitSamples(tEnd, true, out);
            cursor_ = std::max(cursor_, tEnd);
            return true;
        }
        // Samples are right-continuous: one that falls exactly on an event shows the state after it.
        emitSamples(available, false, out);
        cursor_ = std::max(cursor_, available);

        if (mode_ == Mode::Refractory) {
            State x = stateAtAbsolute(segmentStopAbs_);
            if (segmentStopAbs_ >= refractoryEnd_) {
                mode_ = Mode::Integrating;
            }
            startSegment(segmentStopAbs_, x);
        } else if (crossingPending_) {
            State x = segmentInitial_;
            if (crossingAt_ > 0.0) {
                stepper_->stateAt(crossingAt_, x);
            }
            fire(segmentStart_ + crossingAt_, x, out);
        } else if (stepEnd_ >= segmentStop_) {
            startSegment(segmentStopAbs_, stepper_->currentState());
        } else if (stepEnd_ > 0.0 && crossingNow(stepper_->currentState(), stepEnd_)) {
            crossingPending_ = true;
            crossingAt_ = stepEnd_;
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
        refractoryEnd_ = lastSpike_ + setup_.parameters.tref;
        x[kV] = setup_.parameters.Vreset;
        if (refractoryEnd_ <= cursor_) {
            mode_ = Mode::Integrating;
        }
    }
    startSegment(cursor_, x);
}

void Simulator::apply(const ModelSetup& next) {
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
    if (next.solver != previous.solver || newTolerances) {
        stepper_ = makeStepper(next.solver, parameters);
    }
    if (newTolerances) {
        lastStepSize_ = std::min(lastStepSize_, parameters.maxStep);
    }
    const double now = static_cast<double>(cursor_);
    const bool newSeed = previous.parameters.seed != parameters.seed;
    if (newSeed) {
        inputs_.reseed(seedOf(parameters), now);
    }
    inputs_.setRates(parameters.rateE, parameters.rateI, now);
    if (newSeed || next.stimulus != previous.stimulus) {
        stimulus_ = std::make_unique<StimulusProcess>(next.stimulus, seedOf(parameters), cursor_);
    }
    restartHere(x);
}

void Simulator::setSampleInterval(double dt_ms) {
    if (!std::isfinite(dt_ms) || dt_ms < 0.0) {
        throw InputError("dt: " + formatShort(dt_ms) + " ms is not allowed; the trace interval must be >= 0");
    }
    const bool started = nextSample_ > 0 || cursor_ > 0.0L;
    setup_.dt_ms = dt_ms;
    // The next sample is the first point of the new grid k * dt after what has been emitted.
    nextSample_ =
        (dt_ms > 0.0 && started) ? static_cast<std::uint64_t>(std::floor(static_cast<double>(cursor_) / dt_ms)) + 1 : 0;
}

}  // namespace lif
