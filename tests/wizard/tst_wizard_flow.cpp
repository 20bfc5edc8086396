// The whole wizard driven end to end as a rep drives it on a call: widgets found by objectName,
// typed into with QTest::keyClicks, Next and Back pressed on the wizard's buttons or with the
// keyboard. New numbers in two countries, porting only, a mixed order, a draft resumed mid-way,
// Back/Next round trips, the recap's Edit links, and the two ways of submitting.

#include "PdfPreviewDialog.h"
#include "WizardHarness.h"
#include "order/OrderJson.h"
#include "widgets/NumberListEditor.h"
#include "widgets/OfficeEditor.h"
#include "widgets/PhoneField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextBrowser>

using namespace od;
using namespace od::testing;

// A helper that failed has already recorded the failure: stop the test there.
#define STEP(expr)                                                                                 \
    do {                                                                                           \
        expr;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

const QString kTenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");

/// The fields (never the messages: they may quote what was typed) of the errors that keep Next
/// closed on the current page.
QString blockers(WizardHarness &h)
{
    QStringList fields;
    for (const Problem &p : h.wizard().problemsOf(h.current()))
        if (p.isError())
            fields << p.field;
    return QStringLiteral("Next is closed on step %1 by: %2")
        .arg(int(h.current()))
        .arg(fields.join(QStringLiteral(", ")));
}

/// Next on the wizard's button; the wizard must then show `expected`.
void next(WizardHarness &h, Step expected)
{
    QVERIFY2(h.canGoNext(), qPrintable(blockers(h)));
    h.next();
    QCOMPARE(h.current(), expected);
}

void back(WizardHarness &h, Step expected)
{
    h.back();
    QCOMPARE(h.current(), expected);
}

void click(WizardHarness &h, const QString &name)
{
    auto *button = h.find<QAbstractButton>(name);
    QVERIFY2(button, qPrintable(QStringLiteral("no button ") + name));
    QVERIFY2(button->isVisible(), qPrintable(name + QStringLiteral(" is hidden")));
    QVERIFY2(button->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

/// Types a number into a spin box as a rep does and leaves it with Tab.
void setSpin(WizardHarness &h, const QString &name, int value)
{
    auto *spin = h.find<QSpinBox>(name);
    QVERIFY2(spin, qPrintable(QStringLiteral("no spin box ") + name));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Delete);
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), value);
}

QString text(const WizardHarness &h, const QString &name)
{
    auto *edit = h.find<QLineEdit>(name);
    return edit ? edit->text() : QStringLiteral("<no line edit %1>").arg(name);
}

QString phone(const WizardHarness &h, const QString &name)
{
    auto *edit = h.find<PhoneField>(name);
    return edit ? edit->value() : QStringLiteral("<no phone field %1>").arg(name);
}

int spin(const WizardHarness &h, const QString &name)
{
    auto *box = h.find<QSpinBox>(name);
    return box ? box->value() : -1;
}

bool checked(const WizardHarness &h, const QString &name)
{
    auto *button = h.find<QAbstractButton>(name);
    return button && button->isChecked();
}

bool visible(const WizardHarness &h, const QString &name)
{
    auto *w = h.find<QWidget>(name);
    return w && w->isVisible();
}

// ---- the pages, as a rep fills them --------------------------------------------------------

void fillExistingCustomer(WizardHarness &h)
{
    QCOMPARE(h.current(), Step::Customer);
    QVERIFY(checked(h, QStringLiteral("customerKind.existing")));
    h.type(QStringLiteral("customer.companyName"), QStringLiteral("Contoso Ltd"));
    h.type(QStringLiteral("customer.ocn"), QStringLiteral("10023456"));
    h.type(QStringLiteral("customer.accountEmail"), QStringLiteral("it@contoso.example.com"));
    // Pasted with braces and upper case, as the admin center shows it.
    h.type(QStringLiteral("tenantId"), QStringLiteral("{72F988BF-86F1-41AF-91AB-2D7CD011DB47}"));
    QCOMPARE(h.order().tenantId, kTenant);
}

/// Chooses a country with the keyboard: filter, Enter.
void chooseCountry(WizardHarness &h, const QString &filter, const QString &code)
{
    h.type(QStringLiteral("countryFilter"), filter);
    QTest::keyClick(h.find<QLineEdit>(QStringLiteral("countryFilter")), Qt::Key_Return);
    QVERIFY2(h.order().country(code), qPrintable(code));
    QVERIFY(visible(h, QStringLiteral("country.") + code));
}

void choosePlan(WizardHarness &h, const QString &code, const QString &plan, int users,
                const QString &bcn)
{
    click(h, QStringLiteral("plan.%1.%2").arg(code, plan));
    setSpin(h, QStringLiteral("users.%1.%2").arg(code, plan), users);
    h.type(QStringLiteral("bcn.") + code, bcn);
}

struct OfficeInput
{
    QString street;
    QString houseNumber;
    QString postalCode;
    QString city;
    QString areaCode; ///< empty: none typed
    int total = 0;
    int users = 0;
};

/// Adds an office to the country at `countryIndex` and fills it: address, Validate, area code,
/// numbers, Reserve.
void addOffice(WizardHarness &h, int countryIndex, int officeIndex, const OfficeInput &in)
{
    const QString country = QStringLiteral("countries[%1]").arg(countryIndex);
    click(h, country + QStringLiteral(".addOffice"));
    const QString office = country + QStringLiteral(".offices[%1]").arg(officeIndex);
    QVERIFY2(visible(h, office), qPrintable(office));
    // The company name is the customer's, prefilled.
    QCOMPARE(text(h, office + QStringLiteral(".address.companyName")),
             h.order().customer.companyName);
    h.type(office + QStringLiteral(".address.street"), in.street);
    h.type(office + QStringLiteral(".address.houseNumber"), in.houseNumber);
    h.type(office + QStringLiteral(".address.postalCode"), in.postalCode);
    h.type(office + QStringLiteral(".address.city"), in.city);
    click(h, office + QStringLiteral(".validate"));
    if (!in.areaCode.isEmpty())
        h.type(office + QStringLiteral(".areaCode"), in.areaCode);
    setSpin(h, office + QStringLiteral(".totalNumbers"), in.total);
    setSpin(h, office + QStringLiteral(".userNumbers"), in.users);
    QCOMPARE(spin(h, office + QStringLiteral(".resourceAccountNumbers")), in.total - in.users);
    click(h, office + QStringLiteral(".reserve"));
}

void checkOffice(const Office &o, const OfficeInput &in, const QString &country)
{
    QCOMPARE(o.address.companyName, QStringLiteral("Contoso Ltd"));
    QCOMPARE(o.address.street, in.street);
    QCOMPARE(o.address.houseNumber, in.houseNumber);
    QCOMPARE(o.address.postalCode, in.postalCode);
    QCOMPARE(o.address.city, in.city);
    QCOMPARE(o.address.country, country);
    QCOMPARE(o.areaCode, in.areaCode);
    QCOMPARE(o.totalNumbers, in.total);
    QCOMPARE(o.userNumbers, in.users);
    QCOMPARE(o.resourceAccountNumbers, in.total - in.users);
    QVERIFY(o.reservationRequested);
    // Validation and reservation wait for the carrier's services (sync issue).
    QCOMPARE(o.validation, AddressValidation::NotValidated);
}

void fillContacts(WizardHarness &h)
{
    QCOMPARE(h.current(), Step::Contacts);
    h.type(QStringLiteral("orderContact.name"), QStringLiteral("Alex Example"));
    h.type(QStringLiteral("orderContact.email"), QStringLiteral("alex@contoso.example.com"));
    h.type(QStringLiteral("orderContact.phone"), QStringLiteral("+49 69 123456789"));
    h.type(QStringLiteral("orderContact.jobTitle"), QStringLiteral("IT lead"));
    click(h, QStringLiteral("sameAsOrderContactButton"));
    QCOMPARE(h.order().technicalContact, h.order().orderContact);
    h.type(QStringLiteral("legalAddress.companyName"), QStringLiteral("Contoso Ltd"));
    h.type(QStringLiteral("legalAddress.street"), QStringLiteral("Kaiserstraße"));
    h.type(QStringLiteral("legalAddress.houseNumber"), QStringLiteral("1"));
    h.type(QStringLiteral("legalAddress.postalCode"), QStringLiteral("60311"));
    h.type(QStringLiteral("legalAddress.city"), QStringLiteral("Frankfurt am Main"));
    auto *country = h.find<QComboBox>(QStringLiteral("legalAddress.country"));
    QVERIFY(country);
    country->setCurrentIndex(country->findData(QStringLiteral("DE")));
    click(h, QStringLiteral("legalAddressConfirmed"));
    QVERIFY(h.order().legalAddressConfirmed);
}

/// Types porting details for `code` (keep numbers on, port from another carrier); `numbers` is
/// typed into the numbers editor line by line.
void fillPorting(WizardHarness &h, const QString &code, const QString &city,
                 const QString &postalCode, const QStringList &numbers)
{
    click(h, QStringLiteral("keepNumbers.") + code);
    QVERIFY(visible(h, QStringLiteral("portingDetails.") + code));
    QVERIFY(checked(h, QStringLiteral("port.") + code));
    h.type(QStringLiteral("losingCarrier.") + code, QStringLiteral("Example Telecom"));
    h.type(QStringLiteral("accountHolderName.") + code, QStringLiteral("Contoso Ltd"));
    const QString address = QStringLiteral("accountHolderAddress.") + code;
    h.type(address + QStringLiteral(".street"), QStringLiteral("Main Street"));
    h.type(address + QStringLiteral(".houseNumber"), QStringLiteral("5"));
    h.type(address + QStringLiteral(".postalCode"), postalCode);
    h.type(address + QStringLiteral(".city"), city);
    auto *editor = h.find<NumberListEditor>(QStringLiteral("numbers.") + code);
    QVERIFY(editor);
    QPlainTextEdit *edit = editor->textEdit();
    edit->setFocus();
    for (int i = 0; i < numbers.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, numbers.at(i));
    }
    h.find<QLineEdit>(QStringLiteral("losingCarrier.") + code)->setFocus(); // leave the list
    QTRY_COMPARE(h.order().country(code)->porting.numbers.size(), numbers.size());
    // The earliest date is offered and taken.
    auto *date = h.find<QDateEdit>(QStringLiteral("requestedDate.") + code);
    QVERIFY(date);
    QCOMPARE(date->date(), h.wizard().rules().earliestPortDate(code));
}

// ---- the recap ---------------------------------------------------------------------------

QTextBrowser *recap(const WizardHarness &h)
{
    return h.find<QTextBrowser>(QStringLiteral("recapDocument"));
}

QString recapText(const WizardHarness &h)
{
    return recap(h)->document()->toPlainText().replace(QChar(0xA0), QLatin1Char(' '));
}

/// The link targets of the recap, in document order.
QStringList recapLinks(const WizardHarness &h)
{
    QStringList out;
    QTextDocument *doc = recap(h)->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && (out.isEmpty() || out.last() != href))
                out << href;
        }
    return out;
}

/// Clicks the `nth` link with the text containing `what` and target `href`, where it is drawn.
bool clickLink(WizardHarness &h, const QString &href, const QString &what = QString())
{
    QTextBrowser *b = recap(h);
    QTextDocument *doc = b->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().anchorHref() != href || !f.text().contains(what))
                continue;
            QTextCursor c(doc);
            c.setPosition(f.position() + f.length() / 2);
            b->setTextCursor(c);
            b->ensureCursorVisible();
            QTest::mouseClick(b->viewport(), Qt::LeftButton, {}, b->cursorRect(c).center());
            return true;
        }
    }
    return false;
}

/// The order as it is now, without the step reached (which only grows as the rep goes on).
Order comparable(Order o)
{
    o.stepReached = Step::Customer;
    return o;
}

/// A mixed order: Germany keeps its numbers, the United Kingdom gets two offices.
Order mixedOrder(const Catalog &catalog)
{
    Order o = fixtures::portingOrder(catalog, kToday, 2);
    const Order gb = fixtures::newNumbersOrder(catalog, {QStringLiteral("GB")}, 2, 4, 1);
    o.countries.append(gb.countries.first());
    return o;
}

} // namespace

class TstWizardFlow : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();

private slots:
    void newNumbersTwoCountriesTwoOfficesEach();
    void portingOnly();
    void mixedOrder();
    void draftResumesAtTheStepReached();
    void resumedDraftBuildsItsOfficesWhenShown();
    void backAndNextOverEveryPageKeepEverything();
    void countryAddedAfterLaterPagesWereSeen();
    void recapEditLinksOpenThePageAndComeBack();
    void submitPorting();
    void submitToSign();
    void submitThatCannotBeQueuedCanBeRetried();
    void queuedOrderIsReadOnlyAndCannotBeSubmittedAgain();
    void enterIsNextAndEscapeNeverDiscards();
    void closedWhileTypingInAnyPage();
};

void TstWizardFlow::newNumbersTwoCountriesTwoOfficesEach()
{
    WizardHarness h;
    STEP(fillExistingCustomer(h));
    STEP(next(h, Step::VoicePlans));

    STEP(chooseCountry(h, QStringLiteral("ger"), QStringLiteral("DE")));
    STEP(chooseCountry(h, QStringLiteral("uk"), QStringLiteral("GB")));
    // The OCN comes from the customer.
    QCOMPARE(text(h, QStringLiteral("ocn.DE")), QStringLiteral("10023456"));
    QCOMPARE(text(h, QStringLiteral("ocn.GB")), QStringLiteral("10023456"));
    STEP(choosePlan(h, QStringLiteral("DE"), QStringLiteral("de-national"), 12,
                    QStringLiteral("BCN-DE-1")));
    STEP(choosePlan(h, QStringLiteral("GB"), QStringLiteral("gb-national"), 6,
                    QStringLiteral("BCN-GB-1")));
    STEP(setSpin(h, QStringLiteral("users.GB.gb-europe"), 2)); // checks the plan too
    STEP(next(h, Step::Porting));

    // Nobody keeps numbers: both countries get new numbers on the next page.
    QVERIFY(!checked(h, QStringLiteral("keepNumbers.DE")));
    QVERIFY(visible(h, QStringLiteral("newNumbersLine.DE")));
    QVERIFY(visible(h, QStringLiteral("newNumbersLine.GB")));
    STEP(next(h, Step::Offices));

    const OfficeInput frankfurt{QStringLiteral("Kaiserstraße"),
                                QStringLiteral("12"),
                                QStringLiteral("60311"),
                                QStringLiteral("Frankfurt am Main"),
                                QStringLiteral("69"),
                                6,
                                5};
    const OfficeInput berlin{QStringLiteral("Unter den Linden"),
                             QStringLiteral("5"),
                             QStringLiteral("10117"),
                             QStringLiteral("Berlin"),
                             QStringLiteral("30"),
                             7,
                             7};
    const OfficeInput london{QStringLiteral("King Edward Street"),
                             QStringLiteral("1"),
                             QStringLiteral("EC1A 1BB"),
                             QStringLiteral("London"),
                             QString(),
                             4,
                             3};
    const OfficeInput manchester{QStringLiteral("Deansgate"),
                                 QStringLiteral("100"),
                                 QStringLiteral("M3 2GP"),
                                 QStringLiteral("Manchester"),
                                 QString(),
                                 5,
                                 5};
    QVERIFY(!h.canGoNext()); // no office yet
    STEP(addOffice(h, 0, 0, frankfurt));
    STEP(addOffice(h, 0, 1, berlin));
    STEP(addOffice(h, 1, 0, london));
    STEP(addOffice(h, 1, 1, manchester));
    STEP(setSpin(h, QStringLiteral("countries[0].options.autoAttendants"), 1));
    STEP(next(h, Step::Contacts));

    STEP(fillContacts(h));
    STEP(next(h, Step::Recap));
    const QString recapNow = recapText(h);
    for (const QString &part :
         {QStringLiteral("Germany"), QStringLiteral("United Kingdom"), QStringLiteral("BCN-DE-1"),
          QStringLiteral("BCN-GB-1"), QStringLiteral("Unter den Linden"),
          QStringLiteral("Deansgate"), QStringLiteral("New numbers only")})
        QVERIFY2(recapNow.contains(part), qPrintable(part));
    STEP(next(h, Step::Submission));

    // New numbers only: the signatory and "Submit to sign".
    QVERIFY(visible(h, QStringLiteral("signatoryBox")));
    QVERIFY(!visible(h, QStringLiteral("portingSubmitBox")));
    h.type(QStringLiteral("signatory.name"), QStringLiteral("Kim Example"));
    h.type(QStringLiteral("signatory.email"), QStringLiteral("kim@contoso.example.com"));
    h.type(QStringLiteral("signatory.jobTitle"), QStringLiteral("Managing Director"));
    STEP(click(h, QStringLiteral("signatory.authorised")));
    // What only the carrier's services can do (verify the account, validate the addresses,
    // reserve the numbers) still blocks sending, and nothing else does. It does not keep the
    // order out of the outbox: it is queued and waits there for the services.
    auto *submit = h.find<QPushButton>(QStringLiteral("submitToSignButton"));
    QVERIFY(submit->isVisible());
    QVERIFY(submit->isEnabled());
    QVERIFY(visible(h, QStringLiteral("waitingForCarrier")));
    QStringList blocking;
    for (const Problem &p : h.wizard().rules().checkOrder(h.order()))
        if (p.isError())
            blocking << p.field;
    QCOMPARE(blocking.size(), 1 + 4 + 4); // verified, 4 addresses, 4 reservations
    for (const QString &field : std::as_const(blocking))
        QVERIFY2(field == QLatin1String("customer.verified") ||
                     field.endsWith(QLatin1String(".address")) ||
                     field.endsWith(QLatin1String(".reservedNumbers")),
                 qPrintable(field));

    // Everything typed is in the order.
    const Order &o = h.order();
    QCOMPARE(o.customer.kind, CustomerKind::Existing);
    QCOMPARE(o.customer.ocn, QStringLiteral("10023456"));
    QCOMPARE(o.customer.accountEmail, QStringLiteral("it@contoso.example.com"));
    QCOMPARE(o.customer.companyName, QStringLiteral("Contoso Ltd"));
    QCOMPARE(o.countries.size(), 2);
    const CountryOrder &de = o.countries.at(0);
    const CountryOrder &gb = o.countries.at(1);
    QCOMPARE(de.country, QStringLiteral("DE"));
    QCOMPARE(gb.country, QStringLiteral("GB"));
    QCOMPARE(de.plans, (QList<PlanLine>{{QStringLiteral("de-national"), 12}}));
    QCOMPARE(gb.plans, (QList<PlanLine>{{QStringLiteral("gb-national"), 6},
                                        {QStringLiteral("gb-europe"), 2}}));
    QCOMPARE(de.bcn, QStringLiteral("BCN-DE-1"));
    QCOMPARE(gb.ocn, QStringLiteral("10023456"));
    QVERIFY(!de.keepNumbers && !gb.keepNumbers);
    QCOMPARE(de.offices.size(), 2);
    QCOMPARE(gb.offices.size(), 2);
    STEP(checkOffice(de.offices.at(0), frankfurt, QStringLiteral("DE")));
    STEP(checkOffice(de.offices.at(1), berlin, QStringLiteral("DE")));
    STEP(checkOffice(gb.offices.at(0), london, QStringLiteral("GB")));
    STEP(checkOffice(gb.offices.at(1), manchester, QStringLiteral("GB")));
    QCOMPARE(de.options.autoAttendants, 1);
    QCOMPARE(o.orderContact.phone, QStringLiteral("+4969123456789"));
    QCOMPARE(o.legalAddress.country, QStringLiteral("DE"));
    QCOMPARE(o.signatory,
             (Signatory{QStringLiteral("Kim Example"), QStringLiteral("kim@contoso.example.com"),
                        QStringLiteral("Managing Director"), true}));
    QCOMPARE(o.stepReached, Step::Submission);
}

void TstWizardFlow::portingOnly()
{
    WizardHarness h;
    STEP(fillExistingCustomer(h));
    STEP(next(h, Step::VoicePlans));
    STEP(chooseCountry(h, QStringLiteral("deutsch"), QStringLiteral("DE")));
    STEP(choosePlan(h, QStringLiteral("DE"), QStringLiteral("de-national"), 20,
                    QStringLiteral("BCN-DE-7")));
    STEP(next(h, Step::Porting));

    QVERIFY(!h.canGoNext() || !h.order().countries.first().keepNumbers);
    STEP(fillPorting(h, QStringLiteral("DE"), QStringLiteral("Frankfurt am Main"),
                     QStringLiteral("60311"),
                     {QStringLiteral("069 1234-5600 to -5699"), QStringLiteral("069 98765432")}));
    // Keeping every country's numbers skips the offices step.
    STEP(next(h, Step::Contacts));
    STEP(fillContacts(h));
    STEP(next(h, Step::Recap));
    QVERIFY2(
        recapText(h).contains(QStringLiteral("101 in total (single numbers: 1, DDI ranges: 1)")),
        "the recap counts the range and the single number");
    STEP(next(h, Step::Submission));
    QVERIFY(visible(h, QStringLiteral("portingSubmitBox")));
    QVERIFY(visible(h, QStringLiteral("previewContractButton")));
    QVERIFY(visible(h, QStringLiteral("submitButton")));
    QVERIFY(!visible(h, QStringLiteral("signatoryBox")));
    // Only the account check blocks sending (a porting order is signed with its forms), and
    // the queued order waits for it in the outbox.
    auto *submit = h.find<QPushButton>(QStringLiteral("submitButton"));
    QVERIFY(submit->isEnabled());
    QVERIFY(h.find<QLabel>(QStringLiteral("waitingForCarrier"))
                ->text()
                .contains(QStringLiteral("not verified yet")));
    QStringList blocking;
    for (const Problem &p : h.wizard().rules().checkOrder(h.order()))
        if (p.isError())
            blocking << p.field;
    QCOMPARE(blocking, QStringList{QStringLiteral("customer.verified")});

    // Back from the submission over the skipped step lands on the porting page again.
    STEP(back(h, Step::Recap));
    STEP(back(h, Step::Contacts));
    STEP(back(h, Step::Porting));

    const CountryOrder &de = h.order().countries.first();
    QVERIFY(de.keepNumbers);
    QVERIFY(de.offices.isEmpty());
    QCOMPARE(de.porting.kind, PortKind::Port);
    QCOMPARE(de.porting.losingCarrier, QStringLiteral("Example Telecom"));
    QCOMPARE(de.porting.accountHolderName, QStringLiteral("Contoso Ltd"));
    QCOMPARE(de.porting.accountHolderAddress.city, QStringLiteral("Frankfurt am Main"));
    QCOMPARE(de.porting.accountHolderAddress.country, QStringLiteral("DE"));
    QCOMPARE(de.porting.numbers.size(), 2);
    QCOMPARE(de.porting.numbers.at(0).first, QStringLiteral("+496912345600"));
    QCOMPARE(de.porting.numbers.at(0).last, QStringLiteral("+496912345699"));
    QCOMPARE(de.porting.numbers.at(1).first, QStringLiteral("+496998765432"));
    QCOMPARE(de.porting.requestedDate, h.wizard().rules().earliestPortDate(QStringLiteral("DE")));
    QCOMPARE(h.order().submissionPath(), SubmissionPath::Porting);
}

void TstWizardFlow::mixedOrder()
{
    WizardHarness h;
    STEP(fillExistingCustomer(h));
    STEP(next(h, Step::VoicePlans));
    STEP(chooseCountry(h, QStringLiteral("swe"), QStringLiteral("SE")));
    STEP(chooseCountry(h, QStringLiteral("den"), QStringLiteral("DK")));
    STEP(choosePlan(h, QStringLiteral("SE"), QStringLiteral("se-national"), 10,
                    QStringLiteral("BCN-SE")));
    STEP(choosePlan(h, QStringLiteral("DK"), QStringLiteral("dk-national"), 4,
                    QStringLiteral("BCN-DK")));
    STEP(next(h, Step::Porting));

    // Sweden keeps its numbers; Denmark gets new ones.
    const QStringList swedish =
        fixtures::numbersInArea(QStringLiteral("SE"), QStringLiteral("8"), 3, 2);
    QCOMPARE(swedish.size(), 2);
    STEP(fillPorting(h, QStringLiteral("SE"), QStringLiteral("Stockholm"), QStringLiteral("111 52"),
                     swedish));
    QVERIFY(!h.canGoNext()); // the subscriber id
    h.type(QStringLiteral("extra.SE.subscriberId"), QStringLiteral("000012345678"));
    QVERIFY(visible(h, QStringLiteral("newNumbersLine.DK")));
    STEP(next(h, Step::Offices));

    // Only Denmark has offices here.
    QVERIFY(visible(h, QStringLiteral("countries[0].keepsNumbers")));
    QVERIFY(!h.find<QPushButton>(QStringLiteral("countries[0].addOffice")));
    const OfficeInput copenhagen{QStringLiteral("Kongens Nytorv"),
                                 QStringLiteral("3"),
                                 QStringLiteral("1050"),
                                 QStringLiteral("København"),
                                 QString(),
                                 4,
                                 4};
    STEP(addOffice(h, 1, 0, copenhagen));
    STEP(next(h, Step::Contacts));
    STEP(fillContacts(h));
    STEP(next(h, Step::Recap));
    const QString recapNow = recapText(h);
    QVERIFY(recapNow.contains(QStringLiteral("Sweden")));
    QVERIFY(recapNow.contains(QStringLiteral("Denmark")));
    QVERIFY(recapNow.contains(QStringLiteral("Kongens Nytorv")));
    QVERIFY(recapNow.contains(QStringLiteral("2 in total (single numbers: 2, DDI ranges: 0)")));
    STEP(next(h, Step::Submission));
    // Porting in one country is enough for the porting path.
    QVERIFY(visible(h, QStringLiteral("portingSubmitBox")));
    QVERIFY(!visible(h, QStringLiteral("signatoryBox")));

    const Order &o = h.order();
    QCOMPARE(o.countries.size(), 2);
    QVERIFY(o.countries.at(0).keepNumbers);
    QVERIFY(o.countries.at(0).offices.isEmpty());
    QCOMPARE(o.countries.at(0).porting.extras.value(QStringLiteral("subscriberId")),
             QStringLiteral("000012345678"));
    QVERIFY(!o.countries.at(1).keepNumbers);
    QCOMPARE(o.countries.at(1).offices.size(), 1);
    STEP(checkOffice(o.countries.at(1).offices.at(0), copenhagen, QStringLiteral("DK")));
    QCOMPARE(o.submissionPath(), SubmissionPath::Porting);
}

void TstWizardFlow::draftResumesAtTheStepReached()
{
    // A draft saved on the contacts page, half filled, read back from its JSON as the store
    // reads it.
    Order saved = ::mixedOrder(m_catalog);
    saved.countries[1].offices[1].validation = AddressValidation::NotValidated;
    saved.countries[1].offices[1].validatedAddressId.clear();
    saved.countries[1].offices[1].geocode.reset();
    saved.countries[1].options.callForwarding = true;
    saved.countries[1].options.callForwardingTarget = QStringLiteral("+442079460000");
    saved.technicalContact = {};
    saved.legalAddressConfirmed = false;
    saved.signatory = {};
    saved.stepReached = Step::Contacts;
    const Result<Order> read = orderFromJson(orderToJsonBytes(saved));
    QVERIFY2(read, qPrintable(read.error()));
    const Order draft = *read;
    QCOMPARE(draft, saved);

    WizardHarness h(draft, kToday, OrderWizard::OpenAt::StepReached);
    QCOMPARE(h.current(), Step::Contacts);
    QCOMPARE(comparable(h.order()), comparable(draft));

    // Contacts: what was typed, and what was not.
    QCOMPARE(text(h, QStringLiteral("orderContact.name")), draft.orderContact.name);
    QCOMPARE(text(h, QStringLiteral("orderContact.email")), draft.orderContact.email);
    QCOMPARE(phone(h, QStringLiteral("orderContact.phone")), draft.orderContact.phone);
    QCOMPARE(text(h, QStringLiteral("orderContact.jobTitle")), draft.orderContact.jobTitle);
    QCOMPARE(text(h, QStringLiteral("technicalContact.name")), QString());
    QCOMPARE(text(h, QStringLiteral("technicalContact.email")), QString());
    QCOMPARE(text(h, QStringLiteral("legalAddress.companyName")), draft.legalAddress.companyName);
    QCOMPARE(text(h, QStringLiteral("legalAddress.street")), draft.legalAddress.street);
    QCOMPARE(text(h, QStringLiteral("legalAddress.houseNumber")), draft.legalAddress.houseNumber);
    QCOMPARE(text(h, QStringLiteral("legalAddress.postalCode")), draft.legalAddress.postalCode);
    QCOMPARE(text(h, QStringLiteral("legalAddress.city")), draft.legalAddress.city);
    QCOMPARE(h.find<QComboBox>(QStringLiteral("legalAddress.country"))->currentData().toString(),
             draft.legalAddress.country);
    QVERIFY(!checked(h, QStringLiteral("legalAddressConfirmed")));
    QVERIFY(!h.canGoNext()); // the technical contact is missing
    // A resumed page says at once what is missing, beside the field.
    QVERIFY(visible(h, QStringLiteral("message:technicalContact.name")));

    // Back over every page: each shows the draft's values.
    STEP(back(h, Step::Offices));
    const CountryOrder &gb = draft.countries.at(1);
    QVERIFY(visible(h, QStringLiteral("countries[0].keepsNumbers")));
    for (int j = 0; j < gb.offices.size(); ++j) {
        const Office &o = gb.offices.at(j);
        const QString p = QStringLiteral("countries[1].offices[%1]").arg(j);
        QCOMPARE(text(h, p + QStringLiteral(".address.companyName")), o.address.companyName);
        QCOMPARE(text(h, p + QStringLiteral(".address.street")), o.address.street);
        QCOMPARE(text(h, p + QStringLiteral(".address.houseNumber")), o.address.houseNumber);
        QCOMPARE(text(h, p + QStringLiteral(".address.postalCode")), o.address.postalCode);
        QCOMPARE(text(h, p + QStringLiteral(".address.city")), o.address.city);
        QCOMPARE(h.find<QComboBox>(p + QStringLiteral(".areaCode"))->currentText(), o.areaCode);
        QCOMPARE(spin(h, p + QStringLiteral(".totalNumbers")), o.totalNumbers);
        QCOMPARE(spin(h, p + QStringLiteral(".userNumbers")), o.userNumbers);
        QCOMPARE(spin(h, p + QStringLiteral(".resourceAccountNumbers")), o.resourceAccountNumbers);
    }
    QVERIFY(checked(h, QStringLiteral("countries[1].options.callForwarding")));
    QCOMPARE(phone(h, QStringLiteral("countries[1].options.callForwardingTarget")),
             gb.options.callForwardingTarget);
    QCOMPARE(spin(h, QStringLiteral("countries[1].options.autoAttendants")),
             gb.options.autoAttendants);

    STEP(back(h, Step::Porting));
    const PortingDetails &p = draft.countries.at(0).porting;
    QVERIFY(checked(h, QStringLiteral("keepNumbers.DE")));
    QVERIFY(!checked(h, QStringLiteral("keepNumbers.GB")));
    QVERIFY(checked(h, QStringLiteral("port.DE")));
    QCOMPARE(text(h, QStringLiteral("losingCarrier.DE")), p.losingCarrier);
    QCOMPARE(text(h, QStringLiteral("accountHolderName.DE")), p.accountHolderName);
    QCOMPARE(text(h, QStringLiteral("accountHolderAddress.DE.street")),
             p.accountHolderAddress.street);
    QCOMPARE(text(h, QStringLiteral("accountHolderAddress.DE.city")), p.accountHolderAddress.city);
    QCOMPARE(h.find<NumberListEditor>(QStringLiteral("numbers.DE"))->entries(), p.numbers);
    QCOMPARE(h.find<NumberListEditor>(QStringLiteral("numbers.DE"))->totalNumbers(), 201);
    QCOMPARE(h.find<QDateEdit>(QStringLiteral("requestedDate.DE"))->date(), p.requestedDate);

    STEP(back(h, Step::VoicePlans));
    for (const CountryOrder &c : draft.countries) {
        for (const PlanLine &line : c.plans) {
            QVERIFY(checked(h, QStringLiteral("plan.%1.%2").arg(c.country, line.planId)));
            QCOMPARE(spin(h, QStringLiteral("users.%1.%2").arg(c.country, line.planId)),
                     line.quantity);
        }
        QCOMPARE(text(h, QStringLiteral("ocn.") + c.country), c.ocn);
        QCOMPARE(text(h, QStringLiteral("bcn.") + c.country), c.bcn);
    }

    STEP(back(h, Step::Customer));
    QVERIFY(checked(h, QStringLiteral("customerKind.existing")));
    QCOMPARE(text(h, QStringLiteral("customer.companyName")), draft.customer.companyName);
    QCOMPARE(text(h, QStringLiteral("customer.ocn")), draft.customer.ocn);
    QCOMPARE(text(h, QStringLiteral("customer.accountEmail")), draft.customer.accountEmail);
    QCOMPARE(text(h, QStringLiteral("tenantId")), draft.tenantId);

    // Looking changed nothing.
    QCOMPARE(comparable(h.order()), comparable(draft));
    QCOMPARE(h.order().stepReached, Step::Contacts);
}

void TstWizardFlow::resumedDraftBuildsItsOfficesWhenShown()
{
    // Resuming walks past the offices page: its widgets (hundreds in a large order) are made
    // when the rep goes there, not on the way to the step the draft reached.
    const Order draft = fixtures::newNumbersOrder(
        m_catalog, {QStringLiteral("DE"), QStringLiteral("FR")}, 3, 10, 2);
    WizardHarness h(draft, kToday, OrderWizard::OpenAt::StepReached);
    QCOMPARE(h.current(), Step::Submission);
    QVERIFY(h.wizard().findChildren<OfficeEditor *>().isEmpty());
    QVERIFY(h.canGoNext() || h.wizard().button(QWizard::FinishButton)->isEnabled());

    h.wizard().editStep(Step::Offices);
    QCOMPARE(h.current(), Step::Offices);
    QCOMPARE(h.wizard().findChildren<OfficeEditor *>().size(), 6);
    for (int i = 0; i < draft.countries.size(); ++i)
        for (int j = 0; j < draft.countries.at(i).offices.size(); ++j) {
            const Office &o = draft.countries.at(i).offices.at(j);
            const QString p = QStringLiteral("countries[%1].offices[%2]").arg(i).arg(j);
            QCOMPARE(text(h, p + QStringLiteral(".address.street")), o.address.street);
            QCOMPARE(text(h, p + QStringLiteral(".address.city")), o.address.city);
            QCOMPARE(spin(h, p + QStringLiteral(".totalNumbers")), o.totalNumbers);
        }
    QVERIFY2(h.canGoNext(), qPrintable(blockers(h)));
    QCOMPARE(comparable(h.order()), comparable(draft));
}

void TstWizardFlow::backAndNextOverEveryPageKeepEverything()
{
    Order complete = ::mixedOrder(m_catalog);
    complete.countries[1].options.callForwarding = true;
    complete.countries[1].options.callForwardingTarget = QStringLiteral("+442079460000");
    complete.countries[1].options.clipMode = ClipMode::NoScreening;
    WizardHarness h(complete, kToday, OrderWizard::OpenAt::StepReached);
    QCOMPARE(h.current(), Step::Submission);
    const Order before = h.order();

    const QList<Step> backwards{Step::Recap,   Step::Contacts,   Step::Offices,
                                Step::Porting, Step::VoicePlans, Step::Customer};
    for (Step s : backwards) {
        STEP(back(h, s));
        QCOMPARE(comparable(h.order()), comparable(before));
    }
    const QList<Step> forwards{Step::VoicePlans, Step::Porting, Step::Offices,
                               Step::Contacts,   Step::Recap,   Step::Submission};
    for (Step s : forwards) {
        STEP(next(h, s));
        QCOMPARE(comparable(h.order()), comparable(before));
    }
    QCOMPARE(h.order(), before);
    QVERIFY(h.find<QPushButton>(QStringLiteral("submitToSignButton")));
    QVERIFY(h.find<QPushButton>(QStringLiteral("submitButton"))->isEnabled());

    // The same with a freshly typed order: Back from the recap to the customer and forward again.
    WizardHarness typed;
    STEP(fillExistingCustomer(typed));
    STEP(next(typed, Step::VoicePlans));
    STEP(chooseCountry(typed, QStringLiteral("nether"), QStringLiteral("NL")));
    STEP(choosePlan(typed, QStringLiteral("NL"), QStringLiteral("nl-europe"), 3,
                    QStringLiteral("BCN-NL")));
    STEP(next(typed, Step::Porting));
    STEP(fillPorting(typed, QStringLiteral("NL"), QStringLiteral("Amsterdam"),
                     QStringLiteral("1012"),
                     {fixtures::numbersInArea(QStringLiteral("NL"), QStringLiteral("20"), 1, 1)}));
    STEP(next(typed, Step::Contacts));
    STEP(fillContacts(typed));
    STEP(next(typed, Step::Recap));
    const Order typedBefore = typed.order();
    for (Step s : {Step::Contacts, Step::Porting, Step::VoicePlans, Step::Customer})
        STEP(back(typed, s));
    QCOMPARE(text(typed, QStringLiteral("tenantId")), kTenant);
    for (Step s : {Step::VoicePlans, Step::Porting, Step::Contacts, Step::Recap})
        STEP(next(typed, s));
    QCOMPARE(comparable(typed.order()), comparable(typedBefore));
    QCOMPARE(text(typed, QStringLiteral("bcn.NL")), QStringLiteral("BCN-NL"));
}

void TstWizardFlow::countryAddedAfterLaterPagesWereSeen()
{
    // The rep goes as far as the offices, goes back to the voice plans and adds a country: the
    // pages after it show the new country (and still the old one).
    WizardHarness h;
    STEP(fillExistingCustomer(h));
    STEP(next(h, Step::VoicePlans));
    STEP(chooseCountry(h, QStringLiteral("fin"), QStringLiteral("FI")));
    STEP(choosePlan(h, QStringLiteral("FI"), QStringLiteral("fi-national"), 5,
                    QStringLiteral("BCN-FI")));
    STEP(next(h, Step::Porting));
    STEP(next(h, Step::Offices));
    STEP(back(h, Step::Porting));
    STEP(back(h, Step::VoicePlans));
    STEP(chooseCountry(h, QStringLiteral("portu"), QStringLiteral("PT")));
    STEP(choosePlan(h, QStringLiteral("PT"), QStringLiteral("pt-national"), 2,
                    QStringLiteral("BCN-PT")));
    STEP(next(h, Step::Porting));
    QVERIFY(visible(h, QStringLiteral("keepNumbers.FI")));
    QVERIFY2(visible(h, QStringLiteral("keepNumbers.PT")),
             "the porting page shows the country added after it was first seen");
    STEP(next(h, Step::Offices));
    QVERIFY(visible(h, QStringLiteral("countries[0].addOffice")));
    QVERIFY2(visible(h, QStringLiteral("countries[1].addOffice")),
             "the offices page shows the country added after it was first seen");

    // And a country taken out disappears from them.
    STEP(back(h, Step::Porting));
    STEP(back(h, Step::VoicePlans));
    STEP(click(h, QStringLiteral("removeCountry.FI")));
    STEP(next(h, Step::Porting));
    QVERIFY(!visible(h, QStringLiteral("keepNumbers.FI")));
    QVERIFY(visible(h, QStringLiteral("keepNumbers.PT")));
    // Keeping Portugal's numbers now skips the offices.
    STEP(click(h, QStringLiteral("keepNumbers.PT")));
    QVERIFY(!h.canGoNext());
}

void TstWizardFlow::recapEditLinksOpenThePageAndComeBack()
{
    WizardHarness h(::mixedOrder(m_catalog), kToday, OrderWizard::OpenAt::StepReached);
    STEP(back(h, Step::Recap));
    const QStringList links = recapLinks(h);
    // Customer, per country voice plans + numbers (+ services of the country with offices),
    // contacts.
    for (const QString &link :
         {QStringLiteral("edit:1"), QStringLiteral("edit:2"), QStringLiteral("edit:3"),
          QStringLiteral("edit:4"), QStringLiteral("edit:5")})
        QVERIFY2(links.contains(link), qPrintable(links.join(QLatin1Char(' '))));

    struct Link
    {
        QString href;
        QString text;
        Step step;
        QString shown; ///< a widget of the section that must be visible there
    };
    const QList<Link> sections{
        {QStringLiteral("edit:1"), QStringLiteral("Edit customer"), Step::Customer,
         QStringLiteral("customer.ocn")},
        {QStringLiteral("edit:2"), QStringLiteral("voice plans of Germany"), Step::VoicePlans,
         QStringLiteral("bcn.DE")},
        // Inside a sentence: "of the United Kingdom", as the catalog says the name reads.
        {QStringLiteral("edit:2"), QStringLiteral("voice plans of the United Kingdom"),
         Step::VoicePlans, QStringLiteral("bcn.GB")},
        {QStringLiteral("edit:3"), QStringLiteral("numbers kept in Germany"), Step::Porting,
         QStringLiteral("losingCarrier.DE")},
        {QStringLiteral("edit:4"), QStringLiteral("offices of the United Kingdom"), Step::Offices,
         QStringLiteral("countries[1].offices[1]")},
        {QStringLiteral("edit:4"), QStringLiteral("services of the United Kingdom"), Step::Offices,
         QStringLiteral("countries[1].options.autoAttendants")},
        {QStringLiteral("edit:5"), QStringLiteral("Edit contacts"), Step::Contacts,
         QStringLiteral("technicalContact.name")},
    };
    for (const Link &l : sections) {
        QVERIFY2(clickLink(h, l.href, l.text), qPrintable(l.text));
        QCOMPARE(h.current(), l.step);
        QVERIFY2(visible(h, l.shown), qPrintable(l.shown));
        QVERIFY(h.wizard().returningToRecap());
        STEP(next(h, Step::Recap));
    }

    // Every services link opens a page where the services can be changed.
    QTextDocument *doc = recap(h)->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().text().contains(QStringLiteral("services of Germany")))
                QFAIL("Germany keeps its numbers: its services cannot be edited on any page");

    // An edit made through a link shows on the recap at once.
    QVERIFY(clickLink(h, QStringLiteral("edit:2"), QStringLiteral("voice plans of Germany")));
    h.type(QStringLiteral("bcn.DE"), QStringLiteral("BCN-DE-NEW"));
    STEP(next(h, Step::Recap));
    QVERIFY(recapText(h).contains(QStringLiteral("BCN-DE-NEW")));
    // From the recap itself Next goes on.
    STEP(next(h, Step::Submission));
}

void TstWizardFlow::submitPorting()
{
    WizardHarness h(fixtures::portingOrder(m_catalog, kToday, 2), kToday,
                    OrderWizard::OpenAt::StepReached);
    QSignalSpy submitted(&h.wizard(), &OrderWizard::submitRequested);
    QCOMPARE(h.current(), Step::Submission);
    QVERIFY(visible(h, QStringLiteral("portingSubmitBox")));
    QVERIFY(!visible(h, QStringLiteral("signatoryBox")));
    QVERIFY(!visible(h, QStringLiteral("signatory.name")));
    QVERIFY(!visible(h, QStringLiteral("submitToSignButton")));
    STEP(click(h, QStringLiteral("previewContractButton")));
    PdfPreviewDialog *preview = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (preview = h.wizard().findChild<PdfPreviewDialog *>(QStringLiteral("pdfPreviewDialog"))),
        10000);
    QVERIFY(preview->isVisible());
    QVERIFY(!visible(h, QStringLiteral("previewContractNote")));
    QCOMPARE(submitted.size(), 0); // previewing sends nothing
    preview->close();
    STEP(click(h, QStringLiteral("submitButton")));
    QCOMPARE(submitted.size(), 1);
    QVERIFY(visible(h, QStringLiteral("submissionStatus")));
    QVERIFY(!h.find<QPushButton>(QStringLiteral("submitButton"))->isEnabled());
}

void TstWizardFlow::submitToSign()
{
    Order o =
        fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE"), QStringLiteral("GB")}, 2, 5, 1);
    o.signatory = {};
    WizardHarness h(o, kToday, OrderWizard::OpenAt::StepReached);
    QSignalSpy submitted(&h.wizard(), &OrderWizard::submitRequested);
    QCOMPARE(h.current(), Step::Submission);
    QVERIFY(!visible(h, QStringLiteral("portingSubmitBox")));
    // The contract can be previewed on this path too, before the signatory receives it.
    QVERIFY(visible(h, QStringLiteral("previewContractButton")));
    for (const char *field :
         {"signatory.name", "signatory.email", "signatory.jobTitle", "signatory.authorised"})
        QVERIFY2(visible(h, QLatin1String(field)), field);
    auto *submit = h.find<QPushButton>(QStringLiteral("submitToSignButton"));
    QVERIFY(submit->isVisible());
    QVERIFY(!submit->isEnabled());

    // Typed with the keyboard only: Enter moves from field to field, never closes.
    QSignalSpy closed(&h.wizard(), &OrderWizard::closeRequested);
    auto *name = h.find<QLineEdit>(QStringLiteral("signatory.name"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Kim Example"));
    QTest::keyClick(name, Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("kim@contoso.example.com"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Managing Director"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(),
             static_cast<QWidget *>(h.find<QCheckBox>(QStringLiteral("signatory.authorised"))));
    QVERIFY(!submit->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(submit->isEnabled());
    QCOMPARE(h.order().signatory,
             (Signatory{QStringLiteral("Kim Example"), QStringLiteral("kim@contoso.example.com"),
                        QStringLiteral("Managing Director"), true}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // on to "Submit to sign"
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(submit));
    QCOMPARE(closed.size(), 0);
    QCOMPARE(submitted.size(), 0);
    QTest::keyClick(submit, Qt::Key_Space);
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(closed.size(), 0);
    QVERIFY(visible(h, QStringLiteral("submissionStatus")));
    QVERIFY(!submit->isEnabled());
}

void TstWizardFlow::submitThatCannotBeQueuedCanBeRetried()
{
    WizardHarness h(fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0), kToday,
                    OrderWizard::OpenAt::StepReached);
    QCOMPARE(h.current(), Step::Submission);
    // The store refuses (a full disk): the page says so and Submit stays available.
    bool fail = true;
    QObject::connect(&h.wizard(), &OrderWizard::submitRequested, &h.wizard(), [&h, &fail] {
        if (fail)
            h.wizard().reportSubmitFailure(QStringLiteral("The disk is full."));
    });
    STEP(click(h, QStringLiteral("submitToSignButton")));
    auto *status = h.find<QLabel>(QStringLiteral("submissionStatus"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("not queued")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("The disk is full.")));
    QVERIFY(!h.find<QLineEdit>(QStringLiteral("signatory.name"))->isReadOnly());
    fail = false;
    STEP(click(h, QStringLiteral("submitToSignButton")));
    QVERIFY2(status->text().contains(QStringLiteral("Queued")), qPrintable(status->text()));
    QVERIFY(!h.find<QPushButton>(QStringLiteral("submitToSignButton"))->isEnabled());
}

void TstWizardFlow::queuedOrderIsReadOnlyAndCannotBeSubmittedAgain()
{
    const Order queued = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0);
    WizardHarness h(queued, kToday, OrderWizard::OpenAt::StepReached);
    QSignalSpy submitted(&h.wizard(), &OrderWizard::submitRequested);
    QSignalSpy withdraw(&h.wizard(), &OrderWizard::withdrawRequested);
    h.wizard().setQueued(true);
    QVERIFY(h.wizard().isQueued());

    // Read-only on the recap: a banner says why, no Edit link, no Back, no Next to Submit.
    QCOMPARE(h.current(), Step::Recap);
    QVERIFY(visible(h, QStringLiteral("queuedBanner")));
    QVERIFY2(recapText(h).contains(QStringLiteral("Queued in the outbox")),
             qPrintable(recapText(h)));
    QVERIFY2(!recap(h)->toHtml().contains(QStringLiteral("edit:")), "an Edit link is left");
    QVERIFY(!h.wizard().button(QWizard::NextButton)->isVisible());
    QVERIFY(!h.wizard().button(QWizard::BackButton)->isVisible());
    QVERIFY(!h.wizard().button(QWizard::CustomButton1)->isVisible());
    QVERIFY(h.wizard().button(QWizard::FinishButton)->isVisible());
    QVERIFY(h.wizard().button(QWizard::FinishButton)->isEnabled());
    h.wizard().editStep(Step::Submission);
    h.wizard().editStep(Step::Contacts);
    QCOMPARE(h.current(), Step::Recap);
    QTest::keyClick(recap(h), Qt::Key_Return);
    QCOMPARE(h.current(), Step::Recap);
    QCOMPARE(submitted.size(), 0);
    QCOMPARE(comparable(h.order()), comparable(queued));

    // "Withdraw from the outbox to edit" is the way out; the listener confirms it.
    STEP(click(h, QStringLiteral("withdrawButton")));
    QCOMPARE(withdraw.size(), 1);
    QVERIFY(h.wizard().isQueued());
    h.wizard().setQueued(false);
    QCOMPARE(h.current(), Step::Recap);
    QVERIFY(!visible(h, QStringLiteral("queuedBanner")));
    QVERIFY(!visible(h, QStringLiteral("withdrawButton")));
    QVERIFY(recap(h)->toHtml().contains(QStringLiteral("edit:")));
    // Editing works again, and so does submitting, once.
    STEP(back(h, Step::Contacts));
    h.type(QStringLiteral("orderContact.name"), QStringLiteral("Sam Changed"));
    QCOMPARE(h.order().orderContact.name, QStringLiteral("Sam Changed"));
    STEP(next(h, Step::Recap));
    STEP(next(h, Step::Submission));
    STEP(click(h, QStringLiteral("submitToSignButton")));
    QCOMPARE(submitted.size(), 1);
    QVERIFY(!h.find<QPushButton>(QStringLiteral("submitToSignButton"))->isEnabled());
}

void TstWizardFlow::enterIsNextAndEscapeNeverDiscards()
{
    WizardHarness h;
    QSignalSpy closed(&h.wizard(), &OrderWizard::closeRequested);
    STEP(fillExistingCustomer(h));
    const Order typed = h.order();

    // Escape in a field, and on the wizard itself: nothing is lost, nothing closes.
    auto *ocn = h.find<QLineEdit>(QStringLiteral("customer.ocn"));
    ocn->setFocus();
    QTest::keyClick(ocn, Qt::Key_Escape);
    QTest::keyClick(&h.wizard(), Qt::Key_Escape);
    QCOMPARE(closed.size(), 0);
    QVERIFY(h.wizard().isVisible());
    QCOMPARE(h.current(), Step::Customer);
    QCOMPARE(h.order(), typed);
    QCOMPARE(ocn->text(), QStringLiteral("10023456"));

    // Enter in a field is Next.
    QTest::keyClick(ocn, Qt::Key_Return);
    QCOMPARE(h.current(), Step::VoicePlans);
    STEP(chooseCountry(h, QStringLiteral("ita"), QStringLiteral("IT")));
    STEP(choosePlan(h, QStringLiteral("IT"), QStringLiteral("it-national"), 3,
                    QStringLiteral("BCN-IT")));
    // Enter in the BCN field (after the plan's users box had the focus) is Next too.
    QTest::keyClick(h.find<QLineEdit>(QStringLiteral("bcn.IT")), Qt::Key_Return);
    QCOMPARE(h.current(), Step::Porting);
    QTest::keyClick(h.find<QCheckBox>(QStringLiteral("keepNumbers.IT")), Qt::Key_Escape);
    QCOMPARE(h.current(), Step::Porting);
    QTest::keyClick(h.find<QCheckBox>(QStringLiteral("keepNumbers.IT")), Qt::Key_Return);
    QCOMPARE(h.current(), Step::Offices);
    // Enter where Next is closed does nothing.
    QVERIFY(!h.canGoNext());
    auto *add = h.find<QPushButton>(QStringLiteral("countries[0].addOffice"));
    QVERIFY(add);
    QTest::keyClick(add, Qt::Key_Escape);
    QCOMPARE(h.current(), Step::Offices);
    QCOMPARE(closed.size(), 0);
    QCOMPARE(h.order().countries.size(), 1);
    QCOMPARE(h.order().countries.first().bcn, QStringLiteral("BCN-IT"));
    QCOMPARE(h.order().customer.ocn, QStringLiteral("10023456"));
}

void TstWizardFlow::closedWhileTypingInAnyPage()
{
    // The rep closes the window (or the app quits) with the cursor in a field: the wizard goes
    // away without a crash on the focus-out that follows, whatever the page.
    const QList<QPair<Step, QString>> fields{
        {Step::Customer, QStringLiteral("customer.ocn")},
        {Step::VoicePlans, QStringLiteral("bcn.GB")},
        {Step::Porting, QStringLiteral("losingCarrier.DE")},
        {Step::Offices, QStringLiteral("countries[1].offices[0].address.street")},
        {Step::Contacts, QStringLiteral("orderContact.name")},
    };
    for (const auto &[step, name] : fields) {
        Order o = ::mixedOrder(m_catalog);
        o.stepReached = step;
        auto h = std::make_unique<WizardHarness>(o, kToday, OrderWizard::OpenAt::StepReached);
        QCOMPARE(h->current(), step);
        auto *edit = h->find<QLineEdit>(name);
        QVERIFY2(edit && edit->isVisible(), qPrintable(name));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClicks(edit, QStringLiteral("x"));
        QVERIFY(edit->hasFocus());
        h.reset();
    }
}

QTEST_MAIN(TstWizardFlow)
#include "tst_wizard_flow.moc"
