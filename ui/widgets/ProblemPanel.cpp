#include "ProblemPanel.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPalette>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace od {

namespace {

double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void showFocusFrame(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("QLabel { border: 2px solid transparent; }"
                                        "QLabel:focus { border-color: palette(highlight); }"));
}

QColor problemColor(const QPalette &palette, bool error)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = relativeLuminance(window) < 0.18;
    const QColor tint = error ? (dark ? QColor(0xff, 0x9e, 0x96) : QColor(0xa4, 0x00, 0x00))
                              : (dark ? QColor(0xff, 0xd2, 0x6e) : QColor(0x7a, 0x52, 0x00));
    constexpr double kReadable = 4.5;
    if (contrastRatio(tint, window) >= kReadable && contrastRatio(tint, base) >= kReadable)
        return tint;
    return palette.color(QPalette::WindowText);
}

QString stepTitle(Step step)
{
    switch (step) {
    case Step::Customer:
        return QCoreApplication::translate("Steps", "1. Customer");
    case Step::VoicePlans:
        return QCoreApplication::translate("Steps", "2. Voice plans");
    case Step::Porting:
        return QCoreApplication::translate("Steps", "3. Keep existing numbers");
    case Step::Offices:
        return QCoreApplication::translate("Steps", "4. Offices and numbers");
    case Step::Contacts:
        return QCoreApplication::translate("Steps", "5. Contacts");
    case Step::Recap:
        return QCoreApplication::translate("Steps", "6. Recap");
    case Step::Submission:
        return QCoreApplication::translate("Steps", "7. Submission");
    }
    return {};
}

ProblemPanel::ProblemPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("problemPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("problemSummary"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(false);
    m_label->setFocusPolicy(Qt::TabFocus);
    showFocusFrame(m_label);
    layout->addWidget(m_label);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int step = link.mid(QStringLiteral("step:").size()).toInt(&ok);
        if (ok)
            emit stepActivated(Step(step));
    });
    setVisible(false);
}

void ProblemPanel::setProblems(const Problems &here, const Problems &elsewhere)
{
    QStringList html;
    QStringList plain;
    constexpr int kMaxShown = 6;
    if (!here.isEmpty()) {
        QStringList items;
        for (qsizetype i = 0; i < here.size() && i < kMaxShown; ++i) {
            const Problem &p = here.at(i);
            items << (p.isError() ? tr("✖ %1") : tr("⚠ %1")).arg(p.message.toHtmlEscaped());
            plain << p.message;
        }
        if (here.size() > kMaxShown)
            items << tr("… and %n more", nullptr, int(here.size() - kMaxShown));
        html << tr("<b>To go on:</b> %1").arg(items.join(QStringLiteral("<br>")));
    }
    if (!elsewhere.isEmpty()) {
        QStringList items;
        for (qsizetype i = 0; i < elsewhere.size() && i < kMaxShown; ++i) {
            const Problem &p = elsewhere.at(i);
            items << tr("<a href=\"step:%1\">%2</a>: %3")
                         .arg(int(p.step))
                         .arg(stepTitle(p.step).toHtmlEscaped(), p.message.toHtmlEscaped());
            plain << p.message;
        }
        html << tr("<b>On other pages:</b><br>%1").arg(items.join(QStringLiteral("<br>")));
    }
    m_label->setText(html.join(QStringLiteral("<br>")));
    m_label->setAccessibleName(tr("Problems"));
    m_label->setAccessibleDescription(plain.join(QLatin1Char(' ')));
    setVisible(!html.isEmpty());
}

} // namespace od
