// Endpoints: where each service lives (settings < environment < --upstream) and HTTPS rules.

#include "sync/Endpoints.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace od::sync;

class TstEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void precedence()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("upstream/all"),
                          QStringLiteral("https://settings-all.example.com"));
        settings.setValue(QStringLiteral("upstream/ordering"),
                          QStringLiteral("https://settings-ordering.example.com/"));
        settings.setValue(QStringLiteral("upstream/numbers"),
                          QStringLiteral("https://settings-numbers.example.com"));

        // Settings only: per service beats "all".
        Endpoints e = Endpoints::load(&settings, QProcessEnvironment(), QString());
        QVERIFY(e.isConfigured());
        QCOMPARE(e.base.value(Service::Ordering).toString(),
                 QStringLiteral("https://settings-ordering.example.com"));
        QCOMPARE(e.base.value(Service::Address).toString(),
                 QStringLiteral("https://settings-all.example.com"));

        // Environment beats settings; ORDERDESK_<SERVICE>_URL beats ORDERDESK_UPSTREAM.
        QProcessEnvironment env;
        env.insert(QStringLiteral("ORDERDESK_UPSTREAM"),
                   QStringLiteral("https://env-all.example.com"));
        env.insert(QStringLiteral("ORDERDESK_SIGNATURE_URL"),
                   QStringLiteral("https://env-sign.example.com"));
        env.insert(QStringLiteral("ORDERDESK_SIGNATURE_ACCOUNT"), QStringLiteral("acc-42"));
        e = Endpoints::load(&settings, env, QString());
        QCOMPARE(e.base.value(Service::Ordering).toString(),
                 QStringLiteral("https://env-all.example.com"));
        QCOMPARE(e.base.value(Service::Signature).toString(),
                 QStringLiteral("https://env-sign.example.com"));
        QCOMPARE(e.signatureAccountId, QStringLiteral("acc-42"));

        // --upstream beats everything, for every service.
        e = Endpoints::load(&settings, env, QStringLiteral("http://127.0.0.1:8765"));
        for (Service s : {Service::Ordering, Service::Address, Service::Catalog, Service::Numbers,
                          Service::Accounts, Service::Signature, Service::Auth})
            QCOMPARE(e.base.value(s).toString(), QStringLiteral("http://127.0.0.1:8765"));
        QCOMPARE(e.url(Service::Auth, QStringLiteral("/oauth/token")).toString(),
                 QStringLiteral("http://127.0.0.1:8765/oauth/token"));
    }

    void nothingConfigured()
    {
        const Endpoints e = Endpoints::load(nullptr, QProcessEnvironment(), QString());
        QVERIFY(!e.isConfigured());
        QVERIFY(!e.url(Service::Ordering, QStringLiteral("/x")).isValid());
        QCOMPARE(e.signatureAccountId, QStringLiteral("orderdesk"));
        const QString message = Endpoints::checkUrl(QUrl(), Service::Numbers);
        QVERIFY(message.contains(QLatin1String("upstream/numbers")));
        QVERIFY(message.contains(QLatin1String("ORDERDESK_NUMBERS_URL")));
    }

    void urlKeepsABasePath()
    {
        const Endpoints e =
            Endpoints::forAll(QUrl(QStringLiteral("https://gw.example.com/carrier/")));
        QCOMPARE(e.url(Service::Ordering,
                       QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder"))
                     .toString(),
                 QStringLiteral("https://gw.example.com/carrier/tmf-api/productOrderingManagement/"
                                "v4/productOrder"));
    }

    void keys()
    {
        QCOMPARE(serviceKey(Service::Ordering), QStringLiteral("ordering"));
        QCOMPARE(serviceKey(Service::Signature), QStringLiteral("signature"));
        QCOMPARE(serviceKey(Service::Auth), QStringLiteral("auth"));
    }

    void checkUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << "https://carrier.example.com" << true;
        QTest::newRow("http remote") << "http://carrier.example.com" << false;
        QTest::newRow("http loopback") << "http://127.0.0.1:1234" << true;
        QTest::newRow("http 127.255.0.1") << "http://127.255.0.1" << true;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
        QTest::newRow("http ::1") << "http://[::1]:80" << true;
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST:80" << true;
        QTest::newRow("no host") << "https://" << false;
    }
    void checkUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        const QString message = Endpoints::checkUrl(QUrl(url), Service::Ordering);
        QCOMPARE(message.isEmpty(), ok);
        if (!ok)
            QVERIFY2(message.contains(QLatin1String("upstream/ordering")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TstEndpoints)
#include "tst_endpoints.moc"
