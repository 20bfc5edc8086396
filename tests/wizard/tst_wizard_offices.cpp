// Step 4, Offices and numbers: offices added and removed, the address validated (queued), the
// area code chosen from the city's codes and checked, numbers split and reserved (queued), the
// additional services, and Next gating for each rule of the step.

#include "WizardHarness.h"
#include "order/OrderJson.h"
#include "widgets/PhoneField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace od;
using namespace od::testing;

namespace {

const QString kOffice0 = QStringLiteral("countries[0].offices[0]");

QString message(const WizardHarness &h, const QString &path)
{
    auto *label = h.find<QLabel>(QStringLiteral("message:") + path);
    return label && label->isVisible() ? label->text() : QString();
}

QString labelText(const WizardHarness &h, const QString &name)
{
    auto *label = h.find<QLabel>(name);
    return label && label->isVisible() ? label->text() : QString();
}

/// A valid order for `countries` (one plan of 8 users each), at the offices step, with no
/// offices and no services yet.
Order withoutOffices(const Catalog &catalog, const QStringList &countries = {QStringLiteral("DE")})
{
    Order o = fixtures::newNumbersOrder(catalog, countries, 1, 8, 4);
    for (CountryOrder &c : o.countries) {
        c.offices.clear();
        c.options = {};
    }
    o.stepReached = Step::Porting;
    return o;
}

/// The same order with its one fixture office per country (validated, 8 + 4 numbers, reserved).
Order withOffice(const Catalog &catalog, const QStringList &countries = {QStringLiteral("DE")})
{
    Order o = fixtures::newNumbersOrder(catalog, countries, 1, 8, 4);
    o.stepReached = Step::Porting;
    return o;
}

void goToOffices(WizardHarness &h)
{
    for (int i = 0; i < 6 && h.current() != Step::Offices && h.canGoNext(); ++i)
        h.next();
    QCOMPARE(h.current(), Step::Offices);
}

void click(WizardHarness &h, const QString &name)
{
    auto *button = h.find<QPushButton>(name);
    QVERIFY2(button, qPrintable(QStringLiteral("no button ") + name));
    QVERIFY2(button->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Types a value into a spin box as a rep does and leaves it.
void setSpin(WizardHarness &h, const QString &name, const QString &text)
{
    auto *spin = h.find<QSpinBox>(name);
    QVERIFY2(spin, qPrintable(QStringLiteral("no spin box ") + name));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Delete);
    QTest::keyClicks(spin, text);
    spin->interpretText(); // what leaving the box does
    QMetaObject::invokeMethod(spin, "editingFinished");
}

int spinValue(const WizardHarness &h, const QString &name)
{
    auto *spin = h.find<QSpinBox>(name);
    return spin ? spin->value() : -1;
}

void fillFrankfurtAddress(WizardHarness &h, const QString &office = kOffice0)
{
    h.type(office + QStringLiteral(".address.street"), QStringLiteral("Kaiserstraße"));
    h.type(office + QStringLiteral(".address.houseNumber"), QStringLiteral("12"));
    h.type(office + QStringLiteral(".address.postalCode"), QStringLiteral("60311"));
    h.type(office + QStringLiteral(".address.city"), QStringLiteral("Frankfurt am Main"));
}

/// Waits until the area code list of the office offers `code` (the country's index may still
/// be building in the background).
bool waitForAreaCode(WizardHarness &h, const QString &code, const QString &office = kOffice0)
{
    auto *combo = h.find<QComboBox>(office + QStringLiteral(".areaCode"));
    if (!combo)
        return false;
    QElapsedTimer t;
    t.start();
    while (combo->findText(code) < 0 && t.elapsed() < 60000)
        QTest::qWait(20);
    return combo->findText(code) >= 0;
}

} // namespace

class TstWizardOffices : public QObject
{
    Q_OBJECT

private slots:
    void addValidateChooseAreaCodeAndReserve();
    void reservedNumbersReadAsRanges();
    void sixthOfficeRefused();
    void removeIsUndoable();
    void countsGating();
    void countsFromDraftGating();
    void userNumbersAbovePlanUsers();
    void areaCodeOfAnotherCity();
    void clipOptionsFollowTheCountry();
    void servicesNeedResourceNumbers();
    void editingValidatedAddressUnvalidates();
    void backAndNextKeepEverything();
    void portingCountryHasNoOffices();
    void reserveWaitsForValidation();
    void validateAndReserveAskTheCarrier();
    void countsChangeReleasesReservedNumbers();
    void areaCodeChangeReleasesReservedNumbers();
    void areaCodeStoredWithoutTrunkPrefix();
    void notesSurviveRebuilds();
    void areaCodeExampleIsTheCitys();
    void reopenedDraftKeepsTheQueuedValidation();
    void validationQueuedSurvivesClosingTheDraft();
    void queuedStatesAreShownOnce();
    void countryNameReadsInSentences();
    void screenshot();
};

void TstWizardOffices::addValidateChooseAreaCodeAndReserve()
{
    WizardHarness h(withoutOffices(Catalog::bundled().value()));
    goToOffices(h);
    QVERIFY(!h.canGoNext()); // no office yet
    QVERIFY(message(h, QStringLiteral("countries[0].offices")).isEmpty() ||
            message(h, QStringLiteral("countries[0].offices")).contains(QStringLiteral("office")));

    click(h, QStringLiteral("countries[0].addOffice"));
    QCOMPARE(h.order().countries.at(0).offices.size(), 1);
    // The company name comes from the customer; the country is the office's country, fixed.
    QCOMPARE(h.find<QLineEdit>(kOffice0 + QStringLiteral(".address.companyName"))->text(),
             QStringLiteral("Contoso Ltd"));
    auto *country = h.find<QComboBox>(kOffice0 + QStringLiteral(".address.country"));
    QVERIFY(country);
    QCOMPARE(country->currentData().toString(), QStringLiteral("DE"));
    QVERIFY(!country->isEnabled());

    // Reserve waits for a complete address and valid counts.
    QVERIFY(!h.find<QPushButton>(kOffice0 + QStringLiteral(".reserve"))->isEnabled());
    fillFrankfurtAddress(h);
    const Office &o = h.order().countries.at(0).offices.at(0);
    QCOMPARE(o.address.city, QStringLiteral("Frankfurt am Main"));
    QCOMPARE(o.address.country, QStringLiteral("DE"));

    click(h, kOffice0 + QStringLiteral(".validate"));
    QCOMPARE(h.order().countries.at(0).offices.at(0).validation, AddressValidation::NotValidated);
    QVERIFY(h.order().countries.at(0).offices.at(0).validationRequested);
    QVERIFY2(message(h, kOffice0 + QStringLiteral(".address"))
                 .contains(QStringLiteral("the address is not validated yet: its validation "
                                          "waits for the address service, and the order cannot "
                                          "be sent until it is validated")),
             qPrintable(message(h, kOffice0 + QStringLiteral(".address"))));

    // The area code list offers Frankfurt's codes.
    QVERIFY(waitForAreaCode(h, QStringLiteral("69")));
    auto *area = h.find<QComboBox>(kOffice0 + QStringLiteral(".areaCode"));
    QVERIFY(area->findText(QStringLiteral("30")) < 0); // Berlin's is not offered
    QCOMPARE(area->lineEdit()->accessibleName(), QStringLiteral("Area code (office 1 in Germany)"));
    area->setFocus();
    area->setCurrentIndex(area->findText(QStringLiteral("69")));
    QCOMPARE(h.order().countries.at(0).offices.at(0).areaCode, QStringLiteral("69"));
    QVERIFY(message(h, kOffice0 + QStringLiteral(".areaCode")).isEmpty());

    // 12 numbers: until a split is typed they are for users (a rep who types only the total
    // means users); then 8 of them for users: the resource accounts follow.
    setSpin(h, kOffice0 + QStringLiteral(".totalNumbers"), QStringLiteral("12"));
    QCOMPARE(spinValue(h, kOffice0 + QStringLiteral(".userNumbers")), 12);
    QCOMPARE(spinValue(h, kOffice0 + QStringLiteral(".resourceAccountNumbers")), 0);
    setSpin(h, kOffice0 + QStringLiteral(".userNumbers"), QStringLiteral("8"));
    QCOMPARE(spinValue(h, kOffice0 + QStringLiteral(".resourceAccountNumbers")), 4);
    {
        const Office &office = h.order().countries.at(0).offices.at(0);
        QCOMPARE(office.totalNumbers, 12);
        QCOMPARE(office.userNumbers, 8);
        QCOMPARE(office.resourceAccountNumbers, 4);
        QVERIFY(!office.reservationRequested);
    }

    click(h, kOffice0 + QStringLiteral(".reserve"));
    QVERIFY(h.order().countries.at(0).offices.at(0).reservationRequested);
    const QString queued = labelText(h, kOffice0 + QStringLiteral(".reservation"));
    QVERIFY2(queued.contains(QStringLiteral("Reservation queued — new numbers: 12 (for users: 8, "
                                            "for resource accounts: 4), area 69")),
             qPrintable(queued));
    QVERIFY2(message(h, kOffice0 + QStringLiteral(".reservedNumbers"))
                 .contains(QStringLiteral("the reservation waits for the number service")),
             qPrintable(message(h, kOffice0 + QStringLiteral(".reservedNumbers"))));

    // Installation and activation appear in the fees at once.
    const QString fees = labelText(h, QStringLiteral("countries[0].fees"));
    QVERIFY2(fees.contains(QStringLiteral("Installation: Frankfurt am Main")), qPrintable(fees));
    QVERIFY2(fees.contains(QStringLiteral("Activation of new numbers: Frankfurt am Main: 12 ×")),
             qPrintable(fees));

    // Only warnings remain (validation and reservation wait for the services): Next is open.
    QVERIFY(h.canGoNext());
    h.next();
    QCOMPARE(h.current(), Step::Contacts);
}

void TstWizardOffices::sixthOfficeRefused()
{
    const Catalog catalog = Catalog::bundled().value();
    Order order = withOffice(catalog);
    const fixtures::Site &site = *fixtures::siteFor(QStringLiteral("DE"));
    for (int i = 1; i < 4; ++i)
        order.countries[0].offices.append(fixtures::office(site, i, 0, 1));
    WizardHarness h(order);
    goToOffices(h);
    QCOMPARE(h.order().countries.at(0).offices.size(), 4);
    click(h, QStringLiteral("countries[0].addOffice"));
    QCOMPARE(h.order().countries.at(0).offices.size(), 5);
    auto *add = h.find<QPushButton>(QStringLiteral("countries[0].addOffice"));
    QVERIFY(!add->isEnabled());
    QVERIFY(labelText(h, QStringLiteral("countries[0].officeCount"))
                .contains(QStringLiteral("5 of 5")));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(h.order().countries.at(0).offices.size(), 5);
    QVERIFY(!h.find<QGroupBox>(QStringLiteral("countries[0].offices[5]")));
}

void TstWizardOffices::removeIsUndoable()
{
    const Catalog catalog = Catalog::bundled().value();
    Order order = withOffice(catalog);
    order.countries[0].offices.append(
        fixtures::office(*fixtures::siteFor(QStringLiteral("DE")), 1, 0, 2));
    order.countries[0].offices[1].address.city = QStringLiteral("Offenbach am Main");
    const Office second = order.countries[0].offices[1];
    WizardHarness h(order);
    goToOffices(h);
    click(h, QStringLiteral("countries[0].offices[1].remove"));
    QCOMPARE(h.order().countries.at(0).offices.size(), 1);
    QVERIFY(labelText(h, QStringLiteral("countries[0].removedNotice"))
                .contains(QStringLiteral("Offenbach am Main")));
    click(h, QStringLiteral("countries[0].undoRemove"));
    QCOMPARE(h.order().countries.at(0).offices.size(), 2);
    QCOMPARE(h.order().countries.at(0).offices.at(1), second);
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("countries[0].offices[1].address.city"))->text(),
             QStringLiteral("Offenbach am Main"));
}

void TstWizardOffices::countsGating()
{
    WizardHarness h(withOffice(Catalog::bundled().value()));
    goToOffices(h);
    QVERIFY(h.canGoNext());

    // 0 numbers.
    setSpin(h, kOffice0 + QStringLiteral(".totalNumbers"), QStringLiteral("0"));
    QCOMPARE(h.order().countries.at(0).offices.at(0).totalNumbers, 0);
    QVERIFY(!h.canGoNext());
    QVERIFY2(message(h, kOffice0 + QStringLiteral(".totalNumbers"))
                 .contains(QStringLiteral("reserve at least one number")),
             qPrintable(message(h, kOffice0 + QStringLiteral(".totalNumbers"))));
    QVERIFY(!h.find<QPushButton>(kOffice0 + QStringLiteral(".reserve"))->isEnabled());

    // 101 typed is 101, not a silent 10: the rule says why it is too many, beside the box.
    setSpin(h, kOffice0 + QStringLiteral(".totalNumbers"), QStringLiteral("101"));
    QCOMPARE(spinValue(h, kOffice0 + QStringLiteral(".totalNumbers")), 101);
    QCOMPARE(h.order().countries.at(0).offices.at(0).totalNumbers, 101);
    QVERIFY(!h.canGoNext());
    QVERIFY2(message(h, kOffice0 + QStringLiteral(".totalNumbers"))
                 .contains(QStringLiteral("at most 100 numbers per office")),
             qPrintable(message(h, kOffice0 + QStringLiteral(".totalNumbers"))));
    QVERIFY(!h.find<QPushButton>(kOffice0 + QStringLiteral(".reserve"))->isEnabled());
    setSpin(h, kOffice0 + QStringLiteral(".totalNumbers"), QStringLiteral("100"));
    QCOMPARE(h.order().countries.at(0).offices.at(0).totalNumbers, 100);
    // The draft's 4 resource accounts (its auto attendants and call queues) are kept through
    // 0 and 101; the users take the rest.
    QCOMPARE(spinValue(h, kOffice0 + QStringLiteral(".resourceAccountNumbers")), 4);
    QCOMPARE(spinValue(h, kOffice0 + QStringLiteral(".userNumbers")), 96);
    // 96 user numbers are more than the plans' users: the rep gives the rest to resource accounts.
    setSpin(h, kOffice0 + QStringLiteral(".userNumbers"), QStringLiteral("8"));
    QCOMPARE(spinValue(h, kOffice0 + QStringLiteral(".resourceAccountNumbers")), 92);
    QCOMPARE(h.order().countries.at(0).offices.at(0).totalNumbers, 100);
    // The 12 numbers reserved before no longer fit: Next waits until Reserve is pressed.
    QVERIFY(!h.canGoNext());
    QVERIFY2(message(h, kOffice0 + QStringLiteral(".reservedNumbers"))
                 .contains(QStringLiteral("the numbers are not reserved: press Reserve")),
             qPrintable(message(h, kOffice0 + QStringLiteral(".reservedNumbers"))));
    click(h, kOffice0 + QStringLiteral(".reserve"));
    QVERIFY(h.canGoNext());

    // Resource accounts drive the total; users above the total raise it.
    setSpin(h, kOffice0 + QStringLiteral(".resourceAccountNumbers"), QStringLiteral("2"));
    QCOMPARE(h.order().countries.at(0).offices.at(0).totalNumbers, 10);
    setSpin(h, kOffice0 + QStringLiteral(".userNumbers"), QStringLiteral("12"));
    QCOMPARE(h.order().countries.at(0).offices.at(0).totalNumbers, 12);
    QCOMPARE(h.order().countries.at(0).offices.at(0).resourceAccountNumbers, 0);
}

void TstWizardOffices::countsFromDraftGating()
{
    // A resumed draft with counts the boxes would not produce: Next stays closed and the rule
    // says why beside the field; changing the total puts things right.
    const Catalog catalog = Catalog::bundled().value();
    {
        Order order = withOffice(catalog);
        order.countries[0].offices[0].totalNumbers = 101;
        order.countries[0].offices[0].resourceAccountNumbers = 93;
        order.stepReached = Step::Contacts; // resumed past this step: every problem shows
        WizardHarness h(order);
        goToOffices(h);
        QVERIFY(!h.canGoNext());
        QVERIFY2(message(h, kOffice0 + QStringLiteral(".totalNumbers"))
                     .contains(QStringLiteral("at most 100 numbers per office")),
                 qPrintable(message(h, kOffice0 + QStringLiteral(".totalNumbers"))));
    }
    {
        Order order = withOffice(catalog);
        order.countries[0].offices[0].totalNumbers = 12;
        order.countries[0].offices[0].userNumbers = 5;
        order.countries[0].offices[0].resourceAccountNumbers = 4;
        order.stepReached = Step::Contacts;
        WizardHarness h(order);
        goToOffices(h);
        QVERIFY(!h.canGoNext());
        QVERIFY2(message(h, kOffice0 + QStringLiteral(".userNumbers"))
                     .contains(QStringLiteral("must add up")),
                 qPrintable(message(h, kOffice0 + QStringLiteral(".userNumbers"))));
        QVERIFY(!h.find<QPushButton>(kOffice0 + QStringLiteral(".reserve"))->isEnabled());
        setSpin(h, kOffice0 + QStringLiteral(".totalNumbers"), QStringLiteral("9"));
        QCOMPARE(h.order().countries.at(0).offices.at(0).resourceAccountNumbers, 4);
        QVERIFY(!h.canGoNext()); // the 12 numbers reserved before do not fit 9
        click(h, kOffice0 + QStringLiteral(".reserve"));
        QVERIFY(h.canGoNext());
    }
}

void TstWizardOffices::userNumbersAbovePlanUsers()
{
    const Catalog catalog = Catalog::bundled().value();
    {
        WizardHarness h(withOffice(catalog));
        goToOffices(h);
        QCOMPARE(h.order().countries.at(0).planUsers(), 8);
        setSpin(h, kOffice0 + QStringLiteral(".userNumbers"), QStringLiteral("9"));
        QCOMPARE(h.order().countries.at(0).offices.at(0).userNumbers, 9);
        QVERIFY(!h.canGoNext());
        // The country's rule is listed on the page in words.
        const QString panel = labelText(h, QStringLiteral("problemSummary"));
        QVERIFY2(panel.contains(QStringLiteral("the voice plans cover 8 users")),
                 qPrintable(panel));
        setSpin(h, kOffice0 + QStringLiteral(".userNumbers"), QStringLiteral("8"));
        QVERIFY(!h.canGoNext()); // the changed counts released the reserved numbers
        click(h, kOffice0 + QStringLiteral(".reserve"));
        QVERIFY(h.canGoNext());
    }
    {
        // A resumed draft shows it beside the country's offices.
        Order order = withOffice(catalog);
        order.countries[0].offices[0].userNumbers = 10;
        order.countries[0].offices[0].resourceAccountNumbers = 2;
        order.stepReached = Step::Contacts;
        WizardHarness h(order);
        goToOffices(h);
        QVERIFY(!h.canGoNext());
        const QString m = message(h, QStringLiteral("countries[0].offices"));
        QVERIFY2(m.contains(QStringLiteral("the voice plans cover 8 users")), qPrintable(m));
    }
}

void TstWizardOffices::areaCodeOfAnotherCity()
{
    WizardHarness h(withOffice(Catalog::bundled().value()));
    goToOffices(h);
    QVERIFY(h.canGoNext());
    h.type(kOffice0 + QStringLiteral(".areaCode"), QStringLiteral("30"));
    QCOMPARE(h.order().countries.at(0).offices.at(0).areaCode, QStringLiteral("30"));
    QVERIFY(!h.canGoNext());
    const QString m = message(h, kOffice0 + QStringLiteral(".areaCode"));
    QVERIFY2(m.contains(QStringLiteral("belongs to Berlin, not to Frankfurt am Main")),
             qPrintable(m));
    h.type(kOffice0 + QStringLiteral(".areaCode"), QStringLiteral("069"));
    QVERIFY(message(h, kOffice0 + QStringLiteral(".areaCode")).isEmpty());
    // Area 30 released the numbers of area 69: they are reserved again for 69.
    QVERIFY(!h.canGoNext());
    click(h, kOffice0 + QStringLiteral(".reserve"));
    QVERIFY(h.canGoNext());
}

void TstWizardOffices::clipOptionsFollowTheCountry()
{
    const Catalog catalog = Catalog::bundled().value();
    WizardHarness h(withOffice(catalog, {QStringLiteral("DE"), QStringLiteral("NL")}));
    goToOffices(h);
    auto *de = h.find<QComboBox>(QStringLiteral("countries[0].options.clipMode"));
    auto *nl = h.find<QComboBox>(QStringLiteral("countries[1].options.clipMode"));
    QVERIFY(de && nl);
    // Germany allows screening only.
    QCOMPARE(de->count(), 1);
    QVERIFY(de->findData(clipModeKey(ClipMode::PresentationNumber)) < 0);
    QVERIFY(de->findData(clipModeKey(ClipMode::NoScreening)) < 0);
    QVERIFY(!h.find<PhoneField>(QStringLiteral("countries[0].options.presentationNumber"))
                 ->isVisible());
    // The Netherlands allow all three; a presentation number asks for the number.
    QCOMPARE(nl->count(), 3);
    auto *presentation =
        h.find<PhoneField>(QStringLiteral("countries[1].options.presentationNumber"));
    QVERIFY(!presentation->isVisible());
    nl->setCurrentIndex(nl->findData(clipModeKey(ClipMode::PresentationNumber)));
    QCOMPARE(h.order().countries.at(1).options.clipMode, ClipMode::PresentationNumber);
    QVERIFY(presentation->isVisible());
    QVERIFY(!h.canGoNext()); // the number is missing
    h.type(QStringLiteral("countries[1].options.presentationNumber"),
           QStringLiteral("020 123 4567"));
    QCOMPARE(h.order().countries.at(1).options.presentationNumber, QStringLiteral("+31201234567"));
    QVERIFY(h.canGoNext());
    // The option costs a configuration fee.
    QVERIFY(labelText(h, QStringLiteral("countries[1].fees"))
                .contains(QStringLiteral("CLIP configuration")));
}

void TstWizardOffices::servicesNeedResourceNumbers()
{
    WizardHarness h(withOffice(Catalog::bundled().value()));
    goToOffices(h);
    setSpin(h, QStringLiteral("countries[0].options.autoAttendants"), QStringLiteral("3"));
    setSpin(h, QStringLiteral("countries[0].options.callQueues"), QStringLiteral("2"));
    QCOMPARE(h.order().countries.at(0).options.autoAttendants, 3);
    QCOMPARE(h.order().countries.at(0).options.callQueues, 2);
    QVERIFY(!h.canGoNext()); // 5 services, 4 resource-account numbers
    QVERIFY(labelText(h, QStringLiteral("countries[0].options.resourceNote"))
                .contains(QStringLiteral("5 needed, 4 planned")));
    QVERIFY(message(h, QStringLiteral("countries[0].options.autoAttendants"))
                .contains(QStringLiteral("resource accounts")));
    setSpin(h, kOffice0 + QStringLiteral(".resourceAccountNumbers"), QStringLiteral("5"));
    QVERIFY(message(h, QStringLiteral("countries[0].options.autoAttendants")).isEmpty());
    click(h, kOffice0 + QStringLiteral(".reserve")); // 13 numbers now, not the 12 reserved
    QVERIFY(h.canGoNext());

    // Call forwarding with a target.
    auto *forwarding = h.find<QCheckBox>(QStringLiteral("countries[0].options.callForwarding"));
    forwarding->setFocus();
    QTest::keyClick(forwarding, Qt::Key_Space);
    QVERIFY(h.order().countries.at(0).options.callForwarding);
    QVERIFY(!h.canGoNext());
    h.type(QStringLiteral("countries[0].options.callForwardingTarget"),
           QStringLiteral("069 1234 5678"));
    QCOMPARE(h.order().countries.at(0).options.callForwardingTarget,
             QStringLiteral("+496912345678"));
    QVERIFY(h.canGoNext());
}

void TstWizardOffices::editingValidatedAddressUnvalidates()
{
    WizardHarness h(withOffice(Catalog::bundled().value()));
    goToOffices(h);
    QCOMPARE(h.order().countries.at(0).offices.at(0).validation, AddressValidation::Validated);
    QVERIFY(labelText(h, kOffice0 + QStringLiteral(".validationStatus"))
                .contains(QStringLiteral("Validated")));
    h.type(kOffice0 + QStringLiteral(".address.houseNumber"), QStringLiteral("14"));
    const Office &o = h.order().countries.at(0).offices.at(0);
    QCOMPARE(o.address.houseNumber, QStringLiteral("14"));
    QCOMPARE(o.validation, AddressValidation::NotValidated);
    QVERIFY(o.validatedAddressId.isEmpty());
    QVERIFY(!o.geocode.has_value());
    QVERIFY2(labelText(h, kOffice0 + QStringLiteral(".validationStatus"))
                 .contains(QStringLiteral("the earlier validation no longer applies")),
             qPrintable(labelText(h, kOffice0 + QStringLiteral(".validationStatus"))));
}

void TstWizardOffices::backAndNextKeepEverything()
{
    WizardHarness h(
        withoutOffices(Catalog::bundled().value(), {QStringLiteral("DE"), QStringLiteral("NL")}));
    goToOffices(h);
    click(h, QStringLiteral("countries[0].addOffice"));
    fillFrankfurtAddress(h);
    h.type(kOffice0 + QStringLiteral(".areaCode"), QStringLiteral("69"));
    setSpin(h, kOffice0 + QStringLiteral(".totalNumbers"), QStringLiteral("6"));
    setSpin(h, kOffice0 + QStringLiteral(".userNumbers"), QStringLiteral("5"));
    click(h, kOffice0 + QStringLiteral(".validate"));
    click(h, kOffice0 + QStringLiteral(".reserve"));
    click(h, QStringLiteral("countries[1].addOffice"));
    const QString nl = QStringLiteral("countries[1].offices[0]");
    h.type(nl + QStringLiteral(".address.street"), QStringLiteral("Damrak"));
    h.type(nl + QStringLiteral(".address.postalCode"), QStringLiteral("1012"));
    h.type(nl + QStringLiteral(".address.city"), QStringLiteral("Amsterdam"));
    h.type(nl + QStringLiteral(".areaCode"), QStringLiteral("20"));
    setSpin(h, nl + QStringLiteral(".totalNumbers"), QStringLiteral("3"));
    setSpin(h, nl + QStringLiteral(".userNumbers"), QStringLiteral("3"));
    setSpin(h, QStringLiteral("countries[1].options.autoAttendants"), QStringLiteral("0"));
    auto *nlClip = h.find<QComboBox>(QStringLiteral("countries[1].options.clipMode"));
    nlClip->setCurrentIndex(nlClip->findData(clipModeKey(ClipMode::NoScreening)));
    QVERIFY(!h.canGoNext()); // the Amsterdam address is not sent for validation yet
    click(h, nl + QStringLiteral(".validate"));
    QVERIFY(!h.canGoNext()); // nor its numbers for reservation
    click(h, nl + QStringLiteral(".reserve"));
    QVERIFY(h.canGoNext());
    const Order before = h.order();

    h.back();
    QCOMPARE(h.current(), Step::Porting);
    h.next();
    QCOMPARE(h.current(), Step::Offices);
    h.next();
    QCOMPARE(h.current(), Step::Contacts);
    h.back();
    QCOMPARE(h.current(), Step::Offices);

    Order after = h.order();
    after.stepReached = before.stepReached;
    QCOMPARE(after.countries, before.countries);
    QCOMPARE(h.find<QLineEdit>(kOffice0 + QStringLiteral(".address.street"))->text(),
             QStringLiteral("Kaiserstraße"));
    QCOMPARE(h.find<QLineEdit>(kOffice0 + QStringLiteral(".address.city"))->text(),
             QStringLiteral("Frankfurt am Main"));
    QCOMPARE(h.find<QComboBox>(kOffice0 + QStringLiteral(".areaCode"))->currentText(),
             QStringLiteral("69"));
    QCOMPARE(spinValue(h, kOffice0 + QStringLiteral(".totalNumbers")), 6);
    QCOMPARE(spinValue(h, kOffice0 + QStringLiteral(".userNumbers")), 5);
    QCOMPARE(spinValue(h, kOffice0 + QStringLiteral(".resourceAccountNumbers")), 1);
    QVERIFY(labelText(h, kOffice0 + QStringLiteral(".reservation"))
                .contains(QStringLiteral("Reservation queued — new numbers: 6 ")));
    QCOMPARE(h.find<QLineEdit>(nl + QStringLiteral(".address.street"))->text(),
             QStringLiteral("Damrak"));
    QCOMPARE(h.find<QComboBox>(QStringLiteral("countries[1].options.clipMode"))->currentData(),
             QVariant(clipModeKey(ClipMode::NoScreening)));
    QVERIFY(h.canGoNext());
}

void TstWizardOffices::portingCountryHasNoOffices()
{
    const Catalog catalog = Catalog::bundled().value();
    Order order = fixtures::portingOrder(catalog, kToday);
    Order nl = withOffice(catalog, {QStringLiteral("NL")});
    order.countries.append(nl.countries.first());
    order.stepReached = Step::Porting;
    WizardHarness h(order);
    goToOffices(h);
    QVERIFY(!h.find<QPushButton>(QStringLiteral("countries[0].addOffice")));
    QVERIFY(!h.find<QGroupBox>(QStringLiteral("countries[0]")));
    QVERIFY(labelText(h, QStringLiteral("countries[0].keepsNumbers"))
                .contains(QStringLiteral("Existing numbers are kept in")));
    QVERIFY(h.find<QPushButton>(QStringLiteral("countries[1].addOffice")));
    QVERIFY(h.find<QGroupBox>(QStringLiteral("countries[1].offices[0]")));
    QVERIFY(h.canGoNext());
}

void TstWizardOffices::reserveWaitsForValidation()
{
    WizardHarness h(withoutOffices(Catalog::bundled().value()));
    goToOffices(h);
    click(h, QStringLiteral("countries[0].addOffice"));
    fillFrankfurtAddress(h);
    h.type(kOffice0 + QStringLiteral(".areaCode"), QStringLiteral("69"));
    setSpin(h, kOffice0 + QStringLiteral(".totalNumbers"), QStringLiteral("3"));
    auto *reserve = h.find<QPushButton>(kOffice0 + QStringLiteral(".reserve"));
    QVERIFY(reserve);

    // A complete address and valid counts are not enough: the address is not validated.
    QCOMPARE(h.order().countries.at(0).offices.at(0).totalNumbers, 3);
    QVERIFY(!reserve->isEnabled());
    QVERIFY2(reserve->toolTip().contains(QStringLiteral("validate it first")),
             qPrintable(reserve->toolTip()));
    QTest::mouseClick(reserve, Qt::LeftButton);
    QVERIFY(!h.order().countries.at(0).offices.at(0).reservationRequested);

    // Validation queued (the service is not reachable yet): Reserve opens.
    click(h, kOffice0 + QStringLiteral(".validate"));
    QVERIFY(reserve->isEnabled());

    // A change of the address makes it a new, unvalidated one: Reserve closes again.
    h.type(kOffice0 + QStringLiteral(".address.houseNumber"), QStringLiteral("14"));
    QVERIFY(!reserve->isEnabled());
    click(h, kOffice0 + QStringLiteral(".validate"));
    click(h, kOffice0 + QStringLiteral(".reserve"));
    QVERIFY(h.order().countries.at(0).offices.at(0).reservationRequested);
}

void TstWizardOffices::validateAndReserveAskTheCarrier()
{
    WizardHarness h(withoutOffices(Catalog::bundled().value()));
    goToOffices(h);
    QList<QPair<OrderWizard::CarrierRequest, QString>> asked;
    QObject::connect(&h.wizard(), &OrderWizard::carrierRequested,
                     [&asked](OrderWizard::CarrierRequest r, const QString &office) {
                         asked.append({r, office});
                     });
    click(h, QStringLiteral("countries[0].addOffice"));
    fillFrankfurtAddress(h);
    h.type(kOffice0 + QStringLiteral(".areaCode"), QStringLiteral("69"));
    setSpin(h, kOffice0 + QStringLiteral(".totalNumbers"), QStringLiteral("2"));
    const QString id = h.order().countries.at(0).offices.at(0).id;
    QVERIFY(asked.isEmpty());
    click(h, kOffice0 + QStringLiteral(".validate"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).first, OrderWizard::CarrierRequest::ValidateAddress);
    QCOMPARE(asked.at(0).second, id);
    // Asked with the request already in the order: the outbox reads it from there.
    QVERIFY(h.order().countries.at(0).offices.at(0).validationRequested);

    // The address service answers: the page shows it without the rep doing anything.
    h.wizard().applyCarrierChange([&id](Order &o) {
        Office &office = o.countries[0].offices[0];
        QCOMPARE(office.id, id);
        office.validation = AddressValidation::Validated;
        office.validationRequested = false;
        office.validatedAddressId = QStringLiteral("addr-1");
        office.geocode = GeoPoint{50.11, 8.68};
    });
    QVERIFY2(labelText(h, kOffice0 + QStringLiteral(".validationStatus"))
                 .contains(QStringLiteral("Validated by the carrier")),
             qPrintable(labelText(h, kOffice0 + QStringLiteral(".validationStatus"))));

    click(h, kOffice0 + QStringLiteral(".reserve"));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(1).first, OrderWizard::CarrierRequest::ReserveNumbers);
    QCOMPARE(asked.at(1).second, id);
    h.wizard().applyCarrierChange([](Order &o) {
        Office &office = o.countries[0].offices[0];
        office.reservationRequested = false;
        office.reservationId = QStringLiteral("res-1");
        office.reservedNumbers = {QStringLiteral("+4969123450001"),
                                  QStringLiteral("+4969123450002")};
    });
    QVERIFY2(labelText(h, kOffice0 + QStringLiteral(".reservation"))
                 .contains(QStringLiteral("✔ Numbers reserved (2): 069 ")),
             qPrintable(labelText(h, kOffice0 + QStringLiteral(".reservation"))));
    QCOMPARE(h.find<QLabel>(kOffice0 + QStringLiteral(".reservation"))->toolTip(),
             QStringLiteral("+4969123450001, +4969123450002"));

    // The carrier's word on the office is shown under its address.
    h.wizard().setCarrierNote(QStringLiteral("office:") + id,
                              QStringLiteral("No more numbers are free in area code 69."));
    QVERIFY(labelText(h, kOffice0 + QStringLiteral(".validationStatus"))
                .contains(QStringLiteral("No more numbers are free")));
}

void TstWizardOffices::reservedNumbersReadAsRanges()
{
    // Consecutive numbers read as one range, whatever their count; a gap starts another.
    WizardHarness h(withOffice(Catalog::bundled().value()));
    goToOffices(h);
    h.wizard().applyCarrierChange([](Order &o) {
        Office &office = o.countries[0].offices[0];
        office.reservedNumbers = {
            QStringLiteral("+4969123450098"), QStringLiteral("+4969123450099"),
            QStringLiteral("+4969123450100"), QStringLiteral("+4969123450200")};
    });
    QCOMPARE(labelText(h, kOffice0 + QStringLiteral(".reservation")),
             QStringLiteral("✔ Numbers reserved (4): 069 123450098 – 069 123450100, "
                            "069 123450200"));
    QCOMPARE(h.find<QLabel>(kOffice0 + QStringLiteral(".reservation"))->toolTip(),
             QStringLiteral("+4969123450098, +4969123450099, +4969123450100, +4969123450200"));
}

void TstWizardOffices::countsChangeReleasesReservedNumbers()
{
    WizardHarness h(withOffice(Catalog::bundled().value()));
    goToOffices(h);
    {
        const Office &o = h.order().countries.at(0).offices.at(0);
        QCOMPARE(o.reservedNumbers.size(), 12);
        QVERIFY(!o.reservationId.isEmpty());
    }
    QVERIFY(labelText(h, kOffice0 + QStringLiteral(".reservation"))
                .contains(QStringLiteral("✔ Numbers reserved (12): 069 ")));
    // Reserved for this address and these counts: nothing to reserve again.
    auto *reserve = h.find<QPushButton>(kOffice0 + QStringLiteral(".reserve"));
    QVERIFY(!reserve->isEnabled());

    // One more number: the 12 reserved ones no longer match the office, and the rep is told;
    // the carrier is told to free them.
    const QString reservationId = h.order().countries.at(0).offices.at(0).reservationId;
    QSignalSpy freed(&h.wizard(), &OrderWizard::reservationReleased);
    setSpin(h, kOffice0 + QStringLiteral(".resourceAccountNumbers"), QStringLiteral("5"));
    QCOMPARE(freed.size(), 1);
    QCOMPARE(freed.first().first().toString(), reservationId);
    {
        const Office &o = h.order().countries.at(0).offices.at(0);
        QCOMPARE(o.totalNumbers, 13);
        QVERIFY(o.reservedNumbers.isEmpty());
        QVERIFY(o.reservationId.isEmpty());
        QVERIFY(!o.reservationRequested);
    }
    const QString released = labelText(h, kOffice0 + QStringLiteral(".reservation"));
    QVERIFY2(released.contains(QStringLiteral("the numbers reserved before (12) no longer apply")),
             qPrintable(released));
    // What to do is said once, by the rule under the numbers: it is an error until Reserve.
    QVERIFY2(!released.contains(QStringLiteral("press Reserve")), qPrintable(released));
    const QString rule = message(h, kOffice0 + QStringLiteral(".reservedNumbers"));
    QVERIFY2(rule.contains(QStringLiteral("✖")) &&
                 rule.contains(QStringLiteral("the numbers are not reserved: press Reserve")),
             qPrintable(rule));
    QVERIFY(!h.canGoNext());
    QVERIFY(reserve->isEnabled());

    click(h, kOffice0 + QStringLiteral(".reserve"));
    QVERIFY(h.order().countries.at(0).offices.at(0).reservationRequested);
    QVERIFY(labelText(h, kOffice0 + QStringLiteral(".reservation"))
                .contains(QStringLiteral("Reservation queued — new numbers: 13 ")));
    QVERIFY(h.canGoNext());

    // A queued Reserve asked for 13: other counts withdraw it, rather than the line quietly
    // showing counts that were never asked for.
    setSpin(h, kOffice0 + QStringLiteral(".resourceAccountNumbers"), QStringLiteral("6"));
    QCOMPARE(h.order().countries.at(0).offices.at(0).totalNumbers, 14);
    QVERIFY(!h.order().countries.at(0).offices.at(0).reservationRequested);
    const QString withdrawn = labelText(h, kOffice0 + QStringLiteral(".reservation"));
    QVERIFY2(!withdrawn.contains(QStringLiteral("Reservation queued")) &&
                 withdrawn.contains(QStringLiteral("reservation asked for then is withdrawn")),
             qPrintable(withdrawn));
    QVERIFY(message(h, kOffice0 + QStringLiteral(".reservedNumbers"))
                .contains(QStringLiteral("press Reserve")));
    QVERIFY(!h.canGoNext());
}

void TstWizardOffices::areaCodeChangeReleasesReservedNumbers()
{
    WizardHarness h(withOffice(Catalog::bundled().value()));
    goToOffices(h);
    const QStringList reserved = h.order().countries.at(0).offices.at(0).reservedNumbers;
    QCOMPARE(reserved.size(), 12);
    auto *area = h.find<QLineEdit>(kOffice0 + QStringLiteral(".areaCode"));
    QVERIFY(area);

    // The same area typed with its trunk prefix keeps the numbers.
    h.type(kOffice0 + QStringLiteral(".areaCode"), QStringLiteral("069"));
    QCOMPARE(h.order().countries.at(0).offices.at(0).reservedNumbers, reserved);

    // Typing another code keeps them until the rep leaves the field ...
    area->setFocus();
    area->selectAll();
    QTest::keyClick(area, Qt::Key_Delete);
    QTest::keyClicks(area, QStringLiteral("611"));
    QCOMPARE(h.order().countries.at(0).offices.at(0).areaCode, QStringLiteral("611"));
    QCOMPARE(h.order().countries.at(0).offices.at(0).reservedNumbers, reserved);
    // ... then they are released: they belong to area 69.
    QMetaObject::invokeMethod(area, "editingFinished");
    const Office &o = h.order().countries.at(0).offices.at(0);
    QVERIFY(o.reservedNumbers.isEmpty());
    QVERIFY(o.reservationId.isEmpty());
    QVERIFY(!o.reservationRequested);
    const QString released = labelText(h, kOffice0 + QStringLiteral(".reservation"));
    QVERIFY2(released.contains(QStringLiteral("the numbers reserved before (12) no longer apply")),
             qPrintable(released));
}

void TstWizardOffices::areaCodeStoredWithoutTrunkPrefix()
{
    const Catalog catalog = Catalog::bundled().value();
    {
        WizardHarness h(withoutOffices(catalog));
        goToOffices(h);
        click(h, QStringLiteral("countries[0].addOffice"));
        fillFrankfurtAddress(h);
        h.type(kOffice0 + QStringLiteral(".areaCode"), QStringLiteral("069"));
        QCOMPARE(h.order().countries.at(0).offices.at(0).areaCode, QStringLiteral("69"));
        QVERIFY(message(h, kOffice0 + QStringLiteral(".areaCode")).isEmpty());
        h.type(kOffice0 + QStringLiteral(".areaCode"), QStringLiteral("0 69"));
        QCOMPARE(h.order().countries.at(0).offices.at(0).areaCode, QStringLiteral("69"));
    }
    {
        // Italy has no trunk prefix: Rome's 06 keeps its 0.
        WizardHarness h(withOffice(catalog, {QStringLiteral("IT")}));
        goToOffices(h);
        h.type(kOffice0 + QStringLiteral(".areaCode"), QStringLiteral("06"));
        QCOMPARE(h.order().countries.at(0).offices.at(0).areaCode, QStringLiteral("06"));
    }
}

void TstWizardOffices::notesSurviveRebuilds()
{
    // What the editor knows beyond the order (validation queued, the users asked for, numbers
    // released) stays when the page rebuilds its editors: here, when another office is added.
    const Catalog catalog = Catalog::bundled().value();
    Order order = withOffice(catalog);
    order.countries[0].plans[0].quantity = 20;
    WizardHarness h(order);
    goToOffices(h);
    const QString second = QStringLiteral("countries[0].offices[1]");
    click(h, QStringLiteral("countries[0].addOffice"));
    h.type(second + QStringLiteral(".address.street"), QStringLiteral("Kaiserstraße"));
    h.type(second + QStringLiteral(".address.postalCode"), QStringLiteral("60311"));
    h.type(second + QStringLiteral(".address.city"), QStringLiteral("Frankfurt am Main"));
    click(h, second + QStringLiteral(".validate"));
    // 12 numbers, 8 for users; the total lowered to 5 for a moment, then raised again.
    setSpin(h, second + QStringLiteral(".totalNumbers"), QStringLiteral("12"));
    setSpin(h, second + QStringLiteral(".userNumbers"), QStringLiteral("8"));
    setSpin(h, second + QStringLiteral(".totalNumbers"), QStringLiteral("5"));
    QCOMPARE(spinValue(h, second + QStringLiteral(".userNumbers")), 5);
    // The first office's reserved numbers are released by a change of its counts.
    setSpin(h, kOffice0 + QStringLiteral(".totalNumbers"), QStringLiteral("13"));
    QVERIFY(h.order().countries.at(0).offices.at(0).reservedNumbers.isEmpty());

    click(h, QStringLiteral("countries[0].addOffice"));
    QCOMPARE(h.order().countries.at(0).offices.size(), 3);

    QVERIFY2(message(h, second + QStringLiteral(".address"))
                 .contains(QStringLiteral("waits for the address service")),
             qPrintable(message(h, second + QStringLiteral(".address"))));
    QVERIFY(h.find<QPushButton>(second + QStringLiteral(".reserve"))->isEnabled());
    QVERIFY(labelText(h, kOffice0 + QStringLiteral(".reservation"))
                .contains(QStringLiteral("no longer apply")));
    setSpin(h, second + QStringLiteral(".totalNumbers"), QStringLiteral("12"));
    QCOMPARE(spinValue(h, second + QStringLiteral(".userNumbers")), 8);
    QCOMPARE(h.order().countries.at(0).offices.at(1).userNumbers, 8);
    QCOMPARE(h.order().countries.at(0).offices.at(1).resourceAccountNumbers, 4);

    // A validated address that was edited still says so after a rebuild (Remove, Undo).
    h.type(kOffice0 + QStringLiteral(".address.houseNumber"), QStringLiteral("14"));
    click(h, QStringLiteral("countries[0].offices[2].remove"));
    QVERIFY2(labelText(h, kOffice0 + QStringLiteral(".validationStatus"))
                 .contains(QStringLiteral("the earlier validation no longer applies")),
             qPrintable(labelText(h, kOffice0 + QStringLiteral(".validationStatus"))));
}

void TstWizardOffices::areaCodeExampleIsTheCitys()
{
    // An office in Amsterdam is not offered Frankfurt's "69" as the example.
    WizardHarness h(withoutOffices(Catalog::bundled().value(), {QStringLiteral("NL")}));
    goToOffices(h);
    click(h, QStringLiteral("countries[0].addOffice"));
    h.type(kOffice0 + QStringLiteral(".address.street"), QStringLiteral("Damrak"));
    h.type(kOffice0 + QStringLiteral(".address.postalCode"), QStringLiteral("1012 LG"));
    h.type(kOffice0 + QStringLiteral(".address.city"), QStringLiteral("Amsterdam"));
    QVERIFY(waitForAreaCode(h, QStringLiteral("20")));
    auto *area = h.find<QLineEdit>(kOffice0 + QStringLiteral(".areaCode"));
    QCOMPARE(area->placeholderText(), QStringLiteral("e.g. 20"));
}

void TstWizardOffices::reopenedDraftKeepsTheQueuedValidation()
{
    // Saved after Validate and Reserve (both queued), closed and reopened: the office still
    // says its validation is queued, and Reserve is still open.
    Order order = withOffice(Catalog::bundled().value());
    Office &o = order.countries[0].offices[0];
    o.validation = AddressValidation::NotValidated;
    o.validatedAddressId.clear();
    o.geocode.reset();
    o.reservationId.clear();
    o.reservedNumbers.clear();
    o.validationRequested = true;
    o.reservationRequested = true;
    WizardHarness h(order);
    goToOffices(h);
    const QString status = message(h, kOffice0 + QStringLiteral(".address"));
    QVERIFY2(status.contains(QStringLiteral("waits for the address service")), qPrintable(status));
    QVERIFY(h.find<QPushButton>(kOffice0 + QStringLiteral(".reserve"))->isEnabled());
}

void TstWizardOffices::validationQueuedSurvivesClosingTheDraft()
{
    // Validate pressed (the address service is unreachable), no Reserve yet; the draft is
    // closed, stored and opened again.
    QByteArray stored;
    {
        WizardHarness h(withoutOffices(Catalog::bundled().value()));
        goToOffices(h);
        click(h, QStringLiteral("countries[0].addOffice"));
        fillFrankfurtAddress(h);
        h.type(kOffice0 + QStringLiteral(".areaCode"), QStringLiteral("69"));
        setSpin(h, kOffice0 + QStringLiteral(".totalNumbers"), QStringLiteral("3"));
        click(h, kOffice0 + QStringLiteral(".validate"));
        QVERIFY(!h.order().countries.at(0).offices.at(0).reservationRequested);
        stored = orderToJsonBytes(h.order());
    }
    const Result<Order> reopened = orderFromJson(stored);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    WizardHarness h(reopened.value(), kToday, OrderWizard::OpenAt::StepReached);
    if (h.current() != Step::Offices)
        goToOffices(h);
    QCOMPARE(h.current(), Step::Offices);

    // Still queued: the rep is not asked to validate again, and Reserve is open.
    QVERIFY(h.order().countries.at(0).offices.at(0).validationRequested);
    const QString status = message(h, kOffice0 + QStringLiteral(".address"));
    QVERIFY2(status.contains(QStringLiteral("waits for the address service")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("press Validate")), qPrintable(status));
    auto *reserve = h.find<QPushButton>(kOffice0 + QStringLiteral(".reserve"));
    QVERIFY(reserve->isEnabled());
    // Reserve was never pressed: nothing would reserve the numbers, so Next waits for it.
    const QString numbers = message(h, kOffice0 + QStringLiteral(".reservedNumbers"));
    QVERIFY2(numbers.contains(QStringLiteral("the numbers are not reserved: press Reserve")),
             qPrintable(numbers));
    QVERIFY(!h.canGoNext());

    // An edited address is a new one: no longer queued, Validate again before Reserve.
    h.type(kOffice0 + QStringLiteral(".address.houseNumber"), QStringLiteral("14"));
    QVERIFY(!h.order().countries.at(0).offices.at(0).validationRequested);
    QVERIFY(!reserve->isEnabled());
    QVERIFY2(message(h, kOffice0 + QStringLiteral(".address"))
                 .contains(QStringLiteral("press Validate")),
             qPrintable(message(h, kOffice0 + QStringLiteral(".address"))));
    QVERIFY(!h.canGoNext());
    click(h, kOffice0 + QStringLiteral(".validate"));
    QVERIFY(h.order().countries.at(0).offices.at(0).validationRequested);
    QVERIFY(reserve->isEnabled());
    QVERIFY(!h.canGoNext());
    click(h, kOffice0 + QStringLiteral(".reserve"));
    QVERIFY2(message(h, kOffice0 + QStringLiteral(".reservedNumbers"))
                 .contains(QStringLiteral("the reservation waits for the number service")),
             qPrintable(message(h, kOffice0 + QStringLiteral(".reservedNumbers"))));
    QVERIFY(h.canGoNext());
}

void TstWizardOffices::queuedStatesAreShownOnce()
{
    // Validate and Reserve both queued, the draft reopened (every message shown): the office
    // says once that its address is not validated, and once that its numbers are not reserved
    // — not in a status line and again in the rule's message under it.
    Order order = withOffice(Catalog::bundled().value());
    Office &o = order.countries[0].offices[0];
    o.validation = AddressValidation::NotValidated;
    o.validatedAddressId.clear();
    o.geocode.reset();
    o.validationRequested = true;
    o.reservationId.clear();
    o.reservedNumbers.clear();
    o.reservationRequested = true;
    order.stepReached = Step::Offices;
    WizardHarness h(order, kToday, OrderWizard::OpenAt::StepReached);
    QCOMPARE(h.current(), Step::Offices);
    auto *box = h.find<QGroupBox>(kOffice0);
    QVERIFY(box);
    QStringList shown;
    for (QLabel *label : box->findChildren<QLabel *>())
        if (label->isVisible() && !label->text().isEmpty())
            shown << label->text();
    const auto count = [&shown](const QString &words, Qt::CaseSensitivity cs) {
        return std::count_if(shown.cbegin(), shown.cend(),
                             [&](const QString &t) { return t.contains(words, cs); });
    };
    const QString all = shown.join(QLatin1Char('\n'));
    QVERIFY2(count(QStringLiteral("not validated"), Qt::CaseInsensitive) == 1, qPrintable(all));
    QVERIFY2(count(QStringLiteral("reserved"), Qt::CaseSensitive) == 1, qPrintable(all));
    // What is queued is still said: the numbers asked for, and what each one waits for.
    QVERIFY2(all.contains(QStringLiteral("Reservation queued — new numbers: 12")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("waits for the address service")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("waits for the number service")), qPrintable(all));
}

void TstWizardOffices::countryNameReadsInSentences()
{
    // "In the Netherlands …", not "In Netherlands …"; the heading keeps the plain name.
    WizardHarness h(withOffice(Catalog::bundled().value(), {QStringLiteral("NL")}));
    goToOffices(h);
    const QString intro = labelText(h, QStringLiteral("countries[0].intro"));
    QVERIFY2(intro.contains(QStringLiteral("In the Netherlands the area code must belong")),
             qPrintable(intro));
    auto *services = h.find<QGroupBox>(QStringLiteral("countries[0].options"));
    QVERIFY(services);
    QCOMPARE(services->title(), QStringLiteral("Additional services in the Netherlands"));
    auto *section = h.find<QGroupBox>(QStringLiteral("countries[0]"));
    QVERIFY(section);
    QCOMPARE(section->title(), QStringLiteral("Netherlands: offices and new numbers"));
}

/// ORDERDESK_SCREENSHOTS=dir saves the page with realistic data, to look at.
void TstWizardOffices::screenshot()
{
    const QString dir = qEnvironmentVariable("ORDERDESK_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set ORDERDESK_SCREENSHOTS to a directory to save screenshots");
    // Amsterdam: validation and reservation queued; its numbers in "the Netherlands".
    Order order = withOffice(Catalog::bundled().value(), {QStringLiteral("NL")});
    Office &o = order.countries[0].offices[0];
    o.validation = AddressValidation::NotValidated;
    o.validatedAddressId.clear();
    o.geocode.reset();
    o.validationRequested = true;
    o.reservationId.clear();
    o.reservedNumbers.clear();
    o.reservationRequested = true;
    order.stepReached = Step::Offices;
    WizardHarness h(order, kToday, OrderWizard::OpenAt::StepReached);
    QCOMPARE(h.current(), Step::Offices);
    QTest::qWait(50);
    QVERIFY(h.wizard().grab().save(dir + QStringLiteral("/offices-queued.png")));
}

QTEST_MAIN(TstWizardOffices)
#include "tst_wizard_offices.moc"
