// Steps 6 and 7: the recap (every country, fees that match computeFees, Edit links that come
// back to the recap, a maximal order rendered quickly) and the submission page (porting and
// signature paths, Submit gated by the whole order's rules, submitRequested emitted once).

#include "PdfPreviewDialog.h"
#include "WizardHarness.h"
#include "catalog/Fees.h"
#include "catalog/Money.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>

using namespace od;
using namespace od::testing;

namespace {

void goTo(WizardHarness &h, Step step)
{
    for (int i = 0; i < 8 && h.current() != step && h.canGoNext(); ++i)
        h.next();
    for (const Problem &p : h.wizard().problemsOf(h.current()))
        if (h.current() != step && p.isError())
            qWarning("blocked on %s: %s", qPrintable(p.field), qPrintable(p.message));
    QCOMPARE(h.current(), step);
}

QTextBrowser *recap(const WizardHarness &h)
{
    return h.find<QTextBrowser>(QStringLiteral("recapDocument"));
}

/// The recap as the rep reads it (non-breaking spaces read as spaces).
QString recapText(const WizardHarness &h)
{
    return recap(h)->document()->toPlainText().replace(QChar(0xA0), QLatin1Char(' '));
}

/// The hover text of the recap where `shown` is written (spaces may be non-breaking there).
QString toolTipAt(const WizardHarness &h, const QString &shown)
{
    const int at = recapText(h).indexOf(shown);
    if (at < 0)
        return QStringLiteral("(not shown)");
    QTextCursor cursor(recap(h)->document());
    cursor.setPosition(at + 1);
    return cursor.charFormat().toolTip();
}

/// Clicks the link `href` of the recap document where it is drawn, as the rep would.
bool clickLink(WizardHarness &h, const QString &href)
{
    QTextBrowser *b = recap(h);
    QTextDocument *doc = b->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().anchorHref() != href)
                continue;
            QTextCursor c(doc);
            c.setPosition(f.position() + f.length() / 2);
            b->setTextCursor(c);
            b->ensureCursorVisible();
            const QPoint at = b->cursorRect(c).center();
            QTest::mouseClick(b->viewport(), Qt::LeftButton, {}, at);
            return true;
        }
    }
    return false;
}

QString money(qint64 minor, const QString &currency)
{
    return formatMoney(minor, currency, QLocale()).replace(QChar(0xA0), QLatin1Char(' '));
}

} // namespace

class TstWizardRecap : public QObject
{
    Q_OBJECT
private slots:
    // ---- recap --------------------------------------------------------------------------

    void showsEveryCountryAndTheFees()
    {
        const Catalog catalog = Catalog::bundled().value();
        const Order o = fixtures::newNumbersOrder(
            catalog, {QStringLiteral("DE"), QStringLiteral("GB")}, 2, 5, 1);
        WizardHarness h(o);
        goTo(h, Step::Recap);
        const QString text = recapText(h);

        QVERIFY2(text.contains(QStringLiteral("Germany")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("United Kingdom")));
        QVERIFY(text.contains(QStringLiteral("BCN-DE")));
        QVERIFY(text.contains(QStringLiteral("BCN-GB")));
        QVERIFY(text.contains(o.tenantId));
        QVERIFY(text.contains(QStringLiteral("The order is complete")));
        QVERIFY(text.contains(o.orderContact.email));
        QVERIFY(text.contains(o.technicalContact.name));
        QVERIFY(text.contains(QStringLiteral("confirmed by the customer")));
        for (const CountryOrder &c : o.countries)
            for (const Office &office : c.offices)
                QVERIFY(text.contains(office.address.street));

        // The fees: every total per currency, one-off and monthly, as computeFees has them.
        const FeeSummary fees = computeFees(h.order(), h.catalog());
        QCOMPARE(fees.oneOff.size(), 2); // EUR and GBP
        for (auto it = fees.oneOff.cbegin(); it != fees.oneOff.cend(); ++it)
            QVERIFY2(text.contains(money(it.value(), it.key())),
                     qPrintable(money(it.value(), it.key())));
        for (auto it = fees.monthly.cbegin(); it != fees.monthly.cend(); ++it)
            QVERIFY2(text.contains(money(it.value(), it.key())),
                     qPrintable(money(it.value(), it.key())));
        for (const FeeLine &line : fees.lines) {
            QVERIFY2(text.contains(line.label), qPrintable(line.label));
            QVERIFY(text.contains(money(line.totalMinor, line.currency)));
        }
        // Totals read in the table are the computed ones, currency by currency.
        const QString eurLine = text.section(QStringLiteral("Totals per currency"), 1);
        QVERIFY(eurLine.contains(
            money(fees.oneOff.value(QStringLiteral("EUR")), QStringLiteral("EUR"))));
        QVERIFY(eurLine.contains(
            money(fees.monthly.value(QStringLiteral("GBP")), QStringLiteral("GBP"))));
    }

    void listsOrderProblemsWithLinks()
    {
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 5, 0);
        // Both only warn on their steps, and block sending: the carrier's services settle
        // them, so the order can be submitted and the recap says so (not "still to do").
        o.customer.verified = false;
        o.countries[0].offices[0].reservationId.clear();
        o.countries[0].offices[0].reservedNumbers.clear();
        o.countries[0].offices[0].reservationRequested = true; // Reserve pressed: queued
        WizardHarness h(o);
        goTo(h, Step::Recap);
        QString text = recapText(h);
        QVERIFY2(text.contains(QStringLiteral("The order can be submitted on the next page")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Still to do")));
        QVERIFY(text.contains(QStringLiteral("the carrier's services settle (2)")));
        QVERIFY(text.contains(QStringLiteral("not verified yet")));
        QVERIFY(text.contains(QStringLiteral("not reserved yet")));
        QVERIFY(clickLink(h, QStringLiteral("edit:4")));
        QCOMPARE(h.current(), Step::Offices);

        // A real error (a resumed draft with the legal address unconfirmed) is still to do.
        o.legalAddressConfirmed = false;
        o.stepReached = Step::Recap;
        WizardHarness resumed(o, kToday, OrderWizard::OpenAt::StepReached);
        QCOMPARE(resumed.current(), Step::Recap);
        text = recapText(resumed);
        QVERIFY2(text.contains(QStringLiteral("Still to do before the order can be submitted (1)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Confirm the legal company address")));
        QVERIFY(text.contains(QStringLiteral("the carrier's services settle (2)")));
    }

    void reserveNeverPressedIsStillToDo()
    {
        // Numbers never sent for reservation: nothing queued would ever reserve them, so the
        // recap lists it as the rep's to do (with a link to the offices), not as something the
        // carrier's services settle.
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 2, 5, 0);
        Office &office = o.countries[0].offices[1];
        office.reservationId.clear();
        office.reservedNumbers.clear();
        office.reservationRequested = false;
        o.stepReached = Step::Recap;
        WizardHarness h(o, kToday, OrderWizard::OpenAt::StepReached);
        QCOMPARE(h.current(), Step::Recap);
        const QString text = recapText(h);
        QVERIFY2(text.contains(QStringLiteral("Still to do before the order can be submitted (1)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Germany, office 2: the numbers are not reserved: "
                                              "press Reserve.")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("the carrier's services settle")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("waits for the number service")));
        QVERIFY(clickLink(h, QStringLiteral("edit:4")));
        QCOMPARE(h.current(), Step::Offices);
    }

    void addressCheckTellsQueuedFromNeverSent()
    {
        // The address check column tells a validation that waits for the address service from
        // an address never sent for validation, and likewise for the reservation.
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 2, 4, 0);
        for (int j = 0; j < 2; ++j) {
            Office &office = o.countries[0].offices[j];
            office.validation = AddressValidation::NotValidated;
            office.validatedAddressId.clear();
            office.geocode.reset();
            office.reservationId.clear();
            office.reservedNumbers.clear();
            // Office 1: Validate and Reserve pressed. Office 2: neither.
            office.validationRequested = j == 0;
            office.reservationRequested = j == 0;
        }
        o.stepReached = Step::Recap;
        WizardHarness h(o, kToday, OrderWizard::OpenAt::StepReached);
        QCOMPARE(h.current(), Step::Recap);
        const QString text = recapText(h);
        const QString grid = text.section(QStringLiteral("Reserved numbers"), 1);
        const QString first = grid.section(QStringLiteral("Kaiserstraße 10"), 1)
                                  .section(QStringLiteral("Kaiserstraße 11"), 0, 0);
        const QString second = grid.section(QStringLiteral("Kaiserstraße 11"), 1);
        QVERIFY2(first.contains(QStringLiteral("queued, waiting for the address service")),
                 qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("queued, waiting for the number service")),
                 qPrintable(first));
        QVERIFY2(!first.contains(QStringLiteral("press")), qPrintable(first));
        QVERIFY2(second.contains(QStringLiteral("not validated: press Validate")),
                 qPrintable(second));
        QVERIFY2(second.contains(QStringLiteral("not reserved: press Reserve")),
                 qPrintable(second));
        QVERIFY2(!second.contains(QStringLiteral("waiting")), qPrintable(second));
        QVERIFY2(!grid.contains(QStringLiteral("not validated yet")), qPrintable(grid));
        // The list above says what is whose: office 2 is the rep's to do.
        const QString todo = text.section(QStringLiteral("Still to do"), 1)
                                 .section(QStringLiteral("the carrier's services settle"), 0, 0);
        QVERIFY2(todo.contains(QStringLiteral("office 2: the address is not validated: press "
                                              "Validate")),
                 qPrintable(text));
        QVERIFY2(todo.contains(QStringLiteral("office 2: the numbers are not reserved: validate "
                                              "the address, then press Reserve")),
                 qPrintable(text));
        QVERIFY2(!todo.contains(QStringLiteral("office 1")), qPrintable(text));
    }

    void countryNamesReadInSentences()
    {
        // The Edit links are sentences: "of the Netherlands"; the heading keeps the plain name.
        const Catalog catalog = Catalog::bundled().value();
        WizardHarness h(fixtures::newNumbersOrder(catalog, {QStringLiteral("NL")}, 1, 4, 0));
        goTo(h, Step::Recap);
        const QString text = recapText(h);
        QVERIFY2(text.contains(QStringLiteral("Netherlands (EUR)")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("the Netherlands (EUR)")));
        for (const char *link :
             {"✎ Edit voice plans of the Netherlands", "✎ Edit offices of the Netherlands",
              "✎ Edit the services of the Netherlands"})
            QVERIFY2(text.contains(QString::fromUtf8(link)), link);
        QVERIFY2(!text.contains(QStringLiteral("of Netherlands")), qPrintable(text));
    }

    void editLinkOpensThePageAndNextReturns()
    {
        const Catalog catalog = Catalog::bundled().value();
        WizardHarness h(fixtures::newNumbersOrder(
            catalog, {QStringLiteral("DE"), QStringLiteral("GB")}, 2, 5, 1));
        goTo(h, Step::Recap);

        QVERIFY(clickLink(h, QStringLiteral("edit:5")));
        QCOMPARE(h.current(), Step::Contacts);
        h.type(QStringLiteral("technicalContact.name"), QStringLiteral("Jordan Newname"));
        QVERIFY(h.canGoNext());
        h.next();
        QCOMPARE(h.current(), Step::Recap);
        // The recap shows the order as it is now.
        QVERIFY(recapText(h).contains(QStringLiteral("Jordan Newname")));

        QVERIFY(clickLink(h, QStringLiteral("edit:1")));
        QCOMPARE(h.current(), Step::Customer);
        h.next();
        QCOMPARE(h.current(), Step::Recap);

        QVERIFY(clickLink(h, QStringLiteral("edit:2")));
        QCOMPARE(h.current(), Step::VoicePlans);
        h.next();
        QCOMPARE(h.current(), Step::Recap);

        // From the recap itself, Next goes on to the submission.
        h.next();
        QCOMPARE(h.current(), Step::Submission);
    }

    void recapAndSubmitReadTheOrderOnEveryVisit()
    {
        // Both show the whole order: they read it again on every visit, not only after a page
        // reported an edit (the order here is changed behind the pages' backs).
        const Catalog catalog = Catalog::bundled().value();
        WizardHarness h(fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 5, 0));
        goTo(h, Step::Recap);
        QVERIFY(!recapText(h).contains(QStringLiteral("Jordan Quiet")));
        h.wizard().mutableOrder().signatory.name = QStringLiteral("Robin Quiet");
        h.next();
        QCOMPARE(h.current(), Step::Submission);
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("signatory.name"))->text(),
                 QStringLiteral("Robin Quiet"));

        h.wizard().mutableOrder().technicalContact.name = QStringLiteral("Jordan Quiet");
        h.back();
        QCOMPARE(h.current(), Step::Recap);
        QVERIFY(recapText(h).contains(QStringLiteral("Jordan Quiet")));

        h.wizard().mutableOrder().signatory.name = QStringLiteral("Kim Quiet");
        h.next();
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("signatory.name"))->text(),
                 QStringLiteral("Kim Quiet"));
    }

    void maximalOrderRendersQuickly()
    {
        const Catalog catalog = Catalog::bundled().value();
        const Order o = fixtures::maximalOrder(catalog);
        WizardHarness h(o);
        goTo(h, Step::Contacts);
        QElapsedTimer timer;
        timer.start();
        h.next();
        const qint64 first = timer.elapsed();
        QCOMPARE(h.current(), Step::Recap);
        const QString text = recapText(h);
        for (const CountryInfo &c : catalog.countries())
            QVERIFY2(text.contains(c.name), qPrintable(c.name));
        // Reserved numbers are summarised (count, first … last), never listed.
        const Office &office = o.countries.first().offices.first();
        QCOMPARE(office.reservedNumbers.size(), 100);
        // In the office country's national form, as the customer says them; E.164 on hover.
        QVERIFY(text.contains(PhoneNumbers::formatNational(office.reservedNumbers.first())));
        QVERIFY(text.contains(PhoneNumbers::formatNational(office.reservedNumbers.last())));
        QVERIFY(!text.contains(PhoneNumbers::formatNational(office.reservedNumbers.at(50))));
        QCOMPARE(toolTipAt(h, PhoneNumbers::formatNational(office.reservedNumbers.first())),
                 office.reservedNumbers.first());

        // Back from an Edit link: the recap is built again.
        QVERIFY(clickLink(h, QStringLiteral("edit:5")));
        QCOMPARE(h.current(), Step::Contacts);
        timer.restart();
        h.next();
        const qint64 again = timer.elapsed();
        QCOMPARE(h.current(), Step::Recap);
        qInfo("maximal order (14 countries x 5 offices x 100 numbers): recap shown in %lld ms, "
              "shown again in %lld ms (%lld characters)",
              first, again, qint64(text.size()));
        QVERIFY2(first < 3000 && again < 3000, "the recap of a maximal order is too slow");
    }

    // ---- submission ---------------------------------------------------------------------

    void signaturePath()
    {
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 5, 0);
        o.signatory = {};
        WizardHarness h(o);
        QSignalSpy submitted(&h.wizard(), &OrderWizard::submitRequested);
        goTo(h, Step::Submission);
        QVERIFY(h.wizard().currentPage()->isFinalPage());
        QVERIFY(h.wizard().button(QWizard::FinishButton)->isVisible());
        QVERIFY(h.wizard().button(QWizard::FinishButton)->isEnabled()); // Close always works
        QVERIFY(h.find<QGroupBox>(QStringLiteral("signatoryBox"))->isVisible());
        QVERIFY(!h.find<QGroupBox>(QStringLiteral("portingSubmitBox"))->isVisible());
        auto *submit = h.find<QPushButton>(QStringLiteral("submitToSignButton"));
        QVERIFY(submit->isVisible());
        QVERIFY(!submit->isEnabled());
        auto *missing = h.find<QLabel>(QStringLiteral("missingForSubmission"));
        QVERIFY(missing->isVisible());
        QVERIFY2(missing->text().contains(QStringLiteral("signs the contract")),
                 qPrintable(missing->text()));

        h.type(QStringLiteral("signatory.name"), QStringLiteral("Kim Example"));
        h.type(QStringLiteral("signatory.email"), QStringLiteral("kim@contoso"));
        h.type(QStringLiteral("signatory.jobTitle"), QStringLiteral("Managing Director"));
        auto *authorised = h.find<QCheckBox>(QStringLiteral("signatory.authorised"));
        authorised->setFocus();
        QTest::keyClick(authorised, Qt::Key_Space);
        QVERIFY(!submit->isEnabled()); // the e-mail
        auto *emailMessage = h.find<QLabel>(QStringLiteral("message:signatory.email"));
        QVERIFY(emailMessage->isVisible());
        h.type(QStringLiteral("signatory.email"), QStringLiteral("kim@contoso.example.com"));
        QVERIFY(submit->isEnabled());
        QVERIFY(!missing->isVisible());
        QCOMPARE(h.order().signatory.name, QStringLiteral("Kim Example"));
        QVERIFY(h.order().signatory.authorised);

        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        auto *status = h.find<QLabel>(QStringLiteral("submissionStatus"));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("Queued")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("ordering service is reachable")));
        QVERIFY(!submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTest::keyClick(submit, Qt::Key_Space);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(h.current(), Step::Submission);
    }

    void enterInTheSignatoryFormDoesNotClose()
    {
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 5, 0);
        o.signatory = {};
        WizardHarness h(o);
        QSignalSpy closed(&h.wizard(), &OrderWizard::closeRequested);
        goTo(h, Step::Submission);
        auto *name = h.find<QLineEdit>(QStringLiteral("signatory.name"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Kim Example"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(closed.size(), 0);
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(h.find<QLineEdit>(QStringLiteral("signatory.email"))));
    }

    void portingPath()
    {
        const Catalog catalog = Catalog::bundled().value();
        WizardHarness h(fixtures::portingOrder(catalog, kToday, 3));
        QSignalSpy submitted(&h.wizard(), &OrderWizard::submitRequested);
        goTo(h, Step::Recap);
        // The recap counts the ported numbers: 3 ranges of 100 and one single number.
        const QString text = recapText(h);
        QVERIFY2(text.contains(QStringLiteral("301 in total (single numbers: 1, DDI ranges: 3)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Example Telekom")));
        QVERIFY(text.contains(
            QLocale().toString(h.order().countries[0].porting.requestedDate, QLocale::LongFormat)));
        h.next();
        QCOMPARE(h.current(), Step::Submission);
        QVERIFY(h.find<QGroupBox>(QStringLiteral("portingSubmitBox"))->isVisible());
        QVERIFY(!h.find<QGroupBox>(QStringLiteral("signatoryBox"))->isVisible());

        auto *preview = h.find<QPushButton>(QStringLiteral("previewContractButton"));
        QVERIFY(preview->isVisible());
        QTest::mouseClick(preview, Qt::LeftButton);
        // The contract opens in the preview; previewing sends nothing.
        PdfPreviewDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = h.wizard().findChild<PdfPreviewDialog *>(QStringLiteral("pdfPreviewDialog"))),
            10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!h.find<QLabel>(QStringLiteral("previewContractNote"))->isVisible());
        dialog->close();

        auto *submit = h.find<QPushButton>(QStringLiteral("submitButton"));
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        QVERIFY(h.find<QLabel>(QStringLiteral("submissionStatus"))->isVisible());
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
    }

    void submitBlockedByAnotherStep()
    {
        // A draft resumed on the last page with an error left on another step: Submit waits
        // for it, and the list links to the step.
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::portingOrder(catalog, kToday, 3);
        o.legalAddressConfirmed = false;
        o.stepReached = Step::Submission;
        WizardHarness h(o, kToday, OrderWizard::OpenAt::StepReached);
        QSignalSpy submitted(&h.wizard(), &OrderWizard::submitRequested);
        QCOMPARE(h.current(), Step::Submission);
        auto *submit = h.find<QPushButton>(QStringLiteral("submitButton"));
        QVERIFY(!submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(submitted.size(), 0);
        auto *missing = h.find<QLabel>(QStringLiteral("missingForSubmission"));
        QVERIFY(missing->isVisible());
        QVERIFY2(missing->text().contains(QStringLiteral("Confirm the legal company address")),
                 qPrintable(missing->text()));
        QVERIFY(missing->text().contains(QStringLiteral("href=\"step:5\"")));
        // The link opens the contacts page.
        QMetaObject::invokeMethod(missing, "linkActivated",
                                  Q_ARG(QString, QStringLiteral("step:5")));
        QCOMPARE(h.current(), Step::Contacts);
    }

    void submitQueuesWhatWaitsForTheCarrier()
    {
        // As every order typed today is: the account not verified, the addresses not validated
        // and the numbers not reserved (the carrier's services are not reachable yet). The
        // order is queued anyway; the outbox waits for the services, and the page says so.
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 2, 4, 0);
        o.customer.verified = false;
        for (Office &office : o.countries[0].offices) {
            office.validation = AddressValidation::NotValidated;
            office.validationRequested = true; // Validate pressed: queued
            office.validatedAddressId.clear();
            office.geocode.reset();
            office.reservationId.clear();
            office.reservedNumbers.clear();
            office.reservationRequested = true;
        }
        WizardHarness h(o);
        QSignalSpy submitted(&h.wizard(), &OrderWizard::submitRequested);
        goTo(h, Step::Submission);
        auto *submit = h.find<QPushButton>(QStringLiteral("submitToSignButton"));
        QVERIFY(submit->isVisible());
        QVERIFY(submit->isEnabled());
        QVERIFY(!h.find<QLabel>(QStringLiteral("missingForSubmission"))->isVisible());
        auto *waiting = h.find<QLabel>(QStringLiteral("waitingForCarrier"));
        QVERIFY(waiting->isVisible());
        QVERIFY2(waiting->text().contains(QStringLiteral("not verified yet")),
                 qPrintable(waiting->text()));
        QVERIFY(waiting->text().contains(QStringLiteral("office 2: the address is not validated")));
        QVERIFY(waiting->text().contains(QStringLiteral("office 1: the numbers are not reserved")));

        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        auto *status = h.find<QLabel>(QStringLiteral("submissionStatus"));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("Queued")), qPrintable(status->text()));
    }

    void submitWaitsForReservePressed()
    {
        // Validate pressed but Reserve never: the validation may wait in the outbox, the
        // reservation may not (nothing would ever ask for the numbers). Submit waits, and the
        // list says to press Reserve, with a link to the offices.
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 4, 0);
        Office &office = o.countries[0].offices[0];
        office.validation = AddressValidation::NotValidated;
        office.validationRequested = true;
        office.validatedAddressId.clear();
        office.geocode.reset();
        office.reservationId.clear();
        office.reservedNumbers.clear();
        office.reservationRequested = false;
        o.stepReached = Step::Submission;
        WizardHarness h(o, kToday, OrderWizard::OpenAt::StepReached);
        QSignalSpy submitted(&h.wizard(), &OrderWizard::submitRequested);
        QCOMPARE(h.current(), Step::Submission);
        auto *submit = h.find<QPushButton>(QStringLiteral("submitToSignButton"));
        QVERIFY(!submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(submitted.size(), 0);
        auto *missing = h.find<QLabel>(QStringLiteral("missingForSubmission"));
        QVERIFY(missing->isVisible());
        QVERIFY2(missing->text().contains(QStringLiteral("Before the order can be sent (1)")),
                 qPrintable(missing->text()));
        QVERIFY2(missing->text().contains(
                     QStringLiteral("office 1: the numbers are not reserved: press Reserve.")),
                 qPrintable(missing->text()));
        QVERIFY(missing->text().contains(QStringLiteral("href=\"step:4\"")));
        auto *waiting = h.find<QLabel>(QStringLiteral("waitingForCarrier"));
        QVERIFY(waiting->isVisible());
        QVERIFY2(waiting->text().contains(QStringLiteral("office 1: the address is not validated")),
                 qPrintable(waiting->text()));
        QVERIFY2(!waiting->text().contains(QStringLiteral("reserved")),
                 qPrintable(waiting->text()));

        // Reserve pressed on the offices page: both wait for the carrier, and Submit opens.
        QMetaObject::invokeMethod(missing, "linkActivated",
                                  Q_ARG(QString, QStringLiteral("step:4")));
        QCOMPARE(h.current(), Step::Offices);
        auto *reserve = h.find<QPushButton>(QStringLiteral("countries[0].offices[0].reserve"));
        QVERIFY(reserve && reserve->isEnabled());
        QTest::mouseClick(reserve, Qt::LeftButton);
        QVERIFY(h.order().countries.at(0).offices.at(0).reservationRequested);
        goTo(h, Step::Submission);
        QVERIFY(submit->isEnabled());
        QVERIFY(!missing->isVisible());
        QVERIFY2(waiting->text().contains(QStringLiteral("office 1: the numbers are not reserved "
                                                         "yet: the reservation waits")),
                 qPrintable(waiting->text()));
    }

    void backAndNextKeepTheSubmissionPage()
    {
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 5, 0);
        WizardHarness h(o);
        goTo(h, Step::Submission);
        QVERIFY(h.find<QGroupBox>(QStringLiteral("signatoryBox"))->isVisible());
        QVERIFY(h.find<QPushButton>(QStringLiteral("submitToSignButton"))->isEnabled());
        h.back();
        QCOMPARE(h.current(), Step::Recap);
        QVERIFY(recapText(h).contains(QStringLiteral("New numbers only")));
        h.next();
        QCOMPARE(h.current(), Step::Submission);
        QVERIFY(h.find<QPushButton>(QStringLiteral("submitToSignButton"))->isEnabled());
    }
};

QTEST_MAIN(TstWizardRecap)
#include "tst_wizard_recap.moc"
