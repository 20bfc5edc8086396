#pragma once

#include "widgets/OfficeEditor.h"
#include "wizard/OrderPage.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QThread;
class QWidget;

namespace od {

class PhoneField;

/// Step: Offices and numbers. Per country without porting: up to five offices (address,
/// area code, numbers, Reserve) and the country's additional services with their fees.
class OfficesPage : public OrderPage
{
    Q_OBJECT
public:
    explicit OfficesPage(OrderWizard *wizard);
    ~OfficesPage() override;

protected:
    void load() override;
    /// Only the countries' offices, numbers and options: a carrier's answer about the customer
    /// does not rebuild the offices under the rep's keys.
    bool showsChangeFrom(const Order &before) const override;
    void showEvent(QShowEvent *event) override;

private:
    struct Section
    {
        int countryIndex = -1;
        QString code;
        QList<OfficeEditor *> editors;
        QPushButton *add = nullptr;
        QLabel *count = nullptr;
        QLabel *fees = nullptr;
        QCheckBox *forwarding = nullptr;
        PhoneField *forwardingTarget = nullptr;
        QComboBox *clip = nullptr;
        QLabel *presentationLabel = nullptr;
        PhoneField *presentation = nullptr;
        QSpinBox *autoAttendants = nullptr;
        QSpinBox *callQueues = nullptr;
        QLabel *resourceNote = nullptr;
        QWidget *undoBar = nullptr;
        QLabel *undoText = nullptr;
        QPushButton *undo = nullptr;
    };
    struct Removed
    {
        Office office;
        int index = 0;
    };

    void rebuild();
    QWidget *buildSection(int countryIndex, Section &section);
    void buildOptions(QWidget *box, QLayout *layout, Section &section, const QString &path);
    void addOffice(int countryIndex);
    void removeOffice(int countryIndex, const QString &officeId);
    void undoRemove(int countryIndex);
    void refreshSections();
    void refreshSection(Section &section);
    void suggestAreaCodes(Section &section, OfficeEditor *editor);
    void startAreaCodeIndex(const QString &region);
    void onAreaCodeIndexReady(const QString &region);
    Section *section(int countryIndex);
    Office *office(int countryIndex, const QString &officeId);

    QWidget *m_container = nullptr;
    QList<Section> m_sections;
    QMap<QString, QList<Removed>> m_removed;     ///< by country code, most recent last
    QMap<QString, QThread *> m_indexBuilds;      ///< area code index builds, by region
    QStringList m_indexQueue;                    ///< regions waiting for their build
    QHash<QString, OfficeEditor::Notes> m_notes; ///< by office id; survives rebuilds
    bool m_loading = false;
    bool m_deferred = false; ///< passed while resuming: built when first shown
};

} // namespace od
