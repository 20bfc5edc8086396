// Voice plans step driven as a rep drives it: filter, check countries, plans and users, OCN/BCN.
#include "WizardHarness.h"
#include "catalog/Money.h"
#include "wizard/VoicePlansPage.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

using namespace od;
using namespace od::testing;

class TstWizardVoicePlans : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();

    /// A valid customer, no country yet: the rep starts on the customer page.
    Order customerOnly()
    {
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 1, 0);
        o.countries.clear();
        o.stepReached = Step::Customer;
        return o;
    }
    static void toVoicePlans(WizardHarness &h)
    {
        h.wizard().editStep(Step::VoicePlans);
        QCOMPARE(h.current(), Step::VoicePlans);
    }
    static QStringList visibleCountries(WizardHarness &h)
    {
        auto *list = h.find<QListView>(QStringLiteral("countryList"));
        QStringList out;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            out << list->model()->index(r, 0).data().toString();
        return out;
    }
    /// Chooses a country with the keyboard: type into the filter, Enter.
    static void choose(WizardHarness &h, const QString &filter)
    {
        h.type(QStringLiteral("countryFilter"), filter);
        QTest::keyClick(h.find<QLineEdit>(QStringLiteral("countryFilter")), Qt::Key_Return);
    }
    static void setUsers(WizardHarness &h, const QString &name, int users)
    {
        auto *spin = h.find<QSpinBox>(name);
        QVERIFY2(spin, qPrintable(name));
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(users));
        QTest::keyClick(spin, Qt::Key_Tab);
    }

private slots:
    void filterFindsCountryByNameCodeAndNativeName()
    {
        WizardHarness h(customerOnly());
        toVoicePlans(h);
        QCOMPARE(visibleCountries(h).size(), m_catalog.countries().size());
        h.type(QStringLiteral("countryFilter"), QStringLiteral("ger"));
        QCOMPARE(visibleCountries(h), QStringList{QStringLiteral("Germany (DE)")});
        h.type(QStringLiteral("countryFilter"), QStringLiteral("GB"));
        QCOMPARE(visibleCountries(h), QStringList{QStringLiteral("United Kingdom (GB)")});
        h.type(QStringLiteral("countryFilter"), QStringLiteral("deutsch"));
        QCOMPARE(visibleCountries(h), QStringList{QStringLiteral("Germany (DE)")});
        h.type(QStringLiteral("countryFilter"), QStringLiteral("osterr"));
        QCOMPARE(visibleCountries(h), QStringList{QStringLiteral("Austria (AT)")});
        h.type(QStringLiteral("countryFilter"), QStringLiteral("xyz"));
        QVERIFY(visibleCountries(h).isEmpty());
    }

    void checkCountryPlanAndQuantityWritesTheOrder()
    {
        WizardHarness h(customerOnly());
        toVoicePlans(h);
        QVERIFY(!h.canGoNext()); // no country
        choose(h, QStringLiteral("ger"));
        QCOMPARE(h.order().countries.size(), 1);
        QCOMPARE(h.order().countries.first().country, QStringLiteral("DE"));
        // The OCN is prefilled from the customer's.
        QCOMPARE(h.order().countries.first().ocn, QStringLiteral("10023456"));
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("ocn.DE"))->text(), QStringLiteral("10023456"));

        auto *plan = h.find<QCheckBox>(QStringLiteral("plan.DE.de-national"));
        QVERIFY(plan && plan->isVisible());
        QTest::mouseClick(plan, Qt::LeftButton);
        setUsers(h, QStringLiteral("users.DE.de-national"), 25);
        // Typing users into another plan checks it.
        setUsers(h, QStringLiteral("users.DE.de-europe"), 3);
        h.type(QStringLiteral("bcn.DE"), QStringLiteral("BCN-4711"));
        const CountryOrder &de = h.order().countries.first();
        QCOMPARE(de.plans, (QList<PlanLine>{{QStringLiteral("de-national"), 25},
                                            {QStringLiteral("de-europe"), 3}}));
        QCOMPARE(de.bcn, QStringLiteral("BCN-4711"));
        QVERIFY(h.find<QCheckBox>(QStringLiteral("plan.DE.de-europe"))->isChecked());
        QVERIFY(h.canGoNext());

        // The price is shown per user and month with the country's currency.
        const QString price = h.find<QLabel>(QStringLiteral("price.DE.de-national"))->text();
        const Plan *national = m_catalog.plan(QStringLiteral("DE"), QStringLiteral("de-national"));
        QVERIFY2(price.contains(
                     formatMoney(national->monthlyPricePerUser, QStringLiteral("EUR"), QLocale())),
                 qPrintable(price));

        // Countries keep the order in which they were chosen.
        choose(h, QStringLiteral("fra"));
        QCOMPARE(h.order().countries.size(), 2);
        QCOMPARE(h.order().countries.at(1).country, QStringLiteral("FR"));
        // Space in the list toggles too.
        auto *list = h.find<QListView>(QStringLiteral("countryList"));
        h.type(QStringLiteral("countryFilter"), QStringLiteral("swe"));
        QTest::keyClick(h.find<QLineEdit>(QStringLiteral("countryFilter")), Qt::Key_Down);
        QVERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(h.order().countries.size(), 3);
        QCOMPARE(h.order().countries.at(2).country, QStringLiteral("SE"));
    }

    // A screen reader says "OCN for the Netherlands", not "OCN for Netherlands".
    void countryNamesReadRightInAccessibleNames()
    {
        WizardHarness h(customerOnly());
        toVoicePlans(h);
        choose(h, QStringLiteral("netherl"));
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("ocn.NL"))->accessibleName(),
                 QStringLiteral("OCN for the Netherlands"));
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("bcn.NL"))->accessibleName(),
                 QStringLiteral("BCN for the Netherlands"));
    }

    void nextIsGatedByPlanQuantityAndBcn()
    {
        WizardHarness h(customerOnly());
        toVoicePlans(h);
        choose(h, QStringLiteral("ger"));
        h.type(QStringLiteral("bcn.DE"), QStringLiteral("BCN-1"));
        QVERIFY(!h.canGoNext()); // no plan
        auto *plansMessage = h.find<QLabel>(QStringLiteral("message:countries[0].plans"));
        QTest::mouseClick(h.find<QCheckBox>(QStringLiteral("plan.DE.de-essentials")),
                          Qt::LeftButton);
        QVERIFY(!h.canGoNext()); // quantity 0
        QCOMPARE(h.order().countries.first().plans.first().quantity, 0);
        setUsers(h, QStringLiteral("users.DE.de-essentials"), 0);
        QVERIFY(plansMessage->isVisible());
        QVERIFY2(plansMessage->text().contains(QStringLiteral("at least 1")),
                 qPrintable(plansMessage->text()));
        setUsers(h, QStringLiteral("users.DE.de-essentials"), 4);
        QVERIFY(h.canGoNext());
        QVERIFY(!plansMessage->isVisible());

        h.type(QStringLiteral("bcn.DE"), QString());
        QVERIFY(!h.canGoNext()); // missing BCN
        auto *bcnMessage = h.find<QLabel>(QStringLiteral("message:countries[0].bcn"));
        QVERIFY(bcnMessage->isVisible());
        QVERIFY2(bcnMessage->text().contains(QStringLiteral("BCN")),
                 qPrintable(bcnMessage->text()));
        h.type(QStringLiteral("bcn.DE"), QStringLiteral("BCN-2"));
        QVERIFY(h.canGoNext());
        h.next();
        QCOMPARE(h.current(), Step::Porting);
    }

    void uncheckingACountryWithDataIsRestorable()
    {
        // Germany with plans, offices and everything: taking it out keeps its data.
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE"), QStringLiteral("FR")},
                                            2, 5, 1);
        o.stepReached = Step::VoicePlans;
        const CountryOrder germany = o.countries.first();
        WizardHarness h(o);
        toVoicePlans(h);
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("removeCountry.DE")), Qt::LeftButton);
        QCOMPARE(h.order().countries.size(), 1);
        QCOMPARE(h.order().countries.first().country, QStringLiteral("FR"));
        auto *undo = h.find<QPushButton>(QStringLiteral("undoRemoveCountry"));
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(h.order().countries.size(), 2);
        QCOMPARE(h.order().countries.first(), germany); // back in its place, offices and all
        QVERIFY(!undo->isVisible());

        // Unchecking in the list, then checking again, restores it too.
        choose(h, QStringLiteral("ger")); // Enter toggles: off
        QCOMPARE(h.order().countries.size(), 1);
        choose(h, QStringLiteral("ger")); // on again
        QCOMPARE(h.order().countries.size(), 2);
        QCOMPARE(h.order().countries.last(), germany);
        QCOMPARE(
            h.find<QSpinBox>(QStringLiteral("users.DE.") + germany.plans.first().planId)->value(),
            germany.plans.first().quantity);
    }

    void planInfoShowsDescriptionWithoutBlocking()
    {
        WizardHarness h(customerOnly());
        toVoicePlans(h);
        choose(h, QStringLiteral("ger"));
        auto *info = h.find<QToolButton>(QStringLiteral("planInfo.DE.de-national"));
        QVERIFY(info);
        const Plan *plan = m_catalog.plan(QStringLiteral("DE"), QStringLiteral("de-national"));
        QCOMPARE(info->accessibleName(),
                 QStringLiteral("About ") + plan->name + QStringLiteral(" in Germany"));
        QTest::mouseClick(info, Qt::LeftButton);
        QFrame *popup = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("planInfoPopup") && w->isVisible())
                popup = qobject_cast<QFrame *>(w);
        QVERIFY(popup);
        const QString text = popup->findChild<QLabel *>(QStringLiteral("planInfoText"))->text();
        QVERIFY(text.contains(plan->description.toHtmlEscaped()));
        QVERIFY(text.contains(plan->included.first().toHtmlEscaped()));
        QVERIFY(!QApplication::activeModalWidget());
        QTest::keyClick(popup, Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible() || popup == nullptr);
    }

    /// ORDERDESK_SCREENSHOTS=dir saves the page with realistic data, to look at.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("ORDERDESK_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set ORDERDESK_SCREENSHOTS to a directory to save screenshots");
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE"), QStringLiteral("GB")},
                                            1, 5, 0);
        o.countries[1].bcn.clear();
        o.countries[1].plans[0].quantity = 0;
        o.stepReached = Step::VoicePlans;
        WizardHarness h(o);
        toVoicePlans(h);
        h.type(QStringLiteral("countryFilter"), QStringLiteral("f"));
        QVERIFY(h.wizard().grab().save(dir + QStringLiteral("/voiceplans-1.png")));
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("removeCountry.DE")), Qt::LeftButton);
        QTest::mouseClick(h.find<QToolButton>(QStringLiteral("planInfo.GB.gb-national")),
                          Qt::LeftButton);
        QVERIFY(h.wizard().grab().save(dir + QStringLiteral("/voiceplans-2.png")));
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("planInfoPopup") && w->isVisible())
                QVERIFY(w->grab().save(dir + QStringLiteral("/voiceplans-popup.png")));
    }

    void backAndNextKeepEveryValue()
    {
        WizardHarness h(customerOnly());
        toVoicePlans(h);
        choose(h, QStringLiteral("uni"));
        QTest::mouseClick(h.find<QCheckBox>(QStringLiteral("plan.GB.gb-europe")), Qt::LeftButton);
        setUsers(h, QStringLiteral("users.GB.gb-europe"), 12);
        h.type(QStringLiteral("ocn.GB"), QStringLiteral("20099"));
        h.type(QStringLiteral("bcn.GB"), QStringLiteral("BCN-GB"));
        const Order before = h.order();
        h.next();
        QCOMPARE(h.current(), Step::Porting);
        h.back();
        QCOMPARE(h.current(), Step::VoicePlans);
        h.back();
        h.next();
        QCOMPARE(h.order().countries, before.countries);
        QCOMPARE(h.find<QSpinBox>(QStringLiteral("users.GB.gb-europe"))->value(), 12);
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("ocn.GB"))->text(), QStringLiteral("20099"));
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("bcn.GB"))->text(), QStringLiteral("BCN-GB"));
        QVERIFY(h.find<QCheckBox>(QStringLiteral("plan.GB.gb-europe"))->isChecked());
    }
};

QTEST_MAIN(TstWizardVoicePlans)
#include "tst_wizard_voiceplans.moc"
