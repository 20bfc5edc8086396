#pragma once

#include "catalog/Catalog.h"
#include "order/Order.h"
#include "order/Problem.h"
#include "order/Rules.h"

#include <QHash>
#include <QWizard>

#include <functional>

namespace od {

class OrderPage;
class PaperworkPanel;

/// The seven-step order wizard over one shared Order. Pages read the order when shown and write
/// to it as the rep types; every change is announced through orderChanged() so that the draft
/// store can autosave it. The wizard never discards anything: Escape and "Save draft and close"
/// both just close (the draft is already saved).
class OrderWizard : public QWizard
{
    Q_OBJECT
public:
    /// Where the wizard opens: a resumed draft opens on the step it reached (Back then goes
    /// through every earlier page); tests of one page may start from the first step.
    enum class OpenAt { StepReached, FirstStep };

    OrderWizard(const Catalog &catalog, Order order, QWidget *parent = nullptr,
                QDate today = QDate::currentDate(), OpenAt openAt = OpenAt::StepReached);
    ~OrderWizard() override;

    const Order &order() const { return m_order; }
    Order &mutableOrder() { return m_order; }
    const Catalog &catalog() const { return m_catalog; }
    const Rules &rules() const { return m_rules; }

    /// Called by pages after they wrote to the order: re-checks the rules and tells listeners.
    void notifyChanged();
    /// The problems of one step, from the last check (cached until the next change).
    const Problems &problemsOf(Step step) const;
    /// A problem of Rules::checkOrder() that only the carrier's services settle (the account
    /// check, address validation, number reservation): a warning on its step, an error for
    /// sending. It does not keep the order out of the outbox, which waits for the services.
    bool waitsForCarrier(const Problem &problem) const;

    /// Shows the page of `step`; from the recap, Next then comes back to the recap.
    void editStep(Step step);
    /// Whether Next on the current page returns to the recap (an Edit link was followed).
    bool returningToRecap() const { return m_returnToRecap; }

    /// Counts the changes pages made to the order: a page shown again reloads when it moved.
    quint64 revision() const { return m_revision; }
    /// True while the constructor walks to the step a resumed draft reached.
    bool resuming() const { return m_resuming; }

    /// A submitted order waiting in the outbox: shown read-only on the recap (no Edit links, no
    /// way to the submit step), with "Withdraw from the outbox to edit" instead of Next.
    bool isQueued() const { return m_queued; }
    /// Enters or leaves the read-only outbox view. Leaving it walks to the recap again, every
    /// page initialised on the way, so that Back and the Edit links work as before.
    void setQueued(bool queued);
    /// The listener of submitRequested() could not queue the order: the submit page says why
    /// and Submit stays available. Call it from the slot, before it returns.
    void reportSubmitFailure(const QString &message) { emit submitFailed(message); }

    /// What a page asks of the carrier's services (sent through the outbox).
    enum class CarrierRequest { ValidateAddress, ReserveNumbers, CheckAccount };
    /// A page asks the carrier: the listener (the main window) queues it in the outbox.
    void requestFromCarrier(CarrierRequest request, const QString &officeId = QString())
    {
        emit carrierRequested(request, officeId);
    }
    /// A carrier's answer for this order (a validated address, reserved numbers, a verified
    /// account): applied to the order, re-checked, and the page shown reloads. Autosaved like
    /// any change, except on a read-only order (already saved by the outbox).
    void applyCarrierChange(const std::function<void(Order &)> &change);
    /// A short text from the carrier's answers for a page to show (key "customer" for the
    /// account check, "office:<id>" for an office). Empty clears it.
    void setCarrierNote(const QString &key, const QString &text);
    QString carrierNote(const QString &key) const { return m_carrierNotes.value(key); }
    /// The address service offered other spellings of an office's address: the rep picks one
    /// (validated next) or keeps the address as typed.
    void offerAddressAlternatives(const QString &officeId, const QList<Address> &alternatives);

    /// Read-only view of an order the carrier has (or is about to have): `note` says where it
    /// is; `withdrawable` false once it may have reached the carrier (no withdraw button).
    void setReadOnlyNote(const QString &note);
    QString readOnlyNote() const { return m_readOnlyNote; }
    void setWithdrawable(bool withdrawable);
    /// The order has gone to the carrier (submitted or later): the recap no longer speaks of
    /// the outbox or of what is left to do before sending.
    void setAtCarrier(bool atCarrier) { m_atCarrier = atCarrier; }
    bool isAtCarrier() const { return m_atCarrier; }
    bool isWithdrawable() const { return m_withdrawable; }

    /// While on, the focus stays where it is when QWizard hides the page for a moment (it does
    /// on every completeChanged()); see OrderPage::announceComplete().
    void holdFocus(bool hold) { m_holdFocus = hold; }

    /// The paperwork and signature panel of a submitted order (on the read-only recap).
    PaperworkPanel *paperworkPanel() const;

    /// True when the country needs the offices step (no porting there).
    bool anyNewNumbers() const;

    int nextId() const override;
    void reject() override; ///< Escape: save and close, never discard
    void done(int result) override;

signals:
    /// The order changed: autosave listens to this.
    void orderChanged();
    /// Save now (page change, focus loss, close): autosave flushes.
    void flushRequested();
    /// "Save draft and close", Escape or Finish: the draft is saved; go back to the drafts.
    void closeRequested();
    /// Submit: the order passed every rule.
    void submitRequested();
    /// Submitting failed (reportSubmitFailure()).
    void submitFailed(const QString &message);
    /// "Withdraw from the outbox to edit" on a queued order: the listener confirms, changes the
    /// draft's status and calls setQueued(false).
    void withdrawRequested();
    void queuedChanged(bool queued);
    void carrierRequested(od::OrderWizard::CarrierRequest request, const QString &officeId);
    void carrierNoteChanged(const QString &key);
    /// Numbers reserved for the order are no longer used (other counts, another area, reserved
    /// again): the listener tells the carrier to free them.
    void reservationReleased(const QString &reservationId);
    void readOnlyNoteChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void showEvent(QShowEvent *event) override;

private:
    void onCurrentIdChanged(int id);
    void recheck();
    /// Puts the keyboard focus in the first input of the current page: after Next, Back or an
    /// Edit link the rep types on at once.
    void focusFirstInput();
    /// From the current page through next() up to `target`, as the rep went.
    void walkTo(int target);

    const Catalog &m_catalog;
    Order m_order;
    Rules m_rules;
    QHash<int, Problems> m_problems;
    bool m_returnToRecap = false;
    bool m_resuming = false;
    bool m_queued = false;
    bool m_withdrawable = true;
    bool m_holdFocus = false;
    bool m_atCarrier = false;
    QString m_readOnlyNote;
    QHash<QString, QString> m_carrierNotes;
    int m_lastId = -1;
    quint64 m_revision = 0;
};

} // namespace od
