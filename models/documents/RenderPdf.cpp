#include "documents/Documents.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

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
        const int pages = document.pageCount();

        QPainter painter(&writer);
        const QFont footerFont = documentFont(7.5);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            const QRectF clip(0, page * body.height(), body.width(), body.height());
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
