#pragma once

#include "wizard/OrderPage.h"

namespace od {

/// Step: Submission.
class SubmitPage : public OrderPage
{
    Q_OBJECT
public:
    explicit SubmitPage(OrderWizard *wizard);

protected:
    void load() override;
};

} // namespace od
