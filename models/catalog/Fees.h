#pragma once

#include "catalog/Money.h"

#include <QList>
#include <QString>

namespace od {

class Catalog;
struct Order;

/// One line of the fee breakdown.
struct FeeLine
{
    enum class Kind { Plan, Setup, Installation, Activation, Configuration, Porting };
    QString country; ///< ISO code
    Kind kind = Kind::Plan;
    QString itemId; ///< plan id, office id or option key; empty for per-country lines
    QString label;  ///< translated, for the recap and the contract
    qint64 quantity = 0;
    qint64 unitMinor = 0;
    qint64 totalMinor = 0;
    QString currency;
    bool recurring = false; ///< monthly when true, one-off otherwise
};

struct FeeSummary
{
    QList<FeeLine> lines;
    CurrencyTotals oneOff;  ///< per currency
    CurrencyTotals monthly; ///< per currency
};

/// The fees of an order: plan lines monthly; setup per country, installation per office,
/// activation per new number, configuration per option, porting per ported number, one-off.
/// Unknown countries or plans are skipped (the rules report them). Exact: integer minor units.
FeeSummary computeFees(const Order &order, const Catalog &catalog);

} // namespace od
