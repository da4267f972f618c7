// Closing the window mid-run joins the worker thread quickly at any speed, also with the heaviest parameters the
// table allows. The close times are printed; the assertion is a generous 1000 ms (the goal is 200 ms; a loaded
// machine or a sanitizer build may be slower).
#include <QtTest>

#include <QSlider>

#include <cmath>
#include <memory>
#include <utility>
#include <vector>

#include "ui/controls/number_spin_box.h"
#include "ui/controls/parameter_control.h"
#include "ui/controls/parameter_panel.h"
#include "ui/controls/transport_bar.h"
#include "ui/plots/plot_area.h"
#include "ui/simulation/simulation_controller.h"
#include "ui/window/main_window.h"

using lif::ui::MainWindow;

class ShutdownTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void closingMidRunJoinsTheWorkerQuickly_data() {
        QTest::addColumn<double>("speed");
        QTest::addColumn<bool>("extreme");
        QTest::newRow("1x") << 1.0 << false;
        QTest::newRow("100x") << 100.0 << false;
        QTest::newRow("1000x") << 1000.0 << false;
        QTest::newRow("1000x extreme") << 1000.0 << true;
        QTest::newRow("1x extreme") << 1.0 << true;
    }

    void closingMidRunJoinsTheWorkerQuickly() {
        QFETCH(double, speed);
        QFETCH(bool, extreme);
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QSlider* slider = window->transport()->speedSlider();
        slider->setValue(lif::ui::TransportBar::speedSliderPosition(speed));
        if (extreme) {
            const std::vector<std::pair<QString, double>> extremes = {
                {QStringLiteral("C"), 10.0},    {QStringLiteral("gL"), 200.0},     {QStringLiteral("tref"), 0.0},
                {QStringLiteral("I"), 20000.0}, {QStringLiteral("abstol"), 1e-14}, {QStringLiteral("maxStep"), 0.001},
                {QStringLiteral("tauE"), 0.1},  {QStringLiteral("wE"), 10000.0},   {QStringLiteral("rateE"), 100000.0},
            };
            for (const auto& [name, value] : extremes) {
                window->panel()->control(name)->spinBox()->setValue(value);
            }
        }
        const quint64 generation = window->controller()->latestGeneration();
        QTRY_VERIFY_WITH_TIMEOUT(window->plots()->shownGeneration() == generation, 20000);
        QTest::qWait(500);  // mid-run
        QPointer<QThread> thread = window->controller()->workerThread();
        QVERIFY(thread->isRunning());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window->close());
        const double close_ms = static_cast<double>(clock.nsecsElapsed()) * 1e-6;
        QVERIFY(thread.isNull());
        qInfo("close at %gx%s joined the worker in %.1f ms", speed, extreme ? " with extreme parameters" : "",
              close_ms);
        QVERIFY2(close_ms < 1000.0, qPrintable(QString::number(close_ms)));
    }
};

QTEST_MAIN(ShutdownTest)
#include "test_ui_shutdown.moc"
