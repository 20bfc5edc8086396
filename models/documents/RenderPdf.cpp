#include "documents/Documents.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace od::documents {

namespace {

constexpr double kMarginMm = 18;
constexpr double kTopMarginMm = 16;
constexpr double kBottomMarginMm = 12;
constexpr double kFooterMm = 10; ///< reserved at the bottom of the printable area

QFont documentFont(double pointSize)
{
    // DejaVu ships with Debian (fonts-dejavu-core); fontconfig substitutes when it is missing.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

/// Moves a heading that ends a page, cut off from what it heads, to the next page, together with
/// the headings right above it ("Fees", "Fees in EUR"). One heading per call; true when one moved
/// (the document must be laid out again before the next).
bool keepNextHeadingWithItsContent(QTextDocument &document, qreal pageHeight)
{
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto isHeading = [](const QTextBlock &b) {
        return b.isValid() && b.blockFormat().headingLevel() >= 2 &&
               b.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto;
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block) || isHeading(block.next()))
            continue;
        const QTextBlock next = block.next();
        if (!next.isValid() || !next.layout() || next.layout()->lineCount() == 0)
            continue;
        const int page = int(layout->blockBoundingRect(block).top() / pageHeight);
        const QRectF nextRect = layout->blockBoundingRect(next);
        const QRectF firstLine = next.layout()->lineAt(0).rect().translated(nextRect.topLeft());
        if (int(firstLine.top() / pageHeight) <= page)
            continue;
        QTextBlock first = block;
        while (isHeading(first.previous()))
            first = first.previous();
        if (int(layout->blockBoundingRect(first).top() / pageHeight) != page)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).mergeBlockFormat(format);
        return true;
    }
    return false;
}

/// The document's last section (from its last heading on) is the signature block: when it would
/// run over a page break but fits on one page, it starts a page of its own, so that no box to
/// sign in is ever cut in two. True when it moved.
bool keepLastSectionTogether(QTextDocument &document, qreal pageHeight)
{
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    QTextBlock heading = document.lastBlock();
    while (heading.isValid() && heading.blockFormat().headingLevel() != 2)
        heading = heading.previous();
    if (!heading.isValid() ||
        heading.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
        return false;
    const qreal top = layout->blockBoundingRect(heading).top();
    qreal bottom = top;
    for (QTextBlock b = heading; b.isValid(); b = b.next())
        bottom = qMax(bottom, layout->blockBoundingRect(b).bottom());
    if (int(top / pageHeight) == int(bottom / pageHeight) || bottom - top > pageHeight * 0.95)
        return false;
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(heading).mergeBlockFormat(format);
    return true;
}

/// Where to cut each page: just below the last line that lies wholly on it. A table row that
/// does not fit moves to the next page, but its cells' borders would still be drawn down to the
/// page's end; cutting below the last line (plus `slack` for cell padding and border) removes
/// those stubs.
QList<qreal> pageCuts(const QTextDocument &document, qreal pageHeight, int pages, qreal slack)
{
    QList<qreal> bottoms(pages, 0);
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *lines = block.layout();
        if (!lines || lines->lineCount() == 0) {
            const int page = qBound(0, int(rect.top() / pageHeight), pages - 1);
            bottoms[page] = qMax(bottoms[page], qMin(rect.bottom(), (page + 1) * pageHeight));
            continue;
        }
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QRectF line = lines->lineAt(i).rect().translated(rect.topLeft());
            const int page = qBound(0, int(line.top() / pageHeight), pages - 1);
            bottoms[page] = qMax(bottoms[page], line.bottom());
        }
    }
    QList<qreal> cuts;
    for (int page = 0; page < pages; ++page) {
        const qreal end = (page + 1) * pageHeight;
        // A page without lines of its own (a tall table cell, say) is drawn whole.
        cuts << (bottoms.at(page) > 0 ? qMin(end, bottoms.at(page) + slack) : end);
    }
    return cuts;
}

} // namespace

QByteArray renderPdf(const QString &html, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                        QMarginsF(kMarginMm, kTopMarginMm, kMarginMm, kBottomMarginMm),
                        QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Order Desk"));

        const double dotsPerMm = writer.resolution() / 25.4;
        const QRectF paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
        const QSizeF body(paintRect.width(), paintRect.height() - kFooterMm * dotsPerMm);

        // Laid out for the writer's resolution, so that point sizes, borders and padding come
        // out at their printed size, and paginated to the body's height.
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(documentFont(9));
        document.setDocumentMargin(0);
        document.setHtml(html);
        document.setPageSize(body);
        // Positions are read only from a complete layout (pageCount() makes one): Qt's partial
        // layout, made on demand up to a block, can place what follows a table that runs over a
        // page break differently from the complete one.
        document.pageCount();
        for (int moved = 0; moved < 20 && keepNextHeadingWithItsContent(document, body.height());
             ++moved)
            document.pageCount();
        if (keepLastSectionTogether(document, body.height()))
            document.pageCount();
        const int pages = document.pageCount();
        const QList<qreal> cuts = pageCuts(document, body.height(), pages, 1.5 * dotsPerMm);

        QPainter painter(&writer);
        const QFont footerFont = documentFont(7.5);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            const QRectF clip(0, page * body.height(), body.width(),
                              cuts.at(page) - page * body.height());
            painter.translate(0, -clip.top());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            const QRectF footer(0, body.height() + 3 * dotsPerMm, body.width(),
                                (kFooterMm - 3) * dotsPerMm);
            painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.3 * dotsPerMm));
            painter.drawLine(footer.topLeft(), footer.topRight());
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.setFont(footerFont);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, title);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                             QCoreApplication::translate("od::documents", "Page %1 of %2")
                                 .arg(page + 1)
                                 .arg(pages));
        }
        painter.end();
    }
    return bytes;
}

} // namespace od::documents
