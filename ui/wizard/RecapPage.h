#pragma once

#include "wizard/OrderPage.h"

class QLabel;
class QTextBrowser;
class QUrl;

namespace od {

class PaperworkPanel;

/// Step 6: the whole order on one page, by country, with the fees and every problem that still
/// blocks sending. One rich-text document (not thousands of widgets) so that a maximal order
/// (14 countries × 5 offices × 100 numbers) renders at once. Each section has an Edit link that
/// opens its step; Next from there comes back here.
class RecapPage : public OrderPage
{
    Q_OBJECT
public:
    explicit RecapPage(OrderWizard *wizard);
    /// Under the banner of a submitted order: its paperwork and signature.
    PaperworkPanel *paperwork() const { return m_paperwork; }

protected:
    void load() override;
    void revisit() override;

private:
    void render();
    void onLink(const QUrl &url);

    QLabel *m_queuedBanner = nullptr;
    QString m_queuedText; ///< the banner of an order waiting in the outbox
    QTextBrowser *m_document = nullptr;
    PaperworkPanel *m_paperwork = nullptr;
};

} // namespace od
