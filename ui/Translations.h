#pragma once

#include <QString>

class QCoreApplication;

namespace od {

/// Installs Qt's and Order Desk's translations for `language` ("de", "en_GB"; empty: the system
/// language). English plural forms are always installed underneath, so that a language without
/// a translation of its own still reads "1 draft" and "2 drafts", never "draft(s)". Returns the
/// languages whose Order Desk translations were installed, the most specific first.
QStringList installTranslations(QCoreApplication &app, const QString &language);

} // namespace od
