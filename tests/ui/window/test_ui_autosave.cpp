// A crash loses nothing: the real lifscope program (offscreen, in user folders of this test's own) opens a
// session named on its command line, which changes the current session; the test waits for the autosave,
// kills the program with SIGKILL (no close, no clean-up: as a crash or a power cut would), checks that the
// autosaved file is whole, deletes the opened file, and starts again the way the program starts
// (setApplicationIdentity + startWindow, in process, so the restored window can be read) to find the change
// restored. Then the real program starts once more from that file and must keep running. Without the autosave
// the file never appears; without the restore the window shows the defaults.
#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <optional>

#include "core/io/session.h"
#include "tests/support/private_user_files.h"
#include "ui/controls/parameter_panel.h"
#include "ui/controls/transport_bar.h"
#include "ui/files/session_actions.h"
#include "ui/simulation/simulation_controller.h"
#include "ui/window/main_window.h"
#include "ui/window/run_window.h"

using lif::ui::SessionActions;

namespace {

constexpr double kChangedCurrent_pA = 777.0;
constexpr double kChangedC_pF = 321.0;
constexpr double kChangedSpeed = 10.0;

/// The autosaved session, if there is one and it parses.
std::optional<lif::Session> autosaved() {
    QFile file(SessionActions::lastSessionFile());
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    try {
        return lif::parseSession(file.readAll().toStdString(), "the last session");
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace

class AutosaveTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        userFiles_ = std::make_unique<lif::testing::PrivateUserFiles>();
        lif::ui::setApplicationIdentity();  // the program's names: its settings and data folders are ours
        QVERIFY(userFiles_->isolated());
        QVERIFY2(QFileInfo(QStringLiteral(LIFSCOPE_EXECUTABLE)).isExecutable(), LIFSCOPE_EXECUTABLE);
    }

    void aChangeSurvivesAKillAndIsRestoredAtTheNextStart() {
        QTemporaryDir dir;
        const QString lecture = dir.filePath(QStringLiteral("lecture.json"));
        {
            lif::Session session;
            session.run.model() = lif::defaultModelSetup();
            session.run.stimulus.setAmplitude(kChangedCurrent_pA);
            session.run.parameters.C = kChangedC_pF;
            session.view.speed = kChangedSpeed;
            QFile file(lecture);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(lif::sessionToJson(session)));
        }
        QVERIFY(!QFile::exists(SessionActions::lastSessionFile()));

        QProcess program;
        program.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        program.setProcessEnvironment(environment);  // with this test's private XDG folders
        program.start(QStringLiteral(LIFSCOPE_EXECUTABLE), {lecture});
        QVERIFY(program.waitForStarted());
        QElapsedTimer running;
        running.start();
        while (!autosaved() && running.elapsed() < 20000 && program.state() == QProcess::Running) {
            QTest::qWait(50);
        }
        QCOMPARE(program.state(), QProcess::Running);
        const std::optional<lif::Session> saved = autosaved();
        QVERIFY2(saved.has_value(), "no autosaved session within 20 s of the change");
        qInfo("autosaved %lld ms after the start", static_cast<long long>(running.elapsed()));
        QCOMPARE(saved->run.stimulus.amplitude(), kChangedCurrent_pA);

        program.kill();  // SIGKILL: no closeEvent, nothing saved on the way out
        QVERIFY(program.waitForFinished(5000));
        QCOMPARE(program.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::remove(lecture));  // only the autosave can bring the change back

        const std::optional<lif::Session> afterKill = autosaved();
        QVERIFY(afterKill.has_value());
        QCOMPARE(afterKill->run.stimulus.amplitude(), kChangedCurrent_pA);
        const QStringList leftovers = QFileInfo(SessionActions::lastSessionFile()).dir().entryList(QDir::Files);
        QCOMPARE(leftovers, QStringList{QFileInfo(SessionActions::lastSessionFile()).fileName()});

        {
            lif::ui::MainWindow window;
            QVERIFY(lif::ui::startWindow(window, {}));
            QCOMPARE(window.panel()->setup().stimulus.amplitude(), kChangedCurrent_pA);
            QCOMPARE(window.panel()->setup().parameters.C, kChangedC_pF);
            QCOMPARE(window.transport()->speed(), kChangedSpeed);
            QCOMPARE(window.controller()->latestSetup().stimulus.amplitude(), kChangedCurrent_pA);
            window.setRemembered(false);  // leave the file as the killed program left it
        }

        // The real program starts from the file a kill left behind.
        QProcess again;
        again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        again.setProcessEnvironment(environment);
        again.start(QStringLiteral(LIFSCOPE_EXECUTABLE), QStringList{});
        QVERIFY(again.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(again.state(), QProcess::Running);
        again.kill();
        QVERIFY(again.waitForFinished(5000));
        QCOMPARE(autosaved()->run.stimulus.amplitude(), kChangedCurrent_pA);
    }

private:
    std::unique_ptr<lif::testing::PrivateUserFiles> userFiles_;
};

QTEST_MAIN(AutosaveTest)
#include "test_ui_autosave.moc"
