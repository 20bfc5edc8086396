// The translations the app installs: English plural forms underneath every language.
#include "../common/Fixtures.h"
#include "DraftBrowser.h"
#include "Translations.h"
#include "order/Rules.h"
#include "store/DraftStore.h"
#include "wizard/OrderWizard.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace od;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static void removeAllTranslators()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private slots:
    void cleanup() { removeAllTranslators(); }

    void englishPluralsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("British English") << QStringLiteral("en_GB");
        QTest::newRow("a language without a translation") << QStringLiteral("fi");
        QTest::newRow("the C locale") << QStringLiteral("C");
    }

    void englishPluralsInEveryLanguage()
    {
        QFETCH(QString, language);
        const QStringList installed = installTranslations(*qApp, language);
        QVERIFY(installed.contains(QStringLiteral("en")));
        auto count = [](int n) {
            return QCoreApplication::translate("od::DraftBrowser", "%n draft(s)", nullptr, n);
        };
        QCOMPARE(count(1), QStringLiteral("1 draft"));
        QCOMPARE(count(0), QStringLiteral("0 drafts"));
        QCOMPARE(count(2), QStringLiteral("2 drafts"));
    }

    void browserCountsInWords()
    {
        installTranslations(*qApp, QStringLiteral("en"));
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path()).ok());
        Order o =
            fixtures::newNumbersOrder(Catalog::bundled().value(), {QStringLiteral("DE")}, 1, 2, 0);
        o.reference = Order::newReference(QDateTime::currentDateTimeUtc());
        store.createDraft(o);
        DraftBrowser browser(&store);
        auto *label = browser.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("1 draft"));
    }

    void planUsersInWords()
    {
        installTranslations(*qApp, QStringLiteral("en"));
        const Catalog catalog = Catalog::bundled().value();
        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 1, 0);
        OrderWizard wizard(catalog, o);
        wizard.editStep(Step::VoicePlans);
        const QString plan = o.countries.first().plans.first().planId;
        auto *users = wizard.findChild<QSpinBox *>(QStringLiteral("users.DE.") + plan);
        QVERIFY(users);
        users->setValue(1);
        QCOMPARE(users->text(), QStringLiteral("1 user"));
        users->setValue(25);
        QCOMPARE(users->text(), QStringLiteral("25 users"));
    }

    // A rep whose system is German gets the whole app in German: our pages, the catalog's
    // names, the rules' messages and Qt's own buttons.
    void germanOnSeveralPages()
    {
        const QStringList installed = installTranslations(*qApp, QStringLiteral("de_DE"));
        QVERIFY(installed.first().startsWith(QLatin1String("de")));
        const Catalog catalog = Catalog::bundled().value();
        QCOMPARE(catalog.country(QStringLiteral("DE"))->name, QStringLiteral("Deutschland"));
        // After a preposition, with the article German needs: "in den Niederlanden".
        QCOMPARE(catalog.country(QStringLiteral("NL"))->inText(),
                 QStringLiteral("den Niederlanden"));
        QCOMPARE(catalog.country(QStringLiteral("CH"))->inText(), QStringLiteral("der Schweiz"));

        Order o = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 2, 0);
        OrderWizard wizard(catalog, o);
        wizard.show();
        auto titleAt = [&wizard](Step step) {
            wizard.editStep(step);
            return wizard.currentPage()->title();
        };
        QCOMPARE(titleAt(Step::Customer), QStringLiteral("1. Kunde"));
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));
        QCOMPARE(titleAt(Step::VoicePlans), QStringLiteral("2. Sprachtarife"));
        QCOMPARE(titleAt(Step::Offices), QStringLiteral("4. Standorte und Rufnummern"));
        auto *add = wizard.findChild<QPushButton *>(QStringLiteral("countries[0].addOffice"));
        QVERIFY(add);
        QCOMPARE(add->text(), QStringLiteral("Standort h&inzufügen"));
        QCOMPARE(titleAt(Step::Contacts), QStringLiteral("5. Kontakte"));
        QCOMPARE(titleAt(Step::Recap), QStringLiteral("6. Zusammenfassung"));
        auto *recap = wizard.currentPage()->findChild<QTextBrowser *>();
        QVERIFY(recap);
        QVERIFY2(recap->toPlainText().contains(QStringLiteral("Deutschland")),
                 "the recap names the country in German");

        // The rules speak German too (their messages are looked up in their own context).
        const Problems problems = Rules(catalog).checkStep(Order(), Step::VoicePlans);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(QCoreApplication::translate("Rules", "Choose at least one country."),
                 problems.first().message);
        QVERIFY2(problems.first().message != QStringLiteral("Choose at least one country."),
                 qPrintable(problems.first().message));

        // Qt's own translations: the standard buttons of a dialog.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    // A plural added to the code must get its English forms: lupdate adds it unfinished.
    void everyEnglishPluralIsFinished()
    {
        QFile file(QStringLiteral(ORDERDESK_SOURCE_DIR "/translations/orderdesk_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                ++messages;
            else if (xml.name() == QLatin1String("translation"))
                QVERIFY2(xml.attributes().value(QLatin1String("type")).isEmpty(),
                         qPrintable(QStringLiteral("no English plural forms for: ") + source));
            else if (xml.name() == QLatin1String("numerusform"))
                QVERIFY2(!xml.readElementText().isEmpty(), qPrintable(source));
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
