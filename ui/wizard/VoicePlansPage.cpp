#include "VoicePlansPage.h"

#include "catalog/Money.h"
#include "widgets/ProblemPanel.h"
#include "wizard/OrderWizard.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace od {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kNamesRole = Qt::UserRole + 2;

/// Lower case without accents, so "osterreich" finds "Österreich".
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

/// The names a rep may type for a country: the catalog's (in the rep's language), English, the
/// names in the country's own languages ("Deutschland", "Schweiz", "Suisse"), and the name in
/// the rep's locale.
QStringList searchNames(const CountryInfo &info)
{
    QStringList names{fold(info.name)};
    const QLocale::Territory territory = QLocale::codeToTerritory(info.code);
    if (territory != QLocale::AnyTerritory) {
        const QString english = fold(QLocale::territoryToString(territory));
        if (!names.contains(english))
            names << english;
        for (const QLocale &l :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory)) {
            const QString native = fold(l.nativeTerritoryName());
            if (!native.isEmpty() && !names.contains(native))
                names << native;
        }
        if (QLocale().territory() == territory) {
            const QString mine = fold(QLocale().nativeTerritoryName());
            if (!names.contains(mine))
                names << mine;
        }
    }
    if (info.code == QLatin1String("GB"))
        names << QStringLiteral("uk") << QStringLiteral("great britain");
    return names;
}

} // namespace

/// Matches the filter against the start of any word of any of a country's names, or its code.
class CountryFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text)
    {
        m_text = fold(text.trimmed());
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_text.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (fold(index.data(kCodeRole).toString()) == m_text)
            return true;
        const QStringList names = index.data(kNamesRole).toStringList();
        for (const QString &name : names) {
            if (name.startsWith(m_text))
                return true;
            for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (word.startsWith(m_text))
                    return true;
        }
        return false;
    }

private:
    QString m_text;
};

VoicePlansPage::VoicePlansPage(OrderWizard *wizard) : OrderPage(wizard, Step::VoicePlans)
{
    setTitle(stepTitle(Step::VoicePlans));
    setSubTitle(tr("Countries, their voice plans and users, and the OCN and BCN of each country."));

    // Left: the countries, filtered as the rep types.
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("countryFilter"));
    m_filter->setAccessibleName(tr("Find a country"));
    m_filter->setAccessibleDescription(
        tr("Type part of a country's name or its code; Enter or Space in the list chooses it."));
    m_filter->setPlaceholderText(tr("Type to filter: ger, fr, uk…"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("F&ind a country:"), this);
    filterLabel->setBuddy(m_filter);

    m_model = new QStandardItemModel(this);
    for (const CountryInfo &info : catalog().countries()) {
        auto *item = new QStandardItem(tr("%1 (%2)").arg(info.name, info.code));
        item->setData(info.code, kCodeRole);
        item->setData(searchNames(info), kNamesRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setToolTip(tr("%1 — prices in %2").arg(info.name, info.currency));
        m_model->appendRow(item);
    }
    m_proxy = new CountryFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("countryList"));
    m_list->setAccessibleName(tr("Countries"));
    m_list->setAccessibleDescription(tr("Check the countries of the order with Space or Enter."));
    m_list->setModel(m_proxy);
    m_list->setMinimumHeight(150);
    m_list->setUniformItemSizes(true);
    auto *listLabel = new QLabel(tr("C&ountries:"), this);
    listLabel->setBuddy(m_list);
    m_chosenLabel = new QLabel(this);
    m_chosenLabel->setObjectName(QStringLiteral("chosenCountries"));
    m_chosenLabel->setWordWrap(true);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        if (m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_loading)
            return;
        setCountryChosen(item->data(kCodeRole).toString(), item->checkState() == Qt::Checked);
    });
    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);

    auto *left = new QVBoxLayout;
    left->addWidget(filterLabel);
    left->addWidget(m_filter);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addWidget(m_chosenLabel);
    left->addWidget(messageLabel(QStringLiteral("countries")));
    auto *leftBox = new QWidget(this);
    leftBox->setLayout(left);
    leftBox->setFixedWidth(270);

    // Right: a section per chosen country, in the order chosen.
    m_undoBar = new QFrame(this);
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(6, 4, 6, 4);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setWordWrap(true);
    m_undoButton = new QPushButton(tr("&Undo"), m_undoBar);
    m_undoButton->setObjectName(QStringLiteral("undoRemoveCountry"));
    m_undoButton->setAutoDefault(false); // Enter stays Next
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->setStyleSheet(QStringLiteral("#undoBar { border: 1px solid palette(mid); }"));
    m_undoBar->hide();
    connect(m_undoButton, &QPushButton::clicked, this, &VoicePlansPage::undoRemove);

    m_noCountry =
        new QLabel(tr("Choose the countries of the order in the list on the left."), this);
    m_noCountry->setWordWrap(true);

    auto *right = new QVBoxLayout;
    right->addWidget(m_undoBar);
    right->addWidget(m_noCountry);
    m_sectionsLayout = new QVBoxLayout;
    right->addLayout(m_sectionsLayout);
    right->addStretch(1);

    auto *row = new QHBoxLayout;
    row->addWidget(leftBox, 0);
    row->addLayout(right, 1);
    contentLayout()->addLayout(row, 1);
}

int VoicePlansPage::indexOf(const QString &code) const
{
    const QList<CountryOrder> &countries = orderWizard()->order().countries;
    for (int i = 0; i < countries.size(); ++i)
        if (countries.at(i).country == code)
            return i;
    return -1;
}

QString VoicePlansPage::pathOf(const QString &code) const
{
    return QStringLiteral("countries[%1]").arg(indexOf(code));
}

bool VoicePlansPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return OrderPage::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    auto toggle = [this](const QModelIndex &proxyIndex) {
        if (!proxyIndex.isValid())
            return;
        QStandardItem *item = m_model->itemFromIndex(m_proxy->mapToSource(proxyIndex));
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    };
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        // Enter with a filter typed chooses the match; with an empty filter it is Next.
        if (enter && !m_filter->text().trimmed().isEmpty()) {
            QModelIndex current = m_list->currentIndex();
            if (!current.isValid() && m_proxy->rowCount() > 0)
                current = m_proxy->index(0, 0);
            toggle(current);
            m_filter->selectAll();
            return true;
        }
    } else if (watched == m_list && enter) {
        toggle(m_list->currentIndex());
        return true;
    }
    return OrderPage::eventFilter(watched, event);
}

void VoicePlansPage::setCountryChosen(const QString &code, bool chosen)
{
    setCountryChosen(code, chosen, -1);
}

void VoicePlansPage::setCountryChosen(const QString &code, bool chosen, int position)
{
    Order &o = order();
    const int index = indexOf(code);
    if (chosen && index < 0) {
        CountryOrder co;
        if (m_removed.contains(code)) {
            co = m_removed.take(code); // chosen again: everything typed before comes back
        } else {
            co.country = code;
        }
        if (co.ocn.isEmpty())
            co.ocn = o.customer.ocn;
        if (position >= 0 && position <= o.countries.size())
            o.countries.insert(position, co);
        else
            o.countries.append(co);
        if (m_lastRemoved == code) {
            m_lastRemoved.clear();
            m_undoBar->hide();
        }
    } else if (!chosen && index >= 0) {
        const CountryOrder co = o.countries.takeAt(index);
        const bool hasData = !co.plans.isEmpty() || !co.bcn.isEmpty() || !co.offices.isEmpty() ||
                             co.keepNumbers || co.porting != PortingDetails{} ||
                             co.options != Options{} ||
                             (!co.ocn.isEmpty() && co.ocn != o.customer.ocn);
        if (hasData) {
            m_removed.insert(code, co);
            m_removedAt.insert(code, index);
            m_lastRemoved = code;
            const CountryInfo *info = catalog().country(code);
            const QString name = info ? info->name : code;
            QStringList what;
            if (!co.plans.isEmpty())
                what << tr("voice plans");
            if (!co.bcn.isEmpty())
                what << tr("the BCN");
            if (!co.offices.isEmpty())
                what << tr("offices");
            if (co.keepNumbers || co.porting != PortingDetails{})
                what << tr("the porting details");
            m_undoLabel->setText(
                tr("%1 was removed from the order. Its %2 are kept: Undo, or check %1 again, "
                   "brings them back.")
                    .arg(name, what.isEmpty() ? tr("details") : what.join(tr(", "))));
            m_undoBar->show();
        }
    } else {
        syncChecks();
        return;
    }
    rebuildSections();
    syncChecks();
    changed();
}

void VoicePlansPage::undoRemove()
{
    if (m_lastRemoved.isEmpty())
        return;
    const QString code = m_lastRemoved;
    setCountryChosen(code, true, m_removedAt.value(code, -1)); // back in its place
    m_list->setFocus();
}

void VoicePlansPage::load()
{
    // The OCN defaults to the customer's.
    bool wrote = false;
    for (CountryOrder &co : order().countries) {
        if (co.ocn.isEmpty() && !order().customer.ocn.isEmpty()) {
            co.ocn = order().customer.ocn;
            wrote = true;
        }
    }
    rebuildSections();
    syncChecks();
    if (wrote)
        changed();
}

void VoicePlansPage::syncChecks()
{
    m_loading = true;
    QStringList names;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStandardItem *item = m_model->item(r);
        const bool chosen = indexOf(item->data(kCodeRole).toString()) >= 0;
        const Qt::CheckState state = chosen ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    for (const CountryOrder &co : orderWizard()->order().countries) {
        const CountryInfo *info = catalog().country(co.country);
        names << (info ? info->name : co.country);
    }
    m_chosenLabel->setText(names.isEmpty() ? tr("No country chosen yet.")
                                           : tr("Chosen: %1").arg(names.join(tr(", "))));
    m_loading = false;
}

void VoicePlansPage::rebuildSections()
{
    QStringList codes;
    for (const CountryOrder &co : orderWizard()->order().countries)
        codes << co.country;
    if (codes != m_built) {
        // Sections are rebuilt only when countries come or go: field paths are by position.
        dropMessageLabels(QStringLiteral("countries["));
        for (Section &s : m_sections) {
            s.box->hide();
            s.box->deleteLater();
        }
        m_sections.clear();
        for (const QString &code : codes) {
            const CountryInfo *info = catalog().country(code);
            Section s;
            s.code = code;
            const QString path = pathOf(code);
            s.box = new QGroupBox(
                info ? tr("%1 — prices in %2").arg(info->name, info->currency) : code, this);
            s.box->setObjectName(QStringLiteral("country.") + code);
            auto *grid = new QGridLayout(s.box);
            int row = 0;
            grid->addWidget(messageLabel(path + QStringLiteral(".country")), row++, 0, 1, 5);
            const QString countryName = info ? info->inText() : code; // "the Netherlands"
            if (info) {
                for (const Plan &plan : info->plans) {
                    PlanRow pr;
                    pr.planId = plan.id;
                    pr.check = new QCheckBox(plan.name, s.box);
                    pr.check->setObjectName(QStringLiteral("plan.%1.%2").arg(code, plan.id));
                    pr.check->setAccessibleName(tr("%1 in %2").arg(plan.name, countryName));
                    pr.users = new QSpinBox(s.box);
                    pr.users->setObjectName(QStringLiteral("users.%1.%2").arg(code, plan.id));
                    pr.users->setRange(0, 100000);
                    pr.users->setAccessibleName(
                        tr("Users of %1 in %2").arg(plan.name, countryName));
                    pr.users->setAccessibleDescription(
                        tr("How many users get this plan. The numbers for users in a country "
                           "cannot be more than the users of its plans."));
                    // "1 user", "25 users": the suffix follows the number, in every language.
                    auto suffix = [spin = pr.users](int n) {
                        spin->setSuffix(tr(" user(s)", nullptr, n));
                    };
                    connect(pr.users, &QSpinBox::valueChanged, pr.users, suffix);
                    suffix(pr.users->value());
                    pr.users->setMinimumWidth(110);
                    auto *price = new QLabel(
                        tr("%1 per user / month")
                            .arg(formatMoney(plan.monthlyPricePerUser, info->currency, QLocale())),
                        s.box);
                    price->setObjectName(QStringLiteral("price.%1.%2").arg(code, plan.id));
                    pr.info = new QToolButton(s.box);
                    pr.info->setObjectName(QStringLiteral("planInfo.%1.%2").arg(code, plan.id));
                    pr.info->setText(tr("Info"));
                    pr.info->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
                    pr.info->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
                    pr.info->setAccessibleName(tr("About %1 in %2").arg(plan.name, countryName));
                    pr.info->setToolTip(plan.description);
                    pr.info->setFocusPolicy(Qt::StrongFocus);
                    grid->addWidget(pr.check, row, 0);
                    grid->addWidget(pr.users, row, 1);
                    grid->addWidget(price, row, 2);
                    grid->addWidget(pr.info, row, 3);
                    ++row;

                    const QString planId = plan.id;
                    QCheckBox *check = pr.check;
                    QSpinBox *users = pr.users;
                    connect(check, &QCheckBox::toggled, this, [this, code, check, users](bool on) {
                        if (m_loading)
                            return;
                        writePlans(code);
                        // The next thing to type is how many users.
                        if (on && users->value() == 0 && check->hasFocus())
                            users->setFocus(Qt::TabFocusReason);
                    });
                    connect(users, &QSpinBox::valueChanged, this, [this, code, check](int v) {
                        if (m_loading)
                            return;
                        if (v > 0 && !check->isChecked())
                            check->setChecked(true); // writes through toggled
                        else
                            writePlans(code);
                    });
                    connect(users, &QSpinBox::editingFinished, this,
                            [this, code] { touch(pathOf(code) + QStringLiteral(".plans")); });
                    connect(pr.info, &QToolButton::clicked, this,
                            [this, code, planId, button = pr.info] {
                                showPlanInfo(code, planId, button);
                            });
                    s.plans << pr;
                }
            }
            grid->addWidget(messageLabel(path + QStringLiteral(".plans"), true), row++, 0, 1, 5);

            s.ocn = new QLineEdit(s.box);
            s.ocn->setObjectName(QStringLiteral("ocn.") + code);
            s.ocn->setAccessibleName(tr("OCN for %1").arg(countryName));
            s.ocn->setAccessibleDescription(tr("The carrier's customer number for this country."));
            // No letter for the OCN (it comes from the customer): O is the country list's, N
            // is Next.
            auto *ocnLabel = new QLabel(tr("OCN:"), s.box);
            ocnLabel->setBuddy(s.ocn);
            s.bcn = new QLineEdit(s.box);
            s.bcn->setObjectName(QStringLiteral("bcn.") + code);
            s.bcn->setAccessibleName(tr("BCN for %1").arg(countryName));
            s.bcn->setAccessibleDescription(tr("The billing account under the OCN that pays for "
                                               "this country."));
            auto *bcnLabel = new QLabel(tr("B&CN:"), s.box);
            bcnLabel->setBuddy(s.bcn);
            s.ocn->setMaximumWidth(220);
            s.bcn->setMaximumWidth(220);
            auto *ids = new QHBoxLayout;
            ids->addWidget(ocnLabel);
            ids->addWidget(s.ocn, 1);
            ids->addSpacing(12);
            ids->addWidget(bcnLabel);
            ids->addWidget(s.bcn, 1);
            ids->addStretch(1);
            grid->addLayout(ids, row++, 0, 1, 5);
            grid->addWidget(messageLabel(path + QStringLiteral(".ocn")), row++, 0, 1, 5);
            grid->addWidget(messageLabel(path + QStringLiteral(".bcn")), row++, 0, 1, 5);
            auto *remove = new QPushButton(tr("Remove %1").arg(countryName), s.box);
            remove->setObjectName(QStringLiteral("removeCountry.") + code);
            // Enter stays Next: a rep who tabbed onto the button and presses Enter to go on
            // must not remove the country.
            remove->setAutoDefault(false);
            grid->addWidget(remove, row++, 0, 1, 1, Qt::AlignLeft);
            grid->setColumnStretch(4, 1);

            connect(s.ocn, &QLineEdit::textEdited, this, [this, code](const QString &text) {
                if (CountryOrder *co = order().country(code)) {
                    co->ocn = text.trimmed();
                    changed();
                }
            });
            connect(s.bcn, &QLineEdit::textEdited, this, [this, code](const QString &text) {
                if (CountryOrder *co = order().country(code)) {
                    co->bcn = text.trimmed();
                    changed();
                }
            });
            connect(s.ocn, &QLineEdit::editingFinished, this,
                    [this, code] { touch(pathOf(code) + QStringLiteral(".ocn")); });
            connect(s.bcn, &QLineEdit::editingFinished, this,
                    [this, code] { touch(pathOf(code) + QStringLiteral(".bcn")); });
            connect(remove, &QPushButton::clicked, this, [this, code] {
                setCountryChosen(code, false);
                m_list->setFocus();
            });
            m_sectionsLayout->addWidget(s.box);
            s.box->show(); // at once, not on the next event loop pass
            m_sections << s;
        }
        m_built = codes;
        // Tab order: list, then each section top to bottom (widgets are created in that order).
    }
    for (Section &s : m_sections)
        fillSection(s);
    m_noCountry->setVisible(m_sections.isEmpty());
    refreshProblems();
}

void VoicePlansPage::fillSection(Section &section)
{
    const CountryOrder *co = orderWizard()->order().country(section.code);
    if (!co)
        return;
    m_loading = true;
    for (PlanRow &pr : section.plans) {
        const auto line = std::find_if(co->plans.cbegin(), co->plans.cend(),
                                       [&](const PlanLine &l) { return l.planId == pr.planId; });
        const bool chosen = line != co->plans.cend();
        pr.check->setChecked(chosen);
        if (chosen)
            pr.users->setValue(line->quantity);
    }
    if (section.ocn->text().trimmed() != co->ocn)
        section.ocn->setText(co->ocn);
    if (section.bcn->text().trimmed() != co->bcn)
        section.bcn->setText(co->bcn);
    m_loading = false;
}

void VoicePlansPage::writePlans(const QString &code)
{
    CountryOrder *co = order().country(code);
    if (!co)
        return;
    const auto section = std::find_if(m_sections.cbegin(), m_sections.cend(),
                                      [&](const Section &s) { return s.code == code; });
    if (section == m_sections.cend())
        return;
    // Catalog order; lines for plans the catalog no longer offers are kept for the rules to name.
    QList<PlanLine> lines;
    QStringList known;
    for (const PlanRow &pr : section->plans) {
        known << pr.planId;
        if (pr.check->isChecked())
            lines << PlanLine{pr.planId, pr.users->value()};
    }
    for (const PlanLine &l : std::as_const(co->plans))
        if (!known.contains(l.planId))
            lines << l;
    if (lines == co->plans)
        return;
    co->plans = lines;
    changed();
}

void VoicePlansPage::showPlanInfo(const QString &code, const QString &planId, QWidget *anchor)
{
    const CountryInfo *info = catalog().country(code);
    const Plan *plan = info ? info->plan(planId) : nullptr;
    if (!plan)
        return;
    // A small popup, not a modal dialog: Escape or a click elsewhere closes it.
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setObjectName(QStringLiteral("planInfoPopup"));
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::Box);
    popup->setAccessibleName(tr("About %1").arg(plan->name));
    auto *layout = new QVBoxLayout(popup);
    QString html = QStringLiteral("<b>%1</b><p>%2</p>")
                       .arg(plan->name.toHtmlEscaped(), plan->description.toHtmlEscaped());
    if (!plan->included.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("Included:").toHtmlEscaped());
        for (const QString &line : plan->included)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 per user / month")
                         .arg(formatMoney(plan->monthlyPricePerUser, info->currency, QLocale()))
                         .toHtmlEscaped());
    auto *label = new QLabel(html, popup);
    label->setObjectName(QStringLiteral("planInfoText"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setFixedWidth(380);
    label->setAccessibleName(QStringLiteral("%1. %2").arg(plan->name, plan->description));
    layout->addWidget(label);
    popup->adjustSize();
    popup->move(anchor->mapToGlobal(QPoint(0, anchor->height())));
    popup->show();
}

} // namespace od
