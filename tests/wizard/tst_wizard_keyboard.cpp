// The wizard with the keyboard alone: every page opens with the focus in an input, so a rep
// types on at once; Enter in that input is Next, also on a button the rep tabbed onto; the
// mnemonics of a page are unique; and a new order opens without pointing at fields the rep has
// not reached yet.

#include "../common/Mnemonic.h"
#include "Translations.h"
#include "WizardHarness.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QTranslator>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace od;
using namespace od::testing;

namespace {

/// Porting in Germany, new numbers in the Netherlands (two offices): every page has content.
Order mixedOrder(const Catalog &catalog)
{
    Order o = fixtures::portingOrder(catalog, kToday, 2);
    const Order nl = fixtures::newNumbersOrder(catalog, {QStringLiteral("NL")}, 2, 4, 1);
    o.countries.append(nl.countries.first());
    return o;
}

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("nothing");
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

/// The field an objectName stands for, without its position in repeated sections
/// ("countries[1].offices[0].address.street" → "countries[].offices[].address.street",
/// "ocn.DE" → "ocn.XX"): the same field of two offices or countries may share a letter (Qt
/// then cycles between them), two different fields may not.
QString fieldOf(QString name)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    static const QRegularExpression country(QStringLiteral("(^|\\.)[A-Z]{2}(\\.|$)"));
    name.replace(index, QStringLiteral("[]"));
    name.replace(country, QStringLiteral("\\1XX\\2"));
    return name;
}

/// Visible mnemonics of the current page and the wizard's buttons: letter → the fields.
QMap<QString, QSet<QString>> mnemonicsOnPage(WizardHarness &h)
{
    QMap<QString, QSet<QString>> letters;
    // The main window around the wizard has the File and Help menus: Alt+F and Alt+H open them
    // (Alt+D and Alt+H in German, ...).
    letters[mnemonic(QCoreApplication::translate("od::MainWindow", "&File"))].insert(
        QStringLiteral("the main window's File menu"));
    letters[mnemonic(QCoreApplication::translate("od::MainWindow", "&Help"))].insert(
        QStringLiteral("the main window's Help menu"));
    QList<QWidget *> widgets = h.wizard().currentPage()->findChildren<QWidget *>();
    for (QWizard::WizardButton b :
         {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CustomButton1})
        widgets << h.wizard().button(b);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        QString letter;
        QString field;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            letter = mnemonic(label->text());
            field = fieldOf(label->buddy()->objectName());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            letter = mnemonic(button->text());
            field = fieldOf(button->objectName());
        }
        if (!letter.isEmpty())
            letters[letter].insert(field.isEmpty() ? describe(w) : field);
    }
    return letters;
}

/// The mixed order with every optional field on show: the prospect path (the most fields on the
/// customer page), a presentation number and call forwarding in the Netherlands, no signatory.
Order everyFieldShown(const Catalog &catalog)
{
    Order o = mixedOrder(catalog);
    o.customer.kind = CustomerKind::Prospect;
    o.customer.prospectAddress =
        fixtures::siteAddress(*fixtures::siteFor(QStringLiteral("DE")), QString(), 1);
    o.customer.prospectContact =
        fixtures::contact(QStringLiteral("Alex Example"), QStringLiteral("alex@example.com"));
    o.countries[1].options.clipMode = ClipMode::PresentationNumber;
    o.countries[1].options.presentationNumber = QStringLiteral("+31201234567");
    o.countries[1].options.callForwarding = true;
    o.countries[1].options.callForwardingTarget = QStringLiteral("+31201234568");
    o.signatory = {};
    return o;
}

} // namespace

class TstWizardKeyboard : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();

private slots:
    void newOrderOpensReadyToType();
    void openedAsAPageOfTheMainWindow();
    void enterInTheFocusedInputWalksEveryPage();
    void enterOnAPageButtonIsNext();
    void mnemonicsAreUniqueOnEveryPage_data();
    void mnemonicsAreUniqueOnEveryPage();
    void mnemonicsReachTheirFields();
    void tabLeavesTheNumbersTable();
    void everyInputHasAName();
    void statusSymbolsHaveAGlyph();
};

void TstWizardKeyboard::newOrderOpensReadyToType()
{
    // As the draft browser opens it: on the step reached, which for a new order is the first.
    WizardHarness h(Order::create(), kToday, OrderWizard::OpenAt::StepReached);
    QCOMPARE(h.current(), Step::Customer);
    QWidget *focus = h.wizard().focusWidget();
    QVERIFY2(focus && h.wizard().currentPage()->isAncestorOf(focus) &&
                 !qobject_cast<QScrollArea *>(focus) && focus->isVisible(),
             qPrintable(describe(focus)));
    // Nothing typed yet: no field is marked as wrong before the rep gets to it.
    for (QLabel *label : h.wizard().currentPage()->findChildren<QLabel *>())
        if (label->objectName().startsWith(QStringLiteral("message:")))
            QVERIFY2(!label->isVisible(), qPrintable(label->objectName()));
    QVERIFY(!h.canGoNext());
}

void TstWizardKeyboard::openedAsAPageOfTheMainWindow()
{
    // As MainWindow::openDraft does it: built, made a plain widget, put in the window's stack
    // while the draft list has the focus, and made the current page.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *stack = new QStackedWidget(&window);
    layout->addWidget(stack);
    auto *list = new QLineEdit(stack); // the draft browser's search box
    stack->addWidget(list);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    QCOMPARE(QApplication::focusWidget(), list);

    const Catalog catalog = Catalog::bundled().value();
    auto *wizard = new OrderWizard(catalog, Order::create(), stack, kToday);
    wizard->setWindowFlags(Qt::Widget);
    stack->addWidget(wizard);
    stack->setCurrentWidget(wizard);
    wizard->show();
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus && wizard->currentPage()->isAncestorOf(focus), qPrintable(describe(focus)));
    QCOMPARE(focus->objectName(), QStringLiteral("customerKind.existing"));
    // Tab, and the rep types the company name.
    QTest::keyClick(focus, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Contoso"));
    QCOMPARE(wizard->order().customer.companyName, QStringLiteral("Contoso"));
}

void TstWizardKeyboard::enterInTheFocusedInputWalksEveryPage()
{
    WizardHarness h(mixedOrder(m_catalog));
    for (Step expected : {Step::Customer, Step::VoicePlans, Step::Porting, Step::Offices,
                          Step::Contacts, Step::Recap, Step::Submission}) {
        QCOMPARE(h.current(), expected);
        QWidget *focus = h.wizard().focusWidget();
        QVERIFY2(focus && h.wizard().currentPage()->isAncestorOf(focus),
                 qPrintable(QStringLiteral("step %1: the focus is on %2")
                                .arg(int(expected))
                                .arg(describe(focus))));
        QVERIFY2(focus->isVisible() && focus->isEnabled() && !qobject_cast<QScrollArea *>(focus) &&
                     !qobject_cast<QLabel *>(focus),
                 qPrintable(QStringLiteral("step %1: %2").arg(int(expected)).arg(describe(focus))));
        if (expected == Step::Submission)
            break;
        QVERIFY(h.canGoNext());
        QTest::keyClick(focus, Qt::Key_Return);
    }
    QCOMPARE(h.current(), Step::Submission);

    // Back leaves the rep in an input of the page too.
    h.back();
    QCOMPARE(h.current(), Step::Recap);
    QVERIFY(h.wizard().currentPage()->isAncestorOf(h.wizard().focusWidget()));
}

void TstWizardKeyboard::enterOnAPageButtonIsNext()
{
    // A rep tabs onto "Remove Germany" and presses Enter to go on: Next, not Remove.
    Order o =
        fixtures::newNumbersOrder(m_catalog, {QStringLiteral("DE"), QStringLiteral("NL")}, 1, 4, 0);
    WizardHarness h(o);
    h.next();
    QCOMPARE(h.current(), Step::VoicePlans);
    auto *remove = h.find<QPushButton>(QStringLiteral("removeCountry.DE"));
    QVERIFY(remove && remove->isVisible());
    remove->setFocus(Qt::TabFocusReason);
    QTest::keyClick(remove, Qt::Key_Return);
    QVERIFY(h.order().country(QStringLiteral("DE")));
    QCOMPARE(h.order().countries.size(), 2);
    QCOMPARE(h.current(), Step::Porting);

    // The same for the port date's "Use earliest".
    auto *keep = h.find<QAbstractButton>(QStringLiteral("keepNumbers.NL"));
    keep->setFocus();
    QTest::keyClick(keep, Qt::Key_Space);
    QVERIFY(h.order().country(QStringLiteral("NL"))->keepNumbers);
    auto *earliest = h.find<QPushButton>(QStringLiteral("useEarliest.NL"));
    QVERIFY(earliest && earliest->isVisible());
    QVERIFY(!earliest->autoDefault());
}

void TstWizardKeyboard::mnemonicsAreUniqueOnEveryPage_data()
{
    QTest::addColumn<QString>("language");
    for (const ShippedLanguage &language : shippedLanguages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TstWizardKeyboard::mnemonicsAreUniqueOnEveryPage()
{
    // The pages are built, and the menus named, in the rep's language.
    QFETCH(QString, language);
    installTranslations(*qApp, language);
    const auto removeTranslators = qScopeGuard([] {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    });
    WizardHarness h(everyFieldShown(m_catalog));
    QStringList clashes;
    for (int i = 0; i < 7; ++i) {
        const QMap<QString, QSet<QString>> letters = mnemonicsOnPage(h);
        for (auto it = letters.cbegin(); it != letters.cend(); ++it)
            // Two fields of a page sharing a letter: Qt cycles between them. A field sharing
            // the letter of a menu is worse: Alt+letter opens the menu and never the field.
            // Every language is held to the second, English to both.
            if (it.value().size() > 1 &&
                (language == QLatin1String("en") ||
                 it.value().contains(QStringLiteral("the main window's File menu")) ||
                 it.value().contains(QStringLiteral("the main window's Help menu")))) {
                QStringList fields = it.value().values();
                fields.sort();
                clashes << QStringLiteral("step %1, Alt+%2: %3")
                               .arg(int(h.current()))
                               .arg(it.key(), fields.join(QStringLiteral(", ")));
            }
        if (h.current() == Step::Submission)
            break;
        h.next();
    }
    QCOMPARE(h.current(), Step::Submission);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TstWizardKeyboard::mnemonicsReachTheirFields()
{
    // Alt+letter of every visible field label puts the focus in that field (or in the same
    // field of another office or country, between which Qt cycles).
    WizardHarness h(mixedOrder(m_catalog));
    QVERIFY(QTest::qWaitForWindowActive(&h.wizard()));
    QStringList failures;
    for (int i = 0; i < 7; ++i) {
        const QList<QLabel *> labels = h.wizard().currentPage()->findChildren<QLabel *>();
        auto fieldHolding = [&labels](const QWidget *focus) {
            for (const QLabel *l : labels)
                if (l->buddy() && (l->buddy() == focus || l->buddy()->isAncestorOf(focus)))
                    return fieldOf(l->buddy()->objectName());
            return QStringLiteral("(no labelled field)");
        };
        for (QLabel *label : labels) {
            QWidget *buddy = label->buddy();
            const QString letter = mnemonic(label->text());
            if (letter.isEmpty() || !label->isVisible() || !buddy || !buddy->isVisible() ||
                !buddy->isEnabled())
                continue;
            QWidget *from = QApplication::focusWidget();
            QVERIFY(from);
            QTest::keyClick(from, letter.at(0).toLatin1(), Qt::AltModifier);
            QWidget *focus = QApplication::focusWidget();
            const QString expected = fieldOf(buddy->objectName());
            const QString reached = focus ? fieldHolding(focus) : QStringLiteral("nothing");
            if (reached != expected)
                failures << QStringLiteral("step %1, Alt+%2 (%3): focus in %4")
                                .arg(int(h.current()))
                                .arg(letter, expected, reached);
            // And the page scrolls to it: a field reached below the fold is a field typed
            // into blind.
            auto *scroll = h.wizard().currentPage()->findChild<QScrollArea *>();
            if (focus && scroll && scroll->widget()->isAncestorOf(focus)) {
                const QRect shown(focus->mapTo(scroll->viewport(), QPoint(0, 0)), focus->size());
                if (!scroll->viewport()->rect().contains(shown))
                    failures << QStringLiteral("step %1, Alt+%2 (%3): not scrolled into view")
                                    .arg(int(h.current()))
                                    .arg(letter, expected);
            }
        }
        if (h.current() == Step::Submission)
            break;
        h.next();
    }
    QCOMPARE(h.current(), Step::Submission);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TstWizardKeyboard::tabLeavesTheNumbersTable()
{
    // From the numbers typed, Tab goes to the table of what was understood and, with the next
    // Tab, on to the next control: not through every cell of every entry first.
    WizardHarness h(fixtures::portingOrder(m_catalog, kToday, 3));
    QVERIFY(QTest::qWaitForWindowActive(&h.wizard()));
    h.next();
    h.next();
    QCOMPARE(h.current(), Step::Porting);
    auto *table = h.find<QTableView>(QStringLiteral("numbers.DE.entries"));
    QVERIFY(table && table->isVisible());
    QVERIFY(table->model()->rowCount() >= 4);
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Tab);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus != table, "Tab moved between the table's cells");
    QCOMPARE(focus->objectName(), QStringLiteral("numbers.DE.import"));
}

void TstWizardKeyboard::everyInputHasAName()
{
    // What a screen reader says when the rep tabs onto a field: never nothing.
    WizardHarness h(everyFieldShown(m_catalog));
    QStringList unnamed;
    for (int i = 0; i < 7; ++i) {
        QList<QWidget *> widgets = h.wizard().currentPage()->findChildren<QWidget *>();
        for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton,
                                        QWizard::FinishButton, QWizard::CustomButton1})
            widgets << h.wizard().button(b);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("step %1: %2").arg(int(h.current())).arg(describe(w));
        }
        if (h.current() == Step::Submission)
            break;
        h.next();
    }
    QCOMPARE(h.current(), Step::Submission);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void TstWizardKeyboard::statusSymbolsHaveAGlyph()
{
    // Signs that start a status ("✔", "⚠", "ℹ") must be in a font the machine has: a missing
    // glyph shows as an empty box.
    const QStringList families = QFontDatabase::families();
    QStringList missing;
    auto scan = [&](const QLabel *label) {
        for (char32_t c : label->text().toUcs4()) {
            if (c < 0x2000)
                continue;
            const bool drawable =
                std::any_of(families.cbegin(), families.cend(), [c](const QString &family) {
                    return QFontMetrics(QFont(family)).inFontUcs4(c);
                });
            if (!drawable)
                missing << QStringLiteral("U+%1 in %2")
                               .arg(quint32(c), 4, 16, QLatin1Char('0'))
                               .arg(label->objectName());
        }
    };
    // The customer page's account check (not verified yet), then the contract preview note.
    Order o = fixtures::portingOrder(m_catalog, kToday, 1);
    o.customer.verified = false;
    WizardHarness h(o);
    for (const QLabel *label : h.wizard().currentPage()->findChildren<QLabel *>())
        if (label->isVisible())
            scan(label);
    for (int i = 0; i < 6 && h.current() != Step::Submission; ++i)
        h.next();
    QCOMPARE(h.current(), Step::Submission);
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("previewContractButton")), Qt::LeftButton);
    scan(h.find<QLabel>(QStringLiteral("previewContractNote")));
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TstWizardKeyboard)
#include "tst_wizard_keyboard.moc"
