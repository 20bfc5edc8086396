#include "ProblemPanel.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace od {

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
