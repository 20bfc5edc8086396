// The wizard with the keyboard alone: every page opens with the focus in an input, so a rep
// types on at once; Enter in that input is Next; and a new order opens without pointing at
// fields the rep has not reached yet.

#include "WizardHarness.h"

#include <QLabel>
#include <QScrollArea>
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

} // namespace

class TstWizardKeyboard : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled().value();

private slots:
    void newOrderOpensReadyToType();
    void enterInTheFocusedInputWalksEveryPage();
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

QTEST_MAIN(TstWizardKeyboard)
#include "tst_wizard_keyboard.moc"
