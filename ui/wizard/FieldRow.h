#pragma once
// Small layout helpers shared by the wizard pages: a labelled field with its rule message
// directly under it, in a two-column grid.

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace od {

/// Puts `label` (with its mnemonic, buddy `field`) in column 0 and `field` with `message` under
/// it in column 1 of `row`. The field's accessible name defaults to the label without '&'.
inline QLabel *addFieldRow(QGridLayout *grid, int row, const QString &label, QWidget *field,
                           QLabel *message)
{
    auto *l = new QLabel(label, grid->parentWidget());
    l->setBuddy(field);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(field);
    if (message)
        cell->addWidget(message);
    grid->addWidget(l, row, 0, Qt::AlignTop | Qt::AlignLeft);
    grid->addLayout(cell, row, 1);
    return l;
}

/// A two-column grid whose field column takes the width.
inline QGridLayout *newFieldGrid(QWidget *parent)
{
    auto *grid = new QGridLayout(parent);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    return grid;
}

} // namespace od
