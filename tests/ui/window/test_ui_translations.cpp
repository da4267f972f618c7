// The translations: the German one is built into the program; the language follows the system's UI languages
// and LIFSCOPE_LANGUAGE; every text of the core's tables is listed for lupdate (and only those); and a window
// built after German is installed shows its menus, tabs, buttons, parameter labels and tooltips in German.
#include <QtTest>

#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>

#include <set>
#include <string>
#include <utility>

#include "core/model/parameters.h"
#include "core/model/solver_kind.h"
#include "core/model/stimulus.h"
#include "ui/controls/parameter_control.h"
#include "ui/controls/parameter_panel.h"
#include "ui/style/model_text.h"
#include "ui/window/main_window.h"
#include "ui/window/translations.h"

using lif::ui::kParametersContext;
using lif::ui::kSolversContext;
using lif::ui::kStimulusContext;

namespace {

using Entry = std::pair<std::string, std::string>;  // context, source text

/// Every human text of the core's tables, with the context the window translates it in.
std::set<Entry> tableTexts() {
    std::set<Entry> texts;
    for (const lif::ParamSpec& spec : lif::parameterTable()) {
        texts.emplace(kParametersContext, spec.label);
        texts.emplace(kParametersContext, spec.meaning);
    }
    for (const lif::StimulusProtocol& protocol : lif::stimulusProtocols()) {
        texts.emplace(kStimulusContext, protocol.label);
        texts.emplace(kStimulusContext, protocol.meaning);
        for (const lif::StimulusField& field : protocol.fields) {
            texts.emplace(kStimulusContext, field.meaning);
        }
    }
    for (const lif::SolverKind kind : lif::allSolverKinds()) {
        texts.emplace(kSolversContext, lif::solverDescription(kind));
    }
    return texts;
}

std::set<Entry> listedTexts() {
    std::set<Entry> texts;
    for (const lif::ui::TranslatableText& text : lif::ui::translatableModelTexts()) {
        texts.emplace(text.context, text.source);
    }
    return texts;
}

QStringList menuTitles(const QMenuBar* bar) {
    QStringList titles;
    for (const QAction* action : bar->actions()) {
        titles << action->text();
    }
    return titles;
}

}  // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void germanIsBuiltIn() {
        QVERIFY(lif::ui::availableTranslations().contains(QStringLiteral("de")));
        QFile qm(QStringLiteral(":/i18n/lifscope_de.qm"));
        QVERIFY(qm.exists());
        QVERIFY(qm.size() > 1000);
        // The template is English only and not compiled: it would be a "translation" into English.
        QVERIFY(!QFile::exists(QStringLiteral(":/i18n/lifscope.qm")));
    }

    void languageFollowsTheUiLanguages() {
        QCOMPARE(lif::ui::translationFor({QStringLiteral("de-DE")}), QStringLiteral("de"));
        QCOMPARE(lif::ui::translationFor({QStringLiteral("de_AT.UTF-8")}), QStringLiteral("de"));
        QCOMPARE(lif::ui::translationFor({QStringLiteral("de-CH"), QStringLiteral("en")}), QStringLiteral("de"));
        // The first language LIFscope speaks wins: English before German means English.
        QCOMPARE(lif::ui::translationFor({QStringLiteral("en-GB"), QStringLiteral("de-DE")}), QString());
        QCOMPARE(lif::ui::translationFor({QStringLiteral("fr-FR"), QStringLiteral("de-DE")}), QStringLiteral("de"));
        QCOMPARE(lif::ui::translationFor({QStringLiteral("fr-FR")}), QString());
        QCOMPARE(lif::ui::translationFor({QStringLiteral("C")}), QString());
        QCOMPARE(lif::ui::translationFor({}), QString());
    }

    void languageVariableForcesEnglish() {
        qputenv(lif::ui::kLanguageVariable, "en");
        QCOMPARE(lif::ui::installChosenTranslations(*QCoreApplication::instance()), QString());
        // A language with no translation is English too (and says so on stderr).
        qputenv(lif::ui::kLanguageVariable, "xx");
        QCOMPARE(lif::ui::installChosenTranslations(*QCoreApplication::instance()), QString());
        QCOMPARE(QCoreApplication::translate(kParametersContext, "Capacitance"), QStringLiteral("Capacitance"));
        qunsetenv(lif::ui::kLanguageVariable);
    }

    void everyTableTextIsListedForLupdate() {
        const std::set<Entry> table = tableTexts();
        const std::set<Entry> listed = listedTexts();
        for (const Entry& text : table) {
            QVERIFY2(listed.count(text) == 1,
                     qPrintable(QStringLiteral("core table text not in ui/style/model_text.cpp: [%1] \"%2\"")
                                    .arg(QString::fromStdString(text.first), QString::fromStdString(text.second))));
        }
        for (const Entry& text : listed) {
            QVERIFY2(table.count(text) == 1,
                     qPrintable(QStringLiteral("ui/style/model_text.cpp lists a text no core table has: [%1] \"%2\"")
                                    .arg(QString::fromStdString(text.first), QString::fromStdString(text.second))));
        }
    }

    // Last: the German translators stay installed for the rest of the process.
    void germanWindow() {
        qputenv(lif::ui::kLanguageVariable, "de");
        QCOMPARE(lif::ui::installChosenTranslations(*QCoreApplication::instance()), QStringLiteral("de"));
        qunsetenv(lif::ui::kLanguageVariable);
        for (const lif::ui::TranslatableText& text : lif::ui::translatableModelTexts()) {
            const QString translated = QCoreApplication::translate(text.context, text.source);
            QVERIFY2(!translated.isEmpty() && translated != QString::fromUtf8(text.source),
                     qPrintable(QStringLiteral("not translated: [%1] \"%2\"")
                                    .arg(QLatin1String(text.context), QString::fromUtf8(text.source))));
        }

        lif::ui::MainWindow window;
        const auto* views = window.findChild<QTabWidget*>(QStringLiteral("views"));
        QVERIFY(views != nullptr);
        QCOMPARE(views->tabText(1), QStringLiteral("&f-I-Kurve"));
        const QStringList menus = menuTitles(window.menuBar());
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        const auto* reset = window.findChild<QPushButton*>(QStringLiteral("reset"));
        QVERIFY(reset != nullptr);
        QCOMPARE(reset->text(), QStringLiteral("Neustart"));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("Leaky-Integrate-and-Fire-Neuron")),
                 qPrintable(window.windowTitle()));
        const lif::ui::ParameterControl* capacitance = window.panel()->control(QStringLiteral("C"));
        QVERIFY(capacitance != nullptr);
        QCOMPARE(capacitance->spec().label, QStringLiteral("Kapazität"));
        QVERIFY2(capacitance->toolTip().contains(QStringLiteral("Erlaubt")), qPrintable(capacitance->toolTip()));
        const lif::ui::ParameterControl* threshold = window.panel()->control(QStringLiteral("Vth"));
        QVERIFY(threshold != nullptr);
        QCOMPARE(threshold->spec().label, QStringLiteral("Schwelle"));
        // Names stay what files and the command line use.
        QCOMPARE(threshold->spec().name, QStringLiteral("Vth"));
    }
};

QTEST_MAIN(TranslationsTest)
#include "test_ui_translations.moc"
