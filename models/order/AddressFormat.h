#pragma once

#include "order/Order.h"

#include <QList>
#include <QStringList>

namespace od {

/// The parts of a postal address, named as the order's JSON and the address forms name them.
enum class AddressPart {
    CompanyName,
    Street,
    HouseNumber,
    HouseNumberSuffix,
    PostalCode,
    City,
    StateOrProvince
};

/// The parts of an address of `country` (ISO alpha-2) in the order its postal service writes
/// them, one list per line, the country itself left out: "Hauptstraße 5 / 10115 Berlin",
/// "12 rue de Rivoli / 75001 Paris", "10 Downing Street / London / SW1A 2AA",
/// "Via Roma 1 / 00184 Roma RM". Unknown countries get the continental European order.
QList<QList<AddressPart>> addressLayout(const QString &country);

/// The key of a part as the JSON and the forms use it ("houseNumberSuffix").
QString addressPartKey(AddressPart part);

/// The address's lines of text in its country's order, empty parts and lines left out, the
/// country's name not included; the company name first when `withCompany`.
QStringList addressLines(const Address &address, bool withCompany = true);

} // namespace od
