#include "ui/window/main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QVBoxLayout>

#include <algorithm>

#include "core/model/analytic.h"
#include "core/model/numbers.h"
#include "ui/analysis/analysis_views.h"
#include "ui/analysis/theory_panel.h"
#include "ui/controls/input_comfort.h"
#include "ui/controls/parameter_control.h"
#include "ui/controls/parameter_panel.h"
#include "ui/controls/stimulus_editor.h"
#include "ui/controls/transport_bar.h"
#include "ui/files/session_actions.h"
#include "ui/plots/plot_area.h"
#include "ui/simulation/simulation_controller.h"
#include "ui/style/display_format.h"
#include "ui/window/window_layout.h"

// Resources compiled into the static library must be registered explicitly, from the global namespace.
static void registerLifscopeResources() {
    Q_INIT_RESOURCE(lifscope);
}

namespace lif::ui {

namespace {

/// The achieved speed is reported as falling short below this fraction of the request.
constexpr double kShortfall = 0.9;

QString title() {
    return MainWindow::tr("LIFscope \u2014 a leaky integrate-and-fire neuron, live");
}

/// What the panel shows but is not in force (a refused combination): "Vreset = -65 mV (shown: -40)".
QString valuesNotShown(const ParameterPanel& panel) {
    const ModelSetup& inForce = panel.setup();
    QStringList differences;
    const auto number = [](double v) { return QString::fromStdString(formatShort(v, 10)); };
    for (const ParamSpec& spec : parameterTable()) {
        const ParameterControl* control = panel.control(fromCoreText(spec.name));
        const double value = inForce.parameters.*spec.field;
        if (control != nullptr && control->value() != value) {
            differences << MainWindow::tr("%1 = %2 %3 (shown: %4)")
                               .arg(fromCoreText(spec.name), number(value), fromCoreText(spec.unit),
                                    number(control->value()));
        }
    }
    const ParameterControl* current = panel.control(fromCoreText(ParameterPanel::kCurrentControl));
    StimulusSpec shown = panel.stimulusEditor()->spec();
    shown.setAmplitude(current->value());
    if (shown != inForce.stimulus) {
        differences << MainWindow::tr("stimulus %1 (shown: %2)")
                           .arg(QString::fromStdString(inForce.stimulus.toString()),
                                QString::fromStdString(shown.toString()));
    }
    return differences.join(QStringLiteral(", "));
}

}  // namespace

MainWindow::MainWindow(const ModelSetup& setup, QWidget* parent) : QMainWindow(parent) {
    registerLifscopeResources();
    setWindowTitle(title());
    setWindowIcon(QIcon(QStringLiteral(":/lifscope/icons/lifscope.svg")));
    if (QApplication::windowIcon().isNull()) {
        QApplication::setWindowIcon(windowIcon());  // the dialogs' title bars too
    }
    QFile style(QStringLiteral(":/lifscope/lifscope.qss"));
    if (style.open(QIODevice::ReadOnly)) {
        setStyleSheet(QString::fromUtf8(style.readAll()));
    }

    // The controller first: its history is what the plots read. Its first chunks wait in the event queue.
    controller_ = std::make_unique<SimulationController>(setup, kDefaultSpeed, kDefaultWindow_ms);
    history_ = controller_->history();
    panel_ = new ParameterPanel(setup, this);
    theory_ = new TheoryPanel(setup, this);
    plots_ = new PlotArea(history_, kDefaultWindow_ms, this);
    plots_->setObjectName(QStringLiteral("plots"));
    plots_->setAccessibleName(tr("Live plots"));
    plots_->setAccessibleDescription(
        tr("The membrane potential with its spikes and threshold, the spike raster and the input "
           "currents. Space runs or pauses, R resets; when paused the wheel zooms and a drag pans."));
    transport_ = new TransportBar(kDefaultSpeed, kDefaultWindow_ms, this);

    auto* rightColumn = new QWidget(this);
    auto* right = new QVBoxLayout(rightColumn);
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(8);
    right->addWidget(transport_);
    right->addWidget(theory_);
    views_ = new AnalysisViews(plots_, setup, this);
    right->addWidget(views_, 1);
    // What each tab shows, for the tooltip and a screen reader (which reads the current tab).
    const QStringList tabTips = {tr("The live voltage trace, spike raster and input currents"),
                                 tr("Firing rate against input current: the simulated sweep beside the theory"),
                                 tr("Inter-spike intervals: rate, mean, SD and CV, histogram and return map"),
                                 tr("dV/dt against V for the present drive: the fixed point, threshold and reset")};
    for (int i = 0; i < views_->count() && i < tabTips.size(); ++i) {
        views_->setTabToolTip(i, tabTips[i]);
    }
    // The panel keeps its width when the window resizes; its handle widens it (longer labels in one line).
    panel_->setMaximumWidth(2 * ParameterPanel::kWidth);
    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName(QStringLiteral("columns"));
    splitter_->setChildrenCollapsible(false);
    splitter_->setHandleWidth(12);
    splitter_->addWidget(panel_);
    splitter_->addWidget(rightColumn);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    auto* central = new QWidget(this);
    auto* columns = new QHBoxLayout(central);
    columns->setContentsMargins(10, 10, 10, 4);
    columns->addWidget(splitter_);
    setCentralWidget(central);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("statusMessage"));
    message_->setTextFormat(Qt::PlainText);
    message_->setMinimumWidth(0);
    message_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // one line; never grows the bar
    runState_ = new QLabel(this);
    runState_->setObjectName(QStringLiteral("runState"));
    statusBar()->addWidget(message_, 1);
    statusBar()->addPermanentWidget(runState_);

    SimulationController* controller = controller_.get();
    connect(controller, &SimulationController::chunkReady, this, &MainWindow::onChunk);
    connect(controller, &SimulationController::runningChanged, this, &MainWindow::onRunningChanged);
    connect(controller, &SimulationController::solverFailed, this, [this](const QString& message) {
        showMessage(tr("%1 \u2014 paused. Change a parameter, press Run or Reset to start again at "
                       "t = 0.")
                        .arg(message),
                    true);
    });
    connect(controller, &SimulationController::changeLatencyMeasured, this, &MainWindow::changeShown);
    connect(controller, &SimulationController::runRestarted, this, [this] {
        plots_->clear();
        views_->resetRun();
        spikes_.clear();
    });
    connect(plots_, &PlotArea::replotted, this, &MainWindow::onReplotted);

    connect(panel_, &ParameterPanel::setupEdited, this, &MainWindow::onSetupEdited);
    connect(panel_, &ParameterPanel::setupRefused, this, [this](const QString& text) { showMessage(text, true); });
    connect(panel_, &ParameterPanel::refusalCleared, this, [this] { showMessage(QString(), false); });
    connect(panel_, &ParameterPanel::inputAdjusted, this, [this](const QString& text) {
        // After the edit's own messages: a clamp that also makes a refused combination says both.
        showMessage(panel_->hasRefusedEdit() ? text + QLatin1Char(' ') + message_->text() : text, true);
        noticeShown_ = true;
    });

    connect(transport_, &TransportBar::runToggled, this, &MainWindow::toggleRun);
    connect(transport_, &TransportBar::resetRequested, this, &MainWindow::reset);
    connect(transport_, &TransportBar::speedChanged, this, [this](double speed) {
        markModified();
        if (controller_ != nullptr) {
            controller_->setSpeed(speed);
        }
    });
    connect(transport_, &TransportBar::windowChanged, this, [this](double window_ms) {
        markModified();
        plots_->setWindow(window_ms);
        if (controller_ != nullptr) {
            controller_->setWindow(window_ms);
        }
    });

    buildMenus();
    updateRheobaseMarker(setup);

    plots_->setFocusPolicy(Qt::StrongFocus);
    // Tab follows the eye: the panel, the transport bar, the tabs, then the plots under them.
    if (auto* tabs = views_->findChild<QTabBar*>()) {
        QWidget::setTabOrder(tabs, plots_);
    }
    setFocusHome(this, plots_);
    plots_->setFocus();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

QString MainWindow::statusMessage() const {
    return message_->text();
}

QString MainWindow::runStateText() const {
    return runState_->text();
}

Session MainWindow::currentSession() const {
    Session session;
    session.run.model() = panel_->setup();
    session.duration_ms = std::max(durationSetting().minValue, history_->endTime());
    session.view.speed = transport_->speed();
    session.view.window_ms = plots_->window();
    return session;
}

void MainWindow::applySession(const Session& session) {
    panel_->setSetup(session.run.model());
    transport_->setSpeed(session.view.speed);
    transport_->setWindow(session.view.window_ms);
    plots_->setWindow(transport_->window());
    if (controller_ != nullptr) {
        controller_->setSpeed(transport_->speed());
        controller_->setWindow(transport_->window());
        controller_->reset();
    }
    sessions_->noteChanged();  // even when the controls show no difference (the same setup, another speed)
    showMessage(session.run.inputSpikes.empty()
                    ? QString()
                    : tr("The session's %1 given input spikes are not used by the window (the CLI uses "
                         "them).")
                          .arg(session.run.inputSpikes.size()),
                false);
}

void MainWindow::onSetupEdited(const ModelSetup& edited) {
    theory_->setSetup(edited);
    views_->setSetup(edited);
    updateRheobaseMarker(edited);
    markModified();
    if (noticeShown_) {
        showMessage(QString(), false);
    }
    if (controller_ != nullptr) {
        controller_->submit(edited);
    }
}

void MainWindow::updateRheobaseMarker(const ModelSetup& setup) {
    const double rheobase = analytic::rheobase_pA(setup.parameters);
    panel_->control(fromCoreText(ParameterPanel::kCurrentControl))
        ->setMarker(rheobase, tr("rheobase ") + displayQuantity(rheobase, "pA"));
}

void MainWindow::onSessionFile(const QString& path, bool saved) {
    sessionPath_ = path;
    setWindowTitle(tr("%1[*] \u2014 LIFscope").arg(QFileInfo(path).fileName()));
    setWindowModified(false);
    if (!saved) {
        return;
    }
    QString text = tr("Session saved to %1.").arg(QFileInfo(path).fileName());
    const QString notSaved = panel_->hasRefusedEdit() ? valuesNotShown(*panel_) : QString();
    if (!notSaved.isEmpty()) {
        text += tr(" It holds the values in force, not the refused ones shown: %1.").arg(notSaved);
    }
    showMessage(text, !notSaved.isEmpty());
    noticeShown_ = notSaved.isEmpty();  // a refusal stays until it is corrected
}

void MainWindow::setRemembered(bool remember) {
    remembered_ = remember;
    sessions_->setAutosave(remember);
}

void MainWindow::markModified() {
    sessions_->noteChanged();
    if (!sessionPath_.isEmpty()) {
        setWindowModified(true);
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (remembered_) {
        sessions_->rememberLastSession();
        saveWindowLayout(*this, *splitter_);
    }
    controller_.reset();  // stops the worker and joins its thread now, not after the widgets are gone
    QMainWindow::closeEvent(event);
}

void MainWindow::keyPressEvent(QKeyEvent* event) {
    // Only keys no focused control took come here: Space in a text field stays text.
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && !event->isAutoRepeat() && event->key() == Qt::Key_Space) {
        toggleRun();
        return;
    }
    if (plain && !event->isAutoRepeat() && event->key() == Qt::Key_R) {
        reset();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::onChunk(const SimulationChunk& chunk) {
    plots_->appendChunk(chunk);
    spikes_.add(chunk.spikes_ms);
    views_->noteChunk(chunk);
    achievedSpeed_ = chunk.achievedSpeed;
    requestedSpeed_ = chunk.requestedSpeed;
}

void MainWindow::onReplotted(quint64 generation) {
    if (controller_ != nullptr) {
        controller_->noteGenerationShown(generation);
    }
    const double now = plots_->latestTime();
    spikes_.removeBefore(now - plots_->window());
    const SpikeStatistics::Summary measured = spikes_.summarise(now, plots_->window());
    theory_->setMeasured(measured, plots_->window());
    views_->setMeasuredRate(panel_->setup().stimulus.amplitude(), measured.rate_Hz);

    QString state = QStringLiteral("t = ") + displaySimulatedTime(now);
    const bool running = controller_ != nullptr && controller_->isRunning();
    const bool behind = running && achievedSpeed_ < kShortfall * requestedSpeed_;
    if (!running) {
        state += tr(" \u00b7 paused");
    } else if (behind) {
        state += tr(" \u00b7 running at %1\u00d7 of %2\u00d7 requested")
                     .arg(displayNumber(achievedSpeed_, 3), displayNumber(requestedSpeed_, 3));
    } else {
        state += tr(" \u00b7 %1\u00d7 real time").arg(displayNumber(requestedSpeed_, 3));
    }
    runState_->setText(state);
    if (runState_->property("behind").toBool() != behind) {
        runState_->setProperty("behind", behind);
        runState_->style()->unpolish(runState_);
        runState_->style()->polish(runState_);
    }
}

void MainWindow::onRunningChanged(bool running) {
    transport_->setRunning(running);
    plots_->setRunning(running);
    onReplotted(plots_->shownGeneration());
}

void MainWindow::toggleRun() {
    if (controller_ != nullptr) {
        controller_->setRunning(!controller_->isRunning());
    }
}

void MainWindow::reset() {
    if (controller_ == nullptr) {
        return;
    }
    controller_->reset();
    if (!panel_->hasRefusedEdit()) {
        showMessage(QString(), false);
    }
}

void MainWindow::showMessage(const QString& message, bool problem) {
    noticeShown_ = false;
    message_->setText(message);
    message_->setToolTip(message);  // the whole text, should the window be too narrow for it
    message_->setProperty("problem", problem);
    message_->style()->unpolish(message_);
    message_->style()->polish(message_);
}

}  // namespace lif::ui
