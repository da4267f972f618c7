// The f-I sweep's accuracy and speed (issue 13): prints figures, asserts nothing (docs/PERFORMANCE.md, section 3).
//  1. The default sweep 0..1000 pA in 10 pA steps on 2 threads: wall and CPU time (best and median of several
//     runs), the worst deviation from the closed form, and whether every rate at or below the rheobase is 0.
//  2. Many small, fast, balanced inputs (rateE = rateI = 40 kHz, wE = wI = 50 pA, tauE = tauI = 0.5 ms): the
//     simulated mean rates against Siegert (white noise) and Siegert with the Fourcaud-Brunel correction.
//  3. The default synapses (tau_s / tau_m = 0.5 and 1, kicks of 1 and 4 mV), outside the regime, for contrast.
// Usage: lifscope_fi_bench [--quick | --sweep-only] [--threads N] [--duration MS] [--solver NAME]
// (defaults: 2 threads, 200 s per current, the exact solver for 2 and 3; --quick: 2 s per current, 2 runs of 1;
// --sweep-only: one run of 1 and exit, to time the whole process)
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/engine/fi_sweep.h"
#include "core/model/analytic.h"
#include "core/model/solver_kind.h"

namespace {

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec);
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Timed {
    lif::FiCurve curve;
    double wall_s;
    double cpu_s;
};

Timed timedRun(const lif::RunSetup& setup, const lif::FiRange& range, const lif::FiSweepOptions& options) {
    const double cpu0 = cpuSeconds();
    const auto wall0 = std::chrono::steady_clock::now();
    lif::FiSweep sweep(setup, range, options);
    Timed timed{sweep.run(), 0.0, 0.0};
    timed.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    timed.cpu_s = cpuSeconds() - cpu0;
    return timed;
}

void defaultSweep(unsigned threads, int repeats) {
    lif::RunSetup setup;
    setup.model() = lif::defaultModelSetup();
    lif::FiSweepOptions options;
    options.threads = threads;
    std::vector<double> walls;
    std::vector<double> cpus;
    Timed last;
    for (int i = 0; i < repeats; ++i) {
        last = timedRun(setup, lif::FiRange{0.0, 1000.0, 10.0}, options);
        walls.push_back(last.wall_s);
        cpus.push_back(last.cpu_s);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    double worst = 0.0;
    double worstAt = 0.0;
    bool zerosExact = true;
    std::uint64_t spikes = 0;
    double simulated = 0.0;
    const double rheobase = lif::analytic::rheobase_pA(setup.parameters);
    for (const lif::FiPoint& point : last.curve.points) {
        const double deviation = std::fabs(point.rate_Hz - point.theory_Hz);
        if (deviation > worst) {
            worst = deviation;
            worstAt = point.current_pA;
        }
        zerosExact = zerosExact && (point.current_pA > rheobase || point.rate_Hz == 0.0);
        spikes += point.spikes;
        simulated += point.simulated_ms;
    }
    std::printf("1. default sweep 0:1000:10 (101 currents), solver %s, %u threads, %d runs\n",
                lif::solverName(setup.solver).data(), threads, repeats);
    std::printf("   wall: best %.1f ms, median %.1f ms;  CPU: best %.1f ms, median %.1f ms\n", 1e3 * walls.front(),
                1e3 * walls[walls.size() / 2], 1e3 * cpus.front(), 1e3 * cpus[cpus.size() / 2]);
    std::printf("   simulated %.0f ms of neuron time, %llu spikes\n", simulated,
                static_cast<unsigned long long>(spikes));
    std::printf(
        "   worst |rate - closed form| = %.3g Hz (at %.0f pA); rates at and below the %.0f pA rheobase "
        "exactly 0: %s\n\n",
        worst, worstAt, rheobase, zerosExact ? "yes" : "NO");
}

void fluctuatingSweep(const char* title, const lif::RunSetup& setup, const lif::FiRange& range,
                      const lif::FiSweepOptions& options) {
    const Timed timed = timedRun(setup, range, options);
    const lif::theory::Prediction at0 = lif::theory::predict(setup.parameters, lif::theory::InjectedCurrent{});
    std::printf(
        "%s\n   solver %s, %u threads, %.0f s per current after a %.0f ms warm-up, %d segments; "
        "wall %.1f s, CPU %.1f s\n",
        title, lif::solverName(setup.solver).data(), options.threads, options.duration_ms / 1000.0,
        timed.curve.warmup_ms, options.segments, timed.wall_s, timed.cpu_s);
    std::printf("   sigma = %.3f mV, free-membrane sd = %.3f mV, tau_s = %.2f ms, tau_m = %.1f ms\n",
                at0.membrane.sigma_mV, at0.membrane.sd_mV, at0.membrane.tauS_ms, at0.membrane.tauM_ms);
    std::printf("   regime: %s\n", timed.curve.regime.reason.c_str());
    std::printf("   %8s %10s %8s %10s %12s %10s %12s %10s\n", "I (pA)", "sim (Hz)", "sem", "closed", "Siegert", "dev",
                "Fourcaud-B", "dev");
    double worstFb = 0.0;
    double worstSiegert = 0.0;
    for (const lif::FiPoint& point : timed.curve.points) {
        const double devSiegert = point.siegert_Hz / point.rate_Hz - 1.0;
        const double devFb = point.fourcaudBrunel_Hz / point.rate_Hz - 1.0;
        std::printf("   %8.0f %10.3f %8.3f %10.3f %12.3f %+9.1f%% %12.3f %+9.1f%%\n", point.current_pA, point.rate_Hz,
                    point.rateSem_Hz, point.theory_Hz, point.siegert_Hz, 100.0 * devSiegert, point.fourcaudBrunel_Hz,
                    100.0 * devFb);
        if (point.rate_Hz >= 1.0) {  // relative deviations of rates below 1 Hz are dominated by counting noise
            worstFb = std::max(worstFb, std::fabs(devFb));
            worstSiegert = std::max(worstSiegert, std::fabs(devSiegert));
        }
    }
    std::printf("   worst relative deviation (rates >= 1 Hz): Siegert %.1f%%, Fourcaud-Brunel %.1f%%\n\n",
                100.0 * worstSiegert, 100.0 * worstFb);
}

}  // namespace

int main(int argc, char** argv) {
    bool quick = false;
    bool sweepOnly = false;
    unsigned threads = 2;
    double duration = 200000.0;
    lif::SolverKind solver = lif::SolverKind::Exact;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--quick") {
            quick = true;
        } else if (arg == "--sweep-only") {
            sweepOnly = true;
        } else if (arg == "--threads" && i + 1 < argc) {
            threads = static_cast<unsigned>(std::stoul(argv[++i]));
        } else if (arg == "--duration" && i + 1 < argc) {
            duration = std::stod(argv[++i]);
        } else if (arg == "--solver" && i + 1 < argc) {
            solver = lif::parseSolver(argv[++i], "--solver");
        } else {
            std::fprintf(stderr, "usage: %s [--quick | --sweep-only] [--threads N] [--duration MS] [--solver NAME]\n",
                         argv[0]);
            return 2;
        }
    }
    if (quick) duration = std::min(duration, 2000.0);

    if (sweepOnly) {
        defaultSweep(threads, 1);  // for timing the whole process: /usr/bin/time lifscope_fi_bench --sweep-only
        return 0;
    }
    defaultSweep(threads, quick ? 2 : 9);

    lif::FiSweepOptions options;
    options.threads = threads;
    options.duration_ms = duration;
    options.segments = 10;
    lif::RunSetup balanced;
    balanced.solver = solver;
    balanced.parameters.rateE = balanced.parameters.rateI = 40000.0;
    balanced.parameters.wE = balanced.parameters.wI = 50.0;
    balanced.parameters.tauE = balanced.parameters.tauI = 0.5;
    fluctuatingSweep(
        "2. many small, fast, balanced inputs: rateE = rateI = 40 kHz, wE = wI = 50 pA, tauE = tauI = 0.5 ms", balanced,
        lif::FiRange{250.0, 500.0, 50.0}, options);

    lif::RunSetup slow;
    slow.solver = solver;
    slow.parameters.rateE = 4000.0;
    slow.parameters.rateI = 1000.0;
    fluctuatingSweep("3. the default synapses: rateE = 4 kHz, rateI = 1 kHz, wE 50 / wI 100 pA, tauE 5 / tauI 10 ms",
                     slow, lif::FiRange{0.0, 500.0, 100.0}, options);
    return 0;
}
