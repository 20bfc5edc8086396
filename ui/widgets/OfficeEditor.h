#pragma once

#include "order/Order.h"

#include <QGroupBox>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace od {

class AddressForm;

/// One office of the offices step: its emergency address with Validate, the area code (chosen
/// from the codes of the office's locality where the country requires it), the numbers split
/// into users and resource accounts, and Reserve. It edits the office in the order through the
/// hooks the page gives it, so every keystroke is in the order at once.
class OfficeEditor : public QGroupBox
{
    Q_OBJECT
public:
    /// What the editor knows about the office beyond the order: kept by the page per office id,
    /// so a rebuild of the editors (add, remove, Back and Next) keeps it. What must survive
    /// closing the draft (a queued validation or reservation) is in the order, not here.
    struct Notes
    {
        bool validationLost = false;       ///< a validated or queued address was edited
        int preferredUsers = -1;           ///< the users the rep asked for; -1 until first loaded
        int preferredResourceAccounts = 0; ///< the resource accounts the rep asked for
        enum class Split { None, Users, ResourceAccounts };
        Split splitTypedLast = Split::None; ///< which share of the numbers the rep typed last
        int releasedNumbers = 0;      ///< reserved numbers dropped by a change of counts or area
        bool releasedRequest = false; ///< a queued Reserve withdrawn by such a change
        QString reservedArea;         ///< the area code the reserved numbers were taken in
    };

    struct Hooks
    {
        std::function<Office *()> office; ///< the office in the order (looked up each time)
        std::function<void()> changed;    ///< after each write to the office
        std::function<QLabel *(const QString &path, bool below)> messageLabel;
        std::function<void(const QString &path)> touch;
        std::function<void()> remove;   ///< Remove office clicked
        std::function<Notes &()> notes; ///< this office's notes, owned by the page
        /// Validate (false) or Reserve (true) was pressed and written to the order: ask the
        /// carrier (through the outbox, which answers at once when online).
        std::function<void(bool reserve)> ask;
        /// Reserved numbers the office no longer uses: the carrier is told to free them.
        std::function<void(const QString &reservationId)> release;
        /// The carrier's last word on this office (a refused address, an area without numbers).
        std::function<QString()> carrierNote;
    };

    /// `path` is the office's field path ("countries[0].offices[1]"); objectNames follow it.
    OfficeEditor(const QString &path, int number, const CountryInfo &country, Hooks hooks,
                 QWidget *parent = nullptr);

    /// Fills the widgets from the office (no writes).
    void load();
    /// The area codes of the office's locality; `pending` shows "finding area codes…".
    void setAreaCodeSuggestions(const QStringList &codes, bool pending);
    /// Re-reads derived texts (validation state, reservation, Reserve enabled).
    void refresh();

    QString path() const { return m_path; }
    AddressForm *addressForm() const { return m_address; }

private:
    void onAddressEdited();
    void onValidate();
    void onCountEdited(QSpinBox *which);
    void onReserve();
    void setCounts(int total, int users, int resourceAccounts);
    void onAreaCodeCommitted();
    /// Drops reserved numbers that no longer fit the office (other counts or area code).
    void releaseReservation(Office &office);
    bool addressComplete() const;
    bool addressValidatedOrQueued() const;
    bool countsValid() const;
    Notes &notes() const { return m_hooks.notes(); }

    QString m_path;
    int m_number;
    CountryInfo m_country;
    Hooks m_hooks;
    bool m_loading = false;

    AddressForm *m_address;
    QLabel *m_validation;
    QPushButton *m_validate;
    QComboBox *m_areaCode;
    QLabel *m_areaStatus;
    QSpinBox *m_total;
    QSpinBox *m_users;
    QSpinBox *m_resource;
    QPushButton *m_reserve;
    QLabel *m_reservation;
    QPushButton *m_remove;
};

} // namespace od
