#include "OfficesPage.h"

#include "widgets/ProblemPanel.h"

namespace od {

OfficesPage::OfficesPage(OrderWizard *wizard) : OrderPage(wizard, Step::Offices)
{
    setTitle(stepTitle(Step::Offices));
    setSubTitle(tr("Per country up to 5 offices with a validated emergency address and up to 100 "
                   "new numbers each."));
}

void OfficesPage::load() {}

} // namespace od
