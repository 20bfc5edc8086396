// Addresses in each country's postal order: the forms, the recap and the documents share it.
#include "order/AddressFormat.h"

#include <QTest>

using namespace od;

class TestAddressFormat : public QObject
{
    Q_OBJECT

    static Address make(const QString &country, const QString &street, const QString &number,
                        const QString &suffix, const QString &postcode, const QString &city,
                        const QString &province = QString())
    {
        Address a;
        a.companyName = QStringLiteral("Example Ltd");
        a.country = country;
        a.street = street;
        a.houseNumber = number;
        a.houseNumberSuffix = suffix;
        a.postalCode = postcode;
        a.city = city;
        a.stateOrProvince = province;
        return a;
    }

private slots:
    void linesInTheCountrysOrder_data()
    {
        QTest::addColumn<Address>("address");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("Germany: street, number; postcode, town")
            << make(QStringLiteral("DE"), QStringLiteral("Hauptstraße"), QStringLiteral("5"),
                    QStringLiteral("a"), QStringLiteral("10115"), QStringLiteral("Berlin"))
            << QStringList{QStringLiteral("Example Ltd"), QStringLiteral("Hauptstraße 5a"),
                           QStringLiteral("10115 Berlin")};
        QTest::newRow("France: the number first, a word suffix apart")
            << make(QStringLiteral("FR"), QStringLiteral("rue de Rivoli"), QStringLiteral("12"),
                    QStringLiteral("bis"), QStringLiteral("75001"), QStringLiteral("Paris"))
            << QStringList{QStringLiteral("Example Ltd"), QStringLiteral("12 bis rue de Rivoli"),
                           QStringLiteral("75001 Paris")};
        QTest::newRow("United Kingdom: town, county, then the postcode")
            << make(QStringLiteral("GB"), QStringLiteral("Downing Street"), QStringLiteral("10"),
                    QString(), QStringLiteral("SW1A 2AA"), QStringLiteral("London"),
                    QStringLiteral("Greater London"))
            << QStringList{QStringLiteral("Example Ltd"), QStringLiteral("10 Downing Street"),
                           QStringLiteral("London"), QStringLiteral("Greater London"),
                           QStringLiteral("SW1A 2AA")};
        QTest::newRow("Ireland: the Eircode last")
            << make(QStringLiteral("IE"), QStringLiteral("Main Street"), QStringLiteral("4"),
                    QStringLiteral("B"), QStringLiteral("D02 X285"), QStringLiteral("Dublin"))
            << QStringList{QStringLiteral("Example Ltd"), QStringLiteral("4B Main Street"),
                           QStringLiteral("Dublin"), QStringLiteral("D02 X285")};
        QTest::newRow("Italy: the province's code after the town")
            << make(QStringLiteral("IT"), QStringLiteral("Via Roma"), QStringLiteral("1"),
                    QString(), QStringLiteral("00184"), QStringLiteral("Roma"),
                    QStringLiteral("RM"))
            << QStringList{QStringLiteral("Example Ltd"), QStringLiteral("Via Roma 1"),
                           QStringLiteral("00184 Roma RM")};
        QTest::newRow("Netherlands: empty parts leave no gaps")
            << make(QStringLiteral("NL"), QStringLiteral("Damrak"), QStringLiteral("1"), QString(),
                    QStringLiteral("1012 LG"), QString())
            << QStringList{QStringLiteral("Example Ltd"), QStringLiteral("Damrak 1"),
                           QStringLiteral("1012 LG")};
    }

    void linesInTheCountrysOrder()
    {
        QFETCH(Address, address);
        QFETCH(QStringList, lines);
        QCOMPARE(addressLines(address), lines);
        QCOMPARE(addressLines(address, false), lines.mid(1));
    }

    void everyPartOnceInEveryLayout()
    {
        for (const QString &country :
             {QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("CH"),
              QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("ES"),
              QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("GB"),
              QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("NL"),
              QStringLiteral("PT"), QStringLiteral("SE"), QString()}) {
            QStringList keys;
            for (const QList<AddressPart> &line : addressLayout(country))
                for (const AddressPart part : line)
                    keys << addressPartKey(part);
            keys.sort();
            QCOMPARE(keys,
                     (QStringList{QStringLiteral("city"), QStringLiteral("companyName"),
                                  QStringLiteral("houseNumber"),
                                  QStringLiteral("houseNumberSuffix"), QStringLiteral("postalCode"),
                                  QStringLiteral("stateOrProvince"), QStringLiteral("street")}));
        }
    }
};


QTEST_GUILESS_MAIN(TestAddressFormat)
#include "tst_addressformat.moc"
