// The translations the app installs: English plural forms underneath every language.
#include "../common/Fixtures.h"
#include "DraftBrowser.h"
#include "Translations.h"
#include "store/DraftStore.h"
#include "wizard/OrderWizard.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
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
