#include "OrderWizard.h"

#include "wizard/ContactsPage.h"
#include "wizard/CustomerPage.h"
#include "wizard/OfficesPage.h"
#include "wizard/PortingPage.h"
#include "wizard/RecapPage.h"
#include "wizard/SubmitPage.h"
#include "wizard/VoicePlansPage.h"

#include "widgets/AddressLine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QInputDialog>
#include <QKeyEvent>
#include <QPointer>

#include <algorithm>

namespace od {

OrderWizard::OrderWizard(const Catalog &catalog, Order order, QWidget *parent, QDate today,
                         OpenAt openAt)
    : QWizard(parent), m_catalog(catalog), m_order(std::move(order)), m_rules(catalog, today)
{
    setObjectName(QStringLiteral("orderWizard"));
    setWindowTitle(tr("Operator Connect order"));
    // IndependentPages: QWizard would otherwise reset fields on Back and remember "original"
    // values at registration, which breaks restored drafts.
    setOption(QWizard::IndependentPages, true);
    setOption(QWizard::NoCancelButton, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::CustomButton1, tr("&Save draft and close"));
    setButtonText(QWizard::CustomButton2, tr("&Withdraw from the outbox to edit"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveAndCloseButton"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Save draft and close"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("withdrawButton"));
    button(QWizard::CustomButton2)->setAccessibleName(tr("Withdraw from the outbox to edit"));
    button(QWizard::CustomButton2)
        ->setAccessibleDescription(tr("The order goes back to the drafts and can be changed; it "
                                      "is not sent until it is submitted again"));
    setWizardStyle(QWizard::ClassicStyle);

    recheck();
    setPage(int(Step::Customer), new CustomerPage(this));
    setPage(int(Step::VoicePlans), new VoicePlansPage(this));
    setPage(int(Step::Porting), new PortingPage(this));
    setPage(int(Step::Offices), new OfficesPage(this));
    setPage(int(Step::Contacts), new ContactsPage(this));
    setPage(int(Step::Recap), new RecapPage(this));
    setPage(int(Step::Submission), new SubmitPage(this));
    setStartId(int(Step::Customer));

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            emit flushRequested();
            emit closeRequested();
        } else if (which == QWizard::CustomButton2 && m_queued && m_withdrawable) {
            emit withdrawRequested();
        }
    });
    connect(this, &QWizard::currentIdChanged, this, &OrderWizard::onCurrentIdChanged);

    if (openAt == OpenAt::StepReached) {
        // Through next(), page by page, as the rep went: every page is initialised on the way,
        // the branching is the order's, and Back then leads through every earlier page. A new
        // order is not resumed: nothing typed yet, nothing to point out yet.
        const bool fresh = m_order.stepReached == Step::Customer &&
                           m_order.customer == Customer{} && m_order.tenantId.isEmpty();
        m_resuming = !fresh;
        restart();
        walkTo(int(m_order.stepReached));
        m_resuming = false;
    }
    focusFirstInput();
}

void OrderWizard::walkTo(int target)
{
    while (currentId() != -1 && currentId() < target) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

void OrderWizard::setQueued(bool queued)
{
    if (m_queued == queued)
        return;
    m_queued = queued;
    m_returnToRecap = false;
    // Queued, nothing is saved: "Save draft and close" gives way to the withdraw button, and the
    // recap's final button goes back to the drafts.
    setOption(QWizard::HaveCustomButton1, !queued);
    setOption(QWizard::HaveCustomButton2, queued && m_withdrawable);
    setButtonText(QWizard::FinishButton, queued ? tr("&Back to drafts") : tr("&Close"));
    m_resuming = !queued;
    if (queued) {
        // The recap is the only page: no Back into editable pages, no Next to the submit step.
        setStartId(int(Step::Recap));
        restart();
    } else {
        setStartId(int(Step::Customer));
        restart();
        walkTo(int(Step::Recap));
    }
    m_resuming = false;
    emit queuedChanged(queued);
    // QWizard re-reads isFinalPage() (Finish instead of Next) on a page's completeChanged().
    if (QWizardPage *page = currentPage())
        emit page->completeChanged();
    focusFirstInput();
}

void OrderWizard::applyCarrierChange(const std::function<void(Order &)> &change)
{
    const Order before = m_order;
    change(m_order);
    // An answer that changes nothing (a check repeated) leaves the page alone: rebuilding it
    // would drop a button the rep is pressing at that moment.
    if (m_order == before)
        return;
    ++m_revision;
    recheck();
    if (!m_queued)
        emit orderChanged();
    if (auto *page = qobject_cast<OrderPage *>(currentPage())) {
        // The rep's place stays: reloading refills the fields, which would move the focus.
        QPointer<QWidget> focus = QApplication::focusWidget();
        const bool onPage = focus && page->isAncestorOf(focus);
        const QString focusName = focus ? focus->objectName() : QString();
        page->reloadFromOrder(before);
        if (onPage && focus && focus->isVisible()) {
            focus->setFocus(Qt::OtherFocusReason);
        } else if (onPage && !focusName.isEmpty()) {
            // A page that rebuilds its sections replaced the widget: the one of the same name
            // (names are the order's paths) takes the focus, not the wizard's Back button.
            for (QWidget *w : page->findChildren<QWidget *>(focusName))
                if (w->isVisible() && w->isEnabled()) {
                    w->setFocus(Qt::OtherFocusReason);
                    break;
                }
        }
    }
}

bool OrderWizard::focusNextPrevChild(bool next)
{
    // Qt moves the focus out of a widget being hidden by asking its parents for the next one;
    // QWizard's anti-flicker hide while it updates its buttons is over at once, and the field
    // the rep types in must keep the focus.
    if (m_holdFocus)
        return true;
    return QWizard::focusNextPrevChild(next);
}

void OrderWizard::setCarrierNote(const QString &key, const QString &text)
{
    if (m_carrierNotes.value(key) == text)
        return;
    if (text.isEmpty())
        m_carrierNotes.remove(key);
    else
        m_carrierNotes.insert(key, text);
    emit carrierNoteChanged(key);
}

void OrderWizard::offerAddressAlternatives(const QString &officeId,
                                           const QList<Address> &alternatives)
{
    const Office *office = nullptr;
    for (const CountryOrder &c : std::as_const(m_order.countries))
        for (const Office &o : c.offices)
            if (o.id == officeId)
                office = &o;
    if (!office || alternatives.isEmpty() || m_queued)
        return;
    QStringList items;
    for (const Address &a : alternatives)
        items << addressLine(a, m_catalog.country(a.country) ? m_catalog.country(a.country)->name
                                                             : a.country);
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addressAlternativesDialog"));
    dialog.setWindowTitle(tr("Choose the address"));
    dialog.setLabelText(
        tr("The carrier's address service does not know the address\n%1\nexactly. Choose the "
           "right one (it is validated next), or Cancel to keep the address as typed and correct "
           "it yourself.")
            .arg(addressLine(office->address, QString())));
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    dialog.setOkButtonText(tr("&Use this address"));
    dialog.setAccessibleName(tr("Choose the address"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qsizetype chosen = items.indexOf(dialog.textValue());
    if (chosen < 0)
        return;
    const Address picked = alternatives.at(chosen);
    applyCarrierChange([&](Order &order) {
        for (CountryOrder &c : order.countries)
            for (Office &o : c.offices)
                if (o.id == officeId) {
                    const QString company = o.address.companyName;
                    o.address = picked;
                    if (o.address.companyName.isEmpty())
                        o.address.companyName = company;
                    o.validation = AddressValidation::NotValidated;
                    o.validationRequested = true;
                    o.validatedAddressId.clear();
                    o.geocode.reset();
                }
    });
    requestFromCarrier(CarrierRequest::ValidateAddress, officeId);
}

void OrderWizard::setReadOnlyNote(const QString &note)
{
    if (m_readOnlyNote == note)
        return;
    m_readOnlyNote = note;
    emit readOnlyNoteChanged();
}

void OrderWizard::setWithdrawable(bool withdrawable)
{
    m_withdrawable = withdrawable;
    setOption(QWizard::HaveCustomButton2, m_queued && withdrawable);
}

OrderWizard::~OrderWizard()
{
    // Hidden now, while the order and its problems still exist: ~QDialog would hide it later,
    // and the focus-out of the field being typed in would reach a page (editingFinished, a
    // touched field re-reading its problems) with this part of the wizard already destroyed.
    hide();
}

void OrderWizard::recheck()
{
    m_problems.clear();
    for (int s = int(Step::Customer); s <= int(Step::Submission); ++s)
        m_problems.insert(s, m_rules.checkStep(m_order, Step(s)));
}

void OrderWizard::notifyChanged()
{
    ++m_revision;
    recheck();
    emit orderChanged();
}

const Problems &OrderWizard::problemsOf(Step step) const
{
    static const Problems none;
    const auto it = m_problems.constFind(int(step));
    return it == m_problems.cend() ? none : *it;
}

bool OrderWizard::waitsForCarrier(const Problem &problem) const
{
    if (!problem.isError() || problem.step == Step::Submission)
        return false;
    const Problems &onStep = problemsOf(problem.step);
    return std::any_of(onStep.cbegin(), onStep.cend(), [&problem](const Problem &q) {
        return !q.isError() && q.field == problem.field && q.message == problem.message;
    });
}

PaperworkPanel *OrderWizard::paperworkPanel() const
{
    auto *recap = qobject_cast<RecapPage *>(page(int(Step::Recap)));
    return recap ? recap->paperwork() : nullptr;
}

bool OrderWizard::anyNewNumbers() const
{
    return std::any_of(m_order.countries.cbegin(), m_order.countries.cend(),
                       [](const CountryOrder &c) { return !c.keepNumbers; });
}

void OrderWizard::editStep(Step step)
{
    if (m_queued)
        return; // withdraw from the outbox first
    const bool fromRecap = currentId() == int(Step::Recap);
    m_returnToRecap = false;
    // Back through the history keeps Back working from the edited page; forward through
    // next() reaches a page that was skipped before (QWizard has no "go to page").
    while (currentId() > int(step) && visitedIds().size() > 1)
        back();
    while (currentId() < int(step)) {
        const int before = currentId();
        next();
        if (currentId() == before || currentId() > int(step))
            break;
    }
    m_returnToRecap = fromRecap && currentId() != int(Step::Recap);
}

int OrderWizard::nextId() const
{
    const int id = currentId();
    if (m_queued)
        return -1; // read-only on the recap: nothing comes after it
    if (m_returnToRecap && id != int(Step::Recap) && id != int(Step::Submission))
        return int(Step::Recap);
    switch (Step(id)) {
    case Step::Customer:
        return int(Step::VoicePlans);
    case Step::VoicePlans:
        return int(Step::Porting);
    case Step::Porting:
        // Countries that keep their numbers skip the new-numbers step.
        return anyNewNumbers() ? int(Step::Offices) : int(Step::Contacts);
    case Step::Offices:
        return int(Step::Contacts);
    case Step::Contacts:
        return int(Step::Recap);
    case Step::Recap:
        return int(Step::Submission);
    case Step::Submission:
        return -1;
    }
    return -1;
}

void OrderWizard::onCurrentIdChanged(int id)
{
    // Leaving a page saves at once.
    if (m_lastId != -1)
        emit flushRequested();
    if (id == int(Step::Recap))
        m_returnToRecap = false;
    if (id > 0 && int(m_order.stepReached) < id && !m_queued) {
        // Saved, but not a change any page shows: pages are not reloaded for it.
        m_order.stepReached = Step(id);
        recheck();
        emit orderChanged();
    }
    m_lastId = id;
    focusFirstInput();
}

void OrderWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    // Shown as a page of the main window, the wizard was reparented after it was built, which
    // drops the focus it had set; the window's stack then focuses the first widget of the
    // wizard's chain: the "Save draft and close" button.
    // Not when the window is merely restored (a spontaneous show): the rep's focus stays.
    const QWidget *focus = focusWidget();
    if (!event->spontaneous() && (!focus || !currentPage() || !currentPage()->isAncestorOf(focus)))
        focusFirstInput();
}

void OrderWizard::focusFirstInput()
{
    // QWizard gives the focus to the first widget of the page's focus chain that takes it,
    // hidden or not: often nothing the rep can type into.
    if (auto *page = qobject_cast<OrderPage *>(currentPage()))
        if (QWidget *w = page->firstInput())
            w->setFocus(Qt::TabFocusReason);
}

void OrderWizard::reject()
{
    emit flushRequested();
    emit closeRequested();
}

void OrderWizard::done(int result)
{
    Q_UNUSED(result);
    emit flushRequested();
    emit closeRequested();
}

void OrderWizard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        // Escape never discards: it keeps the rep where they are. Closing is explicit.
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

} // namespace od
