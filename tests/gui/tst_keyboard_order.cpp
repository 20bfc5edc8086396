// A whole order with the keyboard alone, through the real window against the sandbox upstream:
// from the drafts list, a new draft is filled and submitted with keys sent to whatever has the
// focus (or to the open popup or dialog). The test only reads widgets, to know where it is and
// to check; it never clicks, sets a value or calls a slot. Finding a field by pressing Tab
// proves the tab order reaches it.
#include "../common/SandboxProcess.h"
#include "DraftBrowser.h"
#include "MainWindow.h"
#include "store/DraftListModel.h"
#include "store/DraftStore.h"
#include "sync/Endpoints.h"
#include "wizard/OrderWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <QTimer>
#include <functional>

#include <memory>

using namespace od;
using od::testing::SandboxProcess;

namespace {

/// The widget keys go to: the open popup's focus, else the focused widget, else the modal
/// dialog's focus.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup->focusWidget() ? popup->focusWidget() : popup;
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal->focusWidget() ? modal->focusWidget() : modal;
    return QApplication::activeWindow();
}

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("nothing");
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

/// The named widget the focus is in: the focused widget or the nearest named parent of it
/// (the text field inside a combo box or spin box).
QString focusName()
{
    for (QWidget *w = keyTarget(); w; w = w->parentWidget())
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            return w->objectName();
    return {};
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "no widget takes keys");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

/// Alt+letter: a button's or a label's mnemonic.
void alt(char letter)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "no widget takes keys");
    QTest::keyClick(target, letter, Qt::AltModifier);
}

/// Typed key by key into whatever has the focus at each key.
void type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = keyTarget();
        QVERIFY2(target, "no widget takes keys");
        QTest::keyClick(target, c.toLatin1());
    }
}

/// Presses Tab until the focus is on `name` (or in it), at most `presses` times.
bool tabTo(const QString &name, int presses = 40)
{
    for (int i = 0; i <= presses; ++i) {
        if (focusName() == name)
            return true;
        if (!keyTarget())
            break;
        QTest::keyClick(keyTarget(), Qt::Key_Tab);
    }
    qWarning("Tab did not reach %s; the focus is on %s", qPrintable(name),
             qPrintable(describe(keyTarget())));
    return false;
}

/// After a popup or dialog closed: a window manager gives the activation back to `window`;
/// the offscreen platform has none.
void regainActivation(QWidget *window)
{
    if (QApplication::activeWindow())
        return;
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

/// Runs `keys` once the modal dialog `name` is open and active: a dialog opened with exec()
/// runs its own event loop, from which the keys are sent.
void whenDialog(const QString &name, const std::function<void()> &keys)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    auto done = std::make_shared<bool>(false);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, name, done, tries, keys] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!*done && dialog && dialog->objectName() == name && dialog->isActiveWindow()) {
            *done = true;
            *tries = 0;
            keys();
            return;
        }
        if (*done && (!dialog || dialog->objectName() != name)) {
            poll->deleteLater(); // closed by the keys
            return;
        }
        // Never left open: the test would hang in the dialog's event loop.
        if (++*tries > 250 && dialog) {
            qWarning("%s is still open", qPrintable(describe(dialog)));
            dialog->close();
            poll->deleteLater();
        }
    });
    poll->start();
}

QWidget *visible(QWidget *root, const QString &name)
{
    for (QWidget *w : root->findChildren<QWidget *>(name))
        if (w->isVisible())
            return w;
    return nullptr;
}

/// Step 1 with keys: an existing customer of the sandbox, by OCN and the account's e-mail.
void fillCustomer(OrderWizard *wizard)
{
    QCOMPARE(focusName(), QStringLiteral("customerKind.existing"));
    QVERIFY(qobject_cast<QAbstractButton *>(keyTarget())->isChecked());
    QVERIFY(tabTo(QStringLiteral("customer.companyName")));
    type(QStringLiteral("Contoso Ltd"));
    QVERIFY(tabTo(QStringLiteral("customer.ocn")));
    type(QStringLiteral("100200300"));
    QVERIFY(tabTo(QStringLiteral("customer.accountEmail")));
    type(QStringLiteral("it@contoso.example"));
    QVERIFY(tabTo(QStringLiteral("tenantId")));
    type(QStringLiteral("11111111-2222-4333-8444-555555555555"));
    // Leaving the e-mail field asked the carrier; its answer may come on a later page.
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
    press(Qt::Key_Return); // Enter in a field is Next
    QCOMPARE(wizard->currentId(), int(Step::VoicePlans));
}

/// Step 2 with keys: `country` found by typing `search` and checked in the list, its first
/// plan for `users` users, the BCN.
void chooseCountry(OrderWizard *wizard, const QString &country, const QString &search,
                   const QString &bcn, int users)
{
    QCOMPARE(focusName(), QStringLiteral("countryFilter"));
    type(search);
    press(Qt::Key_Down); // into the list, on the first match
    QCOMPARE(focusName(), QStringLiteral("countryList"));
    press(Qt::Key_Space);
    QVERIFY(wizard->order().country(country));
    const QString prefix = QStringLiteral("plan.%1.").arg(country);
    QString plan;
    for (QWidget *w : wizard->currentPage()->findChildren<QCheckBox *>())
        if (plan.isEmpty() && w->objectName().startsWith(prefix))
            plan = w->objectName();
    QVERIFY(!plan.isEmpty());
    QVERIFY(tabTo(plan));
    press(Qt::Key_Space); // checks the plan; the focus goes on to its users
    QVERIFY(qobject_cast<QCheckBox *>(visible(wizard, plan))->isChecked());
    QVERIFY(tabTo(QStringLiteral("users.%1.").arg(country) + plan.mid(prefix.size())));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QString::number(users));
    // The plan's info: Space opens it, Escape closes it, the rep is back on the button.
    const QString info = QStringLiteral("planInfo.%1.").arg(country) + plan.mid(prefix.size());
    QVERIFY(tabTo(info));
    press(Qt::Key_Space);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QPointer<QWidget> popup = QApplication::activePopupWidget();
    QCOMPARE(popup->objectName(), QStringLiteral("planInfoPopup"));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!popup); // closed and gone
    regainActivation(wizard->window());
    QCOMPARE(focusName(), info);
    QVERIFY(tabTo(QStringLiteral("ocn.") + country));
    if (qobject_cast<QLineEdit *>(keyTarget())->text().isEmpty())
        type(QStringLiteral("100200300"));
    QVERIFY(tabTo(QStringLiteral("bcn.") + country));
    type(bcn);
    QTRY_VERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                 qPrintable(wizard->button(QWizard::NextButton)->toolTip()));
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(Step::Porting));
    QCOMPARE(wizard->order().country(country)->plans.value(0).quantity, users);
}

/// Step 5 with keys: the order contact typed, the technical one copied, the legal address
/// typed and confirmed; then Next.
void fillContacts(OrderWizard *wizard)
{
    QVERIFY(tabTo(QStringLiteral("orderContact.name")));
    type(QStringLiteral("Alex Example"));
    QVERIFY(tabTo(QStringLiteral("orderContact.email")));
    type(QStringLiteral("alex@contoso.example"));
    QVERIFY(tabTo(QStringLiteral("orderContact.phone")));
    type(QStringLiteral("+4969123456789"));
    QVERIFY(tabTo(QStringLiteral("orderContact.jobTitle")));
    type(QStringLiteral("IT lead"));
    QVERIFY(tabTo(QStringLiteral("sameAsOrderContactButton")));
    press(Qt::Key_Space);
    QCOMPARE(wizard->order().technicalContact.email, QStringLiteral("alex@contoso.example"));
    QVERIFY(tabTo(QStringLiteral("legalAddress.street")));
    type(QStringLiteral("Kaiserstrasse"));
    QVERIFY(tabTo(QStringLiteral("legalAddress.houseNumber")));
    type(QStringLiteral("1"));
    QVERIFY(tabTo(QStringLiteral("legalAddress.postalCode")));
    type(QStringLiteral("60311"));
    QVERIFY(tabTo(QStringLiteral("legalAddress.city")));
    type(QStringLiteral("Frankfurt am Main"));
    QVERIFY(tabTo(QStringLiteral("legalAddress.country")));
    // The country typed into the closed combo box finds it.
    type(QStringLiteral("Germany"));
    QCOMPARE(wizard->order().legalAddress.country, QStringLiteral("DE"));
    QVERIFY(tabTo(QStringLiteral("legalAddressConfirmed")));
    press(Qt::Key_Space);
    QVERIFY(wizard->order().legalAddressConfirmed);
    QTRY_VERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                 qPrintable(wizard->button(QWizard::NextButton)->toolTip()));
    alt('n');
    QTRY_COMPARE(wizard->currentId(), int(Step::Recap));
}

/// Step 6: read; Tab goes through the recap's Edit links and out of it, on to Next.
void passRecap(OrderWizard *wizard)
{
    QVERIFY2(wizard->currentPage()->isAncestorOf(keyTarget()), qPrintable(describe(keyTarget())));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(tabTo(QStringLiteral("nextButton"), 80));
    press(Qt::Key_Space);
    QTRY_COMPARE(wizard->currentId(), int(Step::Submission));
}

/// The window on the sandbox, active, with a new draft opened by Alt+N from the drafts list.
struct Session
{
    SandboxProcess sandbox;
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    OrderWizard *wizard = nullptr;

    void start()
    {
        const QString started = sandbox.start(QStringLiteral(SANDBOX_EXE));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        window = std::make_unique<MainWindow>(Catalog::bundled().value(), dir.path());
        window->connectCarrier(sync::Endpoints::forAll(sandbox.url()));
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY2(QApplication::focusWidget(), "nothing has the focus in the drafts list");
        // The drafts list: Alt+N is "New order" (a mnemonic clicks after a short press).
        alt('n');
        QTRY_VERIFY(window->findChild<OrderWizard *>(QStringLiteral("orderWizard")));
        wizard = window->findChild<OrderWizard *>(QStringLiteral("orderWizard"));
        QCOMPARE(wizard->currentId(), int(Step::Customer));
    }

    /// Back in the drafts list, and the carrier has the order.
    void expectSent()
    {
        QTRY_VERIFY(!window->findChild<OrderWizard *>(QStringLiteral("orderWizard")));
        // The rep goes on in the drafts list, where the order is.
        QTRY_VERIFY2(window->browser()->isAncestorOf(keyTarget()),
                     qPrintable(describe(keyTarget())));
        QTRY_COMPARE_WITH_TIMEOUT(
            sandbox.admin(QStringLiteral("/admin/stats")).value(QStringLiteral("orders")).toInt(),
            1, 20000);
        const QList<DraftSummary> drafts = window->store()->listDrafts().value();
        QCOMPARE(drafts.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->store()->summary(drafts.first().id)->status != DraftStatus::Queued, 20000);
    }
};

} // namespace

class TstKeyboardOrder : public QObject
{
    Q_OBJECT

private slots:
    void newNumbersOrderToSubmitToSign();
    void portingOrderToSubmit();
    void revisionsRestoredWithKeys();
};

void TstKeyboardOrder::newNumbersOrderToSubmitToSign()
{
    Session session;
    session.start();
    if (QTest::currentTestFailed())
        return;
    OrderWizard *wizard = session.wizard;
    MainWindow &window = *session.window;
    auto next = [wizard] {
        return wizard->button(QWizard::NextButton);
    };

    // 1. Customer: existing, identified by OCN and the account's e-mail; the tenant.
    fillCustomer(wizard);
    if (QTest::currentTestFailed())
        return;
    // 2. Voice plans: Germany found by typing, checked in the list, a plan with users, the BCN.
    chooseCountry(wizard, QStringLiteral("DE"), QStringLiteral("germ"),
                  QStringLiteral("7000100201"), 3);
    if (QTest::currentTestFailed())
        return;

    // 3. Porting: new numbers in Germany, nothing to change.
    QVERIFY2(wizard->currentPage()->isAncestorOf(keyTarget()), qPrintable(describe(keyTarget())));
    QVERIFY(!wizard->order().country(QStringLiteral("DE"))->keepNumbers);
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(Step::Offices));

    // 4. Offices: the address typed, validated with the sandbox; the area code; two numbers
    // for users, reserved.
    const QString office = QStringLiteral("countries[0].offices[0]");
    if (!visible(wizard, office + QStringLiteral(".address.street")))
        alt('o'); // Add office
    QTRY_VERIFY(visible(wizard, office + QStringLiteral(".address.street")));
    QVERIFY2(wizard->currentPage()->isAncestorOf(keyTarget()), qPrintable(describe(keyTarget())));
    const QString address = office + QStringLiteral(".address.");
    QVERIFY(tabTo(address + QStringLiteral("companyName")));
    if (qobject_cast<QLineEdit *>(keyTarget())->text().isEmpty())
        type(QStringLiteral("Contoso Ltd"));
    QVERIFY(tabTo(address + QStringLiteral("street")));
    type(QStringLiteral("Kaiserstrasse"));
    QVERIFY(tabTo(address + QStringLiteral("houseNumber")));
    type(QStringLiteral("12"));
    QVERIFY(tabTo(address + QStringLiteral("postalCode")));
    type(QStringLiteral("60311"));
    QVERIFY(tabTo(address + QStringLiteral("city")));
    type(QStringLiteral("Frankfurt am Main"));
    QVERIFY(tabTo(office + QStringLiteral(".validate")));
    press(Qt::Key_Space);
    auto officeOrder = [wizard]() -> const Office & {
        return wizard->order().countries.first().offices.first();
    };
    QTRY_COMPARE_WITH_TIMEOUT(officeOrder().validation, AddressValidation::Validated, 15000);
    QVERIFY(tabTo(office + QStringLiteral(".areaCode")));
    type(QStringLiteral("69"));
    QVERIFY(tabTo(office + QStringLiteral(".totalNumbers")));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("2"));
    QVERIFY(tabTo(office + QStringLiteral(".userNumbers")));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("2"));
    QVERIFY(tabTo(office + QStringLiteral(".reserve")));
    QCOMPARE(officeOrder().totalNumbers, 2);
    QCOMPARE(officeOrder().userNumbers, 2);
    QVERIFY(keyTarget()->isEnabled());
    press(Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(officeOrder().reservedNumbers.size(), 2, 15000);
    // The page may have rebuilt its editors with the answer: the focus is still on the page.
    QVERIFY2(wizard->currentPage()->isAncestorOf(keyTarget()), qPrintable(describe(keyTarget())));
    QTRY_VERIFY2(next()->isEnabled(), qPrintable(next()->toolTip()));
    alt('n');
    QTRY_COMPARE(wizard->currentId(), int(Step::Contacts));

    // 5. Contacts; 6. recap.
    fillContacts(wizard);
    if (QTest::currentTestFailed())
        return;
    passRecap(wizard);
    if (QTest::currentTestFailed())
        return;

    // 7. Submission: the signatory, then Submit to sign.
    QVERIFY(tabTo(QStringLiteral("signatory.name")));
    if (qobject_cast<QLineEdit *>(keyTarget())->text().isEmpty())
        type(QStringLiteral("Kim Example"));
    QVERIFY(tabTo(QStringLiteral("signatory.email")));
    if (qobject_cast<QLineEdit *>(keyTarget())->text().isEmpty())
        type(QStringLiteral("kim@contoso.example"));
    QVERIFY(tabTo(QStringLiteral("signatory.jobTitle")));
    if (qobject_cast<QLineEdit *>(keyTarget())->text().isEmpty())
        type(QStringLiteral("Managing Director"));
    QVERIFY(tabTo(QStringLiteral("signatory.authorised")));
    if (!qobject_cast<QAbstractButton *>(keyTarget())->isChecked())
        press(Qt::Key_Space);
    // The contract previewed (Alt+P) and closed with Escape: the rep is back on the page.
    alt('p');
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget(), 15000);
    QPointer<QWidget> preview = QApplication::activeModalWidget();
    QVERIFY2(preview->isAncestorOf(keyTarget()), qPrintable(describe(keyTarget())));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!preview); // closed and gone
    regainActivation(&window);
    QTRY_VERIFY2(wizard->currentPage()->isAncestorOf(keyTarget()),
                 qPrintable(describe(keyTarget())));
    // Enter in a field goes nowhere by surprise: the order is not submitted by it.
    QVERIFY(tabTo(QStringLiteral("signatory.name")));
    press(Qt::Key_Return);
    QCOMPARE(focusName(), QStringLiteral("signatory.email")); // on to the next field
    QVERIFY(window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
    QCOMPARE(wizard->currentId(), int(Step::Submission));
    QVERIFY(wizard->order().customer.verified);
    QVERIFY(tabTo(QStringLiteral("submitToSignButton")));
    QVERIFY2(keyTarget()->isEnabled(), qPrintable(keyTarget()->toolTip()));
    press(Qt::Key_Space);

    session.expectSent();
}

void TstKeyboardOrder::portingOrderToSubmit()
{
    Session session;
    session.start();
    if (QTest::currentTestFailed())
        return;
    OrderWizard *wizard = session.wizard;
    fillCustomer(wizard);
    if (QTest::currentTestFailed())
        return;
    chooseCountry(wizard, QStringLiteral("NL"), QStringLiteral("neth"),
                  QStringLiteral("7000100204"), 2);
    if (QTest::currentTestFailed())
        return;

    // 3. Porting: the toggle with Space, then the details, the numbers typed one a line.
    QVERIFY(tabTo(QStringLiteral("keepNumbers.NL")));
    press(Qt::Key_Space);
    QVERIFY(wizard->order().country(QStringLiteral("NL"))->keepNumbers);
    QVERIFY(tabTo(QStringLiteral("losingCarrier.NL")));
    type(QStringLiteral("Example Telecom"));
    QVERIFY(tabTo(QStringLiteral("accountHolderName.NL")));
    type(QStringLiteral("Contoso Ltd"));
    const QString address = QStringLiteral("accountHolderAddress.NL.");
    QVERIFY(tabTo(address + QStringLiteral("street")));
    type(QStringLiteral("Damrak"));
    QVERIFY(tabTo(address + QStringLiteral("houseNumber")));
    type(QStringLiteral("1"));
    QVERIFY(tabTo(address + QStringLiteral("postalCode")));
    type(QStringLiteral("1012 LG"));
    QVERIFY(tabTo(address + QStringLiteral("city")));
    type(QStringLiteral("Amsterdam"));
    QVERIFY(tabTo(QStringLiteral("numbers.NL.text")));
    type(QStringLiteral("+31 20 123 4567"));
    press(Qt::Key_Return); // a new line in the list, not Next
    QCOMPARE(wizard->currentId(), int(Step::Porting));
    type(QStringLiteral("+31 20 123 4570 - +31 20 123 4579"));
    // Tab leaves the list of numbers (no keyboard trap), through the table of what was read.
    QVERIFY(tabTo(QStringLiteral("useEarliest.NL")));
    press(Qt::Key_Space);
    const PortingDetails &porting = wizard->order().country(QStringLiteral("NL"))->porting;
    QCOMPARE(porting.numbers.size(), 2);
    QVERIFY(porting.requestedDate.isValid());
    QTRY_VERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                 qPrintable(wizard->button(QWizard::NextButton)->toolTip()));
    alt('n');
    // Only porting: no offices step.
    QTRY_COMPARE(wizard->currentId(), int(Step::Contacts));

    fillContacts(wizard);
    if (QTest::currentTestFailed())
        return;
    passRecap(wizard);
    if (QTest::currentTestFailed())
        return;

    // 7. Submission on the porting path: Submit (Alt+U).
    QVERIFY2(wizard->currentPage()->isAncestorOf(keyTarget()), qPrintable(describe(keyTarget())));
    QVERIFY(wizard->order().customer.verified);
    alt('u');
    session.expectSent();
    if (QTest::currentTestFailed())
        return;

    // The paperwork: the order opened again from the drafts list (Down, Enter), the contract
    // and forms sent for signature through the signatory dialog, with keys.
    MainWindow &window = *session.window;
    const qint64 id = window.store()->listDrafts().value().first().id;
    QTRY_VERIFY_WITH_TIMEOUT(!window.store()->remoteDetails(id)->orderId.isEmpty(), 30000);
    QVERIFY(tabTo(QStringLiteral("draftTable")));
    press(Qt::Key_Home);
    press(Qt::Key_Return);
    QTRY_VERIFY(window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
    wizard = window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
    QVERIFY(wizard->isQueued());
    auto *send = wizard->findChild<QPushButton *>(QStringLiteral("sendForSignatureButton"));
    QVERIFY(send && send->isVisible());
    QTRY_VERIFY2_WITH_TIMEOUT(send->isEnabled(), qPrintable(send->toolTip()), 15000);
    QVERIFY(tabTo(QStringLiteral("sendForSignatureButton"), 80));
    bool answered = false;
    whenDialog(QStringLiteral("signatoryDialog"), [&answered] {
        QVERIFY2(QApplication::activeModalWidget()->isAncestorOf(keyTarget()),
                 qPrintable(describe(keyTarget())));
        QVERIFY(tabTo(QStringLiteral("signatoryName"), 8));
        type(QStringLiteral("Kim Example"));
        QVERIFY(tabTo(QStringLiteral("signatoryEmail"), 8));
        type(QStringLiteral("kim@contoso.example"));
        QVERIFY(tabTo(QStringLiteral("signatoryJobTitle"), 8));
        type(QStringLiteral("Managing Director"));
        QVERIFY(tabTo(QStringLiteral("signatoryAuthorised"), 8));
        press(Qt::Key_Space);
        answered = true;
        press(Qt::Key_Return); // the dialog's default: Send for signature
    });
    press(Qt::Key_Space);
    QTRY_VERIFY(answered);
    QTRY_VERIFY_WITH_TIMEOUT(!window.store()->remoteDetails(id)->envelopeId.isEmpty(), 30000);
}

void TstKeyboardOrder::revisionsRestoredWithKeys()
{
    // A draft saved twice: the drafts list, its revisions dialog, a revision restored and the
    // dialog closed, all with keys.
    QTemporaryDir dir;
    qint64 id = 0;
    {
        DraftStore store;
        QVERIFY(store.open(dir.path()).ok());
        Order o = Order::create();
        o.customer.companyName = QStringLiteral("Contoso Ltd");
        o.remarks = QStringLiteral("first");
        id = store.createDraft(o).value();
        // Each new step starts a revision.
        o.stepReached = Step::VoicePlans;
        o.remarks = QStringLiteral("second");
        QVERIFY(store.saveDraft(id, o).ok());
    }
    MainWindow window(Catalog::bundled().value(), dir.path());
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(focusName(), QStringLiteral("searchEdit"));
    press(Qt::Key_Down); // into the list, on the first draft
    QCOMPARE(focusName(), QStringLiteral("draftTable"));

    // Opened with the focus in it; the list of revisions reached with Tab.
    bool seen = false;
    whenDialog(QStringLiteral("revisionsDialog"), [&seen] {
        const QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY2(dialog->isAncestorOf(keyTarget()), qPrintable(describe(keyTarget())));
        seen = true;
        QVERIFY(tabTo(QStringLiteral("revisionList"), 6));
        press(Qt::Key_End); // the oldest revision
        alt('r');           // Restore this revision
    });
    alt('v'); // Revisions…
    QTRY_VERIFY2(seen, "the revisions dialog did not open with the focus in it");
    QTRY_COMPARE(window.store()->loadDraft(id)->order.remarks, QStringLiteral("first"));
    // Closed, the rep is back in the drafts list.
    QTRY_VERIFY(!QApplication::activeModalWidget());
    regainActivation(&window);
    QVERIFY2(window.browser()->isAncestorOf(keyTarget()), qPrintable(describe(keyTarget())));

    // Escape closes the dialog without a change.
    QVERIFY(tabTo(QStringLiteral("draftTable")));
    bool escaped = false;
    whenDialog(QStringLiteral("revisionsDialog"), [&escaped] {
        escaped = true;
        press(Qt::Key_Escape);
    });
    alt('v');
    QTRY_VERIFY(escaped);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(window.store()->loadDraft(id)->order.remarks, QStringLiteral("first"));
}

QTEST_MAIN(TstKeyboardOrder)
#include "tst_keyboard_order.moc"
