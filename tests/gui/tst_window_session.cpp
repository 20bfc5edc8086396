// What the window remembers between runs (MainWindow::restoreSession): its place and size, the
// drafts list's columns, the draft that was open and the step each draft was left on.
#include "../common/Fixtures.h"
#include "../common/OffscreenScreen.h"
#include "DraftBrowser.h"
#include "MainWindow.h"
#include "store/DraftListModel.h"
#include "store/DraftStore.h"
#include "wizard/OrderWizard.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace od;

class TestWindowSession : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::bundled().value();
    QTemporaryDir m_settingsDir;

    /// A settings file of the test's own, read afresh as at the next start.
    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("orderdesk.conf")),
                                           QSettings::IniFormat);
    }

    qint64 createDraft(const QString &dataDir)
    {
        DraftStore store;
        if (!store.open(dataDir).ok())
            return 0;
        // Reached the submission step: it opens there unless it was left elsewhere.
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0);
        o.reference = Order::newReference(QDateTime::currentDateTimeUtc());
        return store.createDraft(o).value();
    }

    static OrderWizard *openInWindow(MainWindow &window, qint64 id)
    {
        window.browser()->selectDraft(id);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openButton")),
                          Qt::LeftButton);
        return window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
    }

    static QHeaderView *draftHeader(MainWindow &window)
    {
        return window.browser()
            ->findChild<QTableView *>(QStringLiteral("draftTable"))
            ->horizontalHeader();
    }

private slots:
    void init()
    {
        QVERIFY(m_settingsDir.isValid());
        QFile::remove(m_settingsDir.filePath(QStringLiteral("orderdesk.conf")));
    }

    void theWindowOpensWhereItWasLeft()
    {
        QTemporaryDir data;
        const QRect placed(120, 90, 900, 600);
        {
            const auto s = settings();
            MainWindow window(m_catalog, data.path());
            window.restoreSession(s.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showNormal();
            window.setGeometry(placed);
            QTRY_COMPARE(window.geometry(), placed);
            QVERIFY(window.close());
        }
        {
            const auto s = settings();
            MainWindow window(m_catalog, data.path());
            window.restoreSession(s.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!window.isMaximized());
            QCOMPARE(window.geometry(), placed);
            // Maximised when closed: maximised again.
            window.showMaximized();
            QTRY_VERIFY(window.isMaximized());
            QVERIFY(window.close());
        }
        const auto s = settings();
        MainWindow window(m_catalog, data.path());
        window.restoreSession(s.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isMaximized());
    }

    void aPlaceOffTheScreenComesBackOnIt()
    {
        // Closed on a second screen that is not there any more (a laptop off its dock).
        QTemporaryDir data;
        {
            const auto s = settings();
            MainWindow window(m_catalog, data.path());
            window.restoreSession(s.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showNormal();
            window.setGeometry(QRect(2400, 1300, 900, 600));
            QTRY_COMPARE(window.geometry().topLeft(), QPoint(2400, 1300));
            QVERIFY(window.close());
        }
        const auto s = settings();
        MainWindow window(m_catalog, data.path());
        window.restoreSession(s.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3×%4")
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())));
    }

    void theDraftColumnsAreKept()
    {
        QTemporaryDir data;
        QVERIFY(createDraft(data.path()) > 0);
        {
            const auto s = settings();
            MainWindow window(m_catalog, data.path());
            window.restoreSession(s.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QHeaderView *header = draftHeader(window);
            header->resizeSection(DraftListModel::CountriesColumn, 231);
            header->setSortIndicator(DraftListModel::ReferenceColumn, Qt::AscendingOrder);
            QVERIFY(window.close());
        }
        const auto s = settings();
        MainWindow window(m_catalog, data.path());
        window.restoreSession(s.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = draftHeader(window);
        QCOMPARE(header->sectionSize(DraftListModel::CountriesColumn), 231);
        QCOMPARE(header->sortIndicatorSection(), int(DraftListModel::ReferenceColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    void theOpenDraftOpensAgainOnItsStep()
    {
        QTemporaryDir data;
        const qint64 id = createDraft(data.path());
        QVERIFY(id > 0);
        {
            const auto s = settings();
            MainWindow window(m_catalog, data.path());
            window.restoreSession(s.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            OrderWizard *wizard = openInWindow(window, id);
            QVERIFY(wizard);
            QCOMPARE(wizard->currentId(), int(Step::Submission));
            // The rep went back to the voice plans, and closed Order Desk there.
            while (wizard->currentId() > int(Step::VoicePlans))
                wizard->back();
            QCOMPARE(wizard->currentId(), int(Step::VoicePlans));
            QVERIFY(window.close());
        }
        const auto s = settings();
        MainWindow window(m_catalog, data.path());
        window.restoreSession(s.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *wizard = window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
        QVERIFY(wizard);
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("mainStack"))->currentWidget(),
                 static_cast<QWidget *>(wizard));
        QCOMPARE(wizard->currentId(), int(Step::VoicePlans));
        // Back and Next as before: the steps on the way were walked.
        QVERIFY(wizard->visitedIds().contains(int(Step::Customer)));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(Step::Porting));
    }

    void aDraftOpensOnTheStepItWasLeftOn()
    {
        QTemporaryDir data;
        const qint64 id = createDraft(data.path());
        QVERIFY(id > 0);
        const auto s = settings();
        MainWindow window(m_catalog, data.path());
        window.restoreSession(s.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OrderWizard *wizard = openInWindow(window, id);
        QVERIFY(wizard);
        while (wizard->currentId() > int(Step::Porting))
            wizard->back();
        // Alt+S is still "Save draft and close": the menu bar's Settings does not take it.
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
        wizard = openInWindow(window, id);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(Step::Porting));
    }

    void withoutAnOpenDraftTheDraftsShow()
    {
        QTemporaryDir data;
        const qint64 id = createDraft(data.path());
        QVERIFY(id > 0);
        {
            const auto s = settings();
            MainWindow window(m_catalog, data.path());
            window.restoreSession(s.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(openInWindow(window, id));
            QVERIFY(window.close());
        }
        {
            // Opened again, then closed from the drafts list.
            const auto s = settings();
            MainWindow window(m_catalog, data.path());
            window.restoreSession(s.get());
            auto *wizard = window.findChild<OrderWizard *>(QStringLiteral("orderWizard"));
            QVERIFY(wizard);
            QTest::mouseClick(
                wizard->findChild<QPushButton *>(QStringLiteral("saveAndCloseButton")),
                Qt::LeftButton);
            QTRY_VERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
            QVERIFY(window.close());
        }
        const auto s = settings();
        MainWindow window(m_catalog, data.path());
        window.restoreSession(s.get());
        QVERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("mainStack"))->currentWidget(),
                 static_cast<QWidget *>(window.browser()));
    }

    void anotherDataFolderHasItsOwnDrafts()
    {
        // Draft ids are per data folder: the draft open in one is not opened in another.
        QTemporaryDir first;
        QTemporaryDir second;
        const qint64 id = createDraft(first.path());
        QVERIFY(id > 0);
        QCOMPARE(createDraft(second.path()), id);
        {
            const auto s = settings();
            MainWindow window(m_catalog, first.path());
            window.restoreSession(s.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(openInWindow(window, id));
            QVERIFY(window.close());
        }
        const auto s = settings();
        MainWindow window(m_catalog, second.path());
        window.restoreSession(s.get());
        QVERIFY(!window.findChild<OrderWizard *>(QStringLiteral("orderWizard")));
    }
};

int main(int argc, char **argv)
{
    // A laptop screen, 1366×768.
    return od::testing::runOnScreen<TestWindowSession>(argc, argv);
}
#include "tst_window_session.moc"
