// `cmake --install` into a scratch prefix: the binary, the icon, the desktop file and the AppStream
// metainfo land where a desktop looks for them, and each is well-formed.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral(ORDERDESK_APP_ID);

/// The keys of a desktop file's [Desktop Entry] group (untranslated keys only).
QHash<QString, QString> desktopEntry(const QByteArray &text, QString *firstGroup)
{
    QHash<QString, QString> keys;
    QString group;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            group = line;
            if (firstGroup->isEmpty())
                *firstGroup = group;
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (group == QLatin1String("[Desktop Entry]") && equals > 0)
            keys.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return keys;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_prefix;
    QString m_installLog;

    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }

    QByteArray read(const QString &relative)
    {
        QFile file(installed(relative));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    /// Runs a validator when the machine has it; false with `skipped` when it does not.
    bool validate(const QString &tool, const QStringList &arguments, QString *output, bool *skipped)
    {
        const QString exe = QStandardPaths::findExecutable(tool);
        *skipped = exe.isEmpty();
        if (*skipped)
            return false;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(exe, arguments);
        if (!process.waitForFinished(120000))
            return false;
        *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(QStringLiteral(CMAKE_COMMAND),
                      {QStringLiteral("--install"), QStringLiteral(ORDERDESK_BINARY_DIR),
                       QStringLiteral("--prefix"), m_prefix.path()});
        QVERIFY(install.waitForFinished(120000));
        m_installLog = QString::fromUtf8(install.readAll());
        QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0,
                 qPrintable(m_installLog));
    }

    void theBinaryRuns()
    {
        const QFileInfo binary(installed(QStringLiteral("bin/orderdesk")));
        QVERIFY2(binary.exists(), qPrintable(m_installLog));
        QVERIFY(binary.isExecutable());
        QProcess process;
        process.start(binary.filePath(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                 QStringLiteral("orderdesk " ORDERDESK_VERSION));
    }

    void theDevelopmentSandboxIsNotInstalled()
    {
        QVERIFY(!QFile::exists(installed(QStringLiteral("bin/orderdesk-sandbox"))));
    }

    void theIconIsPlainSvgAndReadableSmall()
    {
        const QString path = QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId);
        const QByteArray svg = read(path);
        QVERIFY2(!svg.isEmpty(), qPrintable(m_installLog));

        // Plain SVG 1.1 with nothing outside the file: references only to its own ids.
        QXmlStreamReader xml(svg);
        bool root = true;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (root) {
                QCOMPARE(xml.name(), QLatin1String("svg"));
                QCOMPARE(xml.attributes().value(QLatin1String("version")), QLatin1String("1.1"));
                root = false;
            }
            QVERIFY2(xml.name() != QLatin1String("image") &&
                         xml.name() != QLatin1String("script") &&
                         xml.name() != QLatin1String("foreignObject"),
                     qPrintable(xml.name().toString()));
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                const QStringView value = a.value();
                if (a.name() == QLatin1String("href"))
                    QVERIFY2(value.startsWith(QLatin1Char('#')), qPrintable(value.toString()));
                if (value.contains(QLatin1String("url(")))
                    QVERIFY2(value.startsWith(QLatin1String("url(#")),
                             qPrintable(value.toString()));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(!root);

        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        // At 16 px the icon is a solid shape, not a faint drawing lost in its corner.
        for (const int size : {16, 256}) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            renderer.render(&painter);
            painter.end();
            int opaque = 0;
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x)
                    opaque += qAlpha(image.pixel(x, y)) > 200 ? 1 : 0;
            QVERIFY2(opaque > size * size * 2 / 3, qPrintable(QString::number(size)));
        }
    }

    void theDesktopFileLaunchesTheApp()
    {
        const QString path = QStringLiteral("share/applications/%1.desktop").arg(kAppId);
        const QByteArray text = read(path);
        QVERIFY2(!text.isEmpty(), qPrintable(m_installLog));
        QString firstGroup;
        const QHash<QString, QString> entry = desktopEntry(text, &firstGroup);
        QCOMPARE(firstGroup, QStringLiteral("[Desktop Entry]"));
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("Order Desk"));
        QCOMPARE(entry.value(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0),
                 QStringLiteral("orderdesk"));
        QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);
        const QStringList categories =
            entry.value(QStringLiteral("Categories")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QVERIFY(categories.contains(QStringLiteral("Office")));
        QVERIFY(categories.contains(QStringLiteral("Telephony")));
    }

    void theMenuEntryAndSummaryAreInEachShippedLanguage()
    {
        // A German rep searches the menu for "Auftrag", not "order": the generic name and the
        // keywords, like the comment, exist in every language the app ships in.
        const QByteArray desktop =
            read(QStringLiteral("share/applications/%1.desktop").arg(kAppId));
        QVERIFY2(!desktop.isEmpty(), qPrintable(m_installLog));
        QHash<QString, QString> keys;
        for (const QByteArray &raw : desktop.split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals > 0 && !line.startsWith(QLatin1Char('#')))
                keys.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
        }
        const QByteArray metainfo =
            read(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId));
        QHash<QString, QString> summaries; // xml:lang -> summary
        QXmlStreamReader xml(metainfo);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("summary")) {
                const QString language =
                    xml.attributes().value(QLatin1String("xml:lang")).toString();
                summaries.insert(language, xml.readElementText().trimmed());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const QString &language :
             {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
              QStringLiteral("it"), QStringLiteral("nl")}) {
            for (const QString &key : {QStringLiteral("GenericName"), QStringLiteral("Comment"),
                                       QStringLiteral("Keywords")}) {
                const QString translated = keys.value(QStringLiteral("%1[%2]").arg(key, language));
                QVERIFY2(!translated.isEmpty(), qPrintable(key + QLatin1Char('[') + language));
                if (key != QLatin1String("Keywords"))
                    QVERIFY2(translated != keys.value(key),
                             qPrintable(key + QLatin1Char('[') + language));
            }
            QVERIFY2(!summaries.value(language).isEmpty(), qPrintable(language));
            QVERIFY(summaries.value(language) != summaries.value(QString()));
        }
    }

    void theMetainfoDescribesTheApp()
    {
        const QString path = QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId);
        const QByteArray text = read(path);
        QVERIFY2(!text.isEmpty(), qPrintable(m_installLog));
        QXmlStreamReader xml(text);
        QHash<QString, QString> found; // element path -> text or attribute of interest
        QStringList stack;
        QString componentType;
        QString launchableType;
        QString releaseVersion;
        bool contentRating = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                stack << xml.name().toString();
                const QString where = stack.join(QLatin1Char('/'));
                if (where == QLatin1String("component"))
                    componentType = xml.attributes().value(QLatin1String("type")).toString();
                else if (where == QLatin1String("component/launchable"))
                    launchableType = xml.attributes().value(QLatin1String("type")).toString();
                else if (where == QLatin1String("component/content_rating"))
                    contentRating = true;
                else if (where == QLatin1String("component/releases/release") &&
                         releaseVersion.isEmpty())
                    releaseVersion = xml.attributes().value(QLatin1String("version")).toString();
            } else if (xml.isCharacters() && !xml.isWhitespace()) {
                found[stack.join(QLatin1Char('/'))] += xml.text().toString().trimmed();
            } else if (xml.isEndElement()) {
                stack.removeLast();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(componentType, QStringLiteral("desktop-application"));
        QCOMPARE(found.value(QStringLiteral("component/id")), kAppId);
        QCOMPARE(found.value(QStringLiteral("component/name")), QStringLiteral("Order Desk"));
        QVERIFY(!found.value(QStringLiteral("component/summary")).isEmpty());
        QVERIFY(!found.value(QStringLiteral("component/description/p")).isEmpty());
        QCOMPARE(launchableType, QStringLiteral("desktop-id"));
        QCOMPARE(found.value(QStringLiteral("component/launchable")),
                 kAppId + QStringLiteral(".desktop"));
        QCOMPARE(found.value(QStringLiteral("component/provides/binary")),
                 QStringLiteral("orderdesk"));
        QVERIFY(found.value(QStringLiteral("component/categories/category"))
                    .contains(QStringLiteral("Telephony")));
        QVERIFY(contentRating);
        QCOMPARE(releaseVersion, QStringLiteral(ORDERDESK_VERSION));
    }

    void theDesktopFileValidates()
    {
        QString output;
        bool skipped = false;
        const bool valid =
            validate(QStringLiteral("desktop-file-validate"),
                     {installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId))},
                     &output, &skipped);
        if (skipped)
            QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
        QVERIFY2(valid, qPrintable(output));
    }

    void theMetainfoValidates()
    {
        QString output;
        bool skipped = false;
        const bool valid =
            validate(QStringLiteral("appstreamcli"),
                     {QStringLiteral("validate"), QStringLiteral("--no-net"),
                      installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId))},
                     &output, &skipped);
        if (skipped)
            QSKIP("appstreamcli is not installed (Debian: appstream)");
        QVERIFY2(valid, qPrintable(output));
    }
};

QTEST_MAIN(TestInstall)
#include "tst_install.moc"
