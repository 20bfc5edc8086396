#pragma once

#include "wizard/OrderPage.h"

namespace od {

/// Step: Voice plans.
class VoicePlansPage : public OrderPage
{
    Q_OBJECT
public:
    explicit VoicePlansPage(OrderWizard *wizard);

protected:
    void load() override;
};

} // namespace od
