// What a screen reader and a keyboard user meet, headless. Tab walks the window from the first control: it
// reaches every visible control that takes focus (with every parameter group opened, on each tab), each one
// says an accessible name and a description (what the accessibility layer reads: QAccessibleInterface::text),
// and the order follows the eye: down the parameter panel, left to right along the transport bar, the panel
// before the plots. A parameter control's name and description come from the parameter table (label, symbol,
// unit, range). A refused field says so in words and with a sign, not by its colour alone. The standard
// shortcuts (Ctrl+O/S/E, F1, F11, Ctrl+Q) each do their thing.
#include <QtTest>

#include <QAbstractButton>
#include <QAccessible>
#include <QDialog>
#include <QLabel>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

#include <cstdlib>
#include <memory>
#include <utility>

#include "core/model/parameters.h"
#include "tests/support/private_user_files.h"
#include "tests/support/qt_warning_counter.h"
#include "ui/analysis/analysis_views.h"
#include "ui/controls/fine_slider.h"
#include "ui/controls/number_spin_box.h"
#include "ui/controls/parameter_control.h"
#include "ui/controls/parameter_panel.h"
#include "ui/controls/transport_bar.h"
#include "ui/window/help_menu.h"
#include "ui/window/main_window.h"

using lif::ui::MainWindow;

namespace {

QString accessibleText(QWidget* widget, QAccessible::Text kind) {
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    if (auto* tabs = qobject_cast<QTabBar*>(widget); tabs != nullptr && face != nullptr) {
        face = face->child(tabs->currentIndex());  // the focus is reported on the current tab
    }
    return face != nullptr ? face->text(kind).trimmed() : QString();
}

QString describe(const QWidget* widget) {
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

/// Widgets that take focus from the keyboard and are on show; a widget that passes its focus on is its proxy.
QList<QWidget*> focusableControls(QWidget* window) {
    QList<QWidget*> controls;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) != 0 &&
            widget->focusProxy() == nullptr && widget->window() == window) {
            controls << widget;
        }
    }
    return controls;
}

/// The controls in the order Tab visits them, from `first` round to it again.
QList<QWidget*> tabWalk(QWidget* first) {
    QList<QWidget*> order;
    first->setFocus(Qt::TabFocusReason);
    QWidget* focused = QApplication::focusWidget();
    for (int guard = 0; guard < 400 && focused != nullptr && !order.contains(focused); ++guard) {
        order << focused;
        QTest::keyClick(focused, Qt::Key_Tab);
        focused = QApplication::focusWidget();
    }
    return order;
}

}  // namespace

class AccessibilityTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        lif::testing::QtWarningCounter::install();
        userFiles_ = std::make_unique<lif::testing::PrivateUserFiles>();
        QCoreApplication::setOrganizationName(QStringLiteral("LIFscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("accessibility"));
        QVERIFY(userFiles_->isolated());
    }
    void init() {
        lif::testing::QtWarningCounter::reset();
        window_ = std::make_unique<MainWindow>();
        window_->resize(1280, 800);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QApplication::setActiveWindow(window_.get());
        QTRY_VERIFY(window_->isActiveWindow());
    }
    void cleanup() {
        window_.reset();
        QCOMPARE(lif::testing::QtWarningCounter::warnings(), 0);
    }

    void tabReachesEveryControlAndEachSaysWhatItIs() {
        for (QToolButton* header : window_->findChildren<QToolButton*>(QStringLiteral("sectionHeader"))) {
            if (!header->isChecked()) header->click();
        }
        auto* tabs = window_->views();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(50);
            const QList<QWidget*> walk = tabWalk(window_->panel()->control(QStringLiteral("C"))->spinBox());
            QVERIFY2(walk.size() > 30, qPrintable(QString::number(walk.size())));
            QStringList missed;
            for (QWidget* control : focusableControls(window_.get())) {
                if (!walk.contains(control)) missed << describe(control);
            }
            QVERIFY2(missed.isEmpty(),
                     qPrintable(QStringLiteral("tab %1 never reaches: ").arg(tab) + missed.join(QStringLiteral(", "))));
            QStringList unnamed;
            for (QWidget* control : walk) {
                if (accessibleText(control, QAccessible::Name).isEmpty() ||
                    accessibleText(control, QAccessible::Description).isEmpty()) {
                    unnamed << describe(control) + QStringLiteral(" [") + accessibleText(control, QAccessible::Name) +
                                   QStringLiteral("]");
                }
            }
            QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("tab %1, without name or description: ").arg(tab) +
                                                   unnamed.join(QStringLiteral(", "))));
            checkOrder(walk);
            if (QTest::currentTestFailed()) {
                QStringList order;
                for (QWidget* control : walk) {
                    order << describe(control) + QStringLiteral(" @") +
                                 QString::number(control->mapTo(window_.get(), QPoint(0, 0)).y());
                }
                qInfo("tab %d order: %s", tab, qPrintable(order.join(QStringLiteral(", "))));
                return;
            }
        }
    }

    void aParameterSaysItsLabelUnitAndRange() {
        const lif::ParamSpec* gL = lif::findParameter("gL");
        QVERIFY(gL != nullptr);
        auto* control = window_->panel()->control(QStringLiteral("gL"));
        const QString name = accessibleText(control->spinBox(), QAccessible::Name);
        QVERIFY2(name.contains(QString::fromStdString(std::string(gL->label))) && name.contains(QStringLiteral("gL")),
                 qPrintable(name));
        const QString description = accessibleText(control->spinBox(), QAccessible::Description);
        QVERIFY2(description.contains(QStringLiteral("nS")) && description.contains(QStringLiteral("200")) &&
                     !description.contains(QLatin1Char('<')),
                 qPrintable(description));
        QVERIFY(accessibleText(control->slider(), QAccessible::Name).contains(QStringLiteral("slider")));
        // The value itself is read from the spin box.
        QVERIFY(accessibleText(control->spinBox(), QAccessible::Value).contains(QStringLiteral("25")));
    }

    void aRefusedFieldSaysSoNotOnlyByColour() {
        auto* reset = window_->panel()->control(QStringLiteral("Vreset"));
        reset->spinBox()->setValue(-40.0);  // above Vth: refused
        QVERIFY(reset->isInvalid());
        QVERIFY2(accessibleText(reset->spinBox(), QAccessible::Description).startsWith(QStringLiteral("Not applied")),
                 qPrintable(accessibleText(reset->spinBox(), QAccessible::Description)));
        auto* label = reset->findChild<QLabel*>(QStringLiteral("Vreset-label"));
        QVERIFY(label->text().startsWith(QStringLiteral("\u26a0 ")));
        reset->spinBox()->setValue(-65.0);
        QVERIFY(!reset->isInvalid());
        QVERIFY(!label->text().contains(QStringLiteral("\u26a0")));
        QVERIFY(!accessibleText(reset->spinBox(), QAccessible::Description).startsWith(QStringLiteral("Not applied")));
    }

    void theStandardShortcutsWork() {
        // Ctrl+O, Ctrl+S and Ctrl+E ask for a file: the dialog that opens is noted and closed.
        const auto dialogFor = [this](const QKeySequence& keys) -> QString {
            QString title;
            QTimer::singleShot(300, [&title] {
                if (QWidget* dialog = QApplication::activeModalWidget()) {
                    title = dialog->windowTitle();
                    dialog->close();
                }
            });
            QApplication::setActiveWindow(window_.get());
            QTest::keySequence(window_.get(), keys);
            for (int wait = 0; wait < 60 && title.isEmpty(); ++wait) {
                QTest::qWait(50);
            }
            return title;
        };
        QCOMPARE(dialogFor(QKeySequence::Open), QStringLiteral("Open session"));
        QCOMPARE(dialogFor(QKeySequence::Save), QStringLiteral("Save session"));
        QVERIFY2(dialogFor(QKeySequence(Qt::CTRL | Qt::Key_E)).contains(QStringLiteral("image"), Qt::CaseInsensitive),
                 "Ctrl+E");
        QApplication::setActiveWindow(window_.get());
        QTRY_VERIFY(window_->isActiveWindow());
        QTest::keyClick(window_.get(), Qt::Key_F1);
        QTRY_VERIFY(window_->help()->guide() != nullptr && window_->help()->guide()->isVisible());
        window_->help()->guide()->close();
        QApplication::setActiveWindow(window_.get());
        QTest::keyClick(window_.get(), Qt::Key_F11);
        QTRY_VERIFY(window_->windowState().testFlag(Qt::WindowFullScreen));
        QTest::keyClick(window_.get(), Qt::Key_F11);
        QTRY_VERIFY(!window_->windowState().testFlag(Qt::WindowFullScreen));
        QTest::keySequence(window_.get(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QTRY_VERIFY(!window_->isVisible());
        QVERIFY(window_->controller() == nullptr);  // closed the proper way: the worker is joined
    }

    void theTitleBarHasTheIcon() {
        QVERIFY(!window_->windowIcon().isNull());
        QVERIFY(!QApplication::windowIcon().isNull());  // dialogs and the task bar too
        // Drawn from the SVG at any size: sharp at 2x.
        QCOMPARE(window_->windowIcon().pixmap(QSize(64, 64), 2.0).size(), QSize(128, 128));
    }

private:
    /// Down the panel (the headline controls, then the scrolled groups, each in their own unscrolled
    /// coordinates), then down the rest of the window; along a row (the same top within a few pixels) left to
    /// right.
    void checkOrder(const QList<QWidget*>& walk) {
        QWidget* panel = window_->panel();
        QWidget* groups = panel->findChild<QScrollArea*>(QStringLiteral("groupsScroll"))->widget();
        const auto place = [&](QWidget* control) {
            const int region = groups->isAncestorOf(control) ? 1 : panel->isAncestorOf(control) ? 0 : 2;
            QWidget* frame = region == 1 ? groups : region == 0 ? panel : window_.get();
            return std::make_pair(region, control->mapTo(frame, QPoint(0, 0)));
        };
        std::pair<int, QPoint> previous(-1, QPoint(-1, -1));
        for (QWidget* control : walk) {
            const std::pair<int, QPoint> at = place(control);
            const bool sameRow = at.first == previous.first && std::abs(at.second.y() - previous.second.y()) <= 6;
            const bool later = at.first > previous.first ||
                               (at.first == previous.first && at.second.y() > previous.second.y() + 6) ||
                               (sameRow && at.second.x() > previous.second.x());
            QVERIFY2(later, qPrintable(describe(control) + QStringLiteral(" comes after a control below or right "
                                                                          "of it")));
            previous = at;
        }
    }

    std::unique_ptr<lif::testing::PrivateUserFiles> userFiles_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(AccessibilityTest)
#include "test_ui_accessibility.moc"
