#include "PortingPage.h"

#include "widgets/ProblemPanel.h"

namespace od {

PortingPage::PortingPage(OrderWizard *wizard) : OrderPage(wizard, Step::Porting)
{
    setTitle(stepTitle(Step::Porting));
    setSubTitle(tr("Per country: keep the customer's numbers (port or migrate), or get new ones."));
}

void PortingPage::load() {}

} // namespace od
