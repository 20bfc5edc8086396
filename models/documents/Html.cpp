#include "documents/Html.h"

#include "order/AddressFormat.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace od::documents::html {

QString esc(const QString &text)
{
    QString escaped = text.trimmed().toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return escaped;
}

namespace {
QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

QString loadTemplate(const QString &path)
{
    // Every document shares one look: the common style sheet goes in first, the template's own
    // rules after it (and win).
    static const QString common = readResource(QStringLiteral(":/documents/common.css"));
    return fill(readResource(path), {{QStringLiteral("commonStyle"), common}});
}

QString fill(const QString &templ, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([A-Za-z0-9_.]+)\\}\\}"));
    QString out;
    out.reserve(templ.size() * 2);
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(templ);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(templ).mid(from, m.capturedStart() - from);
        const auto value = values.constFind(m.captured(1));
        out += value != values.constEnd() ? *value : m.captured(0);
        from = m.capturedEnd();
    }
    out += QStringView(templ).mid(from);
    return out;
}

QString anchor(const char *text)
{
    // White and tiny: the signer does not see it, DocuSign finds it in the PDF's text.
    return QStringLiteral("<span style=\"color:#ffffff; font-size:4pt;\">%1</span>")
        .arg(QLatin1String(text));
}

QString countryName(const QString &code, const Catalog &catalog)
{
    const CountryInfo *info = catalog.country(code);
    return info ? info->name : code;
}

QString address(const Address &a, const Catalog &catalog, const QString &separator)
{
    QStringList lines;
    for (const QString &line : addressLines(a))
        lines << esc(line);
    if (!a.country.trimmed().isEmpty())
        lines << esc(countryName(a.country, catalog));
    return lines.isEmpty() ? QStringLiteral("—") : lines.join(separator);
}

QString date(const QDate &d)
{
    if (!d.isValid())
        return QStringLiteral("—");
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

QString customerName(const Order &order)
{
    const Customer &c = order.customer;
    if (!c.companyName.trimmed().isEmpty())
        return esc(c.companyName);
    if (!c.ocn.trimmed().isEmpty())
        return esc(c.ocn);
    return esc(c.onlineAccountId);
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th class=\"label\" width=\"32%\">%1</th><td>%2</td></tr>\n")
        .arg(label, value);
}

QString table(const QString &rows)
{
    return QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                          "cellpadding=\"4\">\n%1</table>\n")
        .arg(rows);
}

QString spacer()
{
    return QStringLiteral("<p style=\"font-size:3pt; margin:0px;\">&nbsp;</p>\n");
}

QString fileName(const QString &reference, const QString &suffix)
{
    // Only ASCII letters, digits and dashes: the name travels through file systems, e-mail and
    // the envelope unchanged.
    QString out;
    for (const QChar c : reference.trimmed())
        out += c.unicode() < 128 && c.isLetterOrNumber() ? c : QLatin1Char('-');
    if (out.isEmpty())
        out = QStringLiteral("order");
    return out + QLatin1Char('-') + suffix;
}

QString signatureBoxes(const QList<QPair<QString, const char *>> &boxes)
{
    QString captions;
    QString areas;
    const int count = int(qMax<qsizetype>(1, boxes.size()));
    for (int i = 0; i < boxes.size(); ++i) {
        // Widths that add up to 100%, whatever the number of boxes.
        const int width = 100 * (i + 1) / count - 100 * i / count;
        captions += QStringLiteral("<th class=\"label\" width=\"%1%\">%2</th>")
                        .arg(width)
                        .arg(boxes.at(i).first);
        // Blank lines give the box its height; the anchor sits where the tab should go.
        areas += QStringLiteral("<td class=\"box\">%1<br><br><br><br></td>")
                     .arg(anchor(boxes.at(i).second));
    }
    return QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                          "cellpadding=\"4\"><tr>%1</tr><tr>%2</tr></table>\n")
        .arg(captions, areas);
}

} // namespace od::documents::html
