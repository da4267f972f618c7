#pragma once
// MainWindow composes the live window and wires its parts; it computes nothing itself. Left: the parameter
// panel. Right: the transport bar, the theory read-outs and the plots. The data flow is one way: panel ->
// controller (worker thread) -> chunks -> plots and spike statistics -> theory panel. The status bar says what
// the run is doing: simulated time, the speed actually achieved when it falls short of the request, refused
// edits, values clamped to their range, sessions saved, and solver errors. The File menu (sessions, export) is
// built by SessionActions and ExportActions, the Help menu by HelpMenu; View > Full screen is F11. The title
// names the session file last opened or saved, with a * once the setup or view changed since. Each such change
// is also noted to SessionActions, which autosaves the session when the window is remembered (setRemembered).
// Space (run/pause) and R (reset) are handled as key presses that reach the window: a text field keeps its
// Space, a focused button or group title takes it as a press. Whenever a control is done with the keyboard
// (Enter in a field, a click on a button) the focus returns to the plots, so the keys work again at once.
// Closing the window stops the worker thread before anything else goes away.
//
// Threading: GUI thread only.
#include <QMainWindow>

#include <memory>

#include "core/io/session.h"
#include "core/model/run_history.h"
#include "ui/analysis/spike_statistics.h"
#include "ui/simulation/simulation_types.h"

class QLabel;
class QSplitter;

namespace lif::ui {

class ExportActions;
class HelpMenu;
class ParameterPanel;
class PlotArea;
class SessionActions;
class SimulationController;
class AnalysisViews;
class TheoryPanel;
class TransportBar;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    static constexpr double kDefaultSpeed = 1.0;
    static constexpr double kDefaultWindow_ms = 1000.0;

    explicit MainWindow(const ModelSetup& setup = defaultModelSetup(), QWidget* parent = nullptr);
    ~MainWindow() override;
    MainWindow(const MainWindow&) = delete;
    MainWindow& operator=(const MainWindow&) = delete;

    ParameterPanel* panel() const { return panel_; }
    TheoryPanel* theory() const { return theory_; }
    PlotArea* plots() const { return plots_; }
    TransportBar* transport() const { return transport_; }
    /// nullptr once the window was closed (the worker thread is joined on close).
    SimulationController* controller() const { return controller_.get(); }
    SessionActions* sessions() const { return sessions_; }
    ExportActions* exports() const { return exports_; }
    HelpMenu* help() const { return help_; }
    AnalysisViews* views() const { return views_; }
    /// How the current run came about (initial setup, changes, time reached): the controller's, still readable
    /// after close.
    const RunHistory& history() const { return *history_; }
    /// The current setup and view as a session; its duration is the simulated time so far.
    Session currentSession() const;
    /// Shows `session` in the controls and restarts the run at t = 0 with it.
    void applySession(const Session& session);
    /// Keep the session and the layout between starts: the session is autosaved a moment after each change and
    /// both are saved at close (the application enables it; tests that do not ask leave the settings alone).
    void setRemembered(bool remember);
    /// Between the parameter panel and the plots; its sizes are part of the remembered layout.
    QSplitter* splitter() const { return splitter_; }

    /// The message part of the status bar (refusals, errors); empty when all is well.
    QString statusMessage() const;
    /// The run-state part of the status bar ("t = 2954.500 s · 1× real time").
    QString runStateText() const;
    /// The session file the title names; empty until one is opened or saved.
    QString sessionPath() const { return sessionPath_; }

Q_SIGNALS:
    /// Latency of a setup change: from the panel edit to the first replot showing samples computed with it.
    void changeShown(quint64 generation, double latency_ms);

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildMenus();
    void onChunk(const SimulationChunk& chunk);
    void onReplotted(quint64 generation);
    void onRunningChanged(bool running);
    void toggleRun();
    void reset();
    void showMessage(const QString& message, bool problem);
    void onSetupEdited(const ModelSetup& edited);
    void onSessionFile(const QString& path, bool saved);
    void markModified();
    void updateRheobaseMarker(const ModelSetup& setup);

    ParameterPanel* panel_ = nullptr;
    TheoryPanel* theory_ = nullptr;
    AnalysisViews* views_ = nullptr;
    PlotArea* plots_ = nullptr;
    TransportBar* transport_ = nullptr;
    SessionActions* sessions_ = nullptr;
    ExportActions* exports_ = nullptr;
    HelpMenu* help_ = nullptr;
    QString sessionPath_;
    bool noticeShown_ = false;  ///< the message is a notice (a clamp, a save), cleared by the next edit
    std::shared_ptr<const RunHistory> history_;
    QSplitter* splitter_ = nullptr;
    bool remembered_ = false;
    QLabel* message_ = nullptr;
    QLabel* runState_ = nullptr;
    SpikeStatistics spikes_;
    double achievedSpeed_ = kDefaultSpeed;
    double requestedSpeed_ = kDefaultSpeed;
    std::unique_ptr<SimulationController> controller_;  ///< declared last: destroyed (thread joined) first
};

}  // namespace lif::ui
