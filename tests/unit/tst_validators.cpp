#include "order/Validators.h"

#include <QTest>

using namespace od;

class TestValidators : public QObject
{
    Q_OBJECT
private slots:
    void tenantIdIsCleaned_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString guid = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
        QTest::newRow("plain") << guid << guid;
        QTest::newRow("upper case") << guid.toUpper() << guid;
        QTest::newRow("braces and spaces")
            << QStringLiteral("  {72F988BF-86F1-41AF-91AB-2D7CD011DB47} ") << guid;
        QTest::newRow("space inside")
            << QStringLiteral("72f988bf-86f1-41af- 91ab-2d7cd011db47") << guid;
        QTest::newRow("urn") << QStringLiteral("urn:uuid:72f988bf-86f1-41af-91ab-2d7cd011db47")
                             << guid;
        QTest::newRow("url") << QStringLiteral(
                                    "https://login.example.com/"
                                    "72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/authorize")
                             << guid;
        QTest::newRow("query") << QStringLiteral(
                                      "https://admin.example.com/#/"
                                      "tenant?tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47&x=1")
                               << guid;
        QTest::newRow("no dashes") << QStringLiteral("72f988bf86f141af91ab2d7cd011db47") << guid;
        QTest::newRow("too short stays")
            << QStringLiteral(" 72f988bf-86f1 ") << QStringLiteral("72f988bf-86f1");
    }
    void tenantIdIsCleaned()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(validators::normaliseTenantId(input), expected);
    }

    void guid()
    {
        QVERIFY(validators::isGuid(QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")));
        QVERIFY(validators::isGuid(QStringLiteral("72F988BF-86F1-41AF-91AB-2D7CD011DB47")));
        QVERIFY(!validators::isGuid(QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db4")));
        QVERIFY(!validators::isGuid(QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47x")));
        QVERIFY(!validators::isGuid(QStringLiteral("g2f988bf-86f1-41af-91ab-2d7cd011db47")));
        QVERIFY(!validators::isGuid(QStringLiteral("{72f988bf-86f1-41af-91ab-2d7cd011db4}")));
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("anna@contoso.com") << true;
        QTest::newRow("plus and subdomain")
            << QStringLiteral("anna.b+oc@mail.contoso.co.uk") << true;
        QTest::newRow("no domain dot") << QStringLiteral("anna@contoso") << false;
        QTest::newRow("two @") << QStringLiteral("anna@@contoso.com") << false;
        QTest::newRow("space") << QStringLiteral("an na@contoso.com") << false;
        QTest::newRow("leading dot") << QStringLiteral(".anna@contoso.com") << false;
        QTest::newRow("double dot") << QStringLiteral("an..na@contoso.com") << false;
        QTest::newRow("hyphen edge") << QStringLiteral("anna@-contoso.com") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("local too long")
            << QString(65, QLatin1Char('a')) + QStringLiteral("@contoso.com") << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(validators::isEmail(email), valid);
    }

    void checksums_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("siret") << QStringLiteral("luhn") << QStringLiteral("732 829 320 00074")
                               << true;
        QTest::newRow("siret off by one")
            << QStringLiteral("luhn") << QStringLiteral("73282932000075") << false;
        QTest::newRow("siret letters")
            << QStringLiteral("luhn") << QStringLiteral("7328293200007A") << false;
        // SIRET: Luhn, except La Poste's establishments (SIREN 356 000 000), whose digits add up
        // to a multiple of 5 instead.
        QTest::newRow("siret checksum, ordinary")
            << QStringLiteral("siret") << QStringLiteral("732 829 320 00074") << true;
        QTest::newRow("siret checksum, ordinary off by one")
            << QStringLiteral("siret") << QStringLiteral("73282932000075") << false;
        QTest::newRow("siret checksum, La Poste")
            << QStringLiteral("siret") << QStringLiteral("356 000 000 10014") << true;
        QTest::newRow("siret checksum, La Poste head office (also Luhn)")
            << QStringLiteral("siret") << QStringLiteral("35600000000048") << true;
        QTest::newRow("siret checksum, La Poste wrong")
            << QStringLiteral("siret") << QStringLiteral("35600000010001") << false;
        QTest::newRow("siret checksum, 13 digits")
            << QStringLiteral("siret") << QStringLiteral("3560000001001") << false;
        QTest::newRow("luhn alone refuses La Poste")
            << QStringLiteral("luhn") << QStringLiteral("35600000010014") << false;
        QTest::newRow("dni") << QStringLiteral("nif") << QStringLiteral("12345678Z") << true;
        QTest::newRow("dni wrong letter")
            << QStringLiteral("nif") << QStringLiteral("12345678A") << false;
        QTest::newRow("nie") << QStringLiteral("nif") << QStringLiteral("X-1234567-L") << true;
        QTest::newRow("nie wrong") << QStringLiteral("nif") << QStringLiteral("X1234567M") << false;
        QTest::newRow("cif digit") << QStringLiteral("nif") << QStringLiteral("B12345674") << true;
        QTest::newRow("cif wrong digit")
            << QStringLiteral("nif") << QStringLiteral("B12345675") << false;
        QTest::newRow("cif letter kind")
            << QStringLiteral("nif") << QStringLiteral("P1234567D") << true;
        QTest::newRow("codice fiscale")
            << QStringLiteral("codiceFiscale") << QStringLiteral("RSSMRA85T10A562S") << true;
        QTest::newRow("codice fiscale lower")
            << QStringLiteral("codiceFiscale") << QStringLiteral("rssmra85t10a562s") << true;
        QTest::newRow("codice fiscale wrong")
            << QStringLiteral("codiceFiscale") << QStringLiteral("RSSMRA85T10A562T") << false;
        QTest::newRow("codice fiscale short")
            << QStringLiteral("codiceFiscale") << QStringLiteral("RSSMRA85T10A562") << false;
        QTest::newRow("partita iva")
            << QStringLiteral("itVat") << QStringLiteral("01114601006") << true;
        QTest::newRow("partita iva wrong")
            << QStringLiteral("itVat") << QStringLiteral("01114601007") << false;
        QTest::newRow("partita iva short")
            << QStringLiteral("itVat") << QStringLiteral("0111460100") << false;
        QTest::newRow("no checksum") << QString() << QStringLiteral("anything") << true;
        QTest::newRow("unknown checksum") << QStringLiteral("crc") << QStringLiteral("1") << false;
    }
    void checksums()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(validators::checksum(name, value), valid);
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
