#include "../common/Fixtures.h"
#include "order/OrderJson.h"
#include "order/PortingNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace od;

class TestOrderJson : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();

    static QJsonObject validDocument()
    {
        Order o = Order::create(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        o.countries.append(CountryOrder{});
        o.countries.first().country = QStringLiteral("DE");
        o.countries.first().offices.append(Office{});
        return orderToJson(o);
    }

    /// Sets a value at a dotted path with [i] indexes in a JSON object.
    static QJsonObject withValue(QJsonObject root, const QStringList &path, const QJsonValue &v)
    {
        if (path.size() == 1) {
            root.insert(path.first(), v);
            return root;
        }
        const QString head = path.first();
        const QStringList rest = path.mid(1);
        if (rest.first().startsWith(QLatin1Char('['))) {
            QJsonArray a = root.value(head).toArray();
            const int i = rest.first().mid(1, rest.first().size() - 2).toInt();
            a[i] = withValue(a.at(i).toObject(), rest.mid(1), v);
            root.insert(head, a);
        } else {
            root.insert(head, withValue(root.value(head).toObject(), rest, v));
        }
        return root;
    }

private slots:
    void createGivesStableReference()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        const Order a = Order::create(now);
        const Order b = Order::create(now);
        QVERIFY(a.reference.startsWith(QStringLiteral("OD-2026-")));
        QCOMPARE(a.reference.size(), 16);
        QVERIFY(a.reference != b.reference);
        // The reference survives a round trip unchanged.
        QCOMPARE(orderFromJson(orderToJsonBytes(a)).value().reference, a.reference);
    }

    void createdWithAnOffsetReadsAsTheSameInstant()
    {
        const Result<Order> r =
            orderFromJson(QByteArray(R"({"schemaVersion":1,"reference":"OD-2026-00000001",)"
                                     R"("created":"2026-12-04T07:11:01+01:00"})"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value().created, QDateTime(QDate(2026, 12, 4), QTime(6, 11, 1), Qt::UTC));
        QCOMPARE(r.value().created.timeSpec(), Qt::UTC);
    }

    void roundTripKeepsMilliseconds()
    {
        // Order::create() takes the clock as it is, milliseconds included: a draft saved and
        // opened again must be the same order, or every reopened draft looks changed.
        const Order order =
            Order::create(QDateTime(QDate(2026, 12, 4), QTime(6, 11, 1, 987), Qt::UTC));
        const Result<Order> back = orderFromJson(orderToJsonBytes(order));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value().created, order.created);
        QVERIFY(back.value() == order);
        // Documents written with whole seconds still read.
        const Result<Order> seconds =
            orderFromJson(QByteArray(R"({"schemaVersion":1,"reference":"OD-2026-00000001",)"
                                     R"("created":"2026-12-04T06:11:01Z"})"));
        QVERIFY2(seconds.ok(), qPrintable(seconds.error()));
        QCOMPARE(seconds.value().created, QDateTime(QDate(2026, 12, 4), QTime(6, 11, 1), Qt::UTC));
    }

    void roundTripMaximalOrder()
    {
        const Order order = fixtures::maximalOrder(m_catalog);
        QCOMPARE(order.countries.size(), 14);
        int numbers = 0;
        for (const CountryOrder &c : order.countries) {
            QCOMPARE(c.offices.size(), 5);
            for (const Office &o : c.offices) {
                QCOMPARE(o.reservedNumbers.size(), 100);
                numbers += o.reservedNumbers.size();
            }
        }
        QCOMPARE(numbers, 7000);
        const QByteArray json = orderToJsonBytes(order);
        const Result<Order> back = orderFromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value() == order);
        // And once more: the bytes are stable.
        QCOMPARE(orderToJsonBytes(back.value()), json);
    }

    void roundTripPortingOrder()
    {
        Order order = fixtures::portingOrder(m_catalog, QDate(2026, 12, 3));
        CountryOrder &de = order.countries.first();
        de.porting.kind = PortKind::Migrate;
        de.porting.currentTeamsNumberType = TeamsNumberType::DirectRouting;
        de.porting.extras.insert(QStringLiteral("note"), QStringLiteral("Ümlaut ✓ \"quoted\""));
        de.porting.mainBillingNumber = QStringLiteral("+496912345678");
        de.options.clipMode = ClipMode::PresentationNumber;
        de.options.presentationNumber = QStringLiteral("+496912345600");
        de.options.callForwarding = true;
        de.options.callForwardingTarget = QStringLiteral("+4930123456");
        order.customer.kind = CustomerKind::Prospect;
        order.customer.prospectAddress.city = QStringLiteral("Köln");
        order.customer.prospectContact.phone = QStringLiteral("+4922112345");
        order.remarks = QStringLiteral("Line 1\nLine 2");
        order.stepReached = Step::Porting;
        const Result<Order> back = orderFromJson(orderToJsonBytes(order, true));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value() == order);
        QCOMPARE(back.value().countries.first().porting.numbers.size(), 21);
        QCOMPARE(back.value().countries.first().porting.requestedDate,
                 order.countries.first().porting.requestedDate);
    }

    void validationRequestedRoundTrips()
    {
        // Validate pressed while the address service is unreachable: the draft closed and
        // opened again must still say so (and the outbox must know it).
        Order order = Order::create(QDateTime(QDate(2026, 12, 4), QTime(7, 0), Qt::UTC));
        CountryOrder c;
        c.country = QStringLiteral("DE");
        Office queued;
        queued.id = QStringLiteral("a");
        queued.validationRequested = true;
        Office plain;
        plain.id = QStringLiteral("b");
        c.offices << queued << plain;
        order.countries.append(c);
        const QJsonObject json = orderToJson(order);
        const QJsonArray offices =
            json[QStringLiteral("countries")][0][QStringLiteral("offices")].toArray();
        QCOMPARE(offices.at(0)[QStringLiteral("validationRequested")], QJsonValue(true));
        QCOMPARE(offices.at(1)[QStringLiteral("validationRequested")], QJsonValue(false));
        const Result<Order> back = orderFromJson(orderToJsonBytes(order));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value().countries.first().offices.at(0).validationRequested);
        QVERIFY(!back.value().countries.first().offices.at(1).validationRequested);
        QVERIFY(back.value() == order);
    }

    void olderDocumentWithoutValidationRequested_data()
    {
        QTest::addColumn<int>("schema");
        QTest::addColumn<QString>("validation");
        QTest::addColumn<bool>("reservationRequested");
        QTest::addColumn<bool>("expected");
        // Version 1 had no field; it let Reserve queue numbers only for an address that was
        // validated or sent for validation, so a queued reservation of a not-validated address
        // means Validate was pressed.
        QTest::newRow("v1 plain") << 1 << QStringLiteral("notValidated") << false << false;
        QTest::newRow("v1 reservation queued")
            << 1 << QStringLiteral("notValidated") << true << true;
        QTest::newRow("v1 validated, reservation queued")
            << 1 << QStringLiteral("validated") << true << false;
        QTest::newRow("v1 failed, reservation queued")
            << 1 << QStringLiteral("failed") << true << false;
        // A current document without the field (written by hand, or by a tool) reads as false.
        QTest::newRow("v2 without the field")
            << 2 << QStringLiteral("notValidated") << true << false;
    }

    void olderDocumentWithoutValidationRequested()
    {
        QFETCH(int, schema);
        QFETCH(QString, validation);
        QFETCH(bool, reservationRequested);
        QFETCH(bool, expected);
        const QByteArray json =
            QStringLiteral(R"({"schemaVersion":%1,"reference":"OD-2026-00000001",)"
                           R"("countries":[{"country":"DE","offices":[{"id":"a",)"
                           R"("validation":"%2","reservationRequested":%3}]}]})")
                .arg(schema)
                .arg(validation,
                     reservationRequested ? QStringLiteral("true") : QStringLiteral("false"))
                .toUtf8();
        const Result<Order> r = orderFromJson(json);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value().countries.first().offices.first().validationRequested, expected);
        // Saved again, it is a current document with the field.
        QCOMPARE(orderToJson(r.value())[QStringLiteral("schemaVersion")],
                 QJsonValue(Order::kSchemaVersion));
    }

    void geocodeSurvivesExactly()
    {
        Order order = Order::create();
        CountryOrder c;
        c.country = QStringLiteral("DE");
        Office o;
        o.geocode = GeoPoint{50.110924, 8.682127};
        c.offices.append(o);
        Office none;
        c.offices.append(none);
        order.countries.append(c);
        const Order back = orderFromJson(orderToJsonBytes(order)).value();
        QCOMPARE(back.countries.first().offices.first().geocode->latitude, 50.110924);
        QCOMPARE(back.countries.first().offices.first().geocode->longitude, 8.682127);
        QVERIFY(!back.countries.first().offices.at(1).geocode.has_value());
    }

    void rejectsBadDocuments_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");

        auto p = [](const char *dotted) {
            QStringList parts;
            for (const QString &part : QString::fromLatin1(dotted).split(QLatin1Char('.'))) {
                const qsizetype bracket = part.indexOf(QLatin1Char('['));
                if (bracket < 0) {
                    parts << part;
                } else {
                    parts << part.left(bracket) << part.mid(bracket);
                }
            }
            return parts;
        };
        QTest::newRow("newer schema") << p("schemaVersion") << QJsonValue(Order::kSchemaVersion + 1)
                                      << QStringLiteral("schemaVersion: this order was saved by a "
                                                        "newer version");
        QTest::newRow("schema as text") << p("schemaVersion") << QJsonValue(QStringLiteral("1"))
                                        << QStringLiteral("schemaVersion: expected a whole number");
        QTest::newRow("schema zero") << p("schemaVersion") << QJsonValue(0)
                                     << QStringLiteral("schemaVersion: 0 is not a schema version");
        QTest::newRow("tenant as number")
            << p("tenantId") << QJsonValue(12)
            << QStringLiteral("tenantId: expected text, found a number");
        QTest::newRow("customer as list")
            << p("customer") << QJsonValue(QJsonArray{})
            << QStringLiteral("customer: expected an object, found a list");
        QTest::newRow("ocn as number") << p("customer.ocn") << QJsonValue(123)
                                       << QStringLiteral("customer.ocn: expected text");
        QTest::newRow("unknown customer kind")
            << p("customer.kind") << QJsonValue(QStringLiteral("vip"))
            << QStringLiteral(
                   "customer.kind: \"vip\" is not one of existing, onlineAccount, prospect");
        QTest::newRow("fractional users")
            << p("countries[0].offices[0].userNumbers") << QJsonValue(2.5)
            << QStringLiteral(
                   "countries[0].offices[0].userNumbers: expected a whole number, found 2.5");
        QTest::newRow("users as text")
            << p("countries[0].offices[0].userNumbers") << QJsonValue(QStringLiteral("3"))
            << QStringLiteral(
                   "countries[0].offices[0].userNumbers: expected a whole number, found text");
        QTest::newRow("huge total")
            << p("countries[0].offices[0].totalNumbers") << QJsonValue(1e12)
            << QStringLiteral("countries[0].offices[0].totalNumbers: expected a whole number");
        QTest::newRow("bad date")
            << p("countries[0].porting.requestedDate") << QJsonValue(QStringLiteral("2026-02-30"))
            << QStringLiteral("countries[0].porting.requestedDate: \"2026-02-30\" is not a date");
        // Nothing is dropped or reinterpreted on the way in: a date with a time, or a time
        // without its zone (which would be read in whatever zone this machine is in).
        QTest::newRow("date with a time")
            << p("countries[0].porting.requestedDate")
            << QJsonValue(QStringLiteral("2026-12-03T10:00"))
            << QStringLiteral(
                   "countries[0].porting.requestedDate: \"2026-12-03T10:00\" is not a date");
        QTest::newRow("date with a zone")
            << p("countries[0].porting.requestedDate") << QJsonValue(QStringLiteral("2026-12-03Z"))
            << QStringLiteral("countries[0].porting.requestedDate: \"2026-12-03Z\" is not a date");
        QTest::newRow("created without a zone")
            << p("created") << QJsonValue(QStringLiteral("2026-12-03T09:30:00"))
            << QStringLiteral("created: \"2026-12-03T09:30:00\" has no time zone");
        QTest::newRow("created as a date")
            << p("created") << QJsonValue(QStringLiteral("2026-12-03"))
            << QStringLiteral("created: \"2026-12-03\" has no time zone");
        QTest::newRow("bad created")
            << p("created") << QJsonValue(QStringLiteral("yesterday"))
            << QStringLiteral("created: \"yesterday\" is not a date and time");
        QTest::newRow("reserved number not text")
            << p("countries[0].offices[0].reservedNumbers")
            << QJsonValue(QJsonArray{QStringLiteral("+4969"), 5})
            << QStringLiteral(
                   "countries[0].offices[0].reservedNumbers[1]: expected text, found a number");
        QTest::newRow("unknown field")
            << p("countries[0].offices[0].colour") << QJsonValue(QStringLiteral("red"))
            << QStringLiteral("countries[0].offices[0].colour: unknown field");
        QTest::newRow("unknown top-level field")
            << p("discount") << QJsonValue(10) << QStringLiteral("discount: unknown field");
        QTest::newRow("bad step") << p("stepReached") << QJsonValue(QStringLiteral("payment"))
                                  << QStringLiteral("stepReached: \"payment\" is not a step");
        QTest::newRow("latitude out of range")
            << p("countries[0].offices[0].geocode")
            << QJsonValue(
                   QJsonObject{{QStringLiteral("latitude"), 91}, {QStringLiteral("longitude"), 0}})
            << QStringLiteral("countries[0].offices[0].geocode: latitude must lie within");
        QTest::newRow("half a geocode")
            << p("countries[0].offices[0].geocode")
            << QJsonValue(QJsonObject{{QStringLiteral("latitude"), 50}})
            << QStringLiteral("countries[0].offices[0].geocode: needs both latitude and longitude");
        QTest::newRow("extra not text")
            << p("countries[0].porting.extras")
            << QJsonValue(QJsonObject{{QStringLiteral("siret"), 123}})
            << QStringLiteral("countries[0].porting.extras.siret: expected text, found a number");
        QTest::newRow("countries as object")
            << p("countries") << QJsonValue(QJsonObject{})
            << QStringLiteral("countries: expected a list, found an object");
        QTest::newRow("empty reference")
            << p("reference") << QJsonValue(QString()) << QStringLiteral("reference: missing");
        QTest::newRow("keepNumbers as text")
            << p("countries[0].keepNumbers") << QJsonValue(QStringLiteral("yes"))
            << QStringLiteral("countries[0].keepNumbers: expected true or false, found text");
        QTest::newRow("validation requested as text")
            << p("countries[0].offices[0].validationRequested") << QJsonValue(QStringLiteral("yes"))
            << QStringLiteral("countries[0].offices[0].validationRequested: expected true or "
                              "false, found text");
        QTest::newRow("validation requested as number")
            << p("countries[0].offices[0].validationRequested") << QJsonValue(1)
            << QStringLiteral("countries[0].offices[0].validationRequested: expected true or "
                              "false, found a number");
    }

    void rejectsBadDocuments()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QJsonObject good = validDocument();
        QVERIFY2(orderFromJson(good).ok(), qPrintable(orderFromJson(good).error()));
        const Result<Order> r = orderFromJson(withValue(good, path, value));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(expected), qPrintable(r.error()));
    }

    void wrongTypeAnywhereIsRejectedByPath()
    {
        // Every value of a document that fills every field, one at a time, replaced by a value
        // of another type: each must be refused with a message that starts with its own path.
        Order order = fixtures::portingOrder(m_catalog, QDate(2026, 12, 3), 2);
        CountryOrder &de = order.countries.first();
        de.porting.extras.insert(QStringLiteral("note"), QStringLiteral("text"));
        de.porting.mainBillingNumber = QStringLiteral("+496912345678");
        de.options.callForwarding = true;
        de.options.callForwardingTarget = QStringLiteral("+4930123456");
        de.options.presentationNumber = QStringLiteral("+496912345600");
        CountryOrder fr =
            fixtures::newNumbersOrder(m_catalog, {QStringLiteral("FR")}, 1, 2, 1).countries.first();
        order.countries.append(fr);
        order.remarks = QStringLiteral("remark");
        const QJsonObject document = orderToJson(order);

        struct Leaf
        {
            QString path;
            QList<QJsonValue> trail; // keys (strings) and indexes (numbers) from the root
            QJsonValue value;
        };
        QList<Leaf> values;
        const std::function<void(const QJsonValue &, const QString &, QList<QJsonValue>)> walk =
            [&](const QJsonValue &v, const QString &path, const QList<QJsonValue> &trail) {
                if (!trail.isEmpty())
                    values.append({path, trail, v});
                if (v.isObject()) {
                    const QJsonObject o = v.toObject();
                    for (auto it = o.begin(); it != o.end(); ++it)
                        walk(it.value(),
                             path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                             trail + QList<QJsonValue>{it.key()});
                } else if (v.isArray()) {
                    const QJsonArray a = v.toArray();
                    for (qsizetype i = 0; i < a.size(); ++i)
                        walk(a.at(i), path + QStringLiteral("[%1]").arg(i),
                             trail + QList<QJsonValue>{double(i)});
                }
            };
        walk(document, QString(), {});

        const std::function<QJsonValue(const QJsonValue &, QList<QJsonValue>, const QJsonValue &)>
            replaced = [&](const QJsonValue &at, QList<QJsonValue> trail, const QJsonValue &by) {
                if (trail.isEmpty())
                    return by;
                const QJsonValue step = trail.takeFirst();
                if (step.isString()) {
                    QJsonObject o = at.toObject();
                    o.insert(step.toString(), replaced(o.value(step.toString()), trail, by));
                    return QJsonValue(o);
                }
                QJsonArray a = at.toArray();
                const int i = step.toInt();
                a.replace(i, replaced(a.at(i), trail, by));
                return QJsonValue(a);
            };

        int checked = 0;
        for (const Leaf &leaf : values) {
            QJsonValue wrong;
            switch (leaf.value.type()) {
            case QJsonValue::String:
                wrong = 12;
                break;
            case QJsonValue::Double:
            case QJsonValue::Bool:
                wrong = QStringLiteral("12");
                break;
            case QJsonValue::Object:
                wrong = QJsonArray{};
                break;
            case QJsonValue::Array:
                wrong = QJsonObject{};
                break;
            default:
                continue; // null: an absent date or geocode
            }
            const QJsonObject bad = replaced(document, leaf.trail, wrong).toObject();
            const Result<Order> r = orderFromJson(bad);
            QVERIFY2(!r.ok(), qPrintable(leaf.path));
            QVERIFY2(r.error().startsWith(leaf.path + QLatin1Char(':')),
                     qPrintable(leaf.path + QStringLiteral(" -> ") + r.error()));
            ++checked;
        }
        // Every kind of field was reached, deep ones included.
        QVERIFY2(checked > 120, qPrintable(QString::number(checked)));
        const auto reached = [&](const QString &path) {
            return std::any_of(values.cbegin(), values.cend(),
                               [&](const Leaf &l) { return l.path == path; });
        };
        QVERIFY(reached(QStringLiteral("countries[1].offices[0].geocode.latitude")));
        QVERIFY(reached(QStringLiteral("countries[1].offices[0].reservedNumbers[2]")));
        QVERIFY(reached(QStringLiteral("countries[0].porting.numbers[1].last")));
        QVERIFY(reached(QStringLiteral("countries[0].porting.extras.note")));
        QVERIFY(reached(QStringLiteral("signatory.authorised")));
    }

    void rejectsNonDocuments_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a valid order document");
        QTest::newRow("truncated") << orderToJsonBytes(Order::create()).left(40)
                                   << QStringLiteral("not a valid order document");
        QTest::newRow("array") << QByteArray("[1,2]")
                               << QStringLiteral(
                                      "not a valid order document: expected a JSON object");
        QTest::newRow("no version")
            << QByteArray("{\"reference\":\"OD-1\"}") << QStringLiteral("schemaVersion: missing");
    }

    void rejectsNonDocuments()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Result<Order> r = orderFromJson(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(expected), qPrintable(r.error()));
    }

    void absentFieldsKeepDefaults()
    {
        const Result<Order> r =
            orderFromJson(QByteArray("{\"schemaVersion\":1,\"reference\":\"OD-2026-00000001\"}"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value().reference, QStringLiteral("OD-2026-00000001"));
        QVERIFY(r.value().countries.isEmpty());
        QCOMPARE(r.value().stepReached, Step::Customer);
    }

    // ---- porting number lists (models/order/PortingNumbers), pasted or imported -----------

    void portingListColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("values");
        const auto row = [](const char *name, const char *text, QStringList values) {
            QTest::newRow(name) << QString::fromUtf8(text) << values;
        };
        const QString ffm0 = QStringLiteral("069 1234 5600");
        const QString ffm1 = QStringLiteral("069 1234 5601");
        row("header named like a number", "Site;Rufnummer\nFFM;069 1234 5600\n", {ffm0});
        // A header whose numbers column has a name the list does not know: the column with the
        // number in it, not the first one.
        row("header with an unknown name", "Standort;Durchwahl\nFFM;069 1234 5600\n", {ffm0});
        row("French header", "Site;Ligne\nParis;01 23 45 67 89\n",
            {QStringLiteral("01 23 45 67 89")});
        // A running count before the number is not the number.
        row("index column", "1,069 1234 5600\n2,069 1234 5601\n", {ffm0, ffm1});
        row("index column with a header", "Nr.;Anschluss\n1;069 1234 5600\n", {ffm0});
        row("single column, quoted", "\"069 1234 5600\"\n\"069 1234 5601\"\n", {ffm0, ffm1});
        row("single column", "069 1234 5600\n\n069 1234 5601", {ffm0, ffm1});
        row("range cell", "Office\tDDI range\nFFM\t069 1234-5600 to -5699\n",
            {QStringLiteral("069 1234-5600 to -5699")});
    }

    void portingListColumn()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, values);
        const portingnumbers::Column column = portingnumbers::extractColumn(text);
        QCOMPARE(column.values, values);
    }

    void submissionPathFollowsPorting()
    {
        Order order = fixtures::newNumbersOrder(
            m_catalog, {QStringLiteral("DE"), QStringLiteral("FR")}, 1, 5, 0);
        QCOMPARE(order.submissionPath(), SubmissionPath::Signature);
        order.countries[1].keepNumbers = true;
        QCOMPARE(order.submissionPath(), SubmissionPath::Porting);
    }
};

QTEST_GUILESS_MAIN(TestOrderJson)
#include "tst_order_json.moc"
