#pragma once
// The f-I curve as CSV, in the format of core/io/csv.h ('# key: value' metadata, the first line saying how many,
// then one header row):
//   deterministic input:  I_pA,rate_Hz,rate_theory_Hz
//   fluctuating input:    I_pA,rate_Hz,rate_theory_Hz,rate_sem_Hz,rate_siegert_Hz,rate_fourcaud_brunel_Hz
// One row per computed current, in the order of the range; rate_theory_Hz is the closed form at the mean drive
// (injected plus mean synaptic current). The metadata says how the rates were measured, the diffusion
// approximation's regime, and how many points were cancelled or failed. Units: pA, Hz.
#include <ostream>
#include <string>

#include "core/io/csv.h"
#include "core/model/theory_fi.h"

namespace lif {

/// The '# key: value' pairs describing a sweep (range, method, theory, regime, completeness).
CsvMetadata fiMetadata(const FiCurve& curve);

/// With the run metadata of `session` (its parameters and solver; its stimulus is the sweep's base).
void writeFiCsv(std::ostream& out, const Session& session, const std::string& createdBy, const FiCurve& curve);
/// With metadata of the caller's; fiMetadata(curve) is added to it.
void writeFiCsv(std::ostream& out, CsvMetadata metadata, const FiCurve& curve);

}  // namespace lif
