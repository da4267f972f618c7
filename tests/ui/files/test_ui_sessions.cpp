// What the window keeps between starts, in process: the session autosaved a moment after the last change (and
// at the latest a few seconds after the first unsaved one), never when the window is not remembered; a failed
// autosave said in the status bar; the layout (geometry, splitter) and recent files kept; a recent entry whose
// file is gone said and dropped; the start-up (startWindow) opening a file named on the command line or else
// restoring the last session. The kill -9 test with the real program is tests/ui/window/test_ui_autosave.cpp.
#include <QtTest>

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QTemporaryDir>

#include <memory>

#include "core/io/session.h"
#include "tests/support/private_user_files.h"
#include "tests/support/qt_warning_counter.h"
#include "ui/controls/parameter_panel.h"
#include "ui/controls/transport_bar.h"
#include "ui/files/session_actions.h"
#include "ui/window/main_window.h"
#include "ui/window/run_window.h"

using lif::ui::MainWindow;
using lif::ui::SessionActions;

namespace {

lif::ModelSetup withCurrent(double current_pA) {
    lif::ModelSetup setup = lif::defaultModelSetup();
    setup.stimulus.setAmplitude(current_pA);
    return setup;
}

/// The current in the autosaved session, or -1 when there is none.
double savedCurrent() {
    QFile file(SessionActions::lastSessionFile());
    if (!file.open(QIODevice::ReadOnly)) {
        return -1.0;
    }
    return lif::parseSession(file.readAll().toStdString(), "last session").run.stimulus.amplitude();
}

void writeText(const QString& path, const QByteArray& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

}  // namespace

class SessionsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        lif::testing::QtWarningCounter::install();
        userFiles_ = std::make_unique<lif::testing::PrivateUserFiles>();
        lif::ui::setApplicationIdentity();  // the names the program itself uses
        QVERIFY(userFiles_->isolated());
    }
    void init() {
        lif::testing::QtWarningCounter::reset();
        QSettings().clear();
        QFile::remove(SessionActions::lastSessionFile());
        problems_.clear();
        window_ = makeWindow();
    }
    void cleanup() {
        window_.reset();
        QCOMPARE(lif::testing::QtWarningCounter::warnings(), 0);
    }

    void autosaveFollowsTheLastChangeByAMoment() {
        window_->setRemembered(true);
        window_->panel()->setSetup(withCurrent(640.0));
        QVERIFY(window_->sessions()->autosavePending());
        QTest::qWait(300);
        window_->panel()->setSetup(withCurrent(650.0));  // a second change restarts the delay
        QElapsedTimer sinceLast;
        sinceLast.start();
        QCOMPARE(savedCurrent(), -1.0);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(SessionActions::lastSessionFile()), 5000);
        const qint64 after = sinceLast.elapsed();
        QVERIFY2(after >= SessionActions::kAutosaveDelay_ms - 50, qPrintable(QString::number(after)));
        QCOMPARE(savedCurrent(), 650.0);
        QVERIFY(!window_->sessions()->autosavePending());
        // The view is part of the session too.
        window_->transport()->speedSlider()->setValue(lif::ui::TransportBar::speedSliderPosition(10.0));
        QTRY_VERIFY_WITH_TIMEOUT(!window_->sessions()->autosavePending(), 5000);
        QFile file(SessionActions::lastSessionFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(lif::parseSession(file.readAll().toStdString(), "last").view.speed, 10.0);
        // Written through a temporary renamed over the file: nothing else is left in the folder.
        QCOMPARE(QFileInfo(SessionActions::lastSessionFile()).dir().entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void aLongDragIsSavedOnTheWay() {
        window_->setRemembered(true);
        QElapsedTimer sinceFirst;
        sinceFirst.start();
        double current = 600.0;
        // A change every 200 ms, never a second's pause: saved by the maximum delay.
        while (!QFile::exists(SessionActions::lastSessionFile()) && sinceFirst.elapsed() < 15000) {
            window_->panel()->setSetup(withCurrent(current += 1.0));
            QTest::qWait(200);
        }
        QVERIFY(QFile::exists(SessionActions::lastSessionFile()));
        QVERIFY2(sinceFirst.elapsed() < SessionActions::kAutosaveMaxDelay_ms + 2000,
                 qPrintable(QString::number(sinceFirst.elapsed())));
        QVERIFY(savedCurrent() > 600.0);
    }

    void aWindowNotRememberedWritesNothing() {
        window_->panel()->setSetup(withCurrent(640.0));
        QVERIFY(!window_->sessions()->autosavePending());
        QTest::qWait(SessionActions::kAutosaveDelay_ms + 300);
        window_->close();
        QVERIFY(!QFile::exists(SessionActions::lastSessionFile()));
        QVERIFY(!QSettings().contains(QStringLiteral("window/geometry")));
    }

    void aFailedAutosaveIsSaid() {
        // The data folder cannot be made: a plain file stands where it would be.
        const QString folder = QFileInfo(SessionActions::lastSessionFile()).absolutePath();
        QDir(folder).removeRecursively();
        writeText(folder, "in the way");
        window_->setRemembered(true);
        window_->panel()->setSetup(withCurrent(640.0));
        QTRY_VERIFY_WITH_TIMEOUT(!window_->sessions()->autosavePending(), 5000);
        QVERIFY2(window_->statusMessage().contains(QStringLiteral("last session")) &&
                     window_->statusMessage().contains(folder),
                 qPrintable(window_->statusMessage()));
        QVERIFY(QFile::remove(folder));
        window_->panel()->setSetup(withCurrent(660.0));
        QTRY_COMPARE_WITH_TIMEOUT(savedCurrent(), 660.0, 5000);
    }

    void theLayoutIsKeptBetweenStarts() {
        window_->setRemembered(true);
        window_->resize(1200, 720);
        QTRY_COMPARE(window_->size(), QSize(1200, 720));
        QSplitter* splitter = window_->splitter();
        splitter->setSizes({480, splitter->width() - 480 - splitter->handleWidth()});
        QTRY_COMPARE(window_->splitter()->sizes().value(0), 480);
        const QSize size = window_->size();
        window_->close();
        QCOMPARE(savedCurrent(), 500.0);  // saved at close, no delay
        window_ = makeWindow(false);
        QVERIFY(lif::ui::startWindow(*window_, {}));
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QTRY_COMPARE(window_->splitter()->sizes().value(0), 480);
        QCOMPARE(window_->size(), size);
    }

    void aStartOpensTheNamedFileOrElseTheLastSession() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lecture.json"));
        writeText(path, R"({"format": "lifscope-session", "stimulus": "const:720"})");
        window_->setRemembered(true);
        window_->panel()->setSetup(withCurrent(610.0));
        window_->close();
        QCOMPARE(savedCurrent(), 610.0);

        window_ = makeWindow(false);
        QVERIFY(lif::ui::startWindow(*window_, {path}));
        QCOMPARE(window_->panel()->setup().stimulus.amplitude(), 720.0);
        QCOMPARE(window_->sessionPath(), path);
        QTRY_COMPARE_WITH_TIMEOUT(savedCurrent(), 720.0, 5000);  // opening is a change like any other
        window_ = makeWindow(false);
        QVERIFY(lif::ui::startWindow(*window_, {QStringLiteral("--config"), path}));
        QCOMPARE(window_->panel()->setup().stimulus.amplitude(), 720.0);

        window_ = makeWindow(false);
        QVERIFY(lif::ui::startWindow(*window_, {}));
        QCOMPARE(window_->panel()->setup().stimulus.amplitude(), 720.0);

        // A refused file is said, and the last session is restored instead.
        writeText(path, R"({"format": "lifscope-session", "stimulus": "const:oops"})");
        window_->panel()->setSetup(withCurrent(630.0));
        window_->close();
        window_ = makeWindow(false);
        QVERIFY(!lif::ui::startWindow(*window_, {path}));
        QCOMPARE(problems_.size(), 1);
        QVERIFY2(problems_.first().contains(QStringLiteral("lecture.json")), qPrintable(problems_.first()));
        QCOMPARE(window_->panel()->setup().stimulus.amplitude(), 630.0);
    }

    void aRecentEntryWhoseFileIsGoneIsSaidAndDropped() {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < SessionActions::kMaxRecent + 2; ++i) {
            paths << dir.filePath(QStringLiteral("s%1.json").arg(i));
            QVERIFY(window_->sessions()->saveSession(paths.last()));
        }
        QStringList recent = window_->sessions()->recentFiles();
        QCOMPARE(recent.size(), SessionActions::kMaxRecent);
        QCOMPARE(recent.first(), paths.last());
        QMenu* menu = window_->sessions()->recentMenu();
        QCOMPARE(menu->actions().size(), SessionActions::kMaxRecent);
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("&1 s9.json"));

        QVERIFY(QFile::remove(paths[5]));
        QAction* gone = nullptr;
        for (QAction* action : menu->actions()) {
            gone = action->data().toString() == paths[5] ? action : gone;
        }
        QVERIFY(gone != nullptr);
        gone->trigger();
        QCOMPARE(problems_.size(), 1);
        QVERIFY2(problems_.first().contains(QStringLiteral("'s5.json' is no longer at")) &&
                     problems_.first().contains(QStringLiteral("removed from Open recent")),
                 qPrintable(problems_.first()));
        recent = window_->sessions()->recentFiles();
        QCOMPARE(recent.size(), SessionActions::kMaxRecent - 1);
        QVERIFY(!recent.contains(paths[5]));
        QCOMPARE(menu->actions().size(), SessionActions::kMaxRecent - 1);

        // Kept between starts.
        window_ = makeWindow();
        QCOMPARE(window_->sessions()->recentFiles(), recent);
        QCOMPARE(window_->sessions()->recentMenu()->actions().size(), SessionActions::kMaxRecent - 1);
    }

private:
    std::unique_ptr<MainWindow> makeWindow(bool show = true) {
        window_.reset();  // the old one closes first, as a program that exits does
        auto window = std::make_unique<MainWindow>();
        window->sessions()->setReport([this](const QString& title, const QString& message) {
            problems_ << title + QStringLiteral(": ") + message;
        });
        if (show) {
            window->show();
            if (!QTest::qWaitForWindowExposed(window.get())) {
                qWarning("window not exposed");
            }
        }
        return window;
    }

    std::unique_ptr<lif::testing::PrivateUserFiles> userFiles_;
    std::unique_ptr<MainWindow> window_;
    QStringList problems_;
};

QTEST_MAIN(SessionsTest)
#include "test_ui_sessions.moc"
