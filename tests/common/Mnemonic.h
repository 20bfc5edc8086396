#pragma once

#include <QString>

namespace od::testing {

/// The mnemonic letter of a label or button text ("Vali&date" → "d"), empty when none ("&&" is
/// a literal ampersand).
inline QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace od::testing
