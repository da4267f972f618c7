#pragma once
// The human texts of the core's tables (parameter labels and meanings, stimulus protocols and their fields, solver
// descriptions) as the window shows them: translated here, at the boundary, because core/ has no Qt. The source
// texts are listed once more in model_text.cpp inside QT_TRANSLATE_NOOP so that lupdate finds them; a test checks
// that every text of the tables is in that list, so a label changed in core/ cannot go untranslated unnoticed.
// Identifiers (parameter and protocol names, units, solver names) are never translated: they are what files and
// the command line use.
//
// Threading: GUI thread (QCoreApplication::translate reads the installed translators).
#include <QString>

#include <string_view>
#include <vector>

#include "core/model/parameters.h"
#include "core/model/solver_kind.h"
#include "core/model/stimulus.h"

namespace lif::ui {

/// The translation contexts of the tables' texts.
inline constexpr const char* kParametersContext = "lif::Parameters";
inline constexpr const char* kStimulusContext = "lif::Stimulus";
inline constexpr const char* kSolversContext = "lif::Solvers";

QString parameterLabel(const ParamSpec& spec);              ///< "Capacitance"
QString parameterMeaning(const ParamSpec& spec);            ///< the one-line physical meaning
QString protocolLabel(const StimulusProtocol& protocol);    ///< "Step"
QString protocolMeaning(const StimulusProtocol& protocol);  ///< "Iext = I for ON <= t < OFF, else 0"
QString fieldMeaning(const StimulusField& field);           ///< "time the current switches on"
QString solverDescriptionText(SolverKind kind);             ///< solverDescription(kind), translated

/// One source text that lupdate sees in model_text.cpp.
struct TranslatableText {
    const char* context;
    const char* source;
};
/// Every text of the tables marked for translation, in the tables' order.
const std::vector<TranslatableText>& translatableModelTexts();

}  // namespace lif::ui
