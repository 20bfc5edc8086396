#include "CustomerPage.h"

#include "widgets/ProblemPanel.h"

namespace od {

CustomerPage::CustomerPage(OrderWizard *wizard) : OrderPage(wizard, Step::Customer)
{
    setTitle(stepTitle(Step::Customer));
    setSubTitle(tr("Who orders: the carrier's customer (OCN and the account e-mail), an online "
                   "account, or a company that is not a customer yet; and the Microsoft tenant."));
}

void CustomerPage::load() {}

} // namespace od
