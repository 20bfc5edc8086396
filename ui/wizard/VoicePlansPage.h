#pragma once

#include "wizard/OrderPage.h"

#include <QHash>
#include <QList>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QToolButton;
class QVBoxLayout;

namespace od {

class CountryFilterModel;

/// Step: Voice plans. Countries are chosen in a filterable list (name, ISO code or the country's
/// own name: "ger", "de", "deutsch"); each chosen country gets a section with its plans (users
/// per plan, price, an info popup) and its OCN and BCN. A country taken out of the order keeps
/// its data here until it is chosen again (or Undo), so nothing typed is lost by a slip.
class VoicePlansPage : public OrderPage
{
    Q_OBJECT
public:
    explicit VoicePlansPage(OrderWizard *wizard);

    /// Adds (checked) or removes a country, as checking it in the list does.
    void setCountryChosen(const QString &code, bool chosen);
    /// Whether a removed country's data is kept for restoring.
    bool hasRemoved(const QString &code) const { return m_removed.contains(code); }

protected:
    void load() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct PlanRow
    {
        QString planId;
        QCheckBox *check = nullptr;
        QSpinBox *users = nullptr;
        QToolButton *info = nullptr;
    };
    struct Section
    {
        QString code;
        QGroupBox *box = nullptr;
        QList<PlanRow> plans;
        QLineEdit *ocn = nullptr;
        QLineEdit *bcn = nullptr;
    };

    void setCountryChosen(const QString &code, bool chosen, int position);
    void rebuildSections();
    void fillSection(Section &section);
    void syncChecks();
    void writePlans(const QString &code);
    void showPlanInfo(const QString &code, const QString &planId, QWidget *anchor);
    void undoRemove();
    int indexOf(const QString &code) const;
    QString pathOf(const QString &code) const;

    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    CountryFilterModel *m_proxy = nullptr;
    QLabel *m_chosenLabel = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoLabel = nullptr;
    QPushButton *m_undoButton = nullptr;
    QVBoxLayout *m_sectionsLayout = nullptr;
    QLabel *m_noCountry = nullptr;
    QList<Section> m_sections;
    QStringList m_built; ///< country codes of m_sections, in order
    QHash<QString, CountryOrder> m_removed;
    QHash<QString, int> m_removedAt;
    QString m_lastRemoved;
    bool m_loading = false;
};

} // namespace od
