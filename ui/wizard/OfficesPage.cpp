#include "OfficesPage.h"

#include "catalog/Fees.h"
#include "catalog/Money.h"
#include "phone/PhoneNumbers.h"
#include "widgets/AddressForm.h"
#include "widgets/OfficeEditor.h"
#include "widgets/PhoneField.h"
#include "widgets/ProblemPanel.h"
#include "wizard/FieldRow.h"
#include "wizard/OrderWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QThread>
#include <QUuid>
#include <QVBoxLayout>

namespace od {

namespace {

constexpr int kMaxOffices = 5;
constexpr int kMaxServices = 50;

QString countryPath(int countryIndex)
{
    return QStringLiteral("countries[%1]").arg(countryIndex);
}

QString clipModeName(ClipMode mode)
{
    switch (mode) {
    case ClipMode::Screening:
        return OfficesPage::tr("CLIP screening (the network checks the presented number)");
    case ClipMode::NoScreening:
        return OfficesPage::tr("CLIP no screening");
    case ClipMode::PresentationNumber:
        return OfficesPage::tr("Presentation number");
    }
    return {};
}

QLabel *plainLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

OfficesPage::OfficesPage(OrderWizard *wizard) : OrderPage(wizard, Step::Offices)
{
    setTitle(stepTitle(Step::Offices));
    setSubTitle(tr("Per country up to 5 offices with a validated emergency address and up to 100 "
                   "new numbers each."));
    // Fees, counts and the Add button follow every change of the order.
    connect(wizard, &OrderWizard::orderChanged, this, [this] {
        if (orderWizard()->currentPage() == this && !m_loading)
            refreshSections();
    });
    // The carrier's word on an office (a refused address, an exhausted area) shows at once.
    connect(wizard, &OrderWizard::carrierNoteChanged, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("office:")) && orderWizard()->currentPage() == this &&
            !m_loading)
            refreshSections();
    });
}

OfficesPage::~OfficesPage()
{
    // An index build cannot be interrupted; it ends within a few seconds.
    for (QThread *t : std::as_const(m_indexBuilds)) {
        t->wait();
        delete t;
    }
}

void OfficesPage::load()
{
    // A resumed draft walks through this page to the step it reached: the offices (hundreds of
    // widgets in a large order) and the area code indexes wait until the page is shown.
    if (orderWizard()->resuming() && !isVisible()) {
        m_deferred = true;
        return;
    }
    m_deferred = false;
    rebuild();
    // Build the area code indexes now, while the rep types the address.
    for (const Section &s : std::as_const(m_sections))
        startAreaCodeIndex(s.code);
}

void OfficesPage::showEvent(QShowEvent *event)
{
    OrderPage::showEvent(event);
    if (m_deferred)
        reload();
}

bool OfficesPage::showsChangeFrom(const Order &before) const
{
    // The customer's name is the default company of a new office, read when it is added.
    return orderWizard()->order().countries != before.countries;
}

Office *OfficesPage::office(int countryIndex, const QString &officeId)
{
    if (countryIndex < 0 || countryIndex >= order().countries.size())
        return nullptr;
    for (Office &o : order().countries[countryIndex].offices)
        if (o.id == officeId)
            return &o;
    return nullptr;
}

OfficesPage::Section *OfficesPage::section(int countryIndex)
{
    for (Section &s : m_sections)
        if (s.countryIndex == countryIndex)
            return &s;
    return nullptr;
}

void OfficesPage::rebuild()
{
    m_loading = true;
    // The old widgets may be in the middle of a signal (Remove, Undo): delete them later, and
    // take them out of the page now so that nothing finds them meanwhile.
    if (m_container) {
        m_container->hide();
        m_container->setParent(nullptr);
        m_container->deleteLater();
    }
    dropMessageLabels(QStringLiteral("countries["));
    m_sections.clear();

    m_container = new QWidget(this);
    m_container->setObjectName(QStringLiteral("officesContainer"));
    auto *layout = new QVBoxLayout(m_container);
    layout->setContentsMargins(0, 0, 0, 0);

    const QList<CountryOrder> &countries = order().countries;
    for (int i = 0; i < countries.size(); ++i) {
        const CountryOrder &co = countries.at(i);
        const CountryInfo *info = catalog().country(co.country);
        if (!info)
            continue;
        if (co.keepNumbers) {
            auto *note = plainLabel(countryPath(i) + QStringLiteral(".keepsNumbers"), m_container);
            note->setText(tr("Existing numbers are kept in %1 (step 3): no new numbers or "
                             "offices here.")
                              .arg(info->inText()));
            layout->addWidget(note);
            continue;
        }
        Section s;
        s.countryIndex = i;
        s.code = co.country;
        m_sections.append(s);
        layout->addWidget(buildSection(i, m_sections.last()));
    }
    layout->addStretch(1);
    // Added to a visible page, a widget would only be shown by a queued call: until then every
    // label of the new offices reads as hidden (to tests and to screen readers alike).
    contentLayout()->addWidget(m_container);
    m_container->show();
    m_loading = false;

    for (Section &s : m_sections) {
        for (OfficeEditor *e : std::as_const(s.editors)) {
            e->load();
            suggestAreaCodes(s, e);
        }
    }
    refreshSections();
    refreshProblems();
}

QWidget *OfficesPage::buildSection(int ci, Section &s)
{
    const CountryInfo &info = *catalog().country(s.code);
    const QString path = countryPath(ci);
    auto *box = new QGroupBox(tr("%1: offices and new numbers").arg(info.name), m_container);
    box->setObjectName(path);
    auto *layout = new QVBoxLayout(box);

    auto *intro = plainLabel(path + QStringLiteral(".intro"), box);
    intro->setText(info.areaCodeMustMatchLocality
                       ? tr("Up to %1 offices. In %2 the area code must belong to the office's "
                            "city.")
                             .arg(kMaxOffices)
                             .arg(info.inText())
                       : tr("Up to %1 offices.").arg(kMaxOffices));
    layout->addWidget(intro);

    const QList<Office> &offices = order().countries.at(ci).offices;
    for (int j = 0; j < offices.size(); ++j) {
        const QString id = offices.at(j).id;
        OfficeEditor::Hooks hooks;
        hooks.office = [this, ci, id] {
            return office(ci, id);
        };
        hooks.changed = [this] {
            changed();
        };
        hooks.messageLabel = [this](const QString &p, bool below) {
            return messageLabel(p, below);
        };
        hooks.touch = [this](const QString &p) {
            touch(p);
        };
        hooks.remove = [this, ci, id] {
            removeOffice(ci, id);
        };
        hooks.notes = [this, id]() -> OfficeEditor::Notes & {
            return m_notes[id];
        };
        hooks.ask = [this, id](bool reserve) {
            orderWizard()->requestFromCarrier(reserve
                                                  ? OrderWizard::CarrierRequest::ReserveNumbers
                                                  : OrderWizard::CarrierRequest::ValidateAddress,
                                              id);
        };
        hooks.release = [this](const QString &reservationId) {
            emit orderWizard()->reservationReleased(reservationId);
        };
        hooks.carrierNote = [this, id] {
            return orderWizard()->carrierNote(QStringLiteral("office:") + id);
        };
        auto *editor =
            new OfficeEditor(path + QStringLiteral(".offices[%1]").arg(j), j + 1, info, hooks, box);
        s.editors.append(editor);
        layout->addWidget(editor);
    }
    // A new city: new area code suggestions.
    for (OfficeEditor *e : std::as_const(s.editors)) {
        connect(e->addressForm(), &AddressForm::fieldLeft, this, [this, ci, e](const QString &k) {
            if (k == QLatin1String("city"))
                if (Section *sec = section(ci))
                    suggestAreaCodes(*sec, e);
        });
    }

    // Undo of a removal: nothing typed is lost.
    s.undoBar = new QWidget(box);
    auto *undoLayout = new QHBoxLayout(s.undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    s.undoText = plainLabel(path + QStringLiteral(".removedNotice"), s.undoBar);
    undoLayout->addWidget(s.undoText, 1);
    s.undo = new QPushButton(tr("&Undo remove"), s.undoBar);
    s.undo->setObjectName(path + QStringLiteral(".undoRemove"));
    s.undo->setAccessibleName(tr("Undo: restore the removed office in %1").arg(info.inText()));
    s.undo->setAutoDefault(false);
    connect(s.undo, &QPushButton::clicked, this, [this, ci] { undoRemove(ci); });
    undoLayout->addWidget(s.undo);
    layout->addWidget(s.undoBar);

    auto *addRow = new QHBoxLayout;
    s.add = new QPushButton(tr("Add &office"), box);
    s.add->setObjectName(path + QStringLiteral(".addOffice"));
    s.add->setAccessibleName(tr("Add an office in %1").arg(info.inText()));
    s.add->setAutoDefault(false);
    connect(s.add, &QPushButton::clicked, this, [this, ci] { addOffice(ci); });
    addRow->addWidget(s.add);
    s.count = plainLabel(path + QStringLiteral(".officeCount"), box);
    addRow->addWidget(s.count, 1);
    layout->addLayout(addRow);
    layout->addWidget(messageLabel(path + QStringLiteral(".offices")));

    buildOptions(box, layout, s, path);
    return box;
}

void OfficesPage::buildOptions(QWidget *box, QLayout *outer, Section &s, const QString &path)
{
    const CountryInfo &info = *catalog().country(s.code);
    const int ci = s.countryIndex;
    const QString optPath = path + QStringLiteral(".options");
    auto *group = new QGroupBox(tr("Additional services in %1").arg(info.inText()), box);
    group->setObjectName(optPath);
    auto *columns = new QHBoxLayout(group);

    // Left: fees, computed live from the catalog.
    s.fees = plainLabel(path + QStringLiteral(".fees"), group);
    s.fees->setAccessibleName(tr("One-off fees in %1").arg(info.inText()));
    s.fees->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    s.fees->setFocusPolicy(Qt::TabFocus);
    showFocusFrame(s.fees);
    s.fees->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    columns->addWidget(s.fees, 1);

    // Right: the options.
    auto *grid = newFieldGrid(nullptr);
    columns->addLayout(grid, 1);
    int row = 0;
    auto options = [this, ci]() -> Options & {
        return order().countries[ci].options;
    };

    s.forwarding = new QCheckBox(tr("Call forwardin&g"), group);
    s.forwarding->setObjectName(optPath + QStringLiteral(".callForwarding"));
    s.forwarding->setAccessibleName(tr("Call forwarding in %1").arg(info.inText()));
    grid->addWidget(s.forwarding, row++, 0, 1, 2);
    s.forwardingTarget = new PhoneField(group);
    s.forwardingTarget->setObjectName(optPath + QStringLiteral(".callForwardingTarget"));
    s.forwardingTarget->setRegion(s.code);
    s.forwardingTarget->setAccessibleName(
        tr("Call forwarding target number in %1").arg(info.inText()));
    // Some fields have no letter: the office's address and numbers take most of them, and a
    // letter used twice on a page would cycle instead of going to the field.
    addFieldRow(grid, row++, tr("Forward to"), s.forwardingTarget,
                messageLabel(optPath + QStringLiteral(".callForwardingTarget")));
    connect(s.forwarding, &QCheckBox::toggled, this, [this, ci, options](bool on) {
        if (m_loading)
            return;
        options().callForwarding = on; // the target is kept when switched off
        if (Section *sec = section(ci))
            sec->forwardingTarget->setEnabled(on);
        changed();
    });
    connect(s.forwardingTarget, &PhoneField::valueChanged, this, [this, options](const QString &v) {
        if (m_loading)
            return;
        options().callForwardingTarget = v;
        changed();
    });
    connect(s.forwardingTarget, &QLineEdit::editingFinished, this,
            [this, optPath] { touch(optPath + QStringLiteral(".callForwardingTarget")); });

    s.clip = new QComboBox(group);
    s.clip->setObjectName(optPath + QStringLiteral(".clipMode"));
    s.clip->setAccessibleName(tr("CLIP in %1").arg(info.inText()));
    s.clip->setAccessibleDescription(
        tr("Only the CLIP options allowed in %1 are offered.").arg(info.inText()));
    for (ClipMode m : info.clipModes)
        s.clip->addItem(clipModeName(m), clipModeKey(m));
    addFieldRow(grid, row++, tr("C&LIP"), s.clip,
                messageLabel(optPath + QStringLiteral(".clipMode")));
    connect(s.clip, &QComboBox::currentIndexChanged, this, [this, ci, options] {
        Section *sec = section(ci);
        if (m_loading || !sec)
            return;
        ClipMode mode = ClipMode::Screening;
        if (clipModeFromKey(sec->clip->currentData().toString(), &mode))
            options().clipMode = mode;
        touch(countryPath(ci) + QStringLiteral(".options.clipMode"));
        changed();
    });
    s.presentation = new PhoneField(group);
    s.presentation->setObjectName(optPath + QStringLiteral(".presentationNumber"));
    s.presentation->setRegion(s.code);
    s.presentation->setAccessibleName(tr("Presentation number in %1").arg(info.inText()));
    s.presentation->setAccessibleDescription(
        tr("A genuine number of %1 that callees see.").arg(info.inText()));
    s.presentationLabel =
        addFieldRow(grid, row++, tr("Presentation number"), s.presentation,
                    messageLabel(optPath + QStringLiteral(".presentationNumber")));
    connect(s.presentation, &PhoneField::valueChanged, this, [this, options](const QString &v) {
        if (m_loading)
            return;
        options().presentationNumber = v;
        changed();
    });
    connect(s.presentation, &QLineEdit::editingFinished, this,
            [this, optPath] { touch(optPath + QStringLiteral(".presentationNumber")); });

    auto addServices = [&](QSpinBox *&spin, const char *key, const QString &label) {
        spin = new QSpinBox(group);
        spin->setObjectName(optPath + QLatin1Char('.') + QLatin1String(key));
        spin->setRange(0, kMaxServices);
        spin->setKeyboardTracking(false);
        spin->setAccessibleName(
            tr("%1 in %2").arg(QString(label).remove(QLatin1Char('&')), info.inText()));
        spin->setAccessibleDescription(
            tr("Each one needs a number for a resource account in one of the offices."));
        addFieldRow(grid, row++, label, spin,
                    messageLabel(optPath + QLatin1Char('.') + QLatin1String(key)));
        connect(spin, &QSpinBox::valueChanged, this, [this, ci, key, options](int v) {
            if (m_loading)
                return;
            if (qstrcmp(key, "autoAttendants") == 0)
                options().autoAttendants = v;
            else
                options().callQueues = v;
            touch(countryPath(ci) + QStringLiteral(".options.autoAttendants"));
            changed();
        });
    };
    addServices(s.autoAttendants, "autoAttendants", tr("Auto attendants"));
    addServices(s.callQueues, "callQueues", tr("Call &queues"));
    s.resourceNote = plainLabel(optPath + QStringLiteral(".resourceNote"), group);
    grid->addWidget(s.resourceNote, row++, 0, 1, 2);
    grid->setRowStretch(row, 1);
    outer->addWidget(group);

    // Fill from the order.
    const Options &o = order().countries.at(ci).options;
    QScopedValueRollback loading(m_loading, true);
    s.forwarding->setChecked(o.callForwarding);
    s.forwardingTarget->setEnabled(o.callForwarding);
    s.forwardingTarget->setValue(o.callForwardingTarget);
    int index = s.clip->findData(clipModeKey(o.clipMode));
    if (index < 0) {
        // A draft with a mode the country does not allow: shown, so the rule's message makes
        // sense, and the rep chooses another.
        s.clip->addItem(tr("%1 (not offered in %2)").arg(clipModeName(o.clipMode), info.inText()),
                        clipModeKey(o.clipMode));
        index = s.clip->count() - 1;
    }
    s.clip->setCurrentIndex(index);
    s.presentation->setValue(o.presentationNumber);
    s.autoAttendants->setValue(o.autoAttendants);
    s.callQueues->setValue(o.callQueues);
}

void OfficesPage::refreshSections()
{
    for (Section &s : m_sections)
        refreshSection(s);
}

void OfficesPage::refreshSection(Section &s)
{
    if (s.countryIndex >= order().countries.size())
        return;
    const CountryOrder &co = order().countries.at(s.countryIndex);
    const CountryInfo &info = *catalog().country(s.code);
    const int n = int(co.offices.size());
    s.add->setEnabled(n < kMaxOffices);
    s.count->setText(
        n < kMaxOffices
            ? tr("%1 of %2 offices.").arg(n).arg(kMaxOffices)
            : tr("%1 of %2 offices: the most a country can have.").arg(n).arg(kMaxOffices));

    const QList<Removed> removed = m_removed.value(s.code);
    s.undoBar->setVisible(!removed.isEmpty());
    if (!removed.isEmpty()) {
        const Office &last = removed.last().office;
        const QString name = last.address.city.trimmed().isEmpty()
                                 ? tr("Office %1").arg(removed.last().index + 1)
                                 : tr("Office %1 (%2)")
                                       .arg(removed.last().index + 1)
                                       .arg(last.address.city.trimmed());
        s.undoText->setText(
            tr("%1 was removed with everything typed in it. Undo restores it.").arg(name));
        s.undo->setEnabled(n < kMaxOffices);
    }

    // Fees of this country, one-off, live.
    const FeeSummary fees = computeFees(order(), catalog());
    QStringList lines;
    qint64 total = 0;
    for (const FeeLine &line : fees.lines) {
        if (line.country != s.code || line.recurring)
            continue;
        total += line.totalMinor;
        lines << (line.quantity == 1
                      ? tr("%1: %2").arg(line.label,
                                         formatMoney(line.totalMinor, line.currency, locale()))
                      : tr("%1: %2 × %3 = %4")
                            .arg(line.label)
                            .arg(line.quantity)
                            .arg(formatMoney(line.unitMinor, line.currency, locale()),
                                 formatMoney(line.totalMinor, line.currency, locale())));
    }
    s.fees->setText(tr("One-off fees in %1 (installation and activation are calculated from the "
                       "offices and numbers):\n%2\nTotal one-off: %3")
                        .arg(info.inText(), lines.join(QLatin1Char('\n')),
                             formatMoney(total, info.currency, locale())));

    const Options &o = co.options;
    const bool presentation = o.clipMode == ClipMode::PresentationNumber;
    s.presentation->setVisible(presentation);
    s.presentationLabel->setVisible(presentation);
    int resource = 0;
    for (const Office &office : co.offices)
        resource += std::max(0, office.resourceAccountNumbers);
    s.resourceNote->setText(
        tr("Each auto attendant and call queue needs a number for a resource account: %1 "
           "needed, %2 planned in the offices above.")
            .arg(std::max(0, o.autoAttendants) + std::max(0, o.callQueues))
            .arg(resource));

    for (OfficeEditor *e : std::as_const(s.editors))
        e->refresh();
}

void OfficesPage::addOffice(int ci)
{
    if (ci < 0 || ci >= order().countries.size())
        return;
    CountryOrder &co = order().countries[ci];
    if (co.offices.size() >= kMaxOffices)
        return;
    Office o;
    o.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.address.country = co.country;
    o.address.companyName = order().customer.companyName;
    co.offices.append(o);
    changed();
    rebuild();
    if (Section *s = section(ci); s && !s->editors.isEmpty()) {
        AddressForm *form = s->editors.last()->addressForm();
        QLineEdit *first =
            form->lineEdit(o.address.companyName.isEmpty() ? QStringLiteral("companyName")
                                                           : QStringLiteral("street"));
        if (first)
            first->setFocus();
    }
}

void OfficesPage::removeOffice(int ci, const QString &officeId)
{
    if (ci < 0 || ci >= order().countries.size())
        return;
    CountryOrder &co = order().countries[ci];
    for (int j = 0; j < co.offices.size(); ++j) {
        if (co.offices.at(j).id != officeId)
            continue;
        m_removed[co.country].append(Removed{co.offices.at(j), j});
        co.offices.removeAt(j);
        changed();
        rebuild();
        if (Section *s = section(ci))
            s->undo->setFocus();
        return;
    }
}

void OfficesPage::undoRemove(int ci)
{
    if (ci < 0 || ci >= order().countries.size())
        return;
    CountryOrder &co = order().countries[ci];
    QList<Removed> &stack = m_removed[co.country];
    if (stack.isEmpty() || co.offices.size() >= kMaxOffices)
        return;
    const Removed r = stack.takeLast();
    const int index = std::clamp(r.index, 0, int(co.offices.size()));
    co.offices.insert(index, r.office);
    changed();
    rebuild();
    if (Section *s = section(ci); s && index < s->editors.size())
        if (QLineEdit *street =
                s->editors.at(index)->addressForm()->lineEdit(QStringLiteral("street")))
            street->setFocus();
}

void OfficesPage::suggestAreaCodes(Section &s, OfficeEditor *editor)
{
    const int j = int(s.editors.indexOf(editor));
    if (j < 0 || j >= order().countries.at(s.countryIndex).offices.size())
        return;
    const QString city = order().countries.at(s.countryIndex).offices.at(j).address.city.trimmed();
    if (city.isEmpty()) {
        editor->setAreaCodeSuggestions({}, false);
        return;
    }
    if (!PhoneNumbers::areaCodeIndexReady(s.code)) {
        // The first lookup in a country builds its index (Germany: about a second): off the
        // GUI thread, so typing goes on; the list fills when it is done.
        editor->setAreaCodeSuggestions({}, true);
        startAreaCodeIndex(s.code);
        return;
    }
    editor->setAreaCodeSuggestions(PhoneNumbers::areaCodesForLocality(s.code, city), false);
}

void OfficesPage::startAreaCodeIndex(const QString &region)
{
    if (m_indexBuilds.contains(region) || m_indexQueue.contains(region) ||
        PhoneNumbers::areaCodeIndexReady(region))
        return;
    // One build at a time: a dozen countries' builds at once took the CPU from the window (on
    // two cores it got a seventh of it) while it laid out a large order's offices.
    for (const QThread *t : std::as_const(m_indexBuilds))
        if (!t->isFinished()) {
            m_indexQueue.append(region);
            return;
        }
    QThread *thread = QThread::create(
        [region] { PhoneNumbers::areaCodesForLocality(region, QStringLiteral("-")); });
    thread->setObjectName(QStringLiteral("areaCodeIndex:") + region);
    m_indexBuilds.insert(region, thread);
    connect(thread, &QThread::finished, this, [this, region] {
        onAreaCodeIndexReady(region);
        if (!m_indexQueue.isEmpty())
            startAreaCodeIndex(m_indexQueue.takeFirst());
    });
    thread->start(QThread::LowPriority);
}

void OfficesPage::onAreaCodeIndexReady(const QString &region)
{
    for (Section &s : m_sections)
        if (s.code == region)
            for (OfficeEditor *e : std::as_const(s.editors))
                suggestAreaCodes(s, e);
}

} // namespace od
