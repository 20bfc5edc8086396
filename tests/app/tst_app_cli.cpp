#include "AppOptions.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace od;

class TestAppCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args, int timeoutMs = 15000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ORDERDESK_APP), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), QString::fromLocal8Bit(p.readAllStandardOutput()),
                QString::fromLocal8Bit(p.readAllStandardError())};
    }

private slots:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("orderdesk ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--data-dir", "--catalog", "--version", "--help", "--language", "--upstream"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void helpNeedsNoDisplay()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ORDERDESK_APP), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 0);
    }

    void upstreamMustBeAWebAddress()
    {
        const Run r = run({QStringLiteral("--upstream"), QStringLiteral("carrier.example")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--upstream")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("https://")), qPrintable(r.err));
    }

    void unknownOptionFails()
    {
        const Run r = run({QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--help")));
    }

    void missingCatalogFails()
    {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--catalog"), dir.filePath(QStringLiteral("none.json")),
                           QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("catalog")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("none.json")), qPrintable(r.err));
    }

    void brokenCatalogNamesTheEntry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\":\"x\",\"countries\":[{\"code\":\"DE\"");
        f.close();
        const Run r =
            run({QStringLiteral("--catalog"), path, QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("catalog")), qPrintable(r.err));
    }

    void startsWithADataDir()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("drafts"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ORDERDESK_APP), {QStringLiteral("--data-dir"), data});
        QVERIFY(p.waitForStarted());
        // Still running after start-up: the window is up and waiting for the rep.
        QVERIFY(!p.waitForFinished(1500));
        QVERIFY(QFileInfo(data).isDir());
        QCOMPARE(QFileInfo(data).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
    }

    void terminationSavesAndClosesCleanly()
    {
        // Logging out or shutting down sends SIGTERM: the app closes as if the rep closed it
        // (saving the last keystrokes), instead of dying with them.
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("drafts"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ORDERDESK_APP), {QStringLiteral("--data-dir"), data});
        QVERIFY(p.waitForStarted());
        QVERIFY(!p.waitForFinished(1500));
        QVERIFY(QFileInfo::exists(data + QStringLiteral("/drafts.lock")));
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        // The store was closed properly: lock released, WAL checkpointed away.
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("/drafts.lock")));
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("/drafts.sqlite-wal")));
    }

    void optionsParse()
    {
        qputenv("ORDERDESK_DATA_DIR", "/tmp/from-env");
        AppOptions o = parseAppOptions({QStringLiteral("orderdesk")});
        QCOMPARE(o.action, AppOptions::Action::Run);
        QCOMPARE(o.dataDir, QStringLiteral("/tmp/from-env"));
        o = parseAppOptions({QStringLiteral("orderdesk"), QStringLiteral("--data-dir"),
                             QStringLiteral("/tmp/x"), QStringLiteral("--catalog"),
                             QStringLiteral("/tmp/c.json")});
        QCOMPARE(o.dataDir, QStringLiteral("/tmp/x")); // the option wins over the environment
        QCOMPARE(o.catalogPath, QStringLiteral("/tmp/c.json"));
        qunsetenv("ORDERDESK_DATA_DIR");
        o = parseAppOptions({QStringLiteral("orderdesk")});
        QVERIFY(!o.dataDir.isEmpty());
        o = parseAppOptions({QStringLiteral("orderdesk"), QStringLiteral("stray")});
        QCOMPARE(o.action, AppOptions::Action::Error);
        QVERIFY(o.message.contains(QStringLiteral("stray")));
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
