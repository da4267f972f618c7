#pragma once
// TheoryPanel is the row of read-outs beside the controls: what the theory (lif::theory::predict, the same
// prediction the f-I view draws) says for the current setup (membrane time constant tau_m = C/gL; the rheobase
// of the injected current, gL (Vth - EL) less the mean synaptic current; the steady state
// V_inf = EL + (I + <Isyn>)/gL; the firing rate) next to what the run measures from the spike times streamed back
// (rate, mean inter-spike interval, CV of the intervals). Without fluctuations the rate is the exact closed
// form; with Poisson input or noise it is the diffusion approximation (Siegert with the Fourcaud-Brunel
// correction), shown as "~ x Hz" with "diffusion approx." under it, and "outside its regime" in words when the
// input is not many small, fast inputs (the reason in the card's tooltip). Predictions update as a slider moves;
// measurements once per replot. It only displays: the numbers come from the core and from SpikeStatistics.
// V_inf is shown with as many decimals as its distance from the threshold needs (-50.04 mV at 374 pA, where
// Vth is -50 mV), and that margin V_inf - Vth is written under it. The cards stand in one row when the panel is
// wide enough and wrap into two (theory above, measurements below) when it is not.
//
// Threading: GUI thread only.
#include <QString>
#include <QWidget>

#include <vector>

#include "ui/analysis/spike_statistics.h"
#include "ui/simulation/simulation_types.h"

class QHBoxLayout;
class QLabel;

namespace lif::ui {

class TheoryPanel final : public QWidget {
    Q_OBJECT

public:
    explicit TheoryPanel(const ModelSetup& setup, QWidget* parent = nullptr);

    void setSetup(const ModelSetup& setup);
    /// `window_ms` is what the detail names when the summary covers no time yet.
    void setMeasured(const SpikeStatistics::Summary& summary, double window_ms);

    /// The text of a read-out, for tests: "tauM", "rheobase", "vInf", "predictedRate", "measuredRate",
    /// "meanIsi", "cv".
    QString valueText(const QString& key) const;
    /// The small line under a read-out (formula, margin, spike count), for tests.
    QString detailText(const QString& key) const;
    /// False when the predicted rate is a diffusion approximation outside its regime (the card says so).
    bool predictionInsideRegime() const { return regimeInside_; }
    /// 1 when all cards stand in one row, 2 when they wrap.
    int rowCount() const { return rows_; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Card {
        QString key;
        QLabel* value = nullptr;
        QLabel* detail = nullptr;
    };
    /// The card of `key`, one of the keys the constructor made (any other is a programming error: logic_error).
    Card& card(const QString& key);
    /// The card of `key`, or nullptr: for keys that come from outside (valueText(), detailText()).
    const Card* findCard(const QString& key) const;
    /// Width the cards need side by side in one row, px.
    int oneRowWidth() const;
    void arrange(int rows);

    std::vector<Card> cards_;
    std::vector<QWidget*> frames_;
    QHBoxLayout* firstRow_ = nullptr;
    QHBoxLayout* secondRow_ = nullptr;
    int rows_ = 1;
    bool regimeInside_ = true;
};

}  // namespace lif::ui
