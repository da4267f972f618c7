#pragma once
// The language the window speaks. Translations are compiled into the program as Qt resources
// (:/i18n/lifscope_LANG.qm, built from resources/translations/lifscope_LANG.ts), so an installed tree can move and
// a new language needs no file beside the executable. English is the source language and needs no translation.
//
// The language is the first of the system's UI languages (QLocale::system().uiLanguages(): LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG) that LIFscope speaks, unless the environment variable LIFSCOPE_LANGUAGE names one ("en"
// forces English, "de" German). Only the window is translated; the command line, file formats and the messages
// that come from core/ stay English.
//
// Threading: GUI thread, after the QCoreApplication exists and before the first window is built.
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace lif::ui {

/// The environment variable that overrides the system's language.
inline constexpr const char* kLanguageVariable = "LIFSCOPE_LANGUAGE";

/// Languages with a translation built in, e.g. {"de"}, sorted; English is not listed.
QStringList availableTranslations();

/// The language to use for a locale's UI languages: the first one that is English or has a translation built in,
/// as "de" (a file's language code); an empty string means English.
QString translationFor(const QStringList& uiLanguages);

/// Installs the translators for `uiLanguages` into `app` (LIFscope's own, and Qt's own dialogs' from the system's
/// Qt translations when installed). Returns the language installed, empty for English.
QString installTranslations(QCoreApplication& app, const QStringList& uiLanguages);

/// installTranslations for LIFSCOPE_LANGUAGE when set, else for the system's UI languages. A LIFSCOPE_LANGUAGE
/// with no translation is reported on stderr (the value and the languages there are) and gives English.
QString installChosenTranslations(QCoreApplication& app);

}  // namespace lif::ui
