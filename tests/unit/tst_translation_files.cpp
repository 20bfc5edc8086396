// The translations are complete and current: every message of every language translated, with
// its placeholders, none left over from removed source strings, and nothing for lupdate to add.
#include "../common/Mnemonic.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                             QStringLiteral("it"), QStringLiteral("nl")};

struct Message
{
    QString context;
    QString source;
    QString type;             ///< "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one, or the numerus forms
};

QString translationsDir()
{
    return QStringLiteral(ORDERDESK_SOURCE_DIR "/translations");
}

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages << message;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or numerus forms.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (message.translations.isEmpty())
                message.translations << text;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] %2").arg(m.context, m.source.left(70));
}

/// The numbered placeholders of a text (%1, %L2...), sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9])"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

/// Whether a text has a keyboard accelerator ("&File"; "&&" is a literal ampersand).
bool hasAccelerator(const QString &text)
{
    return !od::testing::mnemonic(text).isEmpty();
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void theShippedLanguages()
    {
        const QStringList files =
            QDir(translationsDir()).entryList({QStringLiteral("orderdesk_*.ts")}, QDir::Files);
        QStringList expected{QStringLiteral("orderdesk_en.ts")};
        for (const QString &l : kLanguages)
            expected << QStringLiteral("orderdesk_%1.ts").arg(l);
        expected.sort();
        QCOMPARE(files, expected);
    }

    void everyMessageTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : kLanguages)
            QTest::newRow(qPrintable(l)) << l;
    }

    void everyMessageTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages =
            readTs(translationsDir() + QStringLiteral("/orderdesk_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1000);
        QStringList wrong;
        for (const Message &m : messages) {
            if (!m.type.isEmpty()) {
                wrong << QStringLiteral("%1 (%2)").arg(describe(m), m.type);
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    wrong << QStringLiteral("%1 (empty)").arg(describe(m));
                else if (placeholders(t) != placeholders(m.source))
                    wrong << QStringLiteral("%1 (placeholders %2 in the translation)")
                                 .arg(describe(m), placeholders(t).join(QLatin1Char(',')));
                else if (hasAccelerator(m.source) && !hasAccelerator(t))
                    wrong << QStringLiteral("%1 (no keyboard accelerator)").arg(describe(m));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 message(s):\n").arg(wrong.size()) +
                                             wrong.mid(0, 30).join(QLatin1Char('\n'))));
    }

    void aButtonQuotedInAnInstructionIsNamedAsItReads_data() { everyMessageTranslated_data(); }

    void aButtonQuotedInAnInstructionIsNamedAsItReads()
    {
        // "press Validate": where a translation quotes the button to press, the rep looks for
        // exactly that text, so it must be the button's own label in that language.
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages =
            readTs(translationsDir() + QStringLiteral("/orderdesk_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> labels; // what buttons and menu entries read, without their accelerator
        for (const Message &m : messages) {
            if (!hasAccelerator(m.source))
                continue;
            for (QString t : m.translations) {
                t.replace(QRegularExpression(QStringLiteral("&(?!&)")), QString());
                t.replace(QStringLiteral("&&"), QStringLiteral("&"));
                t.remove(QRegularExpression(QStringLiteral("(…|\\.\\.\\.)$")));
                labels.insert(t.trimmed());
            }
        }
        static const QRegularExpression press(QStringLiteral("\\bpress [A-Z]"));
        static const QRegularExpression quoted(
            QStringLiteral("[„“\"«]\\s*([^„“”\"«»]+?)\\s*[“”\"»]"));
        QStringList wrong;
        for (const Message &m : messages) {
            if (!press.match(m.source).hasMatch())
                continue;
            for (const QString &t : m.translations)
                for (auto it = quoted.globalMatch(t); it.hasNext();) {
                    const QString name = it.next().captured(1);
                    if (!labels.contains(name))
                        wrong
                            << QStringLiteral("%1 (no button reads \"%2\")").arg(describe(m), name);
                }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void upToDateWithTheSources()
    {
        // lupdate run on copies: a source string without a translation shows up as unfinished,
        // a translation whose source string is gone as vanished.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &l : kLanguages) {
            const QString copy = dir.filePath(QStringLiteral("orderdesk_%1.ts").arg(l));
            QVERIFY(
                QFile::copy(translationsDir() + QStringLiteral("/orderdesk_%1.ts").arg(l), copy));
            copies << copy;
        }
        const QString project = dir.filePath(QStringLiteral("project.json"));
        QProcess generate;
        generate.start(QStringLiteral(ORDERDESK_CMAKE),
                       {QStringLiteral("-DIN_FILE=" ORDERDESK_LUPDATE_PROJECT_IN),
                        QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                        QStringLiteral(ORDERDESK_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(generate.waitForFinished(60000));
        QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());
        QProcess lupdate;
        lupdate.start(QStringLiteral(ORDERDESK_LUPDATE),
                      QStringList{QStringLiteral("-project"), project, QStringLiteral("-locations"),
                                  QStringLiteral("none"), QStringLiteral("-ts")}
                          << copies);
        QVERIFY(lupdate.waitForFinished(540000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        for (const QString &copy : copies) {
            QString error;
            const QList<Message> messages = readTs(copy, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QStringList stale;
            for (const Message &m : messages)
                if (!m.type.isEmpty())
                    stale << QStringLiteral("%1 (%2)").arg(describe(m), m.type);
            QVERIFY2(stale.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2 message(s) to refresh with the "
                                               "orderdesk_lupdate target and translate:\n")
                                    .arg(QFileInfo(copy).fileName())
                                    .arg(stale.size()) +
                                stale.mid(0, 30).join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translation_files.moc"
