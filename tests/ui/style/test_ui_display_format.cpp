// The window's one place for how numbers and times read: the 1-2-5 stops (speed slider, parameter steps) and the
// "ms or s" durations (window box, ISI span), each written once in ui/style/display_format.
#include <QtTest>

#include <QComboBox>
#include <QSlider>

#include <cmath>
#include <limits>

#include "ui/controls/transport_bar.h"
#include "ui/style/display_format.h"

using lif::ui::decadeOf;
using lif::ui::displayDuration;
using lif::ui::roundToOneTwoFive;

class DisplayFormatTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decadesEvenJustBelowAPower() {
        QCOMPARE(decadeOf(1.0), 1.0);
        QCOMPARE(decadeOf(999.0), 100.0);
        QCOMPARE(decadeOf(0.05), 0.01);
        // 10^3 reached through a log and an exponential lands a hair below 1000: still the decade 1000.
        QCOMPARE(decadeOf(std::pow(10.0, std::log10(1000.0) - 1e-12)), 1000.0);
    }
    void oneTwoFiveStops() {
        QCOMPARE(roundToOneTwoFive(1.4), 1.0);
        QCOMPARE(roundToOneTwoFive(1.5), 2.0);
        QCOMPARE(roundToOneTwoFive(3.4), 2.0);
        QCOMPARE(roundToOneTwoFive(3.5), 5.0);
        QCOMPARE(roundToOneTwoFive(7.4), 5.0);
        QCOMPARE(roundToOneTwoFive(7.5), 10.0);
        QCOMPARE(roundToOneTwoFive(0.023), 0.02);
        QCOMPARE(roundToOneTwoFive(480.0), 500.0);
        QCOMPARE(roundToOneTwoFive(0.0), 0.0);
        QCOMPARE(roundToOneTwoFive(-3.0), -3.0);
        QVERIFY(std::isnan(roundToOneTwoFive(std::numeric_limits<double>::quiet_NaN())));
    }
    void durationsInMsOrS() {
        QCOMPARE(displayDuration(500.0), QStringLiteral("500\u2009ms"));
        QCOMPARE(displayDuration(999.0), QStringLiteral("999\u2009ms"));
        QCOMPARE(displayDuration(1000.0), QStringLiteral("1\u2009s"));
        QCOMPARE(displayDuration(3140.0), QStringLiteral("3.14\u2009s"));
    }
    void timeRangesInOneUnit() {
        QCOMPARE(lif::ui::displaySimulatedTimeRange(260.0, 924.4), QStringLiteral("260 to 924\u2009ms"));
        QCOMPARE(lif::ui::displaySimulatedTimeRange(260.0, 1260.0), QStringLiteral("0.260 to 1.260\u2009s"));
        QCOMPARE(lif::ui::displaySimulatedTime(2954500.0), QStringLiteral("2954.500\u2009s"));
        QCOMPARE(lif::ui::displaySimulatedTime(532.4), QStringLiteral("532\u2009ms"));
    }
    void theTransportBarUsesThem() {
        lif::ui::TransportBar bar(1.0, 2000.0);
        auto* window = bar.findChild<QComboBox*>(QStringLiteral("window"));
        QVERIFY(window != nullptr);
        QCOMPARE(window->currentText(), displayDuration(2000.0));
        QCOMPARE(window->itemText(0), QStringLiteral("100\u2009ms"));
        auto* speed = bar.findChild<QSlider*>(QStringLiteral("speed"));
        QVERIFY(speed != nullptr);
        QSignalSpy changed(&bar, &lif::ui::TransportBar::speedChanged);
        // The slider position nearest 20x gives exactly 20x, a 1-2-5 stop.
        speed->setValue(lif::ui::TransportBar::speedSliderPosition(20.0));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().first().toDouble(), 20.0);
    }
};

QTEST_MAIN(DisplayFormatTest)
#include "test_ui_display_format.moc"
