#include "ui/window/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <iostream>

namespace lif::ui {

namespace {

const char* const kResourceDirectory = ":/i18n";
const char* const kPrefix = "lifscope_";

QString qmPath(const QString& language) {
    return QStringLiteral("%1/%2%3.qm").arg(QLatin1String(kResourceDirectory), QLatin1String(kPrefix), language);
}

bool isEnglish(const QString& language) {
    return language == QStringLiteral("en") || language.startsWith(QStringLiteral("en_"));
}

/// "de-DE", "de_DE.UTF-8", "de_DE@euro" -> "de_DE": the form of the translation files' names.
QString fileLanguage(const QString& uiLanguage) {
    QString name = uiLanguage.trimmed();
    const qsizetype end = name.indexOf(QRegularExpression(QStringLiteral("[.@]")));
    if (end >= 0) {
        name.truncate(end);
    }
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

}  // namespace

QStringList availableTranslations() {
    const QString prefix = QLatin1String(kPrefix);
    QStringList languages;
    const QStringList files =
        QDir(QLatin1String(kResourceDirectory)).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        languages << file.mid(prefix.size(), file.size() - prefix.size() - 3);
    }
    return languages;
}

QString translationFor(const QStringList& uiLanguages) {
    for (const QString& uiLanguage : uiLanguages) {
        // The most specific translation there is ("pt_BR"), then the language alone ("pt").
        QString name = fileLanguage(uiLanguage);
        while (!name.isEmpty()) {
            if (isEnglish(name)) {
                return {};
            }
            if (QFile::exists(qmPath(name))) {
                return name;
            }
            const qsizetype cut = name.lastIndexOf(QLatin1Char('_'));
            name.truncate(cut < 0 ? 0 : cut);
        }
    }
    return {};
}

QString installTranslations(QCoreApplication& app, const QStringList& uiLanguages) {
    QString language = translationFor(uiLanguages);
    if (language.isEmpty()) {
        return {};
    }
    auto* own = new QTranslator(&app);
    if (!own->load(qmPath(language))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    // Qt's own texts (the buttons of file dialogs and message boxes), when the system has them; optional.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return language;
}

QString installChosenTranslations(QCoreApplication& app) {
    const QString forced = qEnvironmentVariable(kLanguageVariable).trimmed();
    if (forced.isEmpty()) {
        return installTranslations(app, QLocale::system().uiLanguages());
    }
    QString language = installTranslations(app, {forced});
    if (language.isEmpty() && !isEnglish(fileLanguage(forced))) {
        std::cerr << "lifscope: " << kLanguageVariable << "=" << forced.toStdString()
                  << ": no translation into this language; allowed: en, "
                  << availableTranslations().join(QStringLiteral(", ")).toStdString()
                  << ". The window is in English.\n";
    }
    return language;
}

}  // namespace lif::ui
