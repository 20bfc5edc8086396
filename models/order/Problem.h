#pragma once

#include "order/Order.h"

#include <QList>
#include <QString>

namespace od {

/// One thing wrong with an order: where (step and field path, the same path as in the order's
/// JSON, e.g. "countries[0].offices[1].userNumbers"), what and what to do (translated), and how
/// bad it is. Errors block Next and submission; warnings are shown but let the rep go on.
struct Problem
{
    enum class Severity { Warning, Error };

    Step step = Step::Customer;
    QString field;
    QString message;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

bool hasErrors(const Problems &problems);
/// The problems whose field is `path` or lies below it ("countries[0]" finds its offices too).
Problems problemsUnder(const Problems &problems, const QString &path);

} // namespace od
