#include "SubmitPage.h"

#include "widgets/ProblemPanel.h"

namespace od {

SubmitPage::SubmitPage(OrderWizard *wizard) : OrderPage(wizard, Step::Submission)
{
    setTitle(stepTitle(Step::Submission));
    setSubTitle(tr("Send the order."));
}

void SubmitPage::load() {}

} // namespace od
