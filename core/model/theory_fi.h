#pragma once
// The f-I curve as plain values: the range of injected currents a sweep covers, and what it found at each
// current beside the theory. Produced by core/engine/fi_sweep.h, written by core/io/fi_csv.h, drawn by the
// window. Units: pA, Hz, ms. Plain data: copy it to any thread.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/theory.h"

namespace lif {

/// Largest number of currents in one sweep.
inline constexpr std::size_t kMaxFiPoints = 100000;

/// START:STOP:STEP, pA: the currents START, START + STEP, ... up to STOP (included when on the grid).
struct FiRange {
    double start_pA = 0.0;
    double stop_pA = 1000.0;
    double step_pA = 10.0;

    /// Reads "START:STOP:STEP" and validates it; throws InputError (fields "fi.start", "fi.stop", "fi.step").
    /// The message names no flag: the caller adds its own context.
    static FiRange parse(std::string_view text);
    /// STOP >= START, STEP > 0, at most kMaxFiPoints currents, each within the stimulus current range.
    /// Throws InputError naming the field, the value and the allowed range.
    void validate() const;
    /// Number of currents (validate() first).
    std::size_t count() const;
    /// The k-th current, START + k STEP (computed by multiplication, so no rounding drift accumulates).
    double current(std::size_t k) const { return start_pA + static_cast<double>(k) * step_pA; }
    std::string toString() const;
};

/// One current of a sweep.
struct FiPoint {
    double current_pA = 0.0;
    bool computed = false;           ///< false when the sweep was cancelled before this point, or it failed
    std::string error;               ///< why it failed (a solver error), empty otherwise
    double rate_Hz = 0.0;            ///< simulated: steady-state 1000 / ISI (deterministic) or mean count rate
    double rateSem_Hz = 0.0;         ///< standard error of rate_Hz over independent segments (0 when deterministic)
    std::uint64_t spikes = 0;        ///< spikes counted for rate_Hz
    double simulated_ms = 0.0;       ///< neuron time simulated for this point, warm-up included
    double theory_Hz = 0.0;          ///< closed form at the mean drive (injected + mean synaptic current)
    double siegert_Hz = 0.0;         ///< white-noise Siegert (= theory_Hz without fluctuations)
    double fourcaudBrunel_Hz = 0.0;  ///< Siegert with the Fourcaud-Brunel correction
};

/// How a sweep measured its rates.
enum class FiMethod {
    SteadyStateIsi,  ///< deterministic input: the last ISI once successive ISIs agree
    MeanRate         ///< fluctuating or time-varying input: spikes over a fixed duration, after a warm-up
};

struct FiCurve {
    FiRange range;
    FiMethod method = FiMethod::SteadyStateIsi;
    double duration_ms = 0.0;  ///< MeanRate: counting time per current (after the warm-up)
    double warmup_ms = 0.0;    ///< MeanRate: discarded start of every run
    int segments = 0;          ///< MeanRate: independent segments behind rateSem_Hz
    bool cancelled = false;
    theory::RegimeCheck regime;   ///< whether the diffusion approximation applies (it does not depend on I)
    std::string note;             ///< caveats in words (e.g. given input spikes are not in the theory)
    std::vector<FiPoint> points;  ///< in the order of the range
};

}  // namespace lif
