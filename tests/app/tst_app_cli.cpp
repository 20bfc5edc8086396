#include "../common/Fixtures.h"
#include "AppOptions.h"
#include "order/OrderJson.h"
#include "store/DraftStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QSettings>
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

    static Catalog catalog()
    {
        const Result<Catalog> c = Catalog::bundled();
        if (!c)
            qFatal("catalog: %s", qPrintable(c.error()));
        return c.value();
    }

    /// Writes the order as DraftStore::exportDraft does.
    static QString writeDraft(const QTemporaryDir &dir, const Order &order,
                              const QString &name = QStringLiteral("draft.json"))
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(orderToJsonBytes(order, true)) <= 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    /// The text of every page of a PDF file, as QtPdf reads it; empty when it is no PDF.
    static QStringList pdfPages(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = f.readAll();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() != QPdfDocument::Status::Ready)
            return {};
        QStringList pages;
        for (int i = 0; i < pdf.pageCount(); ++i)
            pages << pdf.getAllText(i).text().simplified();
        return pages;
    }

    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files, QDir::Name);
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
             {"--data-dir", "--catalog", "--version", "--help", "--language", "--upstream",
              "--output", "contract DRAFT.json", "porting-forms DRAFT.json"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: orderdesk ")), qPrintable(r.out));
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

    void reportsWhatItShowsOnceShown()
    {
        // ORDERDESK_REPORT_SHOWN: one line once the window is painted, saying what it shows;
        // the start-up benchmark times the app by it. The drafts, then a draft resumed in the
        // wizard on its step.
        QTemporaryDir dir;
        QTemporaryDir config;
        const QString data = dir.filePath(QStringLiteral("drafts"));
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(data).ok());
            Order order = fixtures::newNumbersOrder(catalog(), {QStringLiteral("DE")}, 1, 5, 0);
            order.stepReached = Step::Contacts;
            id = store.createDraft(order).value();
        }
        const auto shown = [&] {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            env.insert(QStringLiteral("ORDERDESK_REPORT_SHOWN"), QStringLiteral("1"));
            env.remove(QStringLiteral("ORDERDESK_UPSTREAM"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ORDERDESK_APP), {QStringLiteral("--data-dir"), data});
            const bool answered = QTest::qWaitFor(
                [&p] { return p.canReadLine() || p.state() == QProcess::NotRunning; }, 15000);
            const QString line = answered ? QString::fromUtf8(p.readLine()).trimmed() : QString();
            p.terminate();
            if (!p.waitForFinished(5000)) {
                p.kill();
                p.waitForFinished();
            }
            return line;
        };
        QCOMPARE(shown(), QStringLiteral("orderdesk shown: drafts"));
        {
            // Where MainWindow::restoreSession finds the draft that was open.
            QSettings settings(config.filePath(QStringLiteral("OrderDesk/orderdesk.conf")),
                               QSettings::IniFormat);
            const QByteArray folder = QDir(data).absolutePath().toUtf8();
            settings.setValue(QStringLiteral("drafts/%1/open")
                                  .arg(QString::fromLatin1(
                                      QCryptographicHash::hash(folder, QCryptographicHash::Sha1)
                                          .toHex()
                                          .left(16))),
                              id);
        }
        QCOMPARE(shown(),
                 QStringLiteral("orderdesk shown: wizard step %1").arg(int(Step::Contacts)));
    }

    void contractCommand()
    {
        QTemporaryDir dir;
        const Order order = fixtures::newNumbersOrder(
            catalog(), {QStringLiteral("DE"), QStringLiteral("GB")}, 2, 8, 2);
        const QString draft = writeDraft(dir, order);
        const QString out = dir.filePath(QStringLiteral("contract.pdf"));
        // No display and no platform chosen: the command picks the offscreen one itself.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ORDERDESK_APP),
                {QStringLiteral("contract"), draft, QStringLiteral("-o"), out});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed(), out);
        const QStringList pages = pdfPages(out);
        QVERIFY2(!pages.isEmpty(), qPrintable(err));
        QVERIFY(pages.first().contains(order.reference));
        QVERIFY(pages.first().contains(QStringLiteral("Page 1 of %1").arg(pages.size())));
        // Only the temporary file's name may differ: nothing else is left behind.
        QCOMPARE(filesIn(dir.path()),
                 (QStringList{QStringLiteral("contract.pdf"), QStringLiteral("draft.json")}));
    }

    void contractCommandTakesACatalog()
    {
        QTemporaryDir dir;
        const QString draft =
            writeDraft(dir, fixtures::newNumbersOrder(catalog(), {QStringLiteral("DE")}, 1, 2, 0));
        const Run r = run({QStringLiteral("contract"), draft, QStringLiteral("-o"),
                           dir.filePath(QStringLiteral("c.pdf")), QStringLiteral("--catalog"),
                           dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("none.json")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("c.pdf"))));
    }

    void portingFormsCommand()
    {
        QTemporaryDir dir;
        const Order order = fixtures::portingOrder(catalog(), QDate(2026, 12, 3), 2);
        const QString draft = writeDraft(dir, order);
        const QString folder = dir.filePath(QStringLiteral("forms/new")); // created when missing
        const Run r =
            run({QStringLiteral("porting-forms"), draft, QStringLiteral("-o"), folder}, 30000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Germany: one form per range or number; two ranges and one number.
        const QStringList expected{order.reference + QStringLiteral("-porting-DE-1.pdf"),
                                   order.reference + QStringLiteral("-porting-DE-2.pdf"),
                                   order.reference + QStringLiteral("-porting-DE-3.pdf")};
        QCOMPARE(filesIn(folder), expected);
        QStringList printed = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(printed.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(printed.at(i), QDir(folder).filePath(expected.at(i)));
            const QStringList pages = pdfPages(printed.at(i));
            QCOMPARE(pages.size(), 1);
            QVERIFY(pages.first().contains(QStringLiteral("form %1 of 3").arg(i + 1)));
            QVERIFY(pages.first().contains(order.reference));
        }
        // Nothing personal on the terminal: no names, no numbers.
        QVERIFY(!r.out.contains(QStringLiteral("Contoso")));
        QVERIFY(!r.out.contains(order.countries.first().porting.numbers.first().first));
    }

    void commandProblemsAreNamed_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("draft"); // "": none given; "missing": a path that is not there
        QTest::addColumn<bool>("withOutput");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << "contract"
                                      << "missing" << true << 1 << "no such file";
        QTest::newRow("not JSON") << "contract"
                                  << "garbage" << true << 1 << "is not JSON";
        QTest::newRow("JSON, not an object") << "contract"
                                             << "array" << true << 1 << "is not an order";
        QTest::newRow("JSON, not an order") << "porting-forms"
                                            << "object" << true << 1 << "schemaVersion";
        QTest::newRow("no country") << "contract"
                                    << "empty" << true << 1 << "no country";
        QTest::newRow("no porting") << "porting-forms"
                                    << "new" << true << 1 << "no country keeps its numbers";
        QTest::newRow("no -o") << "contract"
                               << "new" << false << 2 << "-o";
        QTest::newRow("no -o for the forms") << "porting-forms"
                                             << "porting" << false << 2 << "-o";
        QTest::newRow("no draft") << "porting-forms"
                                  << "" << true << 2 << "exported draft";
        QTest::newRow("a folder as draft") << "contract"
                                           << "folder" << true << 1 << "folder";
    }

    void commandProblemsAreNamed()
    {
        QFETCH(QString, command);
        QFETCH(QString, draft);
        QFETCH(bool, withOutput);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Catalog c = catalog();
        QString path;
        if (draft == QLatin1String("missing"))
            path = dir.filePath(QStringLiteral("nowhere.json"));
        else if (draft == QLatin1String("garbage"))
            path = writeFile(dir, QStringLiteral("d.json"), "{\"schemaVersion\": 2,");
        else if (draft == QLatin1String("array"))
            path = writeFile(dir, QStringLiteral("d.json"), "[1, 2]");
        else if (draft == QLatin1String("object"))
            path = writeFile(dir, QStringLiteral("d.json"), "{\"name\": \"x\"}");
        else if (draft == QLatin1String("folder"))
            path = dir.path();
        else if (draft == QLatin1String("empty"))
            path =
                writeDraft(dir, Order::create(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)));
        else if (draft == QLatin1String("new"))
            path = writeDraft(dir, fixtures::newNumbersOrder(c, {QStringLiteral("DE")}, 1, 2, 0));
        else if (draft == QLatin1String("porting"))
            path = writeDraft(dir, fixtures::portingOrder(c, QDate(2026, 12, 3), 1));
        const QStringList before = filesIn(dir.path());
        const QString out = dir.filePath(QStringLiteral("out"));
        QStringList args{command};
        if (!path.isEmpty())
            args << path;
        if (withOutput)
            args << QStringLiteral("-o") << out;
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (exitCode == 1)
            QVERIFY2(r.err.contains(path), qPrintable(r.err)); // names the file
        QVERIFY(r.out.isEmpty());
        QCOMPARE(filesIn(dir.path()), before); // nothing written
        QVERIFY(!QFileInfo::exists(out));
    }

    void unwritableOutputIsNamed()
    {
        QTemporaryDir dir;
        const QString draft =
            writeDraft(dir, fixtures::newNumbersOrder(catalog(), {QStringLiteral("DE")}, 1, 2, 0));
        const QString out = dir.filePath(QStringLiteral("no/such/folder/contract.pdf"));
        Run r = run({QStringLiteral("contract"), draft, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(out) && r.err.contains(QStringLiteral("cannot be written")),
                 qPrintable(r.err));
        // porting-forms into a path that is a file
        const QString file = writeFile(dir, QStringLiteral("taken"), "x");
        const QString porting =
            writeDraft(dir, fixtures::portingOrder(catalog(), QDate(2026, 12, 3), 1),
                       QStringLiteral("porting.json"));
        r = run({QStringLiteral("porting-forms"), porting, QStringLiteral("-o"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
    }

    void commandOptionsParse()
    {
        AppOptions o = parseAppOptions({QStringLiteral("orderdesk"), QStringLiteral("contract"),
                                        QStringLiteral("d.json"), QStringLiteral("-o"),
                                        QStringLiteral("c.pdf"), QStringLiteral("--catalog"),
                                        QStringLiteral("cat.json")});
        QCOMPARE(o.action, AppOptions::Action::WriteContract);
        QCOMPARE(o.draftPath, QStringLiteral("d.json"));
        QCOMPARE(o.outputPath, QStringLiteral("c.pdf"));
        QCOMPARE(o.catalogPath, QStringLiteral("cat.json"));
        o = parseAppOptions({QStringLiteral("orderdesk"), QStringLiteral("porting-forms"),
                             QStringLiteral("--output"), QStringLiteral("forms"),
                             QStringLiteral("d.json")});
        QCOMPARE(o.action, AppOptions::Action::WritePortingForms);
        QCOMPARE(o.draftPath, QStringLiteral("d.json"));
        QCOMPARE(o.outputPath, QStringLiteral("forms"));
        o = parseAppOptions({QStringLiteral("orderdesk"), QStringLiteral("contract"),
                             QStringLiteral("a.json"), QStringLiteral("b.json"),
                             QStringLiteral("-o"), QStringLiteral("c.pdf")});
        QCOMPARE(o.action, AppOptions::Action::Error);
        QVERIFY(o.message.contains(QStringLiteral("b.json")));
        o = parseAppOptions(
            {QStringLiteral("orderdesk"), QStringLiteral("-o"), QStringLiteral("c.pdf")});
        QCOMPARE(o.action, AppOptions::Action::Error); // -o without a command
        QVERIFY(o.message.contains(QStringLiteral("contract")));
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
