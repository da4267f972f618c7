// The window's menus: File (sessions from SessionActions, exports from ExportActions, the analysis view, Quit),
// View (full screen) and Help (HelpMenu). Part of MainWindow, in a file of its own to keep each file short.
#include <QAction>
#include <QFileDialog>
#include <QMenuBar>

#include "ui/analysis/analysis_views.h"
#include "ui/files/export_actions.h"
#include "ui/files/session_actions.h"
#include "ui/plots/plot_area.h"
#include "ui/window/help_menu.h"
#include "ui/window/main_window.h"

namespace lif::ui {

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    sessions_ = new SessionActions(
        this, [this] { return currentSession(); }, [this](const Session& session) { applySession(session); });
    sessions_->addTo(file);
    connect(sessions_, &SessionActions::sessionSaved, this, [this](const QString& path) { onSessionFile(path, true); });
    connect(sessions_, &SessionActions::sessionOpened, this,
            [this](const QString& path) { onSessionFile(path, false); });
    connect(sessions_, &SessionActions::autosaveFailed, this,
            [this](const QString& message) { showMessage(message, true); });
    file->addSeparator();
    exports_ =
        new ExportActions(this, {[this] { return plots_->plot(); }, [this]() -> const RunHistory& { return *history_; },
                                 [this] { return plots_->window(); }, [this] { return currentSession(); }});
    exports_->addTo(file);
    QAction* exportView = file->addAction(tr("Export analysis &view..."));
    exportView->setObjectName(QStringLiteral("exportAnalysisView"));
    connect(exportView, &QAction::triggered, this, [this] {
        if (!views_->analysisShown()) {
            showMessage(tr("Choose the f-I curve, ISI or phase line tab first; the trace is exported "
                           "with Export image and Export data."),
                        true);
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Export analysis view"), QString(),
                                                          tr("Pictures and data (*.png *.svg *.pdf *.csv)"));
        if (path.isEmpty()) return;
        const QString error = views_->exportCurrent(path);
        showMessage(error.isEmpty() ? tr("Saved %1").arg(path) : error, !error.isEmpty());
    });
    file->addSeparator();
    // Ctrl+Q spelt out: QKeySequence::Quit is empty on platforms without that convention.
    file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fullScreen = view->addAction(tr("&Full screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    // Toggling the one state bit comes back to maximized (or not) as it was before.
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });

    help_ = new HelpMenu(this);
    help_->addTo(menuBar());
}

}  // namespace lif::ui
