// The File menu of the window, headless: sessions saved, reopened and restored at start-up; pictures of the
// live plots in PNG, SVG and PDF read back; the trace and spike CSVs of a run with a mid-run change, replayed
// from its run log, equal to what the live window received; every refusal reported and leaving files alone.
// QSettings and the last session go to user folders of this process's own (tests/support/private_user_files.h).
#include <QtTest>

#include <qcustomplot.h>
#include <QImage>
#include <QSettings>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <atomic>
#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>

#include "core/io/csv.h"
#include "core/io/session.h"
#include "tests/support/file_size_limit.h"
#include "tests/support/private_user_files.h"
#include "ui/controls/parameter_panel.h"
#include "ui/controls/transport_bar.h"
#include "ui/files/export_actions.h"
#include "ui/files/session_actions.h"
#include "ui/plots/plot_area.h"
#include "ui/simulation/simulation_controller.h"
#include "ui/window/main_window.h"

using lif::ui::ExportActions;
using lif::ui::MainWindow;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeText(const QString& path, const QByteArray& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

lif::ModelSetup withCurrent(double current_pA) {
    lif::ModelSetup setup = lif::defaultModelSetup();
    setup.stimulus.setAmplitude(current_pA);
    return setup;
}

}  // namespace

class FilesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        userFiles_ = std::make_unique<lif::testing::PrivateUserFiles>();
        QCoreApplication::setOrganizationName(QStringLiteral("LIFscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_ui_files"));
        QVERIFY(userFiles_->isolated());
    }
    void init() {
        QSettings().clear();
        problems_.clear();
        directory_ = std::make_unique<QTemporaryDir>();
        QVERIFY(directory_->isValid());
        window_ = std::make_unique<MainWindow>();
        const auto record = [this](const QString& title, const QString& message) {
            problems_ << title + QStringLiteral(": ") + message;
        };
        window_->sessions()->setReport(record);
        window_->exports()->setReport(record);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }
    void cleanup() {
        window_.reset();
        QSettings().clear();
    }

    void sessionSavedAndOpenedAgain() {
        lif::ModelSetup setup = withCurrent(640.0);
        setup.parameters.seed = 42.0;
        setup.parameters.rateE = 300.0;
        window_->panel()->setSetup(setup);
        window_->transport()->setSpeed(10.0);
        const QString path = file(QStringLiteral("a.json"));
        QVERIFY(window_->sessions()->saveSession(path));
        const lif::Session saved = lif::parseSession(readAll(path).toStdString(), "a.json");
        QCOMPARE(saved.run.stimulus.amplitude(), 640.0);
        QCOMPARE(saved.run.parameters.seed, 42.0);
        QCOMPARE(saved.view.speed, 10.0);

        window_->panel()->setSetup(withCurrent(450.0));
        window_->transport()->setSpeed(1.0);
        QVERIFY(window_->sessions()->openSession(path));
        QVERIFY(window_->panel()->setup() == setup);
        QCOMPARE(window_->transport()->speed(), 10.0);
        QCOMPARE(window_->controller()->latestSetup().stimulus.amplitude(), 640.0);
        QCOMPARE(window_->sessions()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
        QVERIFY(problems_.isEmpty());
    }

    void partialSessionLoadsWithDefaults() {
        const QString path = file(QStringLiteral("partial.json"));
        writeText(path, R"({"format": "lifscope-session", "version": 1, "parameters": {"C": 300}})");
        QVERIFY(window_->sessions()->openSession(path));
        QCOMPARE(window_->panel()->setup().parameters.C, 300.0);
        QCOMPARE(window_->panel()->setup().parameters.gL, lif::Parameters{}.gL);
    }

    void refusedSessionsChangeNothing() {
        window_->panel()->setSetup(withCurrent(520.0));
        const lif::ModelSetup before = window_->panel()->setup();
        const QString bad = file(QStringLiteral("bad.json"));
        struct Case {
            QByteArray text;
            QStringList fragments;
        };
        const QList<Case> cases = {
            {"{\n  \"format\": \"lifscope-session\",\n  \"parameters\": {\"C\": 300,}\n}", {"line 3", "column"}},
            {R"({"format": "lifscope-session", "parameters": {"C": -5}})", {"C", "allowed"}},
            {R"({"format": "lifscope-session", "parameters": {"C": "big"}})", {"C"}},
            {R"({"format": "lifscope-session", "colour": 1})", {"colour", "unknown field"}},
            {R"({"format": "other"})", {"not a LIFscope session"}},
            {R"({"format": "lifscope-session", "stimulus": "wobble:3"})", {"wobble"}},
            {R"({"stimulus": "stp:1"})",
             {"session file 'bad.json': line 1, column 14, field stimulus: 'stp:1': unknown protocol 'stp'"}},
            {"", {"session file 'bad.json'", "end of file"}},
        };
        for (const Case& c : cases) {
            writeText(bad, c.text);
            problems_.clear();
            QVERIFY(!window_->sessions()->openSession(bad));
            QCOMPARE(problems_.size(), 1);
            for (const QString& fragment : c.fragments) {
                QVERIFY2(problems_.first().contains(fragment), qPrintable(problems_.first()));
            }
            // The window's own words, not the command line's (no "--stimulus", no "--config").
            QVERIFY2(!problems_.first().contains(QStringLiteral("--")), qPrintable(problems_.first()));
            QVERIFY(window_->panel()->setup() == before);
        }
        problems_.clear();
        QVERIFY(!window_->sessions()->openSession(file(QStringLiteral("missing.json"))));
        QVERIFY2(problems_.value(0).contains(QStringLiteral("session file 'missing.json': cannot open")),
                 qPrintable(problems_.value(0)));
        QVERIFY(window_->sessions()->recentFiles().isEmpty());
    }

    void refusedSaveLeavesTheOldFile() {
        writeText(file(QStringLiteral("plain")), "a file, not a directory");
        QVERIFY(!window_->sessions()->saveSession(file(QStringLiteral("plain/s.json"))));
        QVERIFY(problems_.value(0).contains(QStringLiteral("unchanged")));
        QVERIFY(!window_->sessions()->saveSession(file(QStringLiteral("no-dir/s.json"))));
        QCOMPARE(readAll(file(QStringLiteral("plain"))), QByteArray("a file, not a directory"));
    }

    void lastSessionRestoredAtStartUp() {
        window_->panel()->setSetup(withCurrent(777.0));
        window_->setRemembered(true);
        window_->close();
        window_ = std::make_unique<MainWindow>();
        QCOMPARE(window_->panel()->setup().stimulus.amplitude(), 500.0);
        QVERIFY(window_->sessions()->restoreLastSession());
        QCOMPARE(window_->panel()->setup().stimulus.amplitude(), 777.0);
        writeText(lif::ui::SessionActions::lastSessionFile(), "{ not json");
        QVERIFY(!window_->sessions()->restoreLastSession());
        QVERIFY(QFile::remove(lif::ui::SessionActions::lastSessionFile()));
        QVERIFY(!window_->sessions()->restoreLastSession());
    }

    void imagesOfTheLivePlots() {
        QTest::qWait(200);
        ExportActions* exports = window_->exports();
        const QString png = file(QStringLiteral("a.png"));
        QVERIFY(exports->exportImage(png, QSize(1200, 800)));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 800));
        QVERIFY(exports->exportImage(file(QStringLiteral("screen.png"))));
        QCOMPARE(QImage(file(QStringLiteral("screen.png"))).size(), window_->plots()->plot()->size());

        const QString svg = file(QStringLiteral("a.svg"));
        QVERIFY(exports->exportImage(svg, QSize(1920, 1080)));
        QVERIFY(QSvgRenderer(svg).isValid());
        QXmlStreamReader xml(readAll(svg));
        int vectors = 0;
        bool root = false;
        bool bitmap = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                root = root || xml.name() == QStringLiteral("svg");
                vectors += xml.name() == QStringLiteral("path") || xml.name() == QStringLiteral("polyline") ? 1 : 0;
                bitmap = bitmap || xml.name() == QStringLiteral("image");
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(root);
        QVERIFY(vectors > 10);
        QVERIFY(!bitmap);

        const QString pdf = file(QStringLiteral("a.pdf"));
        QVERIFY(exports->exportImage(pdf, QSize(1200, 800)));
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("24"),
                               QStringLiteral("-singlefile"), pdf, file(QStringLiteral("pdf"))});
            const QImage page(file(QStringLiteral("pdf.png")));
            QVERIFY(!page.isNull());
            int dark = 0;
            for (int y = 0; y < page.height(); ++y)
                for (int x = 0; x < page.width(); ++x)
                    dark += qGray(page.pixel(x, y)) < 160 ? 1 : 0;
            QVERIFY(dark > page.width() * page.height() / 200);
        }
        QVERIFY(problems_.isEmpty());

        // Refusals: an unknown suffix, a directory that is a file, a missing directory. The old file stays.
        writeText(file(QStringLiteral("plain")), "x");
        QVERIFY(!exports->exportImage(file(QStringLiteral("a.gif"))));
        QVERIFY(!exports->exportImage(file(QStringLiteral("plain/a.png"))));
        QVERIFY(!exports->exportImage(file(QStringLiteral("none/a.svg"))));
        QVERIFY(!exports->exportImage(file(QStringLiteral("none/a.pdf"))));
        QCOMPARE(problems_.size(), 4);
        QVERIFY(problems_.first().contains(QStringLiteral(".png, .svg or .pdf")));
        QCOMPARE(QImage(png).size(), QSize(1200, 800));
        QVERIFY(!QFile::exists(file(QStringLiteral("a.gif"))));
    }

    void wholeRecordingReplaysTheLiveRun() {
        // A short run at 20x with one change in the middle; the spikes the window received are the reference.
        QVector<double> live;
        connect(window_->controller(), &lif::ui::SimulationController::chunkReady, this,
                [&live](const lif::ui::SimulationChunk& chunk) { live += chunk.spikes_ms; });
        window_->controller()->setSpeed(20.0);
        window_->controller()->reset();
        QTest::qWait(400);
        window_->panel()->setSetup(withCurrent(900.0));
        QTest::qWait(400);
        window_->controller()->pause();
        QTRY_VERIFY(!window_->controller()->isRunning());
        QTest::qWait(100);
        const lif::RunHistory& log = window_->history();
        QCOMPARE(static_cast<int>(log.changeCount()), 1);
        double changedAt = -1.0;
        log.forEachChange(
            [&](double t, const lif::ModelSetup& /*before*/, const lif::ModelSetup& /*after*/) { changedAt = t; });
        QVERIFY(changedAt > 0.0);
        QVERIFY(live.size() > 20);

        const QString trace = file(QStringLiteral("run.csv"));
        const QString spikes = ExportActions::spikesPathFor(trace);
        QCOMPARE(window_->exports()->exportData(trace, spikes, ExportActions::Range::WholeRecording),
                 ExportActions::Outcome::Written);
        const lif::CsvTable spikeTable = lif::parseLifscopeCsv(readAll(spikes).toStdString(), "spikes");
        QCOMPARE(static_cast<int>(spikeTable.rows.size()), static_cast<int>(live.size()));
        for (int i = 0; i < live.size(); ++i) {
            QVERIFY2(std::fabs(spikeTable.rows[static_cast<std::size_t>(i)][0] - live[i]) < 1e-9,
                     qPrintable(QStringLiteral("spike %1").arg(i)));
        }
        QCOMPARE(spikeTable.metadata.at("stimulus"), std::string("const:500"));
        bool hasChange = false;
        for (const auto& [key, value] : spikeTable.metadata) {
            hasChange = hasChange || (key.rfind("change_at_", 0) == 0 && value.find("const:900") != std::string::npos);
        }
        QVERIFY(hasChange);
        QVERIFY(spikeTable.metadata.count("seed") == 1 && spikeTable.metadata.count("C") == 1);
        QVERIFY(spikeTable.metadata.count("version") == 1 && spikeTable.metadata.count("solver") == 1);

        const lif::CsvTable traceTable = lif::parseLifscopeCsv(readAll(trace).toStdString(), "trace");
        QCOMPARE(traceTable.header.front(), std::string("time_ms"));
        QCOMPARE(traceTable.rows.front()[0], 0.0);
        QVERIFY(std::fabs(traceTable.rows.back()[0] - log.endTime()) < 0.1 + 1e-9);
        double counted = 0.0;
        for (const auto& row : traceTable.rows)
            counted += row[4];
        QCOMPARE(counted, static_cast<double>(live.size()));

        // The visible window only: rows and spikes from end - window on.
        const QString part = file(QStringLiteral("part.csv"));
        QCOMPARE(window_->exports()->exportData(part, ExportActions::spikesPathFor(part),
                                                ExportActions::Range::VisibleWindow),
                 ExportActions::Outcome::Written);
        const lif::CsvTable partTable = lif::parseLifscopeCsv(readAll(part).toStdString(), "part");
        const double from = log.endTime() - window_->plots()->window();
        QVERIFY(partTable.rows.front()[0] >= from - 1e-9);
        QVERIFY(partTable.rows.front()[0] < from + 0.1 + 1e-9);
    }

    void cancelledOrRefusedDataExportWritesNothing() {
        QTest::qWait(200);
        writeText(file(QStringLiteral("old.csv")), "old");
        std::atomic<bool> cancel{true};
        QCOMPARE(window_->exports()->exportData(file(QStringLiteral("old.csv")), file(QStringLiteral("old-s.csv")),
                                                ExportActions::Range::WholeRecording, &cancel),
                 ExportActions::Outcome::Cancelled);
        QCOMPARE(readAll(file(QStringLiteral("old.csv"))), QByteArray("old"));
        QVERIFY(!QFile::exists(file(QStringLiteral("old-s.csv"))));
        QCOMPARE(QDir(directory_->path()).entryList(QDir::Files).size(), 1);  // no temporaries left

        writeText(file(QStringLiteral("plain")), "x");
        QCOMPARE(window_->exports()->exportData(file(QStringLiteral("plain/t.csv")), file(QStringLiteral("s.csv")),
                                                ExportActions::Range::WholeRecording),
                 ExportActions::Outcome::Failed);
        QVERIFY(problems_.value(0).contains(QStringLiteral("unchanged")));
        QVERIFY(!QFile::exists(file(QStringLiteral("s.csv"))));
    }

    void fullDiskLeavesEveryOldFileAndSaysSo() {
        QTest::qWait(300);
        const QStringList names = {QStringLiteral("old.json"),       QStringLiteral("old.csv"),
                                   QStringLiteral("old-spikes.csv"), QStringLiteral("old.png"),
                                   QStringLiteral("old.svg"),        QStringLiteral("old.pdf")};
        for (const QString& name : names) {
            writeText(file(name), "old");
        }
        bool sessionSaved = true;
        bool imagesExported = true;
        ExportActions::Outcome dataExported = ExportActions::Outcome::Written;
        {
            // 64 bytes: more than the "old" files, less than anything the window writes.
            const lif::testing::FileSizeLimit fullDisk(64);
            QVERIFY(fullDisk.active());
            sessionSaved = window_->sessions()->saveSession(file(QStringLiteral("old.json")));
            dataExported =
                window_->exports()->exportData(file(QStringLiteral("old.csv")), file(QStringLiteral("old-spikes.csv")),
                                               ExportActions::Range::WholeRecording);
            for (const QString& image :
                 {QStringLiteral("old.png"), QStringLiteral("old.svg"), QStringLiteral("old.pdf")}) {
                imagesExported = window_->exports()->exportImage(file(image), QSize(800, 500)) && imagesExported;
            }
        }
        QVERIFY(!sessionSaved);
        QCOMPARE(dataExported, ExportActions::Outcome::Failed);
        QVERIFY(!imagesExported);
        QCOMPARE(problems_.size(), 5);
        for (const QString& problem : problems_) {
            qInfo("%s", qPrintable(QString(problem).replace(QLatin1Char('\n'), QLatin1Char(' '))));
            QVERIFY2(problem.contains(QStringLiteral("old")), qPrintable(problem));
        }
        for (const QString& name : names) {
            QCOMPARE(readAll(file(name)), QByteArray("old"));
        }
        QCOMPARE(QDir(directory_->path()).entryList(QDir::Files).size(), names.size());  // no temporaries left
    }

private:
    QString file(const QString& name) const { return directory_->filePath(name); }

    std::unique_ptr<lif::testing::PrivateUserFiles> userFiles_;
    std::unique_ptr<QTemporaryDir> directory_;
    std::unique_ptr<MainWindow> window_;
    QStringList problems_;
};

QTEST_MAIN(FilesTest)
#include "test_ui_files.moc"
