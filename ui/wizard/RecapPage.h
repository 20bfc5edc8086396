#pragma once

#include "wizard/OrderPage.h"

namespace od {

/// Step: Recap.
class RecapPage : public OrderPage
{
    Q_OBJECT
public:
    explicit RecapPage(OrderWizard *wizard);

protected:
    void load() override;
};

} // namespace od
