// Keep existing numbers step driven as a rep drives it: toggle, numbers typed, pasted and
// imported, date, extra fields, migration.
#include "WizardHarness.h"
#include "order/PortingNumbers.h"
#include "widgets/AddressForm.h"
#include "widgets/NumberListEditor.h"
#include "widgets/PhoneField.h"
#include "wizard/PortingPage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace od;
using namespace od::testing;

class TstWizardPorting : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();

    /// Germany with new numbers (complete through voice plans), the rep not past voice plans.
    Order germanyNew(const QStringList &countries = {QStringLiteral("DE")})
    {
        Order o = fixtures::newNumbersOrder(m_catalog, countries, 1, 5, 0);
        for (CountryOrder &c : o.countries)
            c.offices.clear();
        o.stepReached = Step::VoicePlans;
        return o;
    }
    /// Germany porting, valid except for what a test leaves out.
    Order germanyPorting(int ranges = 1)
    {
        Order o = fixtures::portingOrder(m_catalog, kToday, ranges);
        o.stepReached = Step::VoicePlans;
        return o;
    }
    static void toPorting(WizardHarness &h)
    {
        h.wizard().editStep(Step::Porting);
        QCOMPARE(h.current(), Step::Porting);
    }
    static NumberListEditor *editor(WizardHarness &h, const QString &code = QStringLiteral("DE"))
    {
        return h.find<NumberListEditor>(QStringLiteral("numbers.") + code);
    }
    /// Types lines into the numbers editor as a rep does, then leaves it.
    static void typeNumbers(WizardHarness &h, const QString &text,
                            const QString &code = QStringLiteral("DE"))
    {
        QPlainTextEdit *edit = editor(h, code)->textEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, lines.at(i));
        }
        h.find<QLineEdit>(QStringLiteral("losingCarrier.") + code)->setFocus(); // leave
    }
    static QString message(WizardHarness &h, const QString &path)
    {
        auto *label = h.find<QLabel>(QStringLiteral("message:") + path);
        return label && label->isVisible() ? label->text() : QString();
    }
    /// A complete German port with an empty numbers list.
    void fillGermanPort(WizardHarness &h)
    {
        QTest::mouseClick(h.find<QCheckBox>(QStringLiteral("keepNumbers.DE")), Qt::LeftButton);
        h.type(QStringLiteral("losingCarrier.DE"), QStringLiteral("Example Telekom"));
        h.type(QStringLiteral("accountHolderName.DE"), QStringLiteral("Contoso GmbH"));
        h.type(QStringLiteral("accountHolderAddress.DE.street"), QStringLiteral("Kaiserstrasse"));
        h.type(QStringLiteral("accountHolderAddress.DE.houseNumber"), QStringLiteral("5"));
        h.type(QStringLiteral("accountHolderAddress.DE.postalCode"), QStringLiteral("60311"));
        h.type(QStringLiteral("accountHolderAddress.DE.city"), QStringLiteral("Frankfurt am Main"));
    }

private slots:
    // ---- the pure parsing behind the editor --------------------------------------------------

    void extractColumnTakesTheNumbersColumn()
    {
        using portingnumbers::extractColumn;
        const auto plain = extractColumn(QStringLiteral("069 1234 5600\r\n069 1234 5601\n"));
        QCOMPARE(plain.values,
                 (QStringList{QStringLiteral("069 1234 5600"), QStringLiteral("069 1234 5601")}));
        QVERIFY(plain.problems.isEmpty());

        const auto named = extractColumn(
            QStringLiteral("Standort;Rufnummer;Hinweis\nFrankfurt;069 1234 5600;a\n"
                           "Frankfurt;;leer\n\"Bad Homburg; Süd\";\"06172 12345\";b\n"));
        QCOMPARE(named.header, QStringLiteral("Rufnummer"));
        QCOMPARE(named.column, 1);
        QCOMPARE(named.values,
                 (QStringList{QStringLiteral("069 1234 5600"), QStringLiteral("06172 12345")}));
        QCOMPARE(named.lines, (QList<int>{2, 4}));
        QCOMPARE(named.problems.size(), 2); // the header, and line 3 without a number
        QVERIFY(named.problems.at(1).contains(QStringLiteral("Line 3")));

        const auto french = extractColumn(QStringLiteral("Site,Numéro\nParis,01 23 45 67 89\n"));
        QCOMPARE(french.values, QStringList{QStringLiteral("01 23 45 67 89")});
        const auto tabs = extractColumn(QStringLiteral("Office\t+44 20 7946 0000\n"));
        QCOMPARE(tabs.values, QStringList{QStringLiteral("+44 20 7946 0000")});
    }

    void parseKeepsTextAndCounts()
    {
        const auto range =
            portingnumbers::parse(QStringLiteral("069 1234-5600 to -5699"), QStringLiteral("DE"));
        QCOMPARE(range.range.first, QStringLiteral("+496912345600"));
        QCOMPARE(range.range.last, QStringLiteral("+496912345699"));
        QCOMPARE(range.count, 100);
        QCOMPARE(portingnumbers::count(range.range), 100);
        const auto single =
            portingnumbers::parse(QStringLiteral("+44 (0)20 7946 0000"), QStringLiteral("GB"));
        QCOMPARE(single.range.first, QStringLiteral("+442079460000"));
        QVERIFY(single.range.last.isEmpty());
        QCOMPARE(single.count, 1);
        const auto bad = portingnumbers::parse(QStringLiteral("call me"), QStringLiteral("DE"));
        QVERIFY(bad.range.first.isEmpty());
        QCOMPARE(bad.range.text, QStringLiteral("call me"));
        QVERIFY(!bad.error.isEmpty());
    }

    // ---- the page --------------------------------------------------------------------------

    void toggleOnAndOff()
    {
        WizardHarness h(germanyNew());
        toPorting(h);
        auto *keep = h.find<QCheckBox>(QStringLiteral("keepNumbers.DE"));
        auto *details = h.find<QWidget>(QStringLiteral("portingDetails.DE"));
        auto *line = h.find<QLabel>(QStringLiteral("newNumbersLine.DE"));
        QVERIFY(!details->isVisible());
        QVERIFY(line->isVisible());
        QVERIFY(h.canGoNext()); // new numbers: nothing to fill here
        QTest::mouseClick(keep, Qt::LeftButton);
        QVERIFY(h.order().countries.first().keepNumbers);
        QVERIFY(details->isVisible());
        QVERIFY(!line->isVisible());
        QVERIFY(!h.canGoNext());
        h.type(QStringLiteral("losingCarrier.DE"), QStringLiteral("Example Telekom"));
        QTest::mouseClick(keep, Qt::LeftButton);
        QVERIFY(!h.order().countries.first().keepNumbers);
        QVERIFY(h.canGoNext());
        // What was typed is kept for when the toggle comes back on.
        QCOMPARE(h.order().countries.first().porting.losingCarrier,
                 QStringLiteral("Example Telekom"));
        QTest::mouseClick(keep, Qt::LeftButton);
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("losingCarrier.DE"))->text(),
                 QStringLiteral("Example Telekom"));
    }

    void germanRangeGivesHundredNumbers()
    {
        WizardHarness h(germanyNew());
        toPorting(h);
        fillGermanPort(h);
        QVERIFY(!h.canGoNext()); // no numbers yet
        typeNumbers(h, QStringLiteral("069 1234-5600 to -5699"));
        const QList<NumberRange> &numbers = h.order().countries.first().porting.numbers;
        QCOMPARE(numbers.size(), 1);
        QCOMPARE(numbers.first().text, QStringLiteral("069 1234-5600 to -5699"));
        QCOMPARE(numbers.first().first, QStringLiteral("+496912345600"));
        QCOMPARE(numbers.first().last, QStringLiteral("+496912345699"));
        QCOMPARE(editor(h)->totalNumbers(), 100);
        auto *table = h.find<QTableView>(QStringLiteral("numbers.DE.entries"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("100"));
        QVERIFY(table->model()->index(0, 2).data().toString().contains(
            QStringLiteral("+496912345699")));
        QVERIFY(h.find<QLabel>(QStringLiteral("numbers.DE.total"))
                    ->text()
                    .contains(QStringLiteral("100")));
        QVERIFY2(h.canGoNext(), qPrintable(message(h, QStringLiteral("countries[0].porting"))));
    }

    void rangeIsReadableInTheTable()
    {
        // At 1366×768 a DDI range shows whole in the E.164 column ("+44… to +44…"), and the
        // column lies within the table, not behind its scroll bar.
        WizardHarness h(germanyNew());
        toPorting(h);
        fillGermanPort(h);
        typeNumbers(h, QStringLiteral("069 1234-5600 to -5699\n+44 20 7946 0000 to 0999"));
        auto *table = h.find<QTableView>(QStringLiteral("numbers.DE.entries"));
        QVERIFY(table && table->isVisible());
        const int column = 2;
        const int width = table->columnWidth(column);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString text = table->model()->index(row, column).data().toString();
            const int needed = table->fontMetrics().horizontalAdvance(text) + 8;
            QVERIFY2(width >= needed,
                     qPrintable(QStringLiteral("%1: %2 < %3").arg(text).arg(width).arg(needed)));
        }
        // A 15-digit range, the longest E.164 allows, fits too.
        const QString longest = QStringLiteral("+999999999999999 to +999999999999999");
        QVERIFY(width >= table->fontMetrics().horizontalAdvance(longest) + 8);
        const int right = table->columnViewportPosition(column) + width;
        QVERIFY2(right <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(right).arg(table->viewport()->width())));
    }

    void badLineIsMarkedAndBlocks()
    {
        WizardHarness h(germanyNew());
        toPorting(h);
        fillGermanPort(h);
        typeNumbers(h, QStringLiteral("069 1234 5600\n069 12x"));
        const QList<NumberRange> &numbers = h.order().countries.first().porting.numbers;
        QCOMPARE(numbers.size(), 2);
        QVERIFY(!numbers.at(0).first.isEmpty());
        QCOMPARE(numbers.at(1).text, QStringLiteral("069 12x")); // kept as typed
        QVERIFY(numbers.at(1).first.isEmpty());
        QVERIFY(!h.canGoNext());
        // Marked in its row with a reason in words, and the rule's message beside the editor.
        auto *table = h.find<QTableView>(QStringLiteral("numbers.DE.entries"));
        QVERIFY(table->model()->index(1, 4).data().toString().startsWith(QStringLiteral("✖")));
        QVERIFY(table->model()->index(0, 4).data().toString().startsWith(QStringLiteral("✔")));
        // The reason in full under the editor too: the Status column is narrow and cuts it.
        const QString reason = table->model()->index(1, 4).data(Qt::ToolTipRole).toString();
        QVERIFY(!reason.isEmpty());
        const QString total = h.find<QLabel>(QStringLiteral("numbers.DE.total"))->text();
        QVERIFY2(total.contains(QStringLiteral("line 2: ") + reason), qPrintable(total));
        const QString msg = message(h, QStringLiteral("countries[0].porting.numbers"));
        QVERIFY2(msg.contains(QStringLiteral("\"069 12x\" is not a number or a range")),
                 qPrintable(msg));
        // The message takes the width of the editor above it, not a narrow column of its own.
        auto *label = h.find<QLabel>(QStringLiteral("message:countries[0].porting.numbers"));
        QVERIFY2(label->width() >= editor(h)->width() - 20,
                 qPrintable(QStringLiteral("%1 < %2").arg(label->width()).arg(editor(h)->width())));
        // Correcting the line unblocks.
        typeNumbers(h, QStringLiteral("069 1234 5600\n069 1234 5601"));
        QVERIFY(h.canGoNext());
        QVERIFY(message(h, QStringLiteral("countries[0].porting.numbers")).isEmpty());
    }

    void pasteSpreadsheetColumn()
    {
        WizardHarness h(germanyNew());
        toPorting(h);
        fillGermanPort(h);
        QApplication::clipboard()->setText(
            QStringLiteral("Rufnummer\n069 1234 5600\n069 1234 5601\n069 1234 5602\n"));
        QPlainTextEdit *edit = editor(h)->textEdit();
        edit->setFocus();
        edit->paste();
        const QList<NumberRange> &numbers = h.order().countries.first().porting.numbers;
        QCOMPARE(numbers.size(), 3); // parsed on paste, no wait
        QCOMPARE(numbers.at(2).first, QStringLiteral("+496912345602"));
        QCOMPARE(editor(h)->totalNumbers(), 3);
        QVERIFY2(editor(h)->report().contains(QStringLiteral("header")),
                 qPrintable(editor(h)->report()));
        QVERIFY(h.canGoNext());
    }

    void importCsvFile()
    {
        WizardHarness h(germanyNew());
        toPorting(h);
        fillGermanPort(h);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("numbers.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Standort;Rufnummer;Hinweis\r\n"
                   "Frankfurt;069 1234 5610;Zentrale\r\n"
                   "Frankfurt;;ohne\r\n"
                   "Frankfurt;kaputt;falsch\r\n"
                   "Frankfurt;069 1234-5620 bis -5629;Block\r\n");
        file.close();
        QVERIFY(editor(h)->importFile(path));
        const QList<NumberRange> &numbers = h.order().countries.first().porting.numbers;
        QCOMPARE(numbers.size(), 3); // the bad line is kept (marked), the empty one reported
        QCOMPARE(numbers.at(0).first, QStringLiteral("+496912345610"));
        QVERIFY(numbers.at(1).first.isEmpty());
        QCOMPARE(numbers.at(1).text, QStringLiteral("kaputt"));
        QCOMPARE(numbers.at(2).last, QStringLiteral("+496912345629"));
        QCOMPARE(editor(h)->totalNumbers(), 11);
        const QString report = editor(h)->report();
        QVERIFY2(report.contains(QStringLiteral("Line 3")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("not understood")), qPrintable(report));
        QVERIFY(!h.canGoNext());
        QVERIFY(!editor(h)->importFile(dir.filePath(QStringLiteral("missing.csv"))));
    }

    void earliestDateIsOfferedAndEarlierBlocks()
    {
        WizardHarness h(germanyNew());
        toPorting(h);
        fillGermanPort(h);
        typeNumbers(h, QStringLiteral("069 1234 5600"));
        const QDate earliest(2026, 12, 17); // Thu 3 Dec 2026 + 10 working days
        QCOMPARE(h.wizard().rules().earliestPortDate(QStringLiteral("DE")), earliest);
        auto *date = h.find<QDateEdit>(QStringLiteral("requestedDate.DE"));
        QCOMPARE(date->date(), earliest);
        QCOMPARE(h.order().countries.first().porting.requestedDate, earliest);
        const QString shown = h.find<QLabel>(QStringLiteral("earliestDate.DE"))->text();
        QVERIFY2(shown.contains(QLocale().toString(earliest, QStringLiteral("ddd d MMM yyyy"))) &&
                     shown.contains(QStringLiteral("10 working days")),
                 qPrintable(shown));
        QVERIFY(h.canGoNext());
        date->setDate(earliest.addDays(-1));
        QCOMPARE(h.order().countries.first().porting.requestedDate, earliest.addDays(-1));
        QVERIFY(!h.canGoNext());
        QVERIFY(message(h, QStringLiteral("countries[0].porting.requestedDate"))
                    .contains(QStringLiteral("too early")));
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("useEarliest.DE")), Qt::LeftButton);
        QCOMPARE(h.order().countries.first().porting.requestedDate, earliest);
        QVERIFY(h.canGoNext());
    }

    void frenchSiretBlocksUntilValid()
    {
        WizardHarness h(germanyNew({QStringLiteral("FR")}));
        toPorting(h);
        QTest::mouseClick(h.find<QCheckBox>(QStringLiteral("keepNumbers.FR")), Qt::LeftButton);
        h.type(QStringLiteral("losingCarrier.FR"), QStringLiteral("Orange"));
        h.type(QStringLiteral("accountHolderName.FR"), QStringLiteral("Contoso SAS"));
        h.type(QStringLiteral("accountHolderAddress.FR.street"), QStringLiteral("Rue de Rome"));
        h.type(QStringLiteral("accountHolderAddress.FR.postalCode"), QStringLiteral("13001"));
        h.type(QStringLiteral("accountHolderAddress.FR.city"), QStringLiteral("Marseille"));
        typeNumbers(h, QStringLiteral("04 91 12 34 56"), QStringLiteral("FR"));
        QVERIFY(h.find<QLabel>(QStringLiteral("portingNotes.FR"))->isVisible());
        QVERIFY(!h.canGoNext()); // SIRET missing
        auto *siret = h.find<QLineEdit>(QStringLiteral("extra.FR.siret"));
        QVERIFY(siret && !siret->toolTip().isEmpty());
        h.type(QStringLiteral("extra.FR.siret"), QStringLiteral("123 456 789 01234")); // bad Luhn
        QVERIFY(!h.canGoNext());
        QVERIFY2(message(h, QStringLiteral("countries[0].porting.extras.siret"))
                     .contains(QStringLiteral("SIRET")),
                 qPrintable(message(h, QStringLiteral("countries[0].porting.extras.siret"))));
        h.type(QStringLiteral("extra.FR.siret"), QStringLiteral("732 829 320 00074"));
        QVERIFY2(h.canGoNext(), qPrintable(message(h, QStringLiteral("countries[0].porting"))));
        QVERIFY(message(h, QStringLiteral("countries[0].porting.extras.siret")).isEmpty());
    }

    void migrationNeedsTheTeamsNumberType()
    {
        WizardHarness h(germanyPorting());
        toPorting(h);
        QVERIFY(h.canGoNext());
        auto *type = h.find<QComboBox>(QStringLiteral("teamsNumberType.DE"));
        QVERIFY(!type->isVisible());
        QTest::mouseClick(h.find<QRadioButton>(QStringLiteral("migrate.DE")), Qt::LeftButton);
        QCOMPARE(h.order().countries.first().porting.kind, PortKind::Migrate);
        QVERIFY(type->isVisible());
        QVERIFY(!h.canGoNext());
        type->setFocus();
        QTest::keyClick(type, Qt::Key_Down); // "Microsoft Calling Plan"
        QCOMPARE(h.order().countries.first().porting.currentTeamsNumberType,
                 TeamsNumberType::CallingPlan);
        QVERIFY(h.canGoNext());
    }

    void backAndNextKeepEveryValue()
    {
        WizardHarness h(germanyNew({QStringLiteral("GB")}));
        toPorting(h);
        QTest::mouseClick(h.find<QCheckBox>(QStringLiteral("keepNumbers.GB")), Qt::LeftButton);
        QTest::mouseClick(h.find<QRadioButton>(QStringLiteral("migrate.GB")), Qt::LeftButton);
        auto *type = h.find<QComboBox>(QStringLiteral("teamsNumberType.GB"));
        type->setFocus();
        QTest::keyClick(type, Qt::Key_Down);
        QTest::keyClick(type, Qt::Key_Down); // Direct Routing
        h.type(QStringLiteral("losingCarrier.GB"), QStringLiteral("BT"));
        h.type(QStringLiteral("accountHolderName.GB"), QStringLiteral("Contoso Ltd"));
        h.type(QStringLiteral("accountHolderAddress.GB.houseNumber"), QStringLiteral("1"));
        h.type(QStringLiteral("accountHolderAddress.GB.street"), QStringLiteral("King Edward St"));
        h.type(QStringLiteral("accountHolderAddress.GB.city"), QStringLiteral("London"));
        h.type(QStringLiteral("accountHolderAddress.GB.postalCode"), QStringLiteral("EC1A 1BB"));
        typeNumbers(h, QStringLiteral("+44 (0)20 7946 0000\n020 7946 0100 - 020 7946 0199\nbad"),
                    QStringLiteral("GB"));
        h.type(QStringLiteral("mainBillingNumber.GB"), QStringLiteral("020 7946 0000"));
        h.type(QStringLiteral("extra.GB.sitePostcode"), QStringLiteral("EC1A 1BB"));
        auto *date = h.find<QDateEdit>(QStringLiteral("requestedDate.GB"));
        date->setDate(QDate(2027, 1, 12));
        const Order before = h.order();
        const PortingDetails &p = before.countries.first().porting;
        QCOMPARE(p.kind, PortKind::Migrate);
        QCOMPARE(p.currentTeamsNumberType, TeamsNumberType::DirectRouting);
        QCOMPARE(p.numbers.size(), 3);
        QCOMPARE(p.mainBillingNumber, QStringLiteral("+442079460000"));
        QCOMPARE(p.accountHolderAddress.postalCode, QStringLiteral("EC1A 1BB"));
        QCOMPARE(p.extras.value(QStringLiteral("sitePostcode")), QStringLiteral("EC1A 1BB"));
        QCOMPARE(p.requestedDate, QDate(2027, 1, 12));

        h.back();
        QCOMPARE(h.current(), Step::VoicePlans);
        h.wizard().editStep(Step::Porting);
        QCOMPARE(h.current(), Step::Porting);
        QCOMPARE(h.order().countries, before.countries);
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("losingCarrier.GB"))->text(),
                 QStringLiteral("BT"));
        QCOMPARE(type->currentData().toInt(), int(TeamsNumberType::DirectRouting));
        QCOMPARE(editor(h, QStringLiteral("GB"))->textEdit()->toPlainText(),
                 QStringLiteral("+44 (0)20 7946 0000\n020 7946 0100 - 020 7946 0199\nbad"));
        QCOMPARE(editor(h, QStringLiteral("GB"))->totalNumbers(), 101);
        QCOMPARE(date->date(), QDate(2027, 1, 12));
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("extra.GB.sitePostcode"))->text(),
                 QStringLiteral("EC1A 1BB"));
        QCOMPARE(h.find<PhoneField>(QStringLiteral("mainBillingNumber.GB"))->value(),
                 QStringLiteral("+442079460000"));
    }

    /// ORDERDESK_SCREENSHOTS=dir saves the page with realistic data, to look at.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("ORDERDESK_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set ORDERDESK_SCREENSHOTS to a directory to save screenshots");
        Order o = germanyPorting(2);
        CountryOrder fr = germanyNew({QStringLiteral("FR")}).countries.first();
        o.countries.append(fr);
        o.countries[0].porting.numbers.append(NumberRange{QStringLiteral("069 12x"), {}, {}});
        WizardHarness h(o);
        toPorting(h);
        QVERIFY(h.wizard().grab().save(dir + QStringLiteral("/porting-1.png")));
        auto *scroll = h.find<QWidget>(QStringLiteral("portingScroll"));
        QTest::mouseClick(h.find<QCheckBox>(QStringLiteral("keepNumbers.FR")), Qt::LeftButton);
        h.find<QLineEdit>(QStringLiteral("extra.FR.siret"))->setFocus();
        QTest::qWait(50);
        QVERIFY(h.wizard().grab().save(dir + QStringLiteral("/porting-2.png")));
        Q_UNUSED(scroll);
    }

    void twoThousandNumbersStayResponsive()
    {
        // 20 ranges of 100 from a draft, then 2,000 single lines pasted.
        WizardHarness h(germanyPorting(20));
        QElapsedTimer timer;
        timer.start();
        toPorting(h);
        QCOMPARE(editor(h)->totalNumbers(), 2001);
        const qint64 open = timer.elapsed();

        QStringList lines;
        for (const QString &n :
             fixtures::numbersInArea(QStringLiteral("DE"), QStringLiteral("69"), 30, 100))
            lines << n;
        for (int b = 31; b < 50; ++b)
            lines << fixtures::numbersInArea(QStringLiteral("DE"), QStringLiteral("69"), b, 100);
        QCOMPARE(lines.size(), 2000);
        QPlainTextEdit *edit = editor(h)->textEdit();
        edit->setFocus();
        edit->moveCursor(QTextCursor::End);
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
        timer.restart();
        edit->paste();
        const qint64 paste = timer.elapsed();
        QCOMPARE(h.order().countries.first().porting.numbers.size(), 2021);
        QCOMPARE(editor(h)->totalNumbers(), 4001);

        {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < 5; ++i)
                (void)h.wizard().rules().checkStep(h.order(), Step::Porting);
            qInfo("rules %lld ms", t.elapsed() / 5);
            t.restart();
            for (int i = 0; i < 5; ++i)
                (void)h.wizard().rules().checkStep(h.order(), Step::Offices);
            qInfo("rules offices %lld ms", t.elapsed() / 5);
        }
        // A keystroke in another field, and one in the editor, with the big list in place.
        timer.restart();
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("losingCarrier.DE")),
                         QStringLiteral("x"));
        const qint64 keystroke = timer.elapsed();
        timer.restart();
        QTest::keyClicks(edit, QStringLiteral("1"));
        editor(h)->commit();
        const qint64 editKey = timer.elapsed();
        qInfo("open %lld ms, paste 2,000 lines %lld ms, keystroke %lld ms, edit+parse %lld ms",
              open, paste, keystroke, editKey);
        QVERIFY2(paste < 3000, "pasting 2,000 numbers took too long");
        QVERIFY2(keystroke < 250, "a keystroke with 4,000 numbers in the list took too long");
        QVERIFY2(editKey < 250, "re-parsing after one edited line took too long");
    }

    void numberFirstAddressGivesTheStreetRoom()
    {
        // France writes the house number first ("12 rue de Rivoli"): the street then stands
        // last in its row, and must still get the room a street name needs.
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("FR")}, 1, 4, 0);
        o.countries[0].offices.clear();
        o.countries[0].keepNumbers = true;
        o.stepReached = Step::VoicePlans;
        WizardHarness h(o);
        h.next();
        h.next();
        QCOMPARE(h.current(), Step::Porting);
        auto *street = h.find<QLineEdit>(QStringLiteral("accountHolderAddress.FR.street"));
        auto *number = h.find<QLineEdit>(QStringLiteral("accountHolderAddress.FR.houseNumber"));
        QVERIFY(street && number && street->isVisible());
        QVERIFY2(street->width() >= 250, qPrintable(QString::number(street->width())));
        QVERIFY(street->x() > number->x()); // still after the number
    }
};

QTEST_MAIN(TstWizardPorting)
#include "tst_wizard_porting.moc"
