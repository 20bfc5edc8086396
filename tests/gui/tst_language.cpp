// The language: --language, else the rep's choice in Settings ▸ Language, else the system's; the
// formats of numbers and dates follow it with the system's territory; Qt's own dialogs match.
#include "MainWindow.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace od;

class TestLanguage : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::bundled().value();
    QTemporaryDir m_settingsDir;

    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("orderdesk.conf")),
                                           QSettings::IniFormat);
    }

    /// Answers the next modal box with its button `button`; `shown` says which box it was.
    void answerNextBox(const QString &button, QString *shown)
    {
        QTimer::singleShot(0, this, [button, shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *shown = box->objectName();
            if (auto *b = box->findChild<QPushButton *>(button))
                b->click();
            else
                box->accept();
        });
    }

    static QAction *languageAction(MainWindow &window, const QString &code)
    {
        return window.findChild<QAction *>(QStringLiteral("language.") + code);
    }

private slots:
    void init()
    {
        QVERIFY(m_settingsDir.isValid());
        QFile::remove(m_settingsDir.filePath(QStringLiteral("orderdesk.conf")));
    }

    void cleanup()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::system());
    }

    void theOptionComesBeforeTheSettingBeforeTheSystem_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing: the system's") << QString() << QString() << QString();
        QTest::newRow("the setting") << QString() << QStringLiteral("nl") << QStringLiteral("nl");
        QTest::newRow("the option") << QStringLiteral("de") << QString() << QStringLiteral("de");
        QTest::newRow("the option over the setting")
            << QStringLiteral("de") << QStringLiteral("nl") << QStringLiteral("de");
    }

    void theOptionComesBeforeTheSettingBeforeTheSystem()
    {
        QFETCH(QString, option);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        const auto s = settings();
        setLanguageSetting(*s, setting);
        QCOMPARE(chosenLanguage(option, *settings()), expected);
    }

    void theMenuKeepsTheChoice()
    {
        {
            const auto s = settings();
            const QTemporaryDir data;
            MainWindow window(m_catalog, data.path());
            window.restoreSession(s.get());
            QAction *automatic = languageAction(window, QStringLiteral("automatic"));
            QAction *dutch = languageAction(window, QStringLiteral("nl"));
            QVERIFY(automatic && dutch);
            QVERIFY(automatic->isChecked());
            // Each shipped language by its own name.
            QCOMPARE(dutch->text(), QStringLiteral("Nederlands"));
            QCOMPARE(languageAction(window, QStringLiteral("fr"))->text(),
                     QStringLiteral("Français"));

            QString shown;
            answerNextBox(QStringLiteral("restartLaterButton"), &shown);
            dutch->trigger();
            QCOMPARE(shown, QStringLiteral("restartForLanguageBox"));
            QVERIFY(dutch->isChecked());
            QVERIFY(!window.restartRequested());
        }
        // At the next start.
        QCOMPARE(chosenLanguage(QString(), *settings()), QStringLiteral("nl"));
        {
            const auto s = settings();
            const QTemporaryDir data;
            MainWindow window(m_catalog, data.path());
            window.restoreSession(s.get());
            QVERIFY(languageAction(window, QStringLiteral("nl"))->isChecked());
            QString shown;
            answerNextBox(QStringLiteral("restartLaterButton"), &shown);
            languageAction(window, QStringLiteral("automatic"))->trigger();
            QCOMPARE(shown, QStringLiteral("restartForLanguageBox"));
        }
        QCOMPARE(chosenLanguage(QString(), *settings()), QString());
        QVERIFY(!settings()->contains(languageSettingKey()));
    }

    void restartNowClosesTheWindowForARestart()
    {
        const auto s = settings();
        const QTemporaryDir data;
        MainWindow window(m_catalog, data.path());
        window.restoreSession(s.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString shown;
        answerNextBox(QStringLiteral("restartNowButton"), &shown);
        languageAction(window, QStringLiteral("de"))->trigger();
        QCOMPARE(shown, QStringLiteral("restartForLanguageBox"));
        QVERIFY(window.restartRequested());
        QVERIFY(!window.isVisible());
        // Closed as at any close: its place is saved for the restarted window.
        QVERIFY(settings()->contains(QStringLiteral("window/geometry")));
        QCOMPARE(chosenLanguage(QString(), *settings()), QStringLiteral("de"));
    }

    void theCommandLineOptionIsSaidToWin()
    {
        const auto s = settings();
        const QTemporaryDir data;
        MainWindow window(m_catalog, data.path());
        window.setLanguageOption(QStringLiteral("it"));
        window.restoreSession(s.get());
        QString shown;
        answerNextBox(QString(), &shown);
        languageAction(window, QStringLiteral("es"))->trigger();
        QCOMPARE(shown, QStringLiteral("languageOptionBox"));
        QVERIFY(!window.restartRequested());
        QCOMPARE(chosenLanguage(QString(), *settings()), QStringLiteral("es"));
        QCOMPARE(chosenLanguage(QStringLiteral("it"), *settings()), QStringLiteral("it"));
    }

    void formatsFollowTheLanguageAndTheSystemsTerritory_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Dutch in Belgium") << "nl"
                                          << "fr_BE"
                                          << "nl_BE";
        QTest::newRow("German in Switzerland") << "de"
                                               << "fr_CH"
                                               << "de_CH";
        QTest::newRow("French in Belgium") << "fr"
                                           << "nl_BE"
                                           << "fr_BE";
        QTest::newRow("English in Germany") << "en"
                                            << "de_DE"
                                            << "en_DE";
        QTest::newRow("Dutch in Germany: no such locale") << "nl"
                                                          << "de_DE"
                                                          << "nl_NL";
        QTest::newRow("Italian in Spain: no such locale") << "it"
                                                          << "es_ES"
                                                          << "it_IT";
        QTest::newRow("a territory of its own") << "en_GB"
                                                << "de_DE"
                                                << "en_GB";
        QTest::newRow("automatic") << ""
                                   << "it_IT"
                                   << "it_IT";
        QTest::newRow("an unknown code") << "xx"
                                         << "de_AT"
                                         << "de_AT";
    }

    void formatsFollowTheLanguageAndTheSystemsTerritory()
    {
        QFETCH(QString, language);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(formatLocale(language, QLocale(system)).name(), expected);
    }

    void theDefaultLocaleFormatsNumbersAndDates()
    {
        const auto s = settings();
        setLanguageSetting(*s, QStringLiteral("nl"));
        applyLanguage(*qApp, chosenLanguage(QString(), *s), QLocale(QStringLiteral("fr_BE")));
        QCOMPARE(QLocale().name(), QStringLiteral("nl_BE"));
        QCOMPARE(QLocale().toString(1234567.5, 'f', 2), QStringLiteral("1.234.567,50"));
        QCOMPARE(QLocale().toString(QDate(2026, 12, 4), QLocale::LongFormat),
                 QStringLiteral("vrijdag 4 december 2026"));

        applyLanguage(*qApp, QStringLiteral("en"), QLocale(QStringLiteral("en_US")));
        QCOMPARE(QLocale().toString(1234567.5, 'f', 2), QStringLiteral("1,234,567.50"));
    }

    void qtsOwnDialogsMatchTheSetting()
    {
        // The standard buttons of Qt's dialogs come from Qt's translations (qtbase_de.qm).
        const auto s = settings();
        setLanguageSetting(*s, QStringLiteral("de"));
        applyLanguage(*qApp, chosenLanguage(QString(), *s), QLocale(QStringLiteral("en_US")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                        QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
