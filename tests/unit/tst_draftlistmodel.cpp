#include "../common/Fixtures.h"
#include "store/DraftListModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace od;

class TestDraftListModel : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();
    QDateTime m_now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);

    Order order(const QString &customer, const QString &ocn, const QString &email,
                const QStringList &countries = {QStringLiteral("DE")})
    {
        Order o = fixtures::newNumbersOrder(m_catalog, countries, 1, 2, 0);
        o.reference = Order::newReference(m_now);
        o.customer.companyName = customer;
        o.customer.ocn = ocn;
        o.customer.accountEmail = email;
        for (CountryOrder &c : o.countries)
            c.ocn = ocn;
        o.orderContact.email.clear();
        return o;
    }

    struct Fixture
    {
        QTemporaryDir dir;
        DraftStore store;
        QList<qint64> ids;
    };

    void fill(Fixture &f)
    {
        DraftStore::Options options;
        options.clock = [this] {
            return m_now;
        };
        QVERIFY(f.store.open(f.dir.path(), options).ok());
        const struct
        {
            const char *customer, *ocn, *email;
            QStringList countries;
            Step step;
        } rows[] = {
            {"Contoso Ltd",
             "10023456",
             "it@contoso.example.com",
             {QStringLiteral("DE")},
             Step::VoicePlans},
            {"Fabrikam GmbH",
             "20034567",
             "ops@fabrikam.example.de",
             {QStringLiteral("AT"), QStringLiteral("CH")},
             Step::Recap},
            {"Müller Bau AG",
             "30045678",
             "einkauf@mueller-bau.example.ch",
             {QStringLiteral("CH")},
             Step::Customer},
            {"Northwind Traders",
             "40056789",
             "it@northwind.example.com",
             {QStringLiteral("GB"), QStringLiteral("IE"), QStringLiteral("FR")},
             Step::Offices},
        };
        for (const auto &r : rows) {
            Order o = order(QString::fromUtf8(r.customer), QLatin1String(r.ocn),
                            QLatin1String(r.email), r.countries);
            o.stepReached = r.step;
            m_now = m_now.addSecs(60);
            f.ids << f.store.createDraft(o).value();
        }
    }

private slots:
    void listsAndFollowsTheStore()
    {
        Fixture f;
        fill(f);
        DraftListModel model(&f.store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), static_cast<int>(DraftListModel::ColumnCount));
        const int row = model.rowOf(f.ids.at(1));
        QCOMPARE(model.index(row, DraftListModel::CustomerColumn).data().toString(),
                 QStringLiteral("Fabrikam GmbH"));
        QCOMPARE(model.index(row, DraftListModel::CountriesColumn).data().toString(),
                 QStringLiteral("AT, CH"));
        QCOMPARE(model.index(row, DraftListModel::StatusColumn).data().toString(),
                 QStringLiteral("Draft"));
        QVERIFY(model.index(row, DraftListModel::StepColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Recap")));
        QVERIFY(!model.index(row, DraftListModel::ModifiedColumn).data().toString().isEmpty());
        QCOMPARE(model.index(row, 0).data(DraftListModel::IdRole).toLongLong(), f.ids.at(1));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Customer"));

        // A save updates its row only.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Order o = f.store.loadDraft(f.ids.at(1))->order;
        o.customer.companyName = QStringLiteral("Fabrikam Holding GmbH");
        QVERIFY(f.store.saveDraft(f.ids.at(1), o));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Fabrikam Holding GmbH"));

        // New, trashed, restored, purged.
        const Result<qint64> created = f.store.createDraft(
            order(QStringLiteral("New Co"), QStringLiteral("50067890"), QString()));
        QVERIFY2(created, qPrintable(created.error()));
        const qint64 id = created.value();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(model.rowOf(id), 0).data().toString(), QStringLiteral("New Co"));
        QVERIFY(f.store.moveToTrash(f.ids.at(0)));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(f.ids.at(0)), -1);
        QVERIFY(model.rowOf(id) >= 0);

        DraftListModel trash(&f.store);
        QAbstractItemModelTester trashTester(
            &trash, QAbstractItemModelTester::FailureReportingMode::QtTest);
        trash.setShowTrash(true);
        QCOMPARE(trash.rowCount(), 1);
        QVERIFY(trash.index(0, 0).data(DraftListModel::TrashedRole).toBool());
        QVERIFY(f.store.restoreFromTrash(f.ids.at(0)));
        QCOMPARE(trash.rowCount(), 0);
        QCOMPARE(model.rowCount(), 5);

        QVERIFY(f.store.moveToTrash(f.ids.at(2)));
        QCOMPARE(trash.rowCount(), 1);
        m_now = m_now.addDays(31);
        QCOMPARE(f.store.purgeTrash().value(), 1);
        QCOMPARE(trash.rowCount(), 0);
        model.reload();
        QCOMPARE(model.rowCount(), 4);
    }

    void carrierNewsShowsInTheStatusColumn()
    {
        Fixture f;
        fill(f);
        DraftListModel model(&f.store);
        const qint64 id = f.ids.at(1);
        QVERIFY(f.store.setStatus(id, DraftStatus::AwaitingSignature));
        RemoteDetails remote;
        remote.orderId = QStringLiteral("po-1");
        remote.orderState = QStringLiteral("pending");
        remote.envelopeId = QStringLiteral("env-1");
        remote.envelopeStatus = QStringLiteral("declined");
        remote.changed = m_now;
        remote.unseenChange = true;
        QVERIFY(f.store.setRemoteDetails(id, remote));
        const QModelIndex status = model.index(model.rowOf(id), DraftListModel::StatusColumn);
        const QString text = status.data().toString();
        // A marker and words, not a colour alone; and bold until the rep has looked.
        QVERIFY2(text.startsWith(QStringLiteral("● ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("declined to sign")), qPrintable(text));
        QVERIFY(status.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(f.store.markSeen(id));
        QVERIFY(!model.index(model.rowOf(id), DraftListModel::StatusColumn)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("●")));
        QVERIFY(!model.index(model.rowOf(id), DraftListModel::CustomerColumn)
                     .data(Qt::FontRole)
                     .isValid());

        // Signed: the handling date; sent back with a problem: said so.
        remote.envelopeStatus = QStringLiteral("completed");
        remote.handlingDate = QDate(2026, 12, 11);
        remote.unseenChange = false;
        QVERIFY(f.store.setRemoteDetails(id, remote));
        const QString signedText =
            model.index(model.rowOf(id), DraftListModel::StatusColumn).data().toString();
        QVERIFY2(signedText.contains(QStringLiteral("signed")), qPrintable(signedText));
        QVERIFY2(signedText.contains(QLocale().toString(QDate(2026, 12, 11), QLocale::ShortFormat)),
                 qPrintable(signedText));
        remote.problem = QStringLiteral("The carrier refused the order: fix the BCN.");
        QVERIFY(f.store.setRemoteDetails(id, remote));
        const QModelIndex again = model.index(model.rowOf(id), DraftListModel::StatusColumn);
        QVERIFY2(again.data().toString().startsWith(QStringLiteral("⚠")),
                 qPrintable(again.data().toString()));
        QVERIFY(again.data(Qt::ToolTipRole).toString().contains(QStringLiteral("fix the BCN")));
    }

    void searchAsYouType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("customers");
        QTest::newRow("empty") << QString()
                               << QStringList{QStringLiteral("Contoso Ltd"),
                                              QStringLiteral("Fabrikam GmbH"),
                                              QStringLiteral("Müller Bau AG"),
                                              QStringLiteral("Northwind Traders")};
        QTest::newRow("name, any case")
            << QStringLiteral("fABRI") << QStringList{QStringLiteral("Fabrikam GmbH")};
        QTest::newRow("without accent")
            << QStringLiteral("muller") << QStringList{QStringLiteral("Müller Bau AG")};
        QTest::newRow("with accent")
            << QStringLiteral("MÜLLER") << QStringList{QStringLiteral("Müller Bau AG")};
        QTest::newRow("ocn") << QStringLiteral("4005")
                             << QStringList{QStringLiteral("Northwind Traders")};
        QTest::newRow("e-mail") << QStringLiteral("it@")
                                << QStringList{QStringLiteral("Contoso Ltd"),
                                               QStringLiteral("Northwind Traders")};
        QTest::newRow("two words")
            << QStringLiteral("it@ north") << QStringList{QStringLiteral("Northwind Traders")};
        QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
        QTest::newRow("countries are not searched") << QStringLiteral("GB") << QStringList{};
    }

    void searchAsYouType()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, customers);
        Fixture f;
        fill(f);
        DraftListModel model(&f.store);
        DraftFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(DraftListModel::CustomerColumn);
        // Typed one character at a time, as the rep does.
        for (int i = 1; i <= text.size(); ++i)
            proxy.setSearchText(text.left(i));
        QStringList shown;
        for (int r = 0; r < proxy.rowCount(); ++r)
            shown << proxy.index(r, DraftListModel::CustomerColumn).data().toString();
        QCOMPARE(shown, customers);
        // A draft saved while filtered appears or disappears as it matches.
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void sortsByEveryColumn()
    {
        Fixture f;
        fill(f);
        DraftListModel model(&f.store);
        DraftFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto column = [&](int c, int role = Qt::DisplayRole) {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out << proxy.index(r, c).data(role).toString();
            return out;
        };
        proxy.sort(DraftListModel::CustomerColumn, Qt::AscendingOrder);
        QCOMPARE(
            column(0),
            (QStringList{QStringLiteral("Contoso Ltd"), QStringLiteral("Fabrikam GmbH"),
                         QStringLiteral("Müller Bau AG"), QStringLiteral("Northwind Traders")}));
        proxy.sort(DraftListModel::CountriesColumn, Qt::AscendingOrder);
        QCOMPARE(column(DraftListModel::CountriesColumn),
                 (QStringList{QStringLiteral("AT, CH"), QStringLiteral("CH"), QStringLiteral("DE"),
                              QStringLiteral("GB, IE, FR")}));
        proxy.sort(DraftListModel::StepColumn, Qt::AscendingOrder);
        QCOMPARE(column(0).first(), QStringLiteral("Müller Bau AG")); // 1 · Customer
        QCOMPARE(column(0).last(), QStringLiteral("Fabrikam GmbH"));  // 6 · Recap
        proxy.sort(DraftListModel::ModifiedColumn, Qt::DescendingOrder);
        QCOMPARE(column(0).first(), QStringLiteral("Northwind Traders")); // the newest
        QVERIFY(f.store.setStatus(f.ids.at(0), DraftStatus::Completed));
        proxy.sort(DraftListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(column(0).first(), QStringLiteral("Contoso Ltd"));
        proxy.sort(DraftListModel::ReferenceColumn, Qt::AscendingOrder);
        QStringList refs = column(DraftListModel::ReferenceColumn);
        QStringList sorted = refs;
        sorted.sort();
        QCOMPARE(refs, sorted);
        // Dynamic: a save that changes the sort key moves the row.
        proxy.sort(DraftListModel::ModifiedColumn, Qt::DescendingOrder);
        m_now = m_now.addSecs(3600);
        QVERIFY(f.store.saveDraft(f.ids.at(2), f.store.loadDraft(f.ids.at(2))->order));
        QCOMPARE(column(0).first(), QStringLiteral("Müller Bau AG"));
    }
};

QTEST_GUILESS_MAIN(TestDraftListModel)
#include "tst_draftlistmodel.moc"
