#pragma once

#include "order/Order.h"
#include "order/Problem.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace od {

class Catalog;
class OrderWizard;
class ProblemPanel;

/// Base of the wizard's pages: access to the shared order, and the rules' problems shown in
/// words beside the fields they concern. A page:
///  - builds its widgets in its constructor and puts them into `contentLayout()`;
///  - fills them from the order in load() (called on every initializePage, and again by
///    revisit() when the page is shown again after the order changed);
///  - writes every edit straight into `order()` and then calls changed();
///  - places `messageLabel(path)` under each field: it shows the problem of that field path.
/// isComplete() is "no error on this step"; problems not claimed by a message label and
/// errors on other steps are listed at the bottom of the page with links.
class OrderPage : public QWizardPage
{
    Q_OBJECT
public:
    OrderPage(OrderWizard *wizard, Step step);

    Step step() const { return m_step; }
    bool isComplete() const override;
    void initializePage() override;
    void cleanupPage() override {} // never reset what the rep typed
    /// The first input a rep would type into: visible, enabled, reached with Tab. Not a
    /// label, not the page's scroll area.
    QWidget *firstInput() const;
    /// The order changed outside the page (a carrier's answer): fill the widgets again, or,
    /// when nothing the page shows changed from `before`, only its problems and Next.
    void reloadFromOrder(const Order &before);

protected:
    Order &order();
    const Catalog &catalog() const;
    OrderWizard *orderWizard() const { return m_wizard; }

    /// Fill the widgets from the order.
    virtual void load() = 0;
    /// Called each time the page is shown again after its first load: QWizard::IndependentPages
    /// initialises a page only once. By default the page reloads only if another page changed
    /// the order since it last showed it; a page that shows the whole order may reload always.
    virtual void revisit();
    /// Fills the widgets from the order again (load()) and re-reads its problems and Next.
    void reload();
    /// load(), with the problems refreshed once by the caller afterwards.
    void loadFromOrder();
    /// Whether the page shows something that differs between `before` and the order now.
    virtual bool showsChangeFrom(const Order &before) const;
    /// After a write to the order: autosave, re-check, refresh messages and Next.
    void changed();
    /// completeChanged(), with the focus kept where the rep types.
    void announceComplete();
    /// A new palette (a dark or high-contrast theme chosen while the app runs): the problems'
    /// tints are chosen again for it.
    void changeEvent(QEvent *event) override;
    /// The page's own layout, above the problem panel (inside a scroll area).
    QVBoxLayout *contentLayout() const { return m_content; }

    /// A label that shows the problem of `path` (and of paths below it when `below` is true).
    QLabel *messageLabel(const QString &path, bool below = false);
    /// Forgets message labels whose path starts with `prefix` (widgets rebuilt by the page).
    void dropMessageLabels(const QString &prefix);
    /// Problems are shown only for fields the rep has touched, or all after a draft is resumed
    /// or Next was attempted.
    void touch(const QString &path);
    void touchAll();
    /// Re-reads problems into the message labels and the panel (called by changed()).
    void refreshProblems();

private:
    struct Message
    {
        QPointer<QLabel> label;
        bool below = false;
    };
    bool claims(const QString &field) const;
    bool isTouched(const QString &field) const;

    OrderWizard *m_wizard;
    Step m_step;
    QVBoxLayout *m_content = nullptr;
    ProblemPanel *m_panel = nullptr;
    QHash<QString, Message> m_messages;
    QSet<QString> m_touched;
    bool m_allTouched = false;
    bool m_initialized = false;
    bool m_freshLoad = false;   ///< initializePage() loaded the page for the visit it starts
    bool m_loading = false;     ///< in loadFromOrder(): touch() leaves the refresh to it
    quint64 m_seenRevision = 0; ///< the wizard's revision this page last showed
};

} // namespace od
