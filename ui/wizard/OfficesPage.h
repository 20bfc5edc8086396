#pragma once

#include "wizard/OrderPage.h"

namespace od {

/// Step: Offices and numbers.
class OfficesPage : public OrderPage
{
    Q_OBJECT
public:
    explicit OfficesPage(OrderWizard *wizard);

protected:
    void load() override;
};

} // namespace od
