// Step 1, Customer: each way of identifying the customer, Next gating, the tenant id cleaned as
// it is typed or pasted, and switching kinds without losing what was typed.

#include "WizardHarness.h"
#include "widgets/PhoneField.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

using namespace od;
using namespace od::testing;

namespace {

const QString kGuid = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");

QString message(const WizardHarness &h, const QString &path)
{
    auto *label = h.find<QLabel>(QStringLiteral("message:") + path);
    return label && label->isVisible() ? label->text() : QString();
}

void choose(WizardHarness &h, const char *radio)
{
    auto *button = h.find<QRadioButton>(QLatin1String(radio));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    QVERIFY(button->isChecked());
}

QString text(const WizardHarness &h, const QString &name)
{
    auto *edit = h.find<QLineEdit>(name);
    return edit ? edit->text() : QStringLiteral("<missing>");
}

} // namespace

class TstWizardCustomer : public QObject
{
    Q_OBJECT
private slots:
    void existingCustomer()
    {
        WizardHarness h;
        QCOMPARE(h.current(), Step::Customer);
        QVERIFY(!h.canGoNext());
        QVERIFY(h.find<QRadioButton>(QStringLiteral("customerKind.existing"))->isChecked());
        h.type(QStringLiteral("customer.companyName"), QStringLiteral("Contoso Ltd"));
        h.type(QStringLiteral("customer.ocn"), QStringLiteral("10023456"));
        h.type(QStringLiteral("customer.accountEmail"), QStringLiteral("it@contoso.example.com"));
        QVERIFY(!h.canGoNext()); // no tenant yet
        h.type(QStringLiteral("tenantId"), kGuid);
        QVERIFY(h.canGoNext());
        QCOMPARE(h.order().customer.kind, CustomerKind::Existing);
        QCOMPARE(h.order().customer.ocn, QStringLiteral("10023456"));
        QCOMPARE(h.order().customer.accountEmail, QStringLiteral("it@contoso.example.com"));
        QCOMPARE(h.order().customer.companyName, QStringLiteral("Contoso Ltd"));
        QCOMPARE(h.order().tenantId, kGuid);
        // Not verified: said in words, and it does not block the step.
        auto *status = h.find<QLabel>(QStringLiteral("verificationStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("not verified yet")),
                 qPrintable(status->text()));
        h.next();
        QCOMPARE(h.current(), Step::VoicePlans);
    }

    void accountCheckedWhenBothFieldsAreLeft()
    {
        WizardHarness h;
        QList<QPair<OrderWizard::CarrierRequest, QString>> asked;
        QObject::connect(&h.wizard(), &OrderWizard::carrierRequested,
                         [&asked](OrderWizard::CarrierRequest r, const QString &office) {
                             asked.append({r, office});
                         });
        h.type(QStringLiteral("customer.ocn"), QStringLiteral("10023456"));
        QVERIFY(asked.isEmpty()); // no e-mail yet
        h.type(QStringLiteral("customer.accountEmail"), QStringLiteral("it@contoso"));
        QVERIFY(asked.isEmpty()); // not an e-mail address yet: nothing to ask
        h.type(QStringLiteral("customer.accountEmail"), QStringLiteral("it@contoso.example.com"));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first, OrderWizard::CarrierRequest::CheckAccount);
        // Leaving the same fields again does not ask again; the button does.
        h.type(QStringLiteral("customer.ocn"), QStringLiteral("10023456"));
        QCOMPARE(asked.size(), 1);
        auto *check = h.find<QPushButton>(QStringLiteral("checkAccountButton"));
        QVERIFY(check && check->isVisible() && check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);

        // The answer, as the outbox gives it: the account is verified and the page says so.
        h.wizard().applyCarrierChange([](Order &o) { o.customer.verified = true; });
        auto *status = h.find<QLabel>(QStringLiteral("verificationStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("verified by the carrier")),
                 qPrintable(status->text()));
        QVERIFY(!check->isEnabled());

        // A tenant is typed: asked again, for the tenant's consent; once per tenant.
        h.type(QStringLiteral("tenantId"), kGuid);
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.last().first, OrderWizard::CarrierRequest::CheckAccount);
        h.type(QStringLiteral("tenantId"), kGuid);
        QCOMPARE(asked.size(), 3);
        h.wizard().setCarrierNote(QStringLiteral("customer"),
                                  QStringLiteral("The customer declined the carrier."));
        QVERIFY2(status->text().contains(QStringLiteral("verified by the carrier")) &&
                     status->text().contains(QStringLiteral("declined the carrier")),
                 qPrintable(status->text()));
    }

    void anotherOcnOrEmailIsNotVerified()
    {
        Order order = Order::create();
        order.customer.ocn = QStringLiteral("10023456");
        order.customer.accountEmail = QStringLiteral("it@contoso.example.com");
        order.customer.verified = true;
        WizardHarness h(order);
        h.type(QStringLiteral("customer.accountEmail"), QStringLiteral("ceo@contoso.example.com"));
        QVERIFY(!h.order().customer.verified);
        h.wizard().applyCarrierChange([](Order &o) { o.customer.verified = true; });
        h.type(QStringLiteral("customer.ocn"), QStringLiteral("10023457"));
        QVERIFY(!h.order().customer.verified);
        // What the carrier said about the old account no longer shows.
        h.wizard().setCarrierNote(QStringLiteral("customer"),
                                  QStringLiteral("The e-mail does not match."));
        QVERIFY(h.find<QLabel>(QStringLiteral("verificationStatus"))
                    ->text()
                    .contains(QStringLiteral("does not match")));
        h.type(QStringLiteral("customer.ocn"), QStringLiteral("10023458"));
        QVERIFY(h.wizard().carrierNote(QStringLiteral("customer")).isEmpty());
    }

    void badEmailAndOcnBlockNext()
    {
        WizardHarness h;
        h.type(QStringLiteral("customer.ocn"), QStringLiteral("10023456"));
        h.type(QStringLiteral("tenantId"), kGuid);
        h.type(QStringLiteral("customer.accountEmail"), QStringLiteral("it@contoso"));
        QVERIFY(!h.canGoNext());
        QVERIFY2(message(h, QStringLiteral("customer.accountEmail"))
                     .contains(QStringLiteral("not valid")),
                 qPrintable(message(h, QStringLiteral("customer.accountEmail"))));
        h.type(QStringLiteral("customer.accountEmail"), QStringLiteral("it@contoso.com"));
        QVERIFY(h.canGoNext());
        QVERIFY(message(h, QStringLiteral("customer.accountEmail")).isEmpty());

        h.type(QStringLiteral("customer.ocn"), QStringLiteral("10-023"));
        QVERIFY(!h.canGoNext());
        QVERIFY(message(h, QStringLiteral("customer.ocn")).contains(QStringLiteral("digits")));
        // Next does nothing while blocked.
        h.next();
        QCOMPARE(h.current(), Step::Customer);
    }

    void malformedTenantBlocksNext()
    {
        WizardHarness h;
        h.type(QStringLiteral("customer.ocn"), QStringLiteral("10023456"));
        h.type(QStringLiteral("customer.accountEmail"), QStringLiteral("it@contoso.com"));
        h.type(QStringLiteral("tenantId"), kGuid.left(35)); // one digit short
        QVERIFY(!h.canGoNext());
        QVERIFY2(message(h, QStringLiteral("tenantId")).contains(QStringLiteral("GUID")),
                 qPrintable(message(h, QStringLiteral("tenantId"))));
        QCOMPARE(text(h, QStringLiteral("tenantId")), kGuid.left(35)); // kept as typed
        h.type(QStringLiteral("tenantId"), QStringLiteral("not-a-tenant"));
        QVERIFY(!h.canGoNext());
        h.type(QStringLiteral("tenantId"), kGuid);
        QVERIFY(h.canGoNext());
        QVERIFY(message(h, QStringLiteral("tenantId")).isEmpty());
    }

    void tenantCleanedAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("url") << QStringLiteral(
            "https://login.microsoftonline.com/72F988BF-86F1-41AF-91AB-2D7CD011DB47/oauth2/"
            "v2.0/authorize?client_id=1");
        QTest::newRow("portal") << QStringLiteral(
            "https://portal.azure.com/#view/Microsoft_AAD_IAM/TenantOverview?tenantId="
            "72f988bf-86f1-41af-91ab-2d7cd011db47&x=1");
        QTest::newRow("braces") << QStringLiteral("{72F988BF-86F1-41AF-91AB-2D7CD011DB47}");
        QTest::newRow("urn") << QStringLiteral("urn:uuid:72f988bf-86f1-41af-91ab-2d7cd011db47");
        QTest::newRow("spaces") << QStringLiteral(" 72f988bf-86f1-41af-91ab-2d7cd011db47 ");
    }
    void tenantCleanedAsTyped()
    {
        QFETCH(QString, typed);
        WizardHarness h;
        auto *edit = h.find<QLineEdit>(QStringLiteral("tenantId"));
        edit->setFocus();
        QTest::keyClicks(edit, typed);
        // Cleaned while typing, before the rep leaves the field.
        QCOMPARE(edit->text(), kGuid);
        QCOMPARE(h.order().tenantId, kGuid);
    }

    void tenantCleanedWhenPasted()
    {
        WizardHarness h;
        auto *edit = h.find<QLineEdit>(QStringLiteral("tenantId"));
        QGuiApplication::clipboard()->setText(QStringLiteral(
            "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/TenantOverview.ReactView/"
            "tenantId/72F988BF-86F1-41AF-91AB-2D7CD011DB47 "));
        if (QGuiApplication::clipboard()->text().isEmpty())
            QSKIP("no clipboard on this platform");
        edit->setFocus();
        QTest::keySequence(edit, QKeySequence::Paste);
        QCOMPARE(edit->text(), kGuid);
        QCOMPARE(h.order().tenantId, kGuid);
        auto *note = h.find<QLabel>(QStringLiteral("tenantCleanedNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("Cleaned")));
    }

    void onlineAccount()
    {
        WizardHarness h;
        choose(h, "customerKind.online");
        QCOMPARE(h.order().customer.kind, CustomerKind::OnlineAccount);
        QVERIFY(h.find<QLineEdit>(QStringLiteral("customer.onlineAccountId"))->isVisible());
        QVERIFY(!h.find<QLineEdit>(QStringLiteral("customer.ocn"))->isVisible());
        h.type(QStringLiteral("tenantId"), kGuid);
        QVERIFY(!h.canGoNext());
        h.type(QStringLiteral("customer.onlineAccountId"), QStringLiteral("contoso-online-1"));
        QVERIFY(h.canGoNext());
        QCOMPARE(h.order().customer.onlineAccountId, QStringLiteral("contoso-online-1"));
        h.next();
        QCOMPARE(h.current(), Step::VoicePlans);
    }

    void prospect()
    {
        WizardHarness h;
        choose(h, "customerKind.prospect");
        QCOMPARE(h.order().customer.kind, CustomerKind::Prospect);
        auto *status = h.find<QLabel>(QStringLiteral("verificationStatus"));
        QVERIFY(status->text().contains(QStringLiteral("prospect")));
        h.type(QStringLiteral("tenantId"), kGuid);
        QVERIFY(!h.canGoNext());

        h.type(QStringLiteral("customer.companyName"), QStringLiteral("Fabrikam GmbH"));
        h.type(QStringLiteral("prospectAddress.street"), QStringLiteral("Kaiserstraße"));
        h.type(QStringLiteral("prospectAddress.houseNumber"), QStringLiteral("7"));
        h.type(QStringLiteral("prospectAddress.postalCode"), QStringLiteral("60311"));
        h.type(QStringLiteral("prospectAddress.city"), QStringLiteral("Frankfurt am Main"));
        auto *country = h.find<QComboBox>(QStringLiteral("prospectAddress.country"));
        QVERIFY(country && country->isVisible());
        QCOMPARE(country->count(), int(h.catalog().countries().size()));
        country->setFocus();
        QTest::keyClicks(country, QStringLiteral("Germ"));
        QCOMPARE(country->currentData().toString(), QStringLiteral("DE"));
        h.type(QStringLiteral("customer.prospectContact.name"), QStringLiteral("Rita Example"));
        h.type(QStringLiteral("customer.prospectContact.email"), QStringLiteral("rita@fabrikam"));
        h.type(QStringLiteral("customer.prospectContact.phone"), QStringLiteral("069 123456789"));
        QVERIFY(!h.canGoNext()); // the e-mail
        QVERIFY(!message(h, QStringLiteral("customer.prospectContact.email")).isEmpty());
        h.type(QStringLiteral("customer.prospectContact.email"),
               QStringLiteral("rita@fabrikam.example"));
        QVERIFY2(h.canGoNext(),
                 qPrintable(message(h, QStringLiteral("customer.prospectContact.phone"))));

        const Customer &c = h.order().customer;
        QCOMPARE(c.companyName, QStringLiteral("Fabrikam GmbH"));
        QCOMPARE(c.prospectAddress.street, QStringLiteral("Kaiserstraße"));
        QCOMPARE(c.prospectAddress.city, QStringLiteral("Frankfurt am Main"));
        QCOMPARE(c.prospectAddress.country, QStringLiteral("DE"));
        QCOMPARE(c.prospectContact.phone, QStringLiteral("+4969123456789"));

        // A missing city blocks Next and is named beside the field.
        h.type(QStringLiteral("prospectAddress.city"), QString());
        QVERIFY(!h.canGoNext());
        QVERIFY(message(h, QStringLiteral("customer.prospectAddress.city"))
                    .contains(QStringLiteral("city")));
    }

    void switchingKindsKeepsWhatWasTyped()
    {
        WizardHarness h;
        h.type(QStringLiteral("customer.ocn"), QStringLiteral("10023456"));
        h.type(QStringLiteral("customer.accountEmail"), QStringLiteral("it@contoso.com"));
        choose(h, "customerKind.online");
        h.type(QStringLiteral("customer.onlineAccountId"), QStringLiteral("contoso-online-1"));
        choose(h, "customerKind.prospect");
        h.type(QStringLiteral("customer.prospectContact.name"), QStringLiteral("Rita Example"));
        h.type(QStringLiteral("prospectAddress.street"), QStringLiteral("Kaiserstraße"));

        choose(h, "customerKind.existing");
        QCOMPARE(text(h, QStringLiteral("customer.ocn")), QStringLiteral("10023456"));
        QCOMPARE(text(h, QStringLiteral("customer.accountEmail")),
                 QStringLiteral("it@contoso.com"));
        choose(h, "customerKind.online");
        QCOMPARE(text(h, QStringLiteral("customer.onlineAccountId")),
                 QStringLiteral("contoso-online-1"));
        choose(h, "customerKind.prospect");
        QCOMPARE(text(h, QStringLiteral("customer.prospectContact.name")),
                 QStringLiteral("Rita Example"));
        QCOMPARE(text(h, QStringLiteral("prospectAddress.street")), QStringLiteral("Kaiserstraße"));

        const Customer &c = h.order().customer;
        QCOMPARE(c.kind, CustomerKind::Prospect);
        QCOMPARE(c.ocn, QStringLiteral("10023456"));
        QCOMPARE(c.accountEmail, QStringLiteral("it@contoso.com"));
        QCOMPARE(c.onlineAccountId, QStringLiteral("contoso-online-1"));
        QCOMPARE(c.prospectContact.name, QStringLiteral("Rita Example"));
    }

    void keyboardSwitchesKind()
    {
        WizardHarness h;
        auto *existing = h.find<QRadioButton>(QStringLiteral("customerKind.existing"));
        existing->setFocus();
        QTest::keyClick(existing, Qt::Key_Right);
        QCOMPARE(h.order().customer.kind, CustomerKind::OnlineAccount);
        QVERIFY(h.find<QLineEdit>(QStringLiteral("customer.onlineAccountId"))->isVisible());
    }

    void draftRestored()
    {
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 5, 0);
        o.customer.kind = CustomerKind::Prospect;
        o.customer.prospectAddress = o.legalAddress;
        o.customer.prospectContact = o.orderContact;
        WizardHarness h(o);
        QVERIFY(h.find<QRadioButton>(QStringLiteral("customerKind.prospect"))->isChecked());
        QCOMPARE(text(h, QStringLiteral("customer.companyName")), QStringLiteral("Contoso Ltd"));
        QCOMPARE(text(h, QStringLiteral("prospectAddress.street")), o.legalAddress.street);
        QCOMPARE(text(h, QStringLiteral("prospectAddress.city")), o.legalAddress.city);
        QCOMPARE(h.find<QComboBox>(QStringLiteral("prospectAddress.country"))->currentData(),
                 QVariant(QStringLiteral("DE")));
        QCOMPARE(h.find<PhoneField>(QStringLiteral("customer.prospectContact.phone"))->value(),
                 o.orderContact.phone);
        QCOMPARE(text(h, QStringLiteral("tenantId")), o.tenantId);
        QCOMPARE(text(h, QStringLiteral("customer.ocn")), o.customer.ocn); // other kind kept
        QVERIFY(h.canGoNext());
        QCOMPARE(h.order(), o); // loading wrote nothing
    }

    void fieldsLineUp()
    {
        // The company, the kind's fields and the tenant are separate grids: their fields still
        // start at one x, for every kind.
        WizardHarness h;
        QWidget *page = h.wizard().currentPage();
        auto left = [&](const QString &name) {
            auto *edit = h.find<QLineEdit>(name);
            return edit ? edit->mapTo(page, QPoint(0, 0)).x() : -1;
        };
        const int company = left(QStringLiteral("customer.companyName"));
        QVERIFY(company > 0);
        QCOMPARE(left(QStringLiteral("customer.ocn")), company);
        QCOMPARE(left(QStringLiteral("customer.accountEmail")), company);
        QCOMPARE(left(QStringLiteral("tenantId")), company);
        QTest::mouseClick(h.find<QRadioButton>(QStringLiteral("customerKind.prospect")),
                          Qt::LeftButton);
        QCOMPARE(left(QStringLiteral("customer.prospectContact.name")), company);
        QCOMPARE(left(QStringLiteral("prospectAddress.street")), company);
        QCOMPARE(left(QStringLiteral("tenantId")), company);
    }
};

QTEST_MAIN(TstWizardCustomer)
#include "tst_wizard_customer.moc"
