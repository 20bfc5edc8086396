#pragma once

#include "order/Problem.h"

#include <QDate>

namespace od {

class Catalog;

/// The business rules of an order (DOMAIN.md, "Rules"). Each check returns problems that name
/// the step and field and say what to do; nothing here throws or touches the network.
class Rules
{
public:
    /// `today` is injectable so that date rules (porting lead times) are testable.
    explicit Rules(const Catalog &catalog, QDate today = QDate::currentDate());

    /// The problems of one step, as the wizard's Next asks. Things that only block sending
    /// (an address not validated yet, a missing reservation) are warnings here.
    Problems checkStep(const Order &order, Step step) const;

    /// Every problem of the whole order, as submission asks: what only warned on a step now
    /// blocks.
    Problems checkOrder(const Order &order) const;

    /// The earliest port date the country allows from today (its lead time in working days).
    QDate earliestPortDate(const QString &countryCode) const;

private:
    struct Context;
    void checkCustomer(Context &c) const;
    void checkVoicePlans(Context &c) const;
    void checkPorting(Context &c) const;
    void checkOffices(Context &c) const;
    void checkContacts(Context &c) const;
    void checkSubmission(Context &c) const;

    const Catalog &m_catalog;
    QDate m_today;
};

} // namespace od
