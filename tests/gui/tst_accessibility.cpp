// What a screen reader gets: every widget the rep can reach with Tab has an accessible name, on
// every page of the wizard (both paths), in the dialogs and in the draft browser.
#include "../common/Fixtures.h"
#include "DraftBrowser.h"
#include "MainWindow.h"
#include "PdfPreviewDialog.h"
#include "RevisionsDialog.h"
#include "SignatoryDialog.h"
#include "documents/Documents.h"
#include "store/DraftStore.h"
#include "widgets/ProblemPanel.h"
#include "wizard/OrderWizard.h"
#include "wizard/PaperworkPanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace od;

namespace {

const QDate kToday(2026, 12, 3);

/// Where a widget is: its objectName, or the nearest named ancestor's.
QString describe(QWidget *w)
{
    QString where;
    for (QObject *o = w->parent(); o; o = o->parent())
        if (!o->objectName().isEmpty()) {
            where = o->objectName();
            break;
        }
    return QStringLiteral("%1 \"%2\" (in %3)")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName(), where);
}

/// The visible widgets of `root` that Tab reaches and that have no accessible name of their
/// own: none at all, only their value (a combo box read out as "69" or "Germany"), or the same
/// name as another one in view (per-row widgets must say which row: "Users of plan X").
QStringList offenders(QWidget *root, const QString &where)
{
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    QStringList out;
    QHash<QString, QWidget *> named;
    for (QWidget *w : std::as_const(all)) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // A widget that hands its focus on (a spin box's line edit): the proxy is what is read.
        if (w->focusProxy())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (iface && qobject_cast<QComboBox *>(w)) {
            // On Linux a combo box's name is its current text; its own name is read from its
            // accessible name or from the label it is labelled by (a buddy).
            name = w->accessibleName().trimmed();
            const auto labels = iface->relations(QAccessible::Labelled);
            if (name.isEmpty() && !labels.isEmpty())
                name = labels.first()
                           .first->text(QAccessible::Name)
                           .remove(QLatin1Char('&'))
                           .trimmed();
        }
        // ORDERDESK_A11Y_DUMP=1 lists every widget checked with the name a screen reader gets.
        if (qEnvironmentVariableIsSet("ORDERDESK_A11Y_DUMP"))
            qInfo().noquote() << where << describe(w) << "=>" << name;
        const QString value = iface ? iface->text(QAccessible::Value).trimmed() : QString();
        if (name.isEmpty()) {
            out << where + QStringLiteral(": no name: ") + describe(w);
        } else if (name == value &&
                   (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w))) {
            out << where + QStringLiteral(": only its value as name: ") + describe(w);
        } else if (QWidget *other = named.value(name)) {
            out << where +
                       QStringLiteral(": same name as %1: %2").arg(describe(other), describe(w));
        } else {
            named.insert(name, w);
        }
        // A hint shown in the field (the expected format) is also there for a screen reader.
        auto *edit = qobject_cast<QLineEdit *>(w);
        if (edit && !edit->placeholderText().isEmpty() &&
            (!iface || iface->text(QAccessible::Description).trimmed().isEmpty()))
            out << where + QStringLiteral(": a hint in the field but no description: ") +
                       describe(w);
    }
    return out;
}

/// A porting order over every country with extra porting fields (Germany ports, France
/// migrates), plus Austria with new numbers: the porting page and the offices page both show.
Order mixedOrder(const Catalog &catalog)
{
    Order order = fixtures::portingOrder(catalog, kToday, 2);
    const QStringList extra = {QStringLiteral("ES"), QStringLiteral("FR"), QStringLiteral("GB"),
                               QStringLiteral("IT"), QStringLiteral("SE")};
    const Order more = fixtures::newNumbersOrder(catalog, extra, 1, 2, 0);
    for (CountryOrder c : more.countries) {
        const CountryInfo &info = *catalog.country(c.country);
        const fixtures::Site &site = *fixtures::siteFor(c.country);
        c.offices.clear();
        c.keepNumbers = true;
        c.options = {};
        PortingDetails &p = c.porting;
        p.kind = c.country == QLatin1String("FR") ? PortKind::Migrate : PortKind::Port;
        p.losingCarrier = QStringLiteral("Example Telecom");
        p.accountHolderName = QStringLiteral("Contoso Ltd");
        p.accountHolderAddress = fixtures::siteAddress(site, QString(), 1);
        const QStringList numbers =
            fixtures::numbersInArea(c.country, QString::fromUtf8(site.areaCode), 3, 2);
        for (const QString &n : numbers)
            p.numbers.append(NumberRange{n, n, QString()});
        p.requestedDate = addWorkingDays(kToday, info.portingLeadTimeDays, info);
        for (const PortingField &f : info.portingFields)
            p.extras.insert(f.key, QStringLiteral("x"));
        order.countries.append(c);
    }
    Order austria = fixtures::newNumbersOrder(catalog, {QStringLiteral("AT")}, 2, 3, 1);
    // The second office is not validated yet: its editor shows the address form.
    Office &second = austria.countries.first().offices[1];
    second.validation = AddressValidation::NotValidated;
    second.validatedAddressId.clear();
    second.reservationRequested = false;
    second.reservationId.clear();
    second.reservedNumbers.clear();
    order.countries.append(austria.countries.first());
    return order;
}

/// Fails with every offender listed (one line each: QVERIFY2's message would be cut).
bool reportNone(const QStringList &offenders)
{
    for (const QString &line : offenders)
        qWarning().noquote() << line;
    return offenders.isEmpty();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::bundled().value();

    /// Opens the order where it stopped (the submit step) and goes Back through every page,
    /// collecting the offenders of each.
    QStringList walkWizard(const Order &order, const QString &path)
    {
        OrderWizard wizard(m_catalog, order, nullptr, kToday, OrderWizard::OpenAt::StepReached);
        wizard.resize(1366, 768);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return {QStringLiteral("the wizard was not shown")};
        QStringList out;
        QSet<int> seen;
        for (;;) {
            const int id = wizard.currentId();
            seen.insert(id);
            const QString where = QStringLiteral("%1, page %2 (%3)")
                                      .arg(path)
                                      .arg(id)
                                      .arg(wizard.currentPage()->title());
            out << offenders(&wizard, where);
            if (id == int(Step::Customer)) {
                // Each way of identifying the customer shows other fields.
                for (const char *kind :
                     {"customerKind.online", "customerKind.prospect", "customerKind.existing"}) {
                    auto *radio = wizard.findChild<QRadioButton *>(QLatin1String(kind));
                    if (!radio)
                        return {QStringLiteral("no radio button ") + QLatin1String(kind)};
                    radio->click();
                    out << offenders(&wizard, where + QStringLiteral(" ") + QLatin1String(kind));
                }
                break;
            }
            wizard.back();
            if (wizard.currentId() == id)
                return out << QStringLiteral("Back did not leave page %1").arg(id);
        }
        for (Step s :
             {Step::Customer, Step::VoicePlans, Step::Contacts, Step::Recap, Step::Submission})
            if (!seen.contains(int(s)))
                out << QStringLiteral("%1: page %2 was not reached").arg(path).arg(int(s));

        // The read-only recap of a submitted order, with its paperwork panel.
        wizard.setQueued(true);
        if (PaperworkPanel *panel = wizard.paperworkPanel()) {
            RemoteDetails remote;
            remote.orderId = QStringLiteral("po-1");
            remote.envelopeId = QStringLiteral("env-1");
            remote.envelopeStatus = QStringLiteral("completed");
            remote.formsGenerated = QDateTime(kToday, QTime(10, 0), Qt::UTC);
            remote.signedKept = remote.formsGenerated.addSecs(300);
            panel->showState(remote, true, true, QString());
            out << offenders(&wizard, path + QStringLiteral(", submitted order with paperwork"));
        } else {
            out << path + QStringLiteral(": no paperwork panel on the queued recap");
        }
        return out;
    }

private slots:
    void wizardNewNumbers()
    {
        const Order order = fixtures::newNumbersOrder(
            m_catalog, {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("GB")}, 2, 3, 1);
        const QStringList bad = walkWizard(order, QStringLiteral("new numbers"));
        QVERIFY2(reportNone(bad), "widgets without a name of their own: see the warnings");
    }

    void wizardPorting()
    {
        const QStringList bad = walkWizard(mixedOrder(m_catalog), QStringLiteral("porting"));
        QVERIFY2(reportNone(bad), "widgets without a name of their own: see the warnings");
    }

    void wizardNewOrder()
    {
        // A fresh order: nothing chosen yet, the empty states of the pages.
        OrderWizard wizard(m_catalog, Order::create(), nullptr, kToday);
        wizard.resize(1366, 768);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QStringList bad;
        for (Step s : {Step::Customer, Step::VoicePlans, Step::Porting, Step::Offices,
                       Step::Contacts, Step::Recap, Step::Submission}) {
            wizard.editStep(s);
            if (wizard.currentId() == int(s))
                bad << offenders(&wizard, QStringLiteral("new order, page %1").arg(int(s)));
        }
        QVERIFY2(reportNone(bad), "widgets without a name of their own: see the warnings");
    }

    void mainWindowAndDraftBrowser()
    {
        QTemporaryDir dir;
        QStringList bad;
        {
            DraftStore store;
            QVERIFY(store.open(dir.path()).ok());
            Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0);
            o.reference = Order::newReference(QDateTime::currentDateTimeUtc());
            QVERIFY(store.createDraft(o));
            Order p = fixtures::portingOrder(m_catalog, kToday, 1);
            p.reference = Order::newReference(QDateTime::currentDateTimeUtc());
            QVERIFY(store.createDraft(p, DraftStatus::Queued));
        }
        MainWindow window(m_catalog, dir.path());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bad << offenders(&window, QStringLiteral("main window with drafts"));

        // The empty draft browser.
        QTemporaryDir emptyDir;
        DraftStore empty;
        QVERIFY(empty.open(emptyDir.path()).ok());
        DraftBrowser browser(&empty);
        browser.resize(1000, 600);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        bad << offenders(&browser, QStringLiteral("empty draft browser"));
        QVERIFY2(reportNone(bad), "widgets without a name of their own: see the warnings");
    }

    void dialogs()
    {
        QStringList bad;
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path()).ok());
        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0);
        o.reference = Order::newReference(QDateTime::currentDateTimeUtc());
        const Result<qint64> id = store.createDraft(o);
        QVERIFY(id);
        o.customer.companyName = QStringLiteral("Contoso Europe Ltd");
        QVERIFY(store.saveDraft(id.value(), o));
        {
            RevisionsDialog revisions(&store, id.value());
            revisions.show();
            QVERIFY(QTest::qWaitForWindowExposed(&revisions));
            bad << offenders(&revisions, QStringLiteral("revisions dialog"));
        }
        {
            SignatoryDialog signatory(o.signatory, QStringLiteral("Who signs the contract?"));
            signatory.show();
            QVERIFY(QTest::qWaitForWindowExposed(&signatory));
            bad << offenders(&signatory, QStringLiteral("signatory dialog"));
        }
        {
            const Result<documents::Document> contract = documents::contract(o, m_catalog);
            QVERIFY2(contract, qPrintable(contract.error()));
            const Order porting = fixtures::portingOrder(m_catalog, kToday, 1);
            const QList<documents::PortingForm> forms = documents::portingForms(porting, m_catalog);
            QVERIFY(!forms.isEmpty());
            const Result<documents::Document> form =
                documents::portingForm(porting, m_catalog, forms.first());
            QVERIFY2(form, qPrintable(form.error()));
            PdfPreviewDialog preview;
            preview.setDocuments({contract.value(), form.value()});
            preview.resize(900, 700);
            preview.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preview));
            bad << offenders(&preview, QStringLiteral("PDF preview"));
        }
        QVERIFY2(reportNone(bad), "widgets without a name of their own: see the warnings");
    }

    // Labels reached with Tab (read out on focus) show the focus: the style draws nothing for a
    // focused label, so they look different focused and not.
    void focusIsVisibleOnLabels()
    {
        Order o = mixedOrder(m_catalog);
        o.tenantId = QStringLiteral("not a tenant"); // the problem panel shows
        OrderWizard wizard(m_catalog, o, nullptr, kToday, OrderWizard::OpenAt::StepReached);
        wizard.resize(1366, 768);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QStringList unseen;
        int checked = 0;
        auto checkLabels = [&](const QString &where) {
            for (QLabel *label : wizard.findChildren<QLabel *>()) {
                if (!label->isVisible() || !(label->focusPolicy() & Qt::TabFocus))
                    continue;
                wizard.button(QWizard::BackButton)->setFocus();
                QApplication::processEvents();
                const QImage before = label->grab().toImage();
                label->setFocus(Qt::TabFocusReason);
                QApplication::processEvents();
                if (!label->hasFocus()) {
                    unseen << where + QStringLiteral(": cannot take the focus: ") +
                                  label->objectName();
                    continue;
                }
                ++checked;
                if (label->grab().toImage() == before)
                    unseen << where + QStringLiteral(": no focus indicator: ") +
                                  label->objectName();
            }
        };
        wizard.editStep(Step::Offices);
        checkLabels(QStringLiteral("offices"));
        wizard.editStep(Step::Submission);
        checkLabels(QStringLiteral("submission"));
        wizard.setQueued(true);
        checkLabels(QStringLiteral("submitted order"));
        QVERIFY2(reportNone(unseen), "focused labels that look the same: see the warnings");
        QVERIFY2(checked >= 4, qPrintable(QString::number(checked)));
    }

    // A black, white and yellow palette: the problems stay readable, and say what they are in
    // signs and words, not in colour alone.
    void problemsReadableOnHighContrast()
    {
        const QPalette before = QApplication::palette();
        QPalette hc;
        for (QPalette::ColorRole r :
             {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase})
            hc.setColor(r, Qt::black);
        hc.setColor(QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
        for (QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                      QPalette::ToolTipText, QPalette::BrightText})
            hc.setColor(r, Qt::white);
        hc.setColor(QPalette::Highlight, Qt::yellow);
        hc.setColor(QPalette::HighlightedText, Qt::black);
        hc.setColor(QPalette::Link, Qt::yellow);
        hc.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
        auto restore = qScopeGuard([&] { QApplication::setPalette(before); });

        Order o = fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE")}, 1, 2, 0);
        o.tenantId = QStringLiteral("not a tenant");
        o.customer.ocn = QStringLiteral("12");
        OrderWizard wizard(m_catalog, o, nullptr, kToday, OrderWizard::OpenAt::StepReached);
        wizard.resize(1366, 768);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.editStep(Step::Customer);
        QCOMPARE(wizard.currentId(), int(Step::Customer));
        // Switched while the app runs, as a rep turns on a high-contrast theme.
        QApplication::setPalette(hc);
        QApplication::processEvents();

        int shown = 0;
        for (QLabel *label : wizard.findChildren<QLabel *>()) {
            if (!label->objectName().startsWith(QLatin1String("message:")) || !label->isVisible())
                continue;
            ++shown;
            const QString text = label->text();
            QVERIFY2(text.startsWith(QStringLiteral("✖")) || text.startsWith(QStringLiteral("⚠")),
                     qPrintable(label->objectName()));
            QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->objectName()));
            const QColor fg = label->palette().color(label->foregroundRole());
            const QColor bg = hc.color(QPalette::Window);
            const double ratio = contrastRatio(fg, bg);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3, contrast %4")
                                                  .arg(label->objectName(), fg.name(), bg.name())
                                                  .arg(ratio, 0, 'f', 1)));
        }
        QVERIFY2(shown >= 2, "the customer page shows the tenant's and the OCN's problems");

        // The draft browser's notice: an icon that says its kind, text readable on its bar.
        QTemporaryDir dir;
        DraftStore store;
        QVERIFY(store.open(dir.path()).ok());
        DraftBrowser browser(&store);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.showNotice(QStringLiteral("The draft cannot be saved."),
                           DraftBrowser::NoticeKind::Error);
        auto *icon = browser.findChild<QLabel *>(QStringLiteral("noticeIcon"));
        QVERIFY(icon && icon->isVisible());
        QVERIFY(!icon->pixmap().isNull());
        QCOMPARE(icon->accessibleName(), QStringLiteral("Error"));
        auto *text = browser.findChild<QLabel *>(QStringLiteral("noticeLabel"));
        QVERIFY(text);
        auto *bar = browser.findChild<QFrame *>(QStringLiteral("noticeBar"));
        const QImage shot = bar->grab().toImage();
        // The bar's background, inside its border and above its text.
        const QColor barBackground = shot.pixelColor(shot.width() / 2, 4);
        const double ratio =
            contrastRatio(text->palette().color(text->foregroundRole()), barBackground);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("notice text contrast %1 on %2")
                                              .arg(ratio, 0, 'f', 1)
                                              .arg(barBackground.name())));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
