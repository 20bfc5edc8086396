#pragma once

#include "order/Problem.h"

#include <QFrame>

class QLabel;

namespace od {

/// The strip at the bottom of a wizard page: what is still needed on this page, and errors on
/// earlier pages with a link to each.
class ProblemPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ProblemPanel(QWidget *parent = nullptr);
    void setProblems(const Problems &here, const Problems &elsewhere);

signals:
    void stepActivated(Step step);

private:
    QLabel *m_label;
};

/// The page title of a step, for links and the recap ("2. Voice plans").
QString stepTitle(Step step);

} // namespace od
