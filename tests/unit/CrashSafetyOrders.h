#pragma once
// The orders the crash-safety child saves and the test expects: both sides compute the same order
// from (slot, generation), so the test can tell a whole save from a mixed one.

#include "../common/Fixtures.h"

namespace od::crashsafety {

constexpr int kSlots = 5;

inline QString slotReference(int slot)
{
    return QStringLiteral("OD-2026-C0FFEE%1").arg(slot, 2, 10, QLatin1Char('0'));
}

/// Order `generation` of draft `slot`: 1 to 4 countries of 5 offices × 100 numbers, so that a
/// save writes tens of kilobytes and a kill often lands inside one.
inline Order orderFor(const Order &maximal, int slot, int generation)
{
    Order o = maximal;
    o.reference = slotReference(slot);
    o.countries = maximal.countries.mid((slot + generation) % 10, 1 + generation % 4);
    o.customer.companyName = QStringLiteral("Customer %1 gen %2").arg(slot).arg(generation);
    o.remarks = QStringLiteral("gen %1").arg(generation);
    o.stepReached = static_cast<Step>(1 + generation % 7);
    return o;
}

/// The generation an order was saved as, or -1.
inline int generationOf(const Order &order)
{
    if (!order.remarks.startsWith(QLatin1String("gen ")))
        return -1;
    bool ok = false;
    const int g = order.remarks.mid(4).toInt(&ok);
    return ok ? g : -1;
}

inline int slotOf(const QString &reference)
{
    for (int s = 0; s < kSlots; ++s)
        if (reference == slotReference(s))
            return s;
    return -1;
}

} // namespace od::crashsafety
