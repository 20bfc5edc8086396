#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"
#include "order/Order.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace od::documents {

/// Anchor strings printed in every document sent for signature: the envelope's tabs point at
/// them (DocuSign anchor tabs match every occurrence in every document of the envelope).
inline constexpr char kSignHereAnchor[] = "/sn1/";
inline constexpr char kDateSignedAnchor[] = "/ds1/";
/// The company-stamp box, printed only on forms of countries that need a stamp.
inline constexpr char kStampAnchor[] = "/st1/";

/// A generated document, ready to preview, save or send.
struct Document
{
    QString title;    ///< for the rep and the signer: "Contract OD-2026-7F3A9C21"
    QString fileName; ///< safe file name: "OD-2026-7F3A9C21-contract.pdf"
    QByteArray pdf;
};

/// Renders HTML (QTextDocument) to an A4 PDF (QPdfWriter) with "Page N of M" in each footer.
QByteArray renderPdf(const QString &html, const QString &title);

/// The contract's HTML, filled from the template in resources (:/documents/contract.html).
/// The same order gives the same text (the date is the order's creation date).
QString contractHtml(const Order &order, const Catalog &catalog);
/// The contract as an A4 PDF. Fails, naming what is missing, for an order without a country.
Result<Document> contract(const Order &order, const Catalog &catalog);

/// One letter of authorisation for porting or migrating numbers in one country.
struct PortingForm
{
    QString country;            ///< ISO 3166-1 alpha-2
    int index = 1;              ///< 1-based within the country
    int count = 1;              ///< forms in the country
    QList<NumberRange> numbers; ///< the numbers and ranges this form covers
};

/// The forms an order needs: one per porting country, or one per number or range where the
/// country requires it (CountryInfo::onePortingFormPerNumber: Germany, Austria). Country order
/// as in the order, numbers in the order the rep entered them.
QList<PortingForm> portingForms(const Order &order, const Catalog &catalog);
/// The form's HTML, filled from the template in resources (:/documents/porting-form.html).
QString portingFormHtml(const Order &order, const Catalog &catalog, const PortingForm &form);
/// The form as an A4 PDF ("OD-…-porting-DE-1.pdf").
Result<Document> portingForm(const Order &order, const Catalog &catalog, const PortingForm &form);

using Built = Result<QList<Document>>;

/// What an envelope carries for the order: the contract, then (porting path) every form.
Built envelopeDocuments(const Order &order, const Catalog &catalog);

} // namespace od::documents
