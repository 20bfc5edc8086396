// Step 5, Contacts: the two contacts, "Same as order contact", Next gating, and the legal
// address with its confirmation.

#include "WizardHarness.h"
#include "widgets/PhoneField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>

using namespace od;
using namespace od::testing;

namespace {

QString message(const WizardHarness &h, const QString &path)
{
    auto *label = h.find<QLabel>(QStringLiteral("message:") + path);
    return label && label->isVisible() ? label->text() : QString();
}

QString text(const WizardHarness &h, const QString &name)
{
    auto *edit = h.find<QLineEdit>(name);
    return edit ? edit->text() : QStringLiteral("<missing>");
}

/// A valid order whose contacts and legal address are still empty.
Order withoutContacts(const Catalog &catalog)
{
    Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 5, 0);
    o.orderContact = {};
    o.technicalContact = {};
    o.legalAddress = {};
    o.legalAddressConfirmed = false;
    o.stepReached = Step::Offices;
    return o;
}

void goTo(WizardHarness &h, Step step)
{
    for (int i = 0; i < 8 && h.current() != step && h.canGoNext(); ++i)
        h.next();
    QCOMPARE(h.current(), step);
}

void fillOrderContact(WizardHarness &h)
{
    h.type(QStringLiteral("orderContact.name"), QStringLiteral("Alex Example"));
    h.type(QStringLiteral("orderContact.email"), QStringLiteral("alex@contoso.example.com"));
    h.type(QStringLiteral("orderContact.phone"), QStringLiteral("069 123456789"));
    h.type(QStringLiteral("orderContact.jobTitle"), QStringLiteral("IT lead"));
}

void fillLegalAddress(WizardHarness &h)
{
    h.type(QStringLiteral("legalAddress.companyName"), QStringLiteral("Contoso Ltd"));
    h.type(QStringLiteral("legalAddress.street"), QStringLiteral("Kaiserstraße"));
    h.type(QStringLiteral("legalAddress.houseNumber"), QStringLiteral("1"));
    h.type(QStringLiteral("legalAddress.postalCode"), QStringLiteral("60311"));
    h.type(QStringLiteral("legalAddress.city"), QStringLiteral("Frankfurt am Main"));
    auto *country = h.find<QComboBox>(QStringLiteral("legalAddress.country"));
    QVERIFY(country);
    country->setFocus();
    QTest::keyClicks(country, QStringLiteral("Germ"));
    QCOMPARE(country->currentData().toString(), QStringLiteral("DE"));
}

void tick(QCheckBox *box)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

} // namespace

class TstWizardContacts : public QObject
{
    Q_OBJECT
private slots:
    void copyOrderContactInOneClick()
    {
        const Catalog catalog = Catalog::bundled().value();
        WizardHarness h(withoutContacts(catalog));
        goTo(h, Step::Contacts);
        QVERIFY(!h.canGoNext());
        fillOrderContact(h);
        QCOMPARE(h.order().orderContact.phone, QStringLiteral("+4969123456789"));
        QVERIFY(text(h, QStringLiteral("technicalContact.name")).isEmpty());

        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("sameAsOrderContactButton")),
                          Qt::LeftButton);
        QCOMPARE(h.order().technicalContact, h.order().orderContact);
        QCOMPARE(text(h, QStringLiteral("technicalContact.name")), QStringLiteral("Alex Example"));
        QCOMPARE(text(h, QStringLiteral("technicalContact.email")),
                 QStringLiteral("alex@contoso.example.com"));
        QCOMPARE(text(h, QStringLiteral("technicalContact.jobTitle")), QStringLiteral("IT lead"));
        QCOMPARE(h.find<PhoneField>(QStringLiteral("technicalContact.phone"))->value(),
                 QStringLiteral("+4969123456789"));

        // The copy is independent: changing it leaves the order contact alone.
        h.type(QStringLiteral("technicalContact.name"), QStringLiteral("Sam Example"));
        QCOMPARE(h.order().technicalContact.name, QStringLiteral("Sam Example"));
        QCOMPARE(h.order().orderContact.name, QStringLiteral("Alex Example"));
    }

    void nextGating()
    {
        const Catalog catalog = Catalog::bundled().value();
        WizardHarness h(withoutContacts(catalog));
        goTo(h, Step::Contacts);
        fillOrderContact(h);
        fillLegalAddress(h);
        tick(h.find<QCheckBox>(QStringLiteral("legalAddressConfirmed")));
        QVERIFY(!h.canGoNext()); // the technical contact is empty

        h.type(QStringLiteral("technicalContact.name"), QStringLiteral("Sam Example"));
        h.type(QStringLiteral("technicalContact.email"), QStringLiteral("sam@contoso"));
        h.type(QStringLiteral("technicalContact.phone"), QStringLiteral("+49 69 123456780"));
        QVERIFY(!h.canGoNext());
        QVERIFY2(message(h, QStringLiteral("technicalContact.email"))
                     .contains(QStringLiteral("not valid")),
                 qPrintable(message(h, QStringLiteral("technicalContact.email"))));
        h.type(QStringLiteral("technicalContact.email"), QStringLiteral("sam@contoso.example.com"));
        QVERIFY(h.canGoNext());

        h.type(QStringLiteral("technicalContact.phone"), QStringLiteral("12"));
        QVERIFY(!h.canGoNext());
        QVERIFY(!message(h, QStringLiteral("technicalContact.phone")).isEmpty());
        h.type(QStringLiteral("technicalContact.phone"), QStringLiteral("+49 69 123456780"));
        QVERIFY(h.canGoNext());

        h.next();
        QCOMPARE(h.current(), Step::Recap);
        // Back keeps everything.
        h.back();
        QCOMPARE(h.current(), Step::Contacts);
        QCOMPARE(text(h, QStringLiteral("technicalContact.email")),
                 QStringLiteral("sam@contoso.example.com"));
        QVERIFY(h.find<QCheckBox>(QStringLiteral("legalAddressConfirmed"))->isChecked());
    }

    void legalAddressConfirmation()
    {
        const Catalog catalog = Catalog::bundled().value();
        WizardHarness h(withoutContacts(catalog));
        goTo(h, Step::Contacts);
        fillOrderContact(h);
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("sameAsOrderContactButton")),
                          Qt::LeftButton);
        fillLegalAddress(h);
        QVERIFY(!h.canGoNext());
        auto *confirmed = h.find<QCheckBox>(QStringLiteral("legalAddressConfirmed"));
        QVERIFY(confirmed && !confirmed->isChecked());

        tick(confirmed);
        QVERIFY(h.order().legalAddressConfirmed);
        QVERIFY(h.canGoNext());
        const Address &a = h.order().legalAddress;
        QCOMPARE(a.companyName, QStringLiteral("Contoso Ltd"));
        QCOMPARE(a.city, QStringLiteral("Frankfurt am Main"));
        QCOMPARE(a.country, QStringLiteral("DE"));

        // Changing the address afterwards needs a new confirmation, and says so.
        h.type(QStringLiteral("legalAddress.houseNumber"), QStringLiteral("3"));
        QVERIFY(!h.order().legalAddressConfirmed);
        QVERIFY(!confirmed->isChecked());
        QVERIFY(!h.canGoNext());
        QVERIFY2(
            message(h, QStringLiteral("legalAddressConfirmed")).contains(QStringLiteral("Confirm")),
            qPrintable(message(h, QStringLiteral("legalAddressConfirmed"))));
        tick(confirmed);
        QVERIFY(h.canGoNext());

        // A missing part of the address blocks Next with its own message.
        h.type(QStringLiteral("legalAddress.postalCode"), QString());
        tick(confirmed);
        QVERIFY(!h.canGoNext());
        QVERIFY(message(h, QStringLiteral("legalAddress.postalCode"))
                    .contains(QStringLiteral("postal code")));
    }

    void prospectAddressPrefillsLegalAddress()
    {
        const Catalog catalog = Catalog::bundled().value();
        Order o = withoutContacts(catalog);
        o.customer.kind = CustomerKind::Prospect;
        o.customer.companyName = QStringLiteral("Fabrikam GmbH");
        o.customer.prospectAddress =
            fixtures::siteAddress(*fixtures::siteFor(QStringLiteral("DE")), QString(), 7);
        o.customer.prospectContact = fixtures::contact(QStringLiteral("Rita Example"),
                                                       QStringLiteral("rita@fabrikam.example"));
        WizardHarness h(o);
        goTo(h, Step::Contacts);
        QCOMPARE(text(h, QStringLiteral("legalAddress.companyName")),
                 QStringLiteral("Fabrikam GmbH"));
        QCOMPARE(text(h, QStringLiteral("legalAddress.street")), o.customer.prospectAddress.street);
        QCOMPARE(text(h, QStringLiteral("legalAddress.houseNumber")), QStringLiteral("7"));
        QCOMPARE(h.order().legalAddress.city, o.customer.prospectAddress.city);
        QCOMPARE(h.order().legalAddress.companyName, QStringLiteral("Fabrikam GmbH"));
        // Prefilled, but still to be confirmed with the customer.
        QVERIFY(!h.order().legalAddressConfirmed);
    }

    void existingLegalAddressIsNotOverwritten()
    {
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 5, 0);
        o.customer.kind = CustomerKind::Prospect;
        o.customer.prospectAddress =
            fixtures::siteAddress(*fixtures::siteFor(QStringLiteral("GB")), QString(), 7);
        o.customer.prospectContact = o.orderContact;
        o.stepReached = Step::Contacts;
        WizardHarness h(o);
        goTo(h, Step::Contacts);
        QCOMPARE(h.order().legalAddress, o.legalAddress);
        QCOMPARE(text(h, QStringLiteral("legalAddress.city")), o.legalAddress.city);
        QVERIFY(h.find<QCheckBox>(QStringLiteral("legalAddressConfirmed"))->isChecked());
        QCOMPARE(text(h, QStringLiteral("orderContact.email")), o.orderContact.email);
        QVERIFY(h.canGoNext());
    }

    void customerNamePrefillsLegalCompanyName()
    {
        // An existing customer: the company name typed on the first page is not asked again.
        const Catalog catalog = Catalog::bundled().value();
        WizardHarness h(withoutContacts(catalog));
        goTo(h, Step::Contacts);
        QCOMPARE(text(h, QStringLiteral("legalAddress.companyName")),
                 QStringLiteral("Contoso Ltd"));
        QCOMPARE(h.order().legalAddress.companyName, QStringLiteral("Contoso Ltd"));
        QVERIFY(h.order().legalAddress.street.isEmpty());
        QVERIFY(!h.order().legalAddressConfirmed);
    }
};

QTEST_MAIN(TstWizardContacts)
#include "tst_wizard_contacts.moc"
