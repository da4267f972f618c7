// The controls on their own, headless: the wheel over an unfocused field, slider or list passes on (scrolls the
// panel) instead of changing the value; a typed value outside the range is clamped and said; the sliders round
// on the way, step from one rounded value to the next with the arrow keys, go ten times finer with Shift, and a
// drag back lands where it started; the current slider marks a value; the group headers work from the keyboard;
// a focused slider shows a ring.
#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <cstdlib>
#include <memory>

#include "core/model/numbers.h"
#include "tests/support/qt_warning_counter.h"
#include "ui/controls/collapsible_section.h"
#include "ui/controls/fine_slider.h"
#include "ui/controls/input_comfort.h"
#include "ui/controls/number_spin_box.h"
#include "ui/controls/parameter_control.h"
#include "ui/style/palette.h"

using lif::ui::ControlSpec;
using lif::ui::FineSlider;
using lif::ui::ParameterControl;

namespace {

ControlSpec parameterSpec(const char* name) {
    return ControlSpec::fromParameter(*lif::findParameter(name));
}

/// The headline current: -20000 .. 20000 pA on a signed-square scale, as the panel builds it.
ControlSpec currentSpec() {
    const lif::StimulusProtocol& protocol = lif::protocolOf(lif::StimulusKind::Constant);
    ControlSpec spec = ControlSpec::fromStimulusField(protocol.fields[protocol.amplitudeField], protocol);
    spec.name = QStringLiteral("I");
    return spec;
}

/// Sends a wheel notch to `widget` and says whether it was taken.
bool wheelTaken(QWidget* widget) {
    const QPointF centre = QRectF(widget->rect()).center();
    QWheelEvent wheel(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &wheel);
    return wheel.isAccepted();
}

void mouse(QWidget* widget, QEvent::Type type, QPointF at, Qt::MouseButtons buttons, Qt::KeyboardModifiers keys) {
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, at, widget->mapToGlobal(at), button, buttons, keys);
    QCoreApplication::sendEvent(widget, &event);
}

/// Presses the handle, moves by each of `moves` px (Shift where asked) and releases; returns the positions.
QVector<int> drag(FineSlider* slider, const QVector<std::pair<double, bool>>& moves) {
    QPointF at(slider->pixelOfPosition(slider->value()), slider->height() / 2.0);
    mouse(slider, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::NoModifier);
    QVector<int> positions;
    for (const auto& [dx, shift] : moves) {
        at.rx() += dx;
        mouse(slider, QEvent::MouseMove, at, Qt::LeftButton, shift ? Qt::ShiftModifier : Qt::NoModifier);
        positions.push_back(slider->value());
    }
    mouse(slider, QEvent::MouseButtonRelease, at, Qt::NoButton, Qt::NoModifier);
    return positions;
}

int significantDigits(double value) {
    for (int digits = 1; digits <= 12; ++digits) {
        if (std::fabs(lif::roundSignificant(value, digits) - value) <= 1e-9 * std::fabs(value)) {
            return digits;
        }
    }
    return 13;
}

}  // namespace

class ControlsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { lif::testing::QtWarningCounter::install(); }
    void init() { lif::testing::QtWarningCounter::reset(); }
    void cleanup() { QCOMPARE(lif::testing::QtWarningCounter::warnings(), 0); }

    void theWheelChangesOnlyAFocusedValue() {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* box = new lif::ui::NumberSpinBox(&window);
        box->setRange(0.1, 200.0);
        box->setSingleStep(1.0);
        box->setValue(5.0);
        auto* list = new QComboBox(&window);
        list->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        lif::ui::guardWheel(list);
        auto* slider = new FineSlider(&window);
        slider->setRange(0, 100);
        slider->setValue(50);
        auto* other = new QWidget(&window);
        other->setFocusPolicy(Qt::StrongFocus);
        for (QWidget* widget :
             {static_cast<QWidget*>(box), static_cast<QWidget*>(list), static_cast<QWidget*>(slider), other}) {
            layout->addWidget(widget);
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        other->setFocus();
        QApplication::setActiveWindow(&window);

        // Unfocused: not taken, so QApplication passes it to the parents (the panel's scroll area).
        QVERIFY(!wheelTaken(box));
        QCOMPARE(box->value(), 5.0);
        QVERIFY(!wheelTaken(list));
        QCOMPARE(list->currentIndex(), 0);
        QVERIFY(!wheelTaken(slider));
        QCOMPARE(slider->value(), 50);
        // The wheel does not give them the focus either.
        for (QWidget* widget :
             {static_cast<QWidget*>(box), static_cast<QWidget*>(list), static_cast<QWidget*>(slider)}) {
            QCOMPARE(widget->focusPolicy(), Qt::StrongFocus);
        }
        // Focused (clicked or tabbed into): the wheel edits.
        box->setFocus();
        QTRY_VERIFY(box->hasFocus());
        QVERIFY(wheelTaken(box));
        QCOMPARE(box->value(), 6.0);
        slider->setFocus();
        QTRY_VERIFY(slider->hasFocus());
        QVERIFY(wheelTaken(slider));
        QVERIFY(slider->value() != 50);
    }

    void aClampedValueIsSaid() {
        struct Case {
            const char* name;
            const char* typed;
            double applied;
            QString message;
        };
        const Case cases[] = {
            {"C", "99999", 5000.0,
             QStringLiteral("C: 99999 pF is out of range; allowed 10 to 5000 pF. Set to 5000 pF instead.")},
            {"C", "-5", 10.0, QStringLiteral("C: -5 pF is out of range; allowed 10 to 5000 pF. Set to 10 pF instead.")},
            {"Vpeak", "-60", -50.0,
             QStringLiteral("Vpeak: -60 mV is out of range; allowed -50 to 60 mV. Set to -50 mV instead.")},
            {"seed", "2.5", 3.0, QStringLiteral("seed: 2.5 must be a whole number from 0 to ")},
        };
        for (const Case& c : cases) {
            QWidget window;
            auto* layout = new QVBoxLayout(&window);
            auto* control = new ParameterControl(parameterSpec(c.name), ParameterControl::Style::Compact, &window);
            layout->addWidget(control);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QApplication::setActiveWindow(&window);
            QSignalSpy said(control, &ParameterControl::inputAdjusted);
            QSignalSpy edited(control, &ParameterControl::valueEdited);
            control->spinBox()->setFocus();
            control->spinBox()->selectAll();
            QTest::keyClicks(control->spinBox(), QString::fromLatin1(c.typed));
            QTest::keyClick(control->spinBox(), Qt::Key_Return);
            QCOMPARE(control->value(), c.applied);
            QCOMPARE(said.size(), 1);
            const QString message = said.at(0).at(0).toString();
            QVERIFY2(message.startsWith(c.message), qPrintable(message));
            QCOMPARE(edited.size(), 1);
        }
    }

    void anInRangeValueIsTakenSilently() {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* control = new ParameterControl(parameterSpec("C"), ParameterControl::Style::Compact, &window);
        layout->addWidget(control);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QSignalSpy said(control, &ParameterControl::inputAdjusted);
        control->spinBox()->setFocus();
        control->spinBox()->selectAll();
        QTest::keyClicks(control->spinBox(), QStringLiteral("1e3"));
        QTest::keyClick(control->spinBox(), Qt::Key_Return);
        QCOMPARE(control->value(), 1000.0);
        QCOMPARE(said.size(), 0);
        // Escape puts back the value in force.
        control->spinBox()->setFocus();
        control->spinBox()->selectAll();
        QTest::keyClicks(control->spinBox(), QStringLiteral("77"));
        QTest::keyClick(control->spinBox(), Qt::Key_Escape);
        QCOMPARE(control->value(), 1000.0);
        QVERIFY(control->spinBox()->text().startsWith(QStringLiteral("1000")));
        QCOMPARE(said.size(), 0);
    }

    void sliderValuesAreRoundedAndReachTheDefaults() {
        for (const char* name : {"C", "gL", "Vth"}) {
            ParameterControl control(parameterSpec(name), ParameterControl::Style::Headline);
            const ControlSpec& spec = control.spec();
            // The default is a slider value: dragging back to its pixel gives it exactly (25, not 25.1 nS).
            QCOMPARE(control.valueAtPosition(control.positionOfValue(spec.defaultValue)), spec.defaultValue);
            for (int position = 0; position <= ParameterControl::kSliderSteps; position += 7) {
                const double coarse = control.valueAtPosition(position);
                const double fine = control.valueAtPosition(position, true);
                if (spec.scale == ControlSpec::Scale::Log) {
                    QVERIFY2(significantDigits(coarse) <= 2, qPrintable(QString::number(coarse, 'g', 17)));
                    QVERIFY2(significantDigits(fine) <= 3, qPrintable(QString::number(fine, 'g', 17)));
                } else {
                    const double step = std::fabs(coarse / 0.5 - std::round(coarse / 0.5));  // Vth: 0.5 mV steps
                    QVERIFY2(step < 1e-9, qPrintable(QString::number(coarse, 'g', 17)));
                    QVERIFY2(std::fabs(fine / 0.05 - std::round(fine / 0.05)) < 1e-6,
                             qPrintable(QString::number(fine, 'g', 17)));
                }
            }
        }
    }

    void arrowKeysStepFromOneRoundedValueToTheNext() {
        ParameterControl capacitance(parameterSpec("C"), ParameterControl::Style::Headline);
        QCOMPARE(capacitance.steppedValue(250.0, 1, false), 260.0);
        QCOMPARE(capacitance.steppedValue(250.0, -1, false), 240.0);
        QCOMPARE(capacitance.steppedValue(250.0, 1, true), 251.0);
        QCOMPARE(capacitance.steppedValue(100.0, -1, false), 99.0);  // down into the decade below
        QCOMPARE(capacitance.steppedValue(99.0, 1, false), 100.0);
        QCOMPARE(capacitance.steppedValue(252.7, 1, false), 260.0);  // a typed value steps onto the grid
        QCOMPARE(capacitance.steppedValue(5000.0, 1, false), 5000.0);
        ParameterControl current(currentSpec(), ParameterControl::Style::Headline);
        QCOMPARE(current.steppedValue(375.0, 1, true), 376.0);
        QCOMPARE(current.steppedValue(375.0, -1, true), 374.0);
        QCOMPARE(current.steppedValue(0.0, 1, false), 1.0);
        QCOMPARE(current.steppedValue(-100.0, 1, false), -99.0);
        ParameterControl threshold(parameterSpec("Vth"), ParameterControl::Style::Headline);
        QCOMPARE(threshold.steppedValue(-50.0, 1, false), -49.5);
        QCOMPARE(threshold.steppedValue(-50.0, 1, true), -49.95);

        // Through the slider's keys: Right, Shift+Right, Left.
        QSignalSpy edited(&capacitance, &ParameterControl::valueEdited);
        QTest::keyClick(capacitance.slider(), Qt::Key_Right);
        QCOMPARE(capacitance.value(), 260.0);
        QTest::keyClick(capacitance.slider(), Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(capacitance.value(), 261.0);
        QTest::keyClick(capacitance.slider(), Qt::Key_Left);
        QCOMPARE(capacitance.value(), 260.0);
        QCOMPARE(edited.size(), 3);
        QCOMPARE(capacitance.slider()->value(), capacitance.positionOfValue(260.0));
    }

    void shiftDragsTenTimesFinerAndADragBackLandsWhereItStarted() {
        QWidget window;
        window.resize(360, 80);
        auto* layout = new QVBoxLayout(&window);
        auto* current = new ParameterControl(currentSpec(), ParameterControl::Style::Headline, &window);
        layout->addWidget(current);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        current->setValue(380.0);  // a value on the coarse grid, as a drag leaves it
        FineSlider* slider = current->fineSlider();
        const int start = slider->value();

        const QVector<int> plain = drag(slider, {{40.0, false}, {-40.0, false}});
        QCOMPARE(plain.back(), start);
        QCOMPARE(current->value(), 380.0);
        const int plainMove = plain.front() - start;
        QVERIFY(plainMove > 0);

        const QVector<int> fine = drag(slider, {{40.0, true}});
        const int fineMove = fine.front() - start;
        QVERIFY2(std::abs(fineMove * 10 - plainMove) <= 10,
                 qPrintable(QStringLiteral("%1 vs %2").arg(fineMove).arg(plainMove)));
        // Near the rheobase a pixel of a Shift drag is a few pA, and the value has 3 significant digits.
        const double perPixel =
            std::fabs(current->valueAtPosition(start + fineMove / 40, true) - current->valueAtPosition(start, true));
        QVERIFY2(perPixel <= 5.0, qPrintable(QString::number(perPixel)));
        QVERIFY(significantDigits(current->value()) <= 3);
        QVERIFY2(current->value() > 380.0 && current->value() < 600.0, qPrintable(QString::number(current->value())));
    }

    void theCurrentSliderMarksAValue() {
        ParameterControl current(currentSpec(), ParameterControl::Style::Headline);
        current.setMarker(375.0, QStringLiteral("rheobase 375 pA"));
        QCOMPARE(current.fineSlider()->markerPosition(), current.positionOfValue(375.0));
        auto* caption = current.findChild<QLabel*>(QStringLiteral("I-marker"));
        QVERIFY(caption != nullptr);
        QVERIFY(caption->text().contains(QStringLiteral("rheobase 375 pA")));
        current.setMarker(1e9, QStringLiteral("rheobase 1e9 pA"));  // beyond the slider: no marker
        QCOMPARE(current.fineSlider()->markerPosition(), -1);
        QVERIFY(caption->isHidden());
    }

    void groupHeadersWorkFromTheKeyboard() {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* before = new QComboBox(&window);
        auto* section = new lif::ui::CollapsibleSection(QStringLiteral("Randomness"), false, &window);
        layout->addWidget(before);
        layout->addWidget(section);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        before->setFocus();
        QTRY_VERIFY(before->hasFocus());
        QTest::keyClick(before, Qt::Key_Tab);
        QTRY_VERIFY(section->header()->hasFocus());  // reachable with Tab
        QTest::keyClick(section->header(), Qt::Key_Space);
        QVERIFY(section->isExpanded());
        QTest::keyClick(section->header(), Qt::Key_Return);
        QVERIFY(!section->isExpanded());
        QTest::keyClick(section->header(), Qt::Key_Enter);
        QVERIFY(section->isExpanded());
        // A mouse click does not take the focus (Space keeps running the simulation afterwards).
        QCOMPARE(section->header()->focusPolicy(), Qt::TabFocus);
    }

    // The fine slider draws its own focus ring (the Fusion style's is faint on a slider): with the keyboard's focus
    // it has pixels of the focus colour along its border, without it none.
    void aFocusedSliderShowsAFocusRing() {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* other = new QComboBox(&window);
        auto* slider = new lif::ui::FineSlider(&window);
        slider->setOrientation(Qt::Horizontal);
        slider->setMinimumWidth(200);
        layout->addWidget(other);
        layout->addWidget(slider);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        const auto focusPixels = [slider] {
            const QImage image = slider->grab().toImage();
            const QColor focus = lif::ui::palette::focus();
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    const int distance = std::abs(pixel.red() - focus.red()) + std::abs(pixel.green() - focus.green()) +
                                         std::abs(pixel.blue() - focus.blue());
                    count += distance < 60 ? 1 : 0;
                }
            }
            return count;
        };
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());
        const int unfocused = focusPixels();
        QTest::keyClick(other, Qt::Key_Tab);
        QTRY_VERIFY(slider->hasFocus());
        const int focused = focusPixels();
        qInfo("pixels of the focus colour: %d without focus, %d with", unfocused, focused);
        // The ring runs all round the border: at least its two long sides.
        QVERIFY2(focused - unfocused >= 2 * (slider->width() - 20),
                 qPrintable(QStringLiteral("%1 without focus, %2 with").arg(unfocused).arg(focused)));
    }

    void focusGoesHomeAfterEnter() {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* home = new QWidget(&window);
        home->setObjectName(QStringLiteral("home"));
        home->setFocusPolicy(Qt::StrongFocus);
        home->setMinimumSize(50, 50);
        auto* box = new lif::ui::NumberSpinBox(&window);
        box->setRange(0.0, 100.0);
        layout->addWidget(home);
        layout->addWidget(box);
        lif::ui::setFocusHome(&window, home);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        box->setFocus();
        QTRY_VERIFY(box->hasFocus());
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("12"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(box->value(), 12.0);
        QTRY_VERIFY(home->hasFocus());
    }
};

QTEST_MAIN(ControlsTest)
#include "test_ui_controls.moc"
