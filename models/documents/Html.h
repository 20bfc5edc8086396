#pragma once
// Helpers shared by the contract and the porting forms: templates, escaping, common blocks.
// Private to the documents library.

#include "catalog/Catalog.h"
#include "order/Order.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace od::documents::html {

/// User text made safe for HTML: printed literally, line breaks kept.
QString esc(const QString &text);

/// A bundled template (":/documents/contract.html"); empty when it is missing.
QString loadTemplate(const QString &path);

/// Replaces every {{name}} of the template with values[name] in one pass, so that a value that
/// happens to contain "{{...}}" is never expanded again. Unknown names are left as they are.
QString fill(const QString &templ, const QHash<QString, QString> &values);

/// An anchor string printed in tiny white text: invisible to the signer, found by DocuSign.
QString anchor(const char *text);

/// An address as a few escaped lines joined by `separator` (<br>: one per line): company,
/// street, postal code and city, state, country.
QString address(const Address &address, const Catalog &catalog,
                const QString &separator = QStringLiteral("<br>"));

/// A date as people read it in the documents ("3 December 2026"); "—" when not set.
QString date(const QDate &date);

/// A country's name from the catalog, its code when the catalog does not know it.
QString countryName(const QString &code, const Catalog &catalog);

/// The customer's name as the documents print it (company, else OCN), escaped.
QString customerName(const Order &order);

/// A table row of label and value (both already HTML).
QString row(const QString &label, const QString &value);

/// A bordered, full-width table with the given rows (column widths on the first row's cells).
QString table(const QString &rows);

/// A small vertical gap (QTextDocument drops a paragraph's bottom margin before a table).
QString spacer();

/// A safe file name for a document of the order: "OD-2026-7F3A9C21-contract.pdf".
QString fileName(const QString &reference, const QString &suffix);

/// A box to sign, date or stamp in: a caption above an empty, bordered area holding the anchor.
QString signatureBoxes(const QList<QPair<QString, const char *>> &boxes);

} // namespace od::documents::html
