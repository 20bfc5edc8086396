#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
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

} // namespace od
