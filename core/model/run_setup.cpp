#include "core/model/run_setup.h"

namespace lif {

void ModelSetup::validate() const {
    lif::validate(parameters);
    stimulus.validate();
    checkSolverStep(*this);
}

ModelSetup defaultModelSetup() {
    ModelSetup setup;
    setup.stimulus.setAmplitude(500.0);
    return setup;
}

}  // namespace lif
