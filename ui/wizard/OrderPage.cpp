#include "OrderPage.h"

#include "widgets/ProblemPanel.h"
#include "wizard/OrderWizard.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace od {

namespace {

/// Keeps the focused field of a scrolling page in view. Tab scrolls to the field it reaches, but
/// an Alt+letter does not, nor does the page when its viewport shrinks under the field (the
/// problem panel below grows as the rep types): the rep would type below the fold.
class KeepFocusInView : public QObject
{
public:
    explicit KeepFocusInView(QScrollArea *scroll) : QObject(scroll), m_scroll(scroll)
    {
        connect(qApp, &QApplication::focusChanged, this, [this] { show(); });
        scroll->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            show();
        return QObject::eventFilter(watched, event);
    }

private:
    void show()
    {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !m_scroll->widget()->isAncestorOf(focus))
            return;
        // The whole field, not ensureWidgetVisible()'s text cursor of it, with some room.
        const QRect field(focus->mapTo(m_scroll->widget(), QPoint(0, 0)), focus->size());
        const int room = focus->fontMetrics().height();
        m_scroll->ensureVisible(field.center().x(), field.center().y(), field.width() / 2 + room,
                                field.height() / 2 + room);
    }

    QScrollArea *m_scroll;
};

} // namespace

OrderPage::OrderPage(OrderWizard *wizard, Step step)
    : QWizardPage(wizard), m_wizard(wizard), m_step(step)
{
    setObjectName(stepKey(step) + QStringLiteral("Page"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // Long content scrolls: the window must work at 1366×768.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(stepKey(step) + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Tab goes from field to field (and still scrolls to them).
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *inner = new QWidget(scroll);
    m_content = new QVBoxLayout(inner);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);
    new KeepFocusInView(scroll);

    m_panel = new ProblemPanel(this);
    outer->addWidget(m_panel);
    connect(m_panel, &ProblemPanel::stepActivated, this,
            [this](Step target) { m_wizard->editStep(target); });
    connect(wizard, &OrderWizard::orderChanged, this, [this] {
        if (m_wizard->currentPage() == this) {
            m_seenRevision = m_wizard->revision(); // its own edits
            refreshProblems();
        }
    });
    // QWizard::IndependentPages initialises a page only once: every later visit is a revisit.
    connect(wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != int(m_step) || !m_initialized)
            return;
        if (m_freshLoad) // initializePage() has just loaded it for this visit
            m_freshLoad = false;
        else
            revisit();
    });
}

void OrderPage::revisit()
{
    // A page shown again after another page changed the order (a country added on the voice
    // plans, a porting toggle) reloads, or it would show, and keep writing to, what the order
    // no longer has.
    if (m_seenRevision != m_wizard->revision())
        reload();
}

void OrderPage::reloadFromOrder(const Order &before)
{
    if (showsChangeFrom(before)) {
        reload();
        return;
    }
    m_seenRevision = m_wizard->revision();
    refreshProblems();
    announceComplete();
}

bool OrderPage::showsChangeFrom(const Order &before) const
{
    return m_wizard->order() != before;
}

void OrderPage::reload()
{
    loadFromOrder();
    m_seenRevision = m_wizard->revision();
    refreshProblems();
    announceComplete();
}

Order &OrderPage::order()
{
    return m_wizard->mutableOrder();
}

const Catalog &OrderPage::catalog() const
{
    return m_wizard->catalog();
}

bool OrderPage::isComplete() const
{
    return !hasErrors(m_wizard->problemsOf(m_step));
}

void OrderPage::initializePage()
{
    // A resumed draft or a page visited before shows all its problems at once.
    if (int(m_wizard->order().stepReached) > int(m_step) || m_wizard->resuming())
        m_allTouched = true;
    loadFromOrder();
    m_initialized = true;
    m_freshLoad = true;
    m_seenRevision = m_wizard->revision();
    refreshProblems();
}

QWidget *OrderPage::firstInput() const
{
    // The focus chain follows creation order, which is the pages' reading order.
    QWidget *w = const_cast<OrderPage *>(this);
    for (int i = 0; i < 2000; ++i) {
        w = w->nextInFocusChain();
        if (!w || w == this)
            break;
        if (!isAncestorOf(w) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled() ||
            !w->isVisibleTo(this) || qobject_cast<QLabel *>(w) || qobject_cast<QScrollArea *>(w))
            continue;
        return w;
    }
    return nullptr;
}

void OrderPage::changed()
{
    m_wizard->notifyChanged(); // re-checks, autosaves and refreshes via orderChanged
    announceComplete();
}

void OrderPage::announceComplete()
{
    // QWizard answers completeChanged() by hiding the page for a moment (against flicker) while
    // it updates its buttons, and Qt moves the focus out of a hidden widget: the rep's next
    // keystroke would land on another widget of the window ("Retry now" in the status bar).
    // The wizard keeps the focus where it is meanwhile.
    m_wizard->holdFocus(true);
    emit completeChanged();
    m_wizard->holdFocus(false);
}

void OrderPage::changeEvent(QEvent *event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_panel)
        refreshProblems();
}

QLabel *OrderPage::messageLabel(const QString &path, bool below)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("message:") + path);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // As wide as the field above it: a form that grows only expanding fields (the porting
    // page's) otherwise keeps a wrapped message at its preferred width, a few words a line.
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Expanding);
    label->setSizePolicy(policy);
    label->setVisible(false);
    // Not colour alone: the text starts with a sign and says what is wrong.
    label->setStyleSheet(QStringLiteral("color: palette(text); background: transparent;"));
    m_messages.insert(path, Message{label, below});
    return label;
}

void OrderPage::dropMessageLabels(const QString &prefix)
{
    for (auto it = m_messages.begin(); it != m_messages.end();) {
        if (it.key().startsWith(prefix))
            it = m_messages.erase(it);
        else
            ++it;
    }
}

void OrderPage::loadFromOrder()
{
    // What load() touches is shown by the one refresh after it, not by one refresh per field:
    // per office that would be quadratic on a page of 70 offices.
    m_loading = true;
    load();
    m_loading = false;
}

void OrderPage::touch(const QString &path)
{
    if (!m_touched.contains(path)) {
        m_touched.insert(path);
        if (!m_loading)
            refreshProblems();
    }
}

void OrderPage::touchAll()
{
    m_allTouched = true;
    refreshProblems();
}

bool OrderPage::isTouched(const QString &field) const
{
    if (m_allTouched)
        return true;
    for (const QString &t : m_touched)
        if (field == t || field.startsWith(t + QLatin1Char('.')) ||
            field.startsWith(t + QLatin1Char('[')))
            return true;
    return false;
}

bool OrderPage::claims(const QString &field) const
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        if (!it->label)
            continue;
        if (field == it.key() || (it->below && (field.startsWith(it.key() + QLatin1Char('.')) ||
                                                field.startsWith(it.key() + QLatin1Char('[')))))
            return true;
    }
    return false;
}

void OrderPage::refreshProblems()
{
    const Problems &problems = m_wizard->problemsOf(m_step);
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        if (!it->label)
            continue;
        QStringList lines;
        bool error = false;
        for (const Problem &p : problems) {
            const bool mine = p.field == it.key() ||
                              (it->below && (p.field.startsWith(it.key() + QLatin1Char('.')) ||
                                             p.field.startsWith(it.key() + QLatin1Char('['))));
            if (!mine || !isTouched(p.field))
                continue;
            lines << (p.isError() ? tr("✖ %1") : tr("⚠ %1")).arg(p.message);
            error = error || p.isError();
        }
        // Only what changed: a style sheet set again polishes the label again, even the same
        // one, and a page of 70 offices has hundreds of these labels.
        const QString text = lines.join(QLatin1Char('\n'));
        if (it->label->text() != text)
            it->label->setText(text);
        it->label->setVisible(!lines.isEmpty());
        const QString name = lines.join(QLatin1Char(' '));
        if (it->label->accessibleName() != name)
            it->label->setAccessibleName(name);
        // A tint from the page's palette: readable on dark and high-contrast palettes too.
        const QString style = QStringLiteral("color: %1; background: transparent;")
                                  .arg(problemColor(palette(), error).name());
        if (it->label->styleSheet() != style)
            it->label->setStyleSheet(style);
    }

    // Everything else: unclaimed problems of this step, then other steps' errors.
    Problems rest;
    for (const Problem &p : problems)
        if (!claims(p.field) || !isTouched(p.field))
            rest.append(p);
    Problems elsewhere;
    for (int s = int(Step::Customer); s <= int(Step::Submission); ++s) {
        if (s == int(m_step) || s >= int(m_step))
            continue; // later steps are not the rep's concern yet
        for (const Problem &p : m_wizard->problemsOf(Step(s)))
            if (p.isError())
                elsewhere.append(p);
    }
    m_panel->setProblems(rest, elsewhere);
}

} // namespace od
