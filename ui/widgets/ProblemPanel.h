#pragma once

#include "order/Problem.h"

#include <QColor>
#include <QFrame>

class QLabel;
class QPalette;

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

/// WCAG contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

/// The tint of a problem's text (red for an error, amber for a warning) that stays readable on
/// `palette`'s window and base: dark on a light palette, light on a dark one, and the palette's
/// own text colour where neither tint reaches 4.5:1 (high-contrast palettes). The tint is never
/// the only sign: the text starts with ✖ or ⚠.
QColor problemColor(const QPalette &palette, bool error);

/// A label reached with Tab (so that a screen reader reads it out) shows when it has the focus:
/// a frame in the palette's highlight colour, transparent otherwise so that nothing moves. Styles
/// know nothing of a focused label and draw no focus indicator of their own.
void showFocusFrame(QLabel *label);

} // namespace od
