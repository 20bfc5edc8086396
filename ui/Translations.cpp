#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStringList>
#include <QTranslator>

namespace od {

namespace {

const QString kPrefix = QStringLiteral("orderdesk");
const QString kDirectory = QStringLiteral(":/i18n");

} // namespace

QStringList installTranslations(QCoreApplication &app, const QString &language)
{
    QStringList installed;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);

    // Translators installed later are asked first: English plurals go in first, as the base.
    auto *english = new QTranslator(&app);
    if (english->load(kPrefix + QStringLiteral("_en"), kDirectory) &&
        QCoreApplication::installTranslator(english))
        installed << QStringLiteral("en");
    else
        delete english;

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(&app);
    if (own->load(locale, kPrefix, QStringLiteral("_"), kDirectory) &&
        own->language() != QLatin1String("en") && QCoreApplication::installTranslator(own))
        installed.prepend(own->language());
    else
        delete own;
    return installed;
}

QList<ShippedLanguage> shippedLanguages()
{
    // Each in its own language: a rep who cannot read the current one still finds their own.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
    };
}

QString languageSettingKey()
{
    return QStringLiteral("ui/language");
}

QString languageSetting(const QSettings &settings)
{
    return settings.value(languageSettingKey()).toString().trimmed();
}

void setLanguageSetting(QSettings &settings, const QString &language)
{
    if (language.isEmpty())
        settings.remove(languageSettingKey());
    else
        settings.setValue(languageSettingKey(), language);
    settings.sync();
}

QString chosenLanguage(const QString &option, const QSettings &settings)
{
    if (!option.trimmed().isEmpty())
        return option.trimmed();
    return languageSetting(settings);
}

QLocale formatLocale(const QString &language, const QLocale &system)
{
    if (language.isEmpty())
        return system;
    const QLocale chosen(language);
    // "en_GB", "nl-BE": the rep named the territory too.
    if (language.contains(QLatin1Char('_')) || language.contains(QLatin1Char('-')))
        return chosen;
    // A code Qt does not know is no reason to lose the rep's formats.
    if (chosen.language() == QLocale::C)
        return language == QLatin1String("C") ? chosen : system;
    if (system.territory() == QLocale::AnyTerritory)
        return chosen;
    // QLocale falls back to the language's default territory when the pair does not exist.
    const QLocale combined(chosen.language(), chosen.script(), system.territory());
    if (combined.language() == chosen.language() && combined.territory() == system.territory())
        return combined;
    return chosen;
}

QStringList applyLanguage(QCoreApplication &app, const QString &language, const QLocale &system)
{
    QLocale::setDefault(formatLocale(language, system));
    return installTranslations(app, language);
}

} // namespace od
