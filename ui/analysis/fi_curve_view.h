#pragma once
// FiCurveView is the live f-I curve: a sweep over the injected current (range and step editable) that runs on a
// background job (ui/simulation/background_job.h) using every core at low priority, so it never slows the live
// trace, with progress and cancel. It re-runs by itself, debounced, when anything but the input current changes
// (C, gL, EL, Vth, Vreset, tref, the synaptic input, the noise): the input current only moves the operating point.
// Drawn together: the simulated rates (with standard-error bars when the input fluctuates), the closed form
// f(I) = 1000 / (tref + tau ln((I - gL (Vreset - EL)) / (I - gL (Vth - EL)))) at the mean drive, the diffusion
// approximation (white-noise Siegert and the Fourcaud-Brunel correction) when the input fluctuates, each
// labelled, the rheobase, and the live operating point (the present I and the measured rate). A note says when
// the present input is outside the diffusion approximation's regime.
//
// Threading: GUI thread only; the sweep itself runs in core's FiSweep inside a BackgroundJob. Units: pA, Hz, ms.
#include <QWidget>

#include <iosfwd>
#include <memory>
#include <optional>

#include "core/model/run_setup.h"
#include "core/model/theory_fi.h"

class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace lif::ui {

class BackgroundJob;
class FiCurvePlot;

class FiCurveView final : public QWidget {
    Q_OBJECT

public:
    /// Wait this long after the last relevant change before sweeping again, ms.
    static constexpr int kDebounce_ms = 400;

    explicit FiCurveView(QWidget* parent = nullptr);
    ~FiCurveView() override;
    FiCurveView(const FiCurveView&) = delete;
    FiCurveView& operator=(const FiCurveView&) = delete;

    /// The setup in force; a change of anything but the input current schedules a new sweep.
    void setSetup(const ModelSetup& setup);
    /// The live operating point: the present input current and the measured rate.
    void setOperatingPoint(double current_pA, double measuredRate_Hz);
    /// Sweeps now with the range in the fields (cancels a sweep under way).
    void sweep();
    void cancel();

    bool isSweeping() const { return job_ != nullptr; }
    /// The last finished (or cancelled) sweep.
    const std::optional<FiCurve>& curve() const { return curve_; }
    FiRange range() const;
    void setRange(const FiRange& range);
    /// Counting time per current for fluctuating input, ms.
    void setDuration(double duration_ms);

    QCustomPlot* plot() const { return plot_; }
    /// The last sweep as the headless --fi-csv writes it. Throws InputError when there is none.
    void writeCsv(std::ostream& out) const;

Q_SIGNALS:
    /// A sweep ended (finished, cancelled or failed).
    void sweepEnded();

private:
    void onJobFinished();
    void drawTheory();
    static bool sameApartFromCurrent(const ModelSetup& a, const ModelSetup& b);

    QDoubleSpinBox* from_ = nullptr;
    QDoubleSpinBox* to_ = nullptr;
    QDoubleSpinBox* step_ = nullptr;
    QDoubleSpinBox* duration_ = nullptr;
    QPushButton* sweepButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* note_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    std::unique_ptr<FiCurvePlot> drawing_;
    QTimer* debounce_ = nullptr;

    ModelSetup setup_;
    bool haveSetup_ = false;
    std::unique_ptr<BackgroundJob> job_;
    std::optional<FiCurve> result_;  ///< written by the job's thread, read after it finished
    std::string jobError_;
    std::optional<FiCurve> curve_;
    RunSetup sweptSetup_;  ///< what the last sweep ran, for the CSV metadata
};

}  // namespace lif::ui
