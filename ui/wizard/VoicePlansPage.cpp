#include "VoicePlansPage.h"

#include "widgets/ProblemPanel.h"

namespace od {

VoicePlansPage::VoicePlansPage(OrderWizard *wizard) : OrderPage(wizard, Step::VoicePlans)
{
    setTitle(stepTitle(Step::VoicePlans));
    setSubTitle(tr("Countries, their voice plans and users, and the OCN and BCN of each country."));
}

void VoicePlansPage::load() {}

} // namespace od
