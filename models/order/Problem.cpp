#include "Problem.h"

#include <algorithm>

namespace od {

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.isError(); });
}

Problems problemsUnder(const Problems &problems, const QString &path)
{
    Problems out;
    for (const Problem &p : problems) {
        if (p.field == path || (p.field.startsWith(path) && p.field.size() > path.size() &&
                                (p.field.at(path.size()) == QLatin1Char('.') ||
                                 p.field.at(path.size()) == QLatin1Char('['))))
            out.append(p);
    }
    return out;
}

} // namespace od
