#pragma once

#include "wizard/OrderPage.h"

namespace od {

/// Step: Contacts.
class ContactsPage : public OrderPage
{
    Q_OBJECT
public:
    explicit ContactsPage(OrderWizard *wizard);

protected:
    void load() override;
};

} // namespace od
