#include "ui/analysis/fi_curve_view.h"

#include <qcustomplot.h>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "core/engine/fi_sweep.h"
#include "core/io/fi_csv.h"
#include "core/model/errors.h"
#include "core/model/theory.h"
#include "ui/plots/fi_curve_plot.h"
#include "ui/simulation/background_job.h"

namespace lif::ui {

namespace {

QDoubleSpinBox* currentBox(QWidget* parent, const QString& name, double value) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(-20000.0, 20000.0);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" pA"));
    box->setValue(value);
    box->setKeyboardTracking(false);
    return box;
}

}  // namespace

FiCurveView::FiCurveView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* controls = new QHBoxLayout;
    const FiRange defaults;
    from_ = currentBox(this, QStringLiteral("fiFrom"), defaults.start_pA);
    to_ = currentBox(this, QStringLiteral("fiTo"), defaults.stop_pA);
    step_ = currentBox(this, QStringLiteral("fiStep"), defaults.step_pA);
    step_->setRange(0.1, 20000.0);
    duration_ = new QDoubleSpinBox(this);
    duration_->setObjectName(QStringLiteral("fiDuration"));
    duration_->setRange(0.1, 1000.0);
    duration_->setDecimals(1);
    duration_->setValue(2.0);
    duration_->setSuffix(QStringLiteral(" s"));
    duration_->setToolTip(tr("With fluctuating input: simulated time per current over which spikes are counted"));
    duration_->setKeyboardTracking(false);
    from_->setAccessibleName(tr("Sweep from"));
    to_->setAccessibleName(tr("Sweep to"));
    step_->setAccessibleName(tr("Sweep step"));
    duration_->setAccessibleName(tr("Counting time per current"));
    from_->setAccessibleDescription(tr("The first input current of the sweep, in pA"));
    to_->setAccessibleDescription(tr("The last input current of the sweep, in pA"));
    step_->setAccessibleDescription(tr("The distance between the swept currents, in pA"));
    sweepButton_ = new QPushButton(tr("S&weep"), this);
    sweepButton_->setObjectName(QStringLiteral("fiSweep"));
    sweepButton_->setAccessibleDescription(tr("Measures the firing rate at each current of the sweep, on every core"));
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setObjectName(QStringLiteral("fiCancel"));
    cancelButton_->setAccessibleDescription(tr("Stops the sweep under way"));
    cancelButton_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    progress_->setMaximumWidth(120);
    controls->addWidget(new QLabel(tr("I from"), this));
    controls->addWidget(from_);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(to_);
    controls->addWidget(new QLabel(tr("step"), this));
    controls->addWidget(step_);
    controls->addStretch(1);
    // Two rows, so that the view never makes the window wider than a 1024-px screen.
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("count for"), this));
    actions->addWidget(duration_);
    actions->addWidget(sweepButton_);
    actions->addWidget(cancelButton_);
    actions->addWidget(progress_);
    actions->addStretch(1);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("fiNote"));
    note_->setWordWrap(true);

    plot_ = new QCustomPlot(this);
    plot_->setObjectName(QStringLiteral("fiPlot"));
    plot_->setMinimumSize(260, 180);
    drawing_ = std::make_unique<FiCurvePlot>(*plot_);

    layout->addLayout(controls);
    layout->addLayout(actions);
    layout->addWidget(note_);
    layout->addWidget(plot_, 1);

    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(kDebounce_ms);
    connect(debounce_, &QTimer::timeout, this, &FiCurveView::sweep);
    connect(sweepButton_, &QPushButton::clicked, this, &FiCurveView::sweep);
    connect(cancelButton_, &QPushButton::clicked, this, &FiCurveView::cancel);
    for (QDoubleSpinBox* box : {from_, to_, step_, duration_}) {
        connect(box, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this] {
            drawTheory();
            debounce_->start();
        });
    }
}

FiCurveView::~FiCurveView() {
    // The job's destructor cancels and joins the sweep; it must run before result_, which the sweep's thread writes,
    // is destroyed (members are destroyed in reverse order, and job_ is declared before result_).
    job_.reset();
}

FiRange FiCurveView::range() const {
    return FiRange{from_->value(), to_->value(), step_->value()};
}

void FiCurveView::setRange(const FiRange& range) {
    for (QDoubleSpinBox* box : {from_, to_, step_})
        box->blockSignals(true);
    from_->setValue(range.start_pA);
    to_->setValue(range.stop_pA);
    step_->setValue(range.step_pA);
    for (QDoubleSpinBox* box : {from_, to_, step_})
        box->blockSignals(false);
    drawTheory();
}

void FiCurveView::setDuration(double duration_ms) {
    duration_->setValue(duration_ms / 1000.0);
}

bool FiCurveView::sameApartFromCurrent(const ModelSetup& a, const ModelSetup& b) {
    ModelSetup aa = a;
    aa.stimulus.setAmplitude(b.stimulus.amplitude());
    aa.solver = b.solver;  // every solver gives the same rates to its precision; a swap is no reason to sweep
    return aa == b;
}

void FiCurveView::setSetup(const ModelSetup& setup) {
    const bool relevant = !haveSetup_ || !sameApartFromCurrent(setup_, setup);
    setup_ = setup;
    haveSetup_ = true;
    if (relevant) {
        drawTheory();
        debounce_->start();
    }
}

void FiCurveView::setOperatingPoint(double current_pA, double measuredRate_Hz) {
    drawing_->setOperatingPoint(current_pA, measuredRate_Hz);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void FiCurveView::cancel() {
    debounce_->stop();
    if (job_ != nullptr) {
        job_->cancel();
    }
}

void FiCurveView::sweep() {
    debounce_->stop();
    job_.reset();  // cancels and joins a sweep under way
    RunSetup base;
    base.model() = setup_;
    base.dt_ms = 0.0;
    FiSweepOptions options;
    options.duration_ms = duration_->value() * 1000.0;
    try {
        const FiSweep check(base, range(), options);  // validates the range and the setup before any thread starts
        duration_->setEnabled(check.fluctuating());
    } catch (const InputError& error) {
        note_->setText(tr("Cannot sweep: %1").arg(QString::fromStdString(error.what())));
        return;
    }
    sweptSetup_ = base;
    result_.reset();
    jobError_.clear();
    note_->setText(tr("Sweeping %n current(s)…", nullptr, static_cast<int>(range().count())));
    // The job's thread sees only these copies and result_, which the GUI thread reads after finished().
    const FiRange swept = range();
    job_ = std::make_unique<BackgroundJob>([this, base, swept, options](JobContext& context) {
        FiSweepOptions withJob = options;
        withJob.cancel = &context.cancelFlag();
        withJob.onProgress = [&context](double fraction) { context.reportProgress(fraction); };
        withJob.lowPriority = true;
        FiSweep run(base, swept, withJob);
        result_ = run.run();
    });
    connect(job_.get(), &BackgroundJob::progressed, this,
            [this](double fraction) { progress_->setValue(static_cast<int>(fraction * 1000.0)); });
    connect(job_.get(), &BackgroundJob::finished, this, &FiCurveView::onJobFinished);
    sweepButton_->setEnabled(false);
    cancelButton_->setEnabled(true);
    progress_->setValue(0);
    job_->start();
}

void FiCurveView::onJobFinished() {
    const QString error = job_->error();
    job_.reset();
    sweepButton_->setEnabled(true);
    cancelButton_->setEnabled(false);
    if (!error.isEmpty()) {
        note_->setText(tr("The sweep failed: %1").arg(error));
    } else if (result_.has_value()) {
        curve_ = std::move(result_);
        result_.reset();
        drawTheory();  // the note says again what the curve shows
        drawing_->setCurve(*curve_);
        if (curve_->cancelled) {
            const auto done = std::count_if(curve_->points.begin(), curve_->points.end(),
                                            [](const FiPoint& point) { return point.computed; });
            note_->setText(tr("Sweep cancelled: %n current(s) done.", nullptr, static_cast<int>(done)));
        }
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
    Q_EMIT sweepEnded();
}

void FiCurveView::drawTheory() {
    if (!haveSetup_) {
        return;
    }
    const auto injected = theory::stationaryInjected(setup_.stimulus);
    const FiRange r = range();
    const theory::RegimeCheck regime = drawing_->setTheory(setup_.parameters, injected, r.start_pA, r.stop_pA);
    if (regime.fluctuating) {
        note_->setText(regime.inside ? tr("Fluctuating input: simulated mean rates ± standard error; the diffusion "
                                          "approximation applies (many small inputs, fast synapses).")
                                     : tr("Fluctuating input, outside the diffusion approximation's regime: %1")
                                           .arg(QString::fromStdString(regime.reason)));
    } else if (!injected.has_value()) {
        note_->setText(tr("The stimulus changes in time: the sweep uses a constant current at each point."));
    } else {
        note_->setText(tr("Deterministic input: rates from the steady-state ISI, equal to the closed form."));
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void FiCurveView::writeCsv(std::ostream& out) const {
    if (!curve_.has_value()) {
        throw InputError("the f-I curve has not been computed yet; press Sweep first");
    }
    Session session;
    session.run = sweptSetup_;
    writeFiCsv(out, session, "LIFscope window (f-I curve)", *curve_);
}

}  // namespace lif::ui
