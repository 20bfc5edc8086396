#pragma once
// Drives the real OrderWizard offscreen: find widgets by objectName, type as a rep types.

#include "../common/Fixtures.h"
#include "wizard/OrderWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <memory>

namespace od::testing {

inline const QDate kToday(2026, 12, 3);

class WizardHarness
{
public:
    /// Page tests open on the first step and go where they test; flow tests resume a draft.
    explicit WizardHarness(Order order = Order::create(), QDate today = kToday,
                           OrderWizard::OpenAt openAt = OrderWizard::OpenAt::FirstStep)
        : m_catalog(Catalog::bundled().value())
    {
        m_wizard =
            std::make_unique<OrderWizard>(m_catalog, std::move(order), nullptr, today, openAt);
        QObject::connect(m_wizard.get(), &OrderWizard::orderChanged, [this] { ++m_changes; });
        m_wizard->resize(1366, 768);
        m_wizard->show();
        if (!QTest::qWaitForWindowExposed(m_wizard.get()))
            qWarning("the wizard window was not exposed");
    }

    OrderWizard &wizard() { return *m_wizard; }
    const Order &order() const { return m_wizard->order(); }
    const Catalog &catalog() const { return m_catalog; }
    int changes() const { return m_changes; }

    /// The one visible widget of type T named `name` on the current page (or anywhere).
    template <typename T> T *find(const QString &name) const
    {
        const QList<T *> all = m_wizard->findChildren<T *>(name);
        for (T *w : all)
            if (w->isVisible())
                return w;
        return all.isEmpty() ? nullptr : all.first();
    }

    /// Clicks into a line edit, replaces its text by typing, and leaves it (Tab).
    void type(const QString &name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        QVERIFY2(edit, qPrintable(QStringLiteral("no line edit ") + name));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        QMetaObject::invokeMethod(edit, "editingFinished");
    }

    bool canGoNext() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }
    void next() { QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton); }
    void back() { QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton); }
    Step current() const { return Step(m_wizard->currentId()); }

private:
    Catalog m_catalog;
    std::unique_ptr<OrderWizard> m_wizard;
    int m_changes = 0;
};

} // namespace od::testing
