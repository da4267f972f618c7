#pragma once
// TheoryPanel is the row of read-outs beside the controls: what the closed forms of lif::analytic predict for
// the current setup (membrane time constant tau_m = C/gL, rheobase gL (Vth - EL), steady state
// V_inf = EL + I/gL, firing rate for constant input) next to what the run measures from the spike times
// streamed back (rate, mean inter-spike interval, CV of the intervals). Predictions update as a slider moves;
// measurements once per replot. It only displays: the numbers come from the core and from SpikeStatistics.
//
// Threading: GUI thread only.
#include <QString>
#include <QWidget>

#include <vector>

#include "ui/analysis/spike_statistics.h"
#include "ui/simulation/simulation_types.h"

class QLabel;

namespace lif::ui {

class TheoryPanel final : public QWidget {
    Q_OBJECT

public:
    explicit TheoryPanel(const ModelSetup& setup, QWidget* parent = nullptr);

    void setSetup(const ModelSetup& setup);
    void setMeasured(const SpikeStatistics::Summary& summary, double window_ms);

    /// The text of a read-out, for tests: "tauM", "rheobase", "vInf", "predictedRate", "measuredRate",
    /// "meanIsi", "cv".
    QString valueText(const QString& key) const;

private:
    struct Card {
        QString key;
        QLabel* value = nullptr;
        QLabel* detail = nullptr;
    };
    Card* card(const QString& key);
    const Card* card(const QString& key) const;

    std::vector<Card> cards_;
};

}  // namespace lif::ui
