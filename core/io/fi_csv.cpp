#include "core/io/fi_csv.h"

#include <algorithm>

#include "core/model/numbers.h"

namespace lif {

CsvMetadata fiMetadata(const FiCurve& curve) {
    CsvMetadata metadata;
    metadata.emplace_back("fi_range", curve.range.toString() + " pA (START:STOP:STEP)");
    if (curve.method == FiMethod::SteadyStateIsi) {
        metadata.emplace_back("fi_method", "deterministic input: rate = 1000 / steady-state ISI");
    } else {
        metadata.emplace_back("fi_method", "fluctuating input: mean rate over " + formatShort(curve.duration_ms) +
                                               " ms after a " + formatShort(curve.warmup_ms) +
                                               " ms warm-up; rate_sem_Hz from " + std::to_string(curve.segments) +
                                               " consecutive segments");
    }
    metadata.emplace_back(
        "fi_theory",
        curve.method == FiMethod::SteadyStateIsi
            ? "rate_theory_Hz: closed form at I + mean synaptic current"
            : "rate_theory_Hz: closed form at I + mean synaptic current (no fluctuations); "
              "rate_siegert_Hz: diffusion approximation, white noise (Siegert); "
              "rate_fourcaud_brunel_Hz: Siegert with the Fourcaud-Brunel correction for synaptic filtering");
    metadata.emplace_back("fi_regime", curve.regime.reason);
    if (!curve.note.empty()) {
        metadata.emplace_back("fi_note", curve.note);
    }
    const auto computed = static_cast<std::size_t>(
        std::count_if(curve.points.begin(), curve.points.end(), [](const FiPoint& point) { return point.computed; }));
    metadata.emplace_back("fi_points", std::to_string(computed) + " of " + std::to_string(curve.points.size()) +
                                           (curve.cancelled ? " (cancelled)" : ""));
    const auto failed = std::find_if(curve.points.begin(), curve.points.end(),
                                     [](const FiPoint& point) { return !point.error.empty(); });
    if (failed != curve.points.end()) {
        metadata.emplace_back("fi_failed", "from I = " + formatShort(failed->current_pA) + " pA: " + failed->error);
    }
    return metadata;
}

void writeFiCsv(std::ostream& out, const Session& session, const std::string& createdBy, const FiCurve& curve) {
    writeFiCsv(out, runMetadata(session, createdBy), curve);
}

void writeFiCsv(std::ostream& out, CsvMetadata metadata, const FiCurve& curve) {
    for (auto& pair : fiMetadata(curve)) {
        metadata.push_back(std::move(pair));
    }
    writeMetadata(out, "fi", metadata);
    const bool fluctuating = curve.method == FiMethod::MeanRate;
    out << "I_pA,rate_Hz,rate_theory_Hz";
    if (fluctuating) {
        out << ",rate_sem_Hz,rate_siegert_Hz,rate_fourcaud_brunel_Hz";
    }
    out << '\n';
    std::string line;
    for (const FiPoint& point : curve.points) {
        if (!point.computed) continue;
        line = formatRoundTrip(point.current_pA) + ',' + formatRoundTrip(point.rate_Hz) + ',' +
               formatRoundTrip(point.theory_Hz);
        if (fluctuating) {
            line += ',' + formatRoundTrip(point.rateSem_Hz) + ',' + formatRoundTrip(point.siegert_Hz) + ',' +
                    formatRoundTrip(point.fourcaudBrunel_Hz);
        }
        line += '\n';
        out << line;
    }
}

}  // namespace lif
