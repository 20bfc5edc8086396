#pragma once

#include "wizard/OrderPage.h"

namespace od {

/// Step: Keep existing numbers.
class PortingPage : public OrderPage
{
    Q_OBJECT
public:
    explicit PortingPage(OrderWizard *wizard);

protected:
    void load() override;
};

} // namespace od
