#include "core/engine/fi_sweep.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#endif

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "core/engine/simulator.h"
#include "core/model/analytic.h"
#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace {

constexpr std::uint64_t kUnitsPerPoint = std::uint64_t{1} << 20;
constexpr double kSettledIsi = 1e-9;       // relative agreement of two successive ISIs
constexpr std::uint64_t kMaxSpikes = 100;  // a steady state not settled by then takes the last ISI
constexpr double kMaxDuration_ms = 1.0e8;
constexpr int kMaxSegments = 1000;

bool noiseActive(const StimulusSpec& stimulus) {
    return stimulus.kind == StimulusKind::Noise && stimulus.values[1] > 0.0;
}

}  // namespace

/// Lowers the calling thread's scheduling priority for its lifetime (Linux only; elsewhere it does nothing).
class ThreadPriority {
public:
    explicit ThreadPriority(bool lowest) {
#ifdef __linux__
        if (lowest) {
            thread_ = static_cast<id_t>(syscall(SYS_gettid));
            errno = 0;
            previous_ = getpriority(PRIO_PROCESS, thread_);
            lowered_ = errno == 0 && setpriority(PRIO_PROCESS, thread_, kLowest) == 0;
        }
#else
        (void)lowest;
#endif
    }
    ~ThreadPriority() {
#ifdef __linux__
        if (lowered_) {
            // Raising it back may be refused to an unprivileged process; the thread then stays nice, harmlessly.
            (void)setpriority(PRIO_PROCESS, thread_, previous_);
        }
#endif
    }
    ThreadPriority(const ThreadPriority&) = delete;
    ThreadPriority& operator=(const ThreadPriority&) = delete;

private:
#ifdef __linux__
    static constexpr int kLowest = 19;
    id_t thread_ = 0;
    int previous_ = 0;
    bool lowered_ = false;
#endif
};

/// One worker's share of the progress counter for the point it is on.
struct FiSweep::Progress {
    std::atomic<std::uint64_t>& total;
    std::uint64_t reported = 0;
    void report(double fraction) {
        const auto target = static_cast<std::uint64_t>(std::clamp(fraction, 0.0, 1.0) * kUnitsPerPoint);
        if (target > reported) {
            total.fetch_add(target - reported, std::memory_order_relaxed);
            reported = target;
        }
    }
};

FiSweep::FiSweep(RunSetup base, FiRange range, FiSweepOptions options)
    : base_(std::move(base)), range_(range), options_(std::move(options)) {
    range_.validate();
    if (!std::isfinite(options_.duration_ms) || options_.duration_ms < 1.0 || options_.duration_ms > kMaxDuration_ms) {
        throw InputError("f-I duration = " + formatShort(options_.duration_ms, 10) +
                             " ms is out of range; allowed 1 to " + formatShort(kMaxDuration_ms, 10) + " ms",
                         {"fi.duration"});
    }
    if (options_.segments < 2 || options_.segments > kMaxSegments) {
        throw InputError("f-I segments = " + std::to_string(options_.segments) + " is out of range; allowed 2 to " +
                             std::to_string(kMaxSegments),
                         {"fi.segments"});
    }
    const Parameters& p = base_.parameters;
    fluctuating_ = (p.rateE > 0.0 && p.wE > 0.0) || (p.rateI > 0.0 && p.wI > 0.0) || noiseActive(base_.stimulus) ||
                   !base_.inputSpikes.empty();
    setupFor(range_.start_pA).validate();
    setupFor(range_.current(range_.count() - 1)).validate();
    totalUnits_ = static_cast<std::uint64_t>(range_.count()) * kUnitsPerPoint;
}

RunSetup FiSweep::setupFor(double current_pA) const {
    RunSetup setup = base_;
    setup.dt_ms = 0.0;
    if (noiseActive(base_.stimulus)) {
        setup.stimulus.values[0] = current_pA;
    } else {
        setup.stimulus = StimulusSpec::defaults(StimulusKind::Constant);
        setup.stimulus.setAmplitude(current_pA);
    }
    return setup;
}

double FiSweep::progress() const {
    return static_cast<double>(progressUnits_.load(std::memory_order_relaxed)) / static_cast<double>(totalUnits_);
}

double FiSweep::warmup_ms() const {
    const Parameters& p = base_.parameters;
    double slowest = analytic::membraneTimeConstant_ms(p);
    if (p.rateE > 0.0) slowest = std::max(slowest, p.tauE);
    if (p.rateI > 0.0) slowest = std::max(slowest, p.tauI);
    if (noiseActive(base_.stimulus)) slowest = std::max(slowest, base_.stimulus.values[2]);
    return 5.0 * slowest;
}

FiCurve FiSweep::run() {
    FiCurve curve;
    curve.range = range_;
    curve.method = fluctuating_ ? FiMethod::MeanRate : FiMethod::SteadyStateIsi;
    if (fluctuating_) {
        curve.duration_ms = options_.duration_ms;
        curve.warmup_ms = warmup_ms();
        curve.segments = options_.segments;
    }
    const RunSetup first = setupFor(range_.start_pA);
    curve.regime = theory::diffusionRegime(first.parameters, *theory::stationaryInjected(first.stimulus));
    if (!base_.inputSpikes.empty()) {
        curve.note = std::to_string(base_.inputSpikes.size()) +
                     " given input spikes are simulated but are not part of the theory";
    } else if (!base_.stimulus.isConstant() && !noiseActive(base_.stimulus)) {
        curve.note = "the stimulus " + base_.stimulus.toString() + " is replaced by a constant current at each point";
    }
    const std::size_t count = range_.count();
    curve.points.resize(count);
    for (std::size_t k = 0; k < count; ++k) {
        curve.points[k].current_pA = range_.current(k);
    }
    progressUnits_.store(0, std::memory_order_relaxed);

    unsigned threads = options_.threads != 0 ? options_.threads : std::thread::hardware_concurrency();
    threads = static_cast<unsigned>(std::clamp<std::size_t>(threads, 1, count));
    std::atomic<std::size_t> next{0};
    const std::thread::id caller = std::this_thread::get_id();
    std::mutex failureMutex;
    std::exception_ptr failure;
    const auto work = [&]() {
        const ThreadPriority priority(options_.lowPriority);
        try {
            const bool callingThread = std::this_thread::get_id() == caller;
            while (!stopRequested()) {
                const std::size_t k = next.fetch_add(1, std::memory_order_relaxed);
                if (k >= count) break;
                Progress share{progressUnits_};
                curve.points[k] = runPoint(curve.points[k].current_pA, share);
                share.report(1.0);
                if (callingThread && options_.onProgress) {
                    options_.onProgress(progress());
                }
            }
        } catch (...) {
            // Anything but a solver error (those belong to their point) stops the sweep and is rethrown.
            const std::lock_guard<std::mutex> lock(failureMutex);
            failure = std::current_exception();
            cancelled_.store(true, std::memory_order_relaxed);
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (unsigned i = 1; i < threads; ++i) {
        pool.emplace_back(work);
    }
    work();
    for (std::thread& thread : pool) {
        thread.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    curve.cancelled = std::any_of(curve.points.begin(), curve.points.end(),
                                  [](const FiPoint& point) { return !point.computed && point.error.empty(); });
    return curve;
}

FiPoint FiSweep::runPoint(double current_pA, Progress& progress) const {
    const RunSetup setup = setupFor(current_pA);
    FiPoint point;
    point.current_pA = current_pA;
    const theory::Prediction prediction =
        theory::predict(setup.parameters, *theory::stationaryInjected(setup.stimulus));
    point.theory_Hz = prediction.deterministic_Hz;
    point.siegert_Hz = prediction.siegert.rate_Hz;
    point.fourcaudBrunel_Hz = prediction.fourcaudBrunel.rate_Hz;
    try {
        if (fluctuating_) {
            measureMeanRate(setup, point, progress);
        } else {
            measureSteadyState(setup, point, progress);
        }
    } catch (const SolverError& error) {
        point.computed = false;
        point.error = error.what();
    }
    return point;
}

void FiSweep::measureSteadyState(RunSetup setup, FiPoint& point, Progress& progress) const {
    const Parameters& p = setup.parameters;
    const double current = point.current_pA;
    const double tauM = analytic::membraneTimeConstant_ms(p);
    const double isi = analytic::interSpikeInterval_ms(p, current);
    double deadline = 20.0 * tauM;
    if (std::isfinite(isi)) {
        // From rest (V = EL) the first crossing takes tau_m ln(I / (I - rheobase)).
        const double ratio = current / (current - analytic::rheobase_pA(p));
        const double firstSpike = ratio > 1.0 && std::isfinite(ratio) ? tauM * std::log(ratio) : 0.0;
        deadline = 2.0 * (firstSpike + 4.0 * isi) + 10.0 * tauM;
    }
    Simulator simulator(std::move(setup));
    Batch batch;
    std::array<double, 3> last{};  // the last three spike times, newest at the back
    std::uint64_t spikes = 0;
    bool done = false;
    while (!done) {
        if (stopRequested()) {
            return;
        }
        batch.clear();
        simulator.advanceTo(deadline, batch, kStepsPerCheck);
        for (const double t : batch.spikeTimes_ms) {
            last = {last[1], last[2], t};
            ++spikes;
            if (spikes >= 2) {
                const double newest = last[2] - last[1];
                deadline = std::max(deadline, t + 4.0 * newest + tauM);
                const bool settled = spikes >= 3 && std::fabs(newest - (last[1] - last[0])) <= kSettledIsi * newest;
                if (settled || spikes >= kMaxSpikes) {
                    done = true;
                    break;
                }
            }
        }
        progress.report(simulator.time() / deadline);
        done = done || simulator.time() >= deadline;
    }
    point.spikes = spikes;
    point.rate_Hz = spikes >= 2 ? 1000.0 / (last[2] - last[1]) : 0.0;
    point.simulated_ms = simulator.time();
    point.computed = true;
}

void FiSweep::measureMeanRate(RunSetup setup, FiPoint& point, Progress& progress) const {
    const double warmup = warmup_ms();
    const double duration = options_.duration_ms;
    const double end = warmup + duration;
    const auto segments = static_cast<std::size_t>(options_.segments);
    const double segmentLength = duration / static_cast<double>(segments);
    std::vector<std::uint64_t> counts(segments, 0);
    Simulator simulator(std::move(setup));
    Batch batch;
    while (simulator.time() < end) {
        if (stopRequested()) {
            return;
        }
        batch.clear();
        simulator.advanceTo(end, batch, kStepsPerCheck);
        for (const double t : batch.spikeTimes_ms) {
            if (t > warmup) {
                const auto k = static_cast<std::size_t>((t - warmup) / segmentLength);
                ++counts[std::min(k, segments - 1)];
            }
        }
        progress.report(simulator.time() / end);
    }
    double sum = 0.0;
    double sumSquares = 0.0;
    for (const std::uint64_t n : counts) {
        const double rate = static_cast<double>(n) * 1000.0 / segmentLength;
        sum += rate;
        sumSquares += rate * rate;
        point.spikes += n;
    }
    const auto k = static_cast<double>(segments);
    const double mean = sum / k;
    const double variance = std::max(0.0, (sumSquares - k * mean * mean) / (k - 1.0));
    point.rate_Hz = static_cast<double>(point.spikes) * 1000.0 / duration;
    point.rateSem_Hz = std::sqrt(variance / k);
    point.simulated_ms = simulator.time();
    point.computed = true;
}

}  // namespace lif
