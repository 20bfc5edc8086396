// The PDF preview with a generated contract: pages, zoom, the document chooser, Save and Print
// through the test hooks (no file or print dialog offscreen).
#include "../common/Fixtures.h"
#include "PdfPreviewDialog.h"
#include "documents/Documents.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrinter>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace od;

class TstPdfPreview : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::bundled().value();
    documents::Document m_contract;
    documents::Document m_form;

    static int pagesOf(const QString &path)
    {
        QPdfDocument pdf;
        pdf.load(path);
        return pdf.status() == QPdfDocument::Status::Ready ? pdf.pageCount() : -1;
    }

    void trigger(PdfPreviewDialog &dialog, const char *name)
    {
        auto *action = dialog.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
        action->trigger();
    }

private slots:
    void initTestCase()
    {
        // A contract of several pages: three countries, five offices of 100 numbers each.
        const Order order = fixtures::newNumbersOrder(
            m_catalog, {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("GB")}, 5, 90,
            10);
        const Result<documents::Document> contract = documents::contract(order, m_catalog);
        QVERIFY2(contract, qPrintable(contract.error()));
        m_contract = contract.value();
        const Order porting = fixtures::portingOrder(m_catalog, QDate(2026, 12, 3), 2);
        const QList<documents::PortingForm> forms = documents::portingForms(porting, m_catalog);
        QVERIFY(!forms.isEmpty());
        const Result<documents::Document> form =
            documents::portingForm(porting, m_catalog, forms.first());
        QVERIFY2(form, qPrintable(form.error()));
        m_form = form.value();
    }

    void showsThePagesAndTurnsThem()
    {
        PdfPreviewDialog dialog;
        dialog.setDocuments({m_contract});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int pages = dialog.pdf()->pageCount();
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("pageSpin"));
        auto *count = dialog.findChild<QLabel *>(QStringLiteral("pageCountLabel"));
        QVERIFY(spin && count);
        QCOMPARE(count->text(), QStringLiteral("of %1").arg(pages));
        QCOMPARE(spin->maximum(), pages);
        QCOMPARE(spin->value(), 1);
        // One document: no chooser, no "Save all…".
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("documentChooser"))->isVisible());
        QVERIFY(!dialog.findChild<QAction *>(QStringLiteral("saveAll"))->isVisible());

        QPdfPageNavigator *navigator = dialog.view()->pageNavigator();
        QVERIFY(!dialog.findChild<QAction *>(QStringLiteral("previousPage"))->isEnabled());
        trigger(dialog, "nextPage");
        QCOMPARE(navigator->currentPage(), 1);
        QCOMPARE(spin->value(), 2);
        trigger(dialog, "previousPage");
        QCOMPARE(navigator->currentPage(), 0);
        QCOMPARE(spin->value(), 1);
        // Typed into the spin box.
        spin->setValue(3);
        QCOMPARE(navigator->currentPage(), 2);
        // The last page, then Next is disabled.
        spin->setValue(pages);
        QCOMPARE(navigator->currentPage(), pages - 1);
        QVERIFY(!dialog.findChild<QAction *>(QStringLiteral("nextPage"))->isEnabled());

        // Page Up and Page Down from the page view.
        spin->setValue(1);
        dialog.view()->setFocus();
        QTest::keyClick(dialog.view(), Qt::Key_PageDown);
        QCOMPARE(navigator->currentPage(), 1);
        QCOMPARE(spin->value(), 2);
        QTest::keyClick(dialog.view(), Qt::Key_PageUp);
        QCOMPARE(navigator->currentPage(), 0);
    }

    void zooms()
    {
        PdfPreviewDialog dialog;
        dialog.setDocuments({m_contract});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("zoomChoice"));
        QVERIFY(choice);
        QCOMPARE(dialog.view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        QCOMPARE(choice->currentText(), QStringLiteral("Fit width"));

        // Ctrl+0: actual size; Ctrl++ and Ctrl+- step through the zoom levels.
        dialog.view()->setFocus();
        QTest::keyClick(dialog.view(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(dialog.view()->zoomMode(), QPdfView::ZoomMode::Custom);
        QCOMPARE(dialog.view()->zoomFactor(), 1.0);
        QCOMPARE(choice->currentText(), QStringLiteral("100 %"));
        trigger(dialog, "zoomIn");
        QCOMPARE(dialog.view()->zoomFactor(), 1.25);
        QTest::keyClick(dialog.view(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(dialog.view()->zoomFactor(), 1.5);
        QCOMPARE(choice->currentText(), QStringLiteral("150 %"));
        trigger(dialog, "zoomOut");
        QTest::keyClick(dialog.view(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(dialog.view()->zoomFactor(), 1.0);
        trigger(dialog, "zoomOut");
        trigger(dialog, "zoomOut");
        QCOMPARE(dialog.view()->zoomFactor(), 0.5);

        // The chooser: fit page, then a fixed level.
        choice->setCurrentIndex(choice->findText(QStringLiteral("Fit page")));
        emit choice->activated(choice->currentIndex());
        QCOMPARE(dialog.view()->zoomMode(), QPdfView::ZoomMode::FitInView);
        const qreal fit = dialog.effectiveZoom();
        QVERIFY(fit > 0.1 && fit < 2.0);
        trigger(dialog, "zoomIn");
        QCOMPARE(dialog.view()->zoomMode(), QPdfView::ZoomMode::Custom);
        QVERIFY(dialog.view()->zoomFactor() > fit);
        choice->setCurrentIndex(choice->findText(QStringLiteral("200 %")));
        emit choice->activated(choice->currentIndex());
        QCOMPARE(dialog.view()->zoomFactor(), 2.0);
    }

    void savesAndPrints()
    {
        PdfPreviewDialog dialog;
        dialog.setDocuments({m_contract});
        const int pages = dialog.pdf()->pageCount();
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("contract.pdf"));
        QVERIFY2(dialog.saveTo(saved), qPrintable(dialog.lastError()));
        QCOMPARE(pagesOf(saved), pages);
        // Nowhere to save: said in words.
        QVERIFY(!dialog.saveTo(dir.filePath(QStringLiteral("missing/contract.pdf"))));
        QVERIFY(!dialog.lastError().isEmpty());

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY2(dialog.printTo(&printer), qPrintable(dialog.lastError()));
        QCOMPARE(pagesOf(printed), pages);
        // The pages are printed on white paper, not on a transparent (black to some drivers)
        // ground: most of the printed page is opaque.
        {
            QPdfDocument pdf;
            pdf.load(printed);
            const QImage image = pdf.render(0, QSize(210, 297));
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    opaque += qAlpha(image.pixel(x, y)) == 255 ? 1 : 0;
            QVERIFY2(opaque > image.width() * image.height() / 2,
                     qPrintable(QString::number(opaque)));
        }

        // The page range chosen in the print dialog.
        QPrinter range(QPrinter::HighResolution);
        range.setOutputFormat(QPrinter::PdfFormat);
        const QString two = dir.filePath(QStringLiteral("pages-2-3.pdf"));
        range.setOutputFileName(two);
        range.setPrintRange(QPrinter::PageRange);
        range.setFromTo(2, 3);
        QVERIFY2(dialog.printTo(&range), qPrintable(dialog.lastError()));
        QCOMPARE(pagesOf(two), 2);
    }

    void choosesAmongSeveralDocuments()
    {
        PdfPreviewDialog dialog;
        dialog.setDocuments({m_contract, m_form});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *chooser = dialog.findChild<QComboBox *>(QStringLiteral("documentChooser"));
        QVERIFY(chooser && chooser->isVisible());
        QCOMPARE(chooser->count(), 2);
        QCOMPARE(chooser->itemText(0), m_contract.title);
        const int contractPages = dialog.pdf()->pageCount();
        dialog.findChild<QSpinBox *>(QStringLiteral("pageSpin"))->setValue(2);

        chooser->setCurrentIndex(1);
        QCOMPARE(dialog.currentDocument(), 1);
        QVERIFY(dialog.windowTitle().contains(m_form.title));
        QPdfDocument form;
        QBuffer buffer(&m_form.pdf);
        buffer.open(QIODevice::ReadOnly);
        form.load(&buffer);
        QCOMPARE(dialog.pdf()->pageCount(), form.pageCount());
        QCOMPARE(dialog.view()->pageNavigator()->currentPage(), 0); // a new document starts at 1
        QVERIFY(dialog.pdf()->getAllText(0).text().contains(QStringLiteral("Example Telekom")));

        chooser->setCurrentIndex(0);
        QCOMPARE(dialog.pdf()->pageCount(), contractPages);

        // "Save all…" writes every document under its own name.
        QVERIFY(dialog.findChild<QAction *>(QStringLiteral("saveAll"))->isVisible());
        QTemporaryDir dir;
        QVERIFY2(dialog.saveAllTo(dir.path()), qPrintable(dialog.lastError()));
        QCOMPARE(pagesOf(dir.filePath(m_contract.fileName)), contractPages);
        QCOMPARE(pagesOf(dir.filePath(m_form.fileName)), form.pageCount());
    }

    void aBrokenDocumentSaysSo()
    {
        // A signed PDF the carrier sent damaged, for instance: said in words, nothing to print.
        PdfPreviewDialog dialog;
        dialog.setDocuments(
            {documents::Document{QStringLiteral("Signed documents"), QStringLiteral("signed.pdf"),
                                 QByteArray("%PDF-1.4 not really")}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("previewStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("cannot be shown")),
                 qPrintable(status->text()));
        QVERIFY(!dialog.findChild<QAction *>(QStringLiteral("print"))->isEnabled());
        QVERIFY(!dialog.findChild<QAction *>(QStringLiteral("nextPage"))->isEnabled());
        QPrinter printer;
        QVERIFY(!dialog.printTo(&printer));
        QVERIFY(!dialog.lastError().isEmpty());
    }

    void escapeCloses()
    {
        PdfPreviewDialog dialog;
        dialog.setDocuments({m_contract});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Sized for a 1366×768 laptop at most.
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TstPdfPreview)
#include "tst_pdfpreview.moc"
