#include "RecapPage.h"

#include "widgets/ProblemPanel.h"

namespace od {

RecapPage::RecapPage(OrderWizard *wizard) : OrderPage(wizard, Step::Recap)
{
    setTitle(stepTitle(Step::Recap));
    setSubTitle(tr("The whole order. Edit any part; Next comes back here."));
}

void RecapPage::load() {}

} // namespace od
