#pragma once

#include "wizard/OrderPage.h"

namespace od {

/// Step: Customer.
class CustomerPage : public OrderPage
{
    Q_OBJECT
public:
    explicit CustomerPage(OrderWizard *wizard);

protected:
    void load() override;
};

} // namespace od
