#include "ContactsPage.h"

#include "widgets/ProblemPanel.h"

namespace od {

ContactsPage::ContactsPage(OrderWizard *wizard) : OrderPage(wizard, Step::Contacts)
{
    setTitle(stepTitle(Step::Contacts));
    setSubTitle(tr("Who the carrier talks to about the order, and the legal company address."));
}

void ContactsPage::load() {}

} // namespace od
