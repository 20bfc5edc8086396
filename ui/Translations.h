#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QSettings;

namespace od {

/// Installs Qt's and Order Desk's translations for `language` ("de", "en_GB"; empty: the system
/// language). English plural forms are always installed underneath, so that a language without
/// a translation of its own still reads "1 draft" and "2 drafts", never "draft(s)". Returns the
/// languages whose Order Desk translations were installed, the most specific first.
QStringList installTranslations(QCoreApplication &app, const QString &language);

/// A language Order Desk ships, named in itself for the language menu ("Deutsch").
struct ShippedLanguage
{
    QString code; ///< "de"
    QString name; ///< "Deutsch", never translated
};
/// English first, then the translations, in the order of the menu.
QList<ShippedLanguage> shippedLanguages();

/// The settings key of the rep's choice in Settings ▸ Language; absent: the system's language.
QString languageSettingKey();
/// The rep's choice ("de"), or empty for Automatic (the system's language).
QString languageSetting(const QSettings &settings);
/// Stores the rep's choice; empty: Automatic.
void setLanguageSetting(QSettings &settings, const QString &language);
/// The language to show: `--language` wins, then the rep's setting, then "" (the system's).
QString chosenLanguage(const QString &option, const QSettings &settings);

/// The locale of numbers, dates and money for `language`: the language with the system's
/// territory where such a locale exists (Dutch on a Belgian system: nl_BE), else the language's
/// own default (Dutch on a German system: nl_NL). A language that names its territory ("en_GB")
/// is taken as it is; an empty one is the system's locale.
QLocale formatLocale(const QString &language, const QLocale &system);

/// Everything a start-up does for `language` (empty: the system's): the default QLocale for
/// formats (formatLocale()), then installTranslations(). Returns what installTranslations() does.
QStringList applyLanguage(QCoreApplication &app, const QString &language,
                          const QLocale &system = QLocale::system());

} // namespace od
