// At 200 % (a device pixel ratio of 2): the window's icon is drawn from the SVG at the device's
// resolution, not a small picture scaled up, and the PDF preview asks for its pages at it.
#include "../common/Fixtures.h"
#include "../common/OffscreenScreen.h"
#include "MainWindow.h"
#include "PdfPreviewDialog.h"
#include "documents/Documents.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfView>
#include <QScreen>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace od;

class TestHighDpi : public QObject
{
    Q_OBJECT

    /// Steep edges: neighbours more than half the grey scale apart. Drawn at the device
    /// resolution, text has them; drawn at half of it and scaled up, each edge is spread over two
    /// pixels and has few.
    static int steepEdges(const QImage &image)
    {
        int edges = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 1; x < image.width(); ++x)
                edges += qAbs(qGray(image.pixel(x - 1, y)) - qGray(image.pixel(x, y))) > 150;
        return edges;
    }

private slots:
    void theScreenIsAt200Percent()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(), 2.0);
    }

    void theWindowIconIsDrawnAtTheDeviceResolution()
    {
        QTemporaryDir data;
        MainWindow window(Catalog::bundled().value(), data.path());
        const QIcon icon = window.windowIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32, 48}) {
            const QPixmap pixmap = icon.pixmap(QSize(size, size), 2.0);
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
            QCOMPARE(pixmap.size(), QSize(2 * size, 2 * size));
            // Exactly the SVG drawn at that size: nothing was scaled up from a smaller picture.
            QFile file(QStringLiteral(":/desktop/" ORDERDESK_APP_ID ".svg"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QSvgRenderer renderer(file.readAll());
            QImage expected(2 * size, 2 * size, QImage::Format_ARGB32_Premultiplied);
            expected.fill(Qt::transparent);
            QPainter painter(&expected);
            renderer.render(&painter);
            painter.end();
            const QImage shown =
                pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
            int different = 0;
            for (int y = 0; y < expected.height(); ++y)
                for (int x = 0; x < expected.width(); ++x)
                    different += qAbs(qGray(shown.pixel(x, y)) - qGray(expected.pixel(x, y))) > 24;
            QVERIFY2(
                different <= expected.width() * expected.height() / 100,
                qPrintable(QStringLiteral("%1 px: %2 pixels differ").arg(size).arg(different)));
        }
    }

    void thePreviewRendersPagesAtTheDeviceResolution()
    {
        const Catalog catalog = Catalog::bundled().value();
        const Order order = fixtures::newNumbersOrder(catalog, {QStringLiteral("DE")}, 1, 2, 0);
        const Result<documents::Document> contract = documents::contract(order, catalog);
        QVERIFY2(contract, qPrintable(contract.error()));
        PdfPreviewDialog dialog;
        dialog.setDocuments({contract.value()});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.view()->devicePixelRatioF(), 2.0);
        const auto grabbed = [&dialog] {
            return dialog.view()->viewport()->grab();
        };
        QTRY_VERIFY(steepEdges(grabbed().toImage()) > 2000);
        const QPixmap shown = grabbed();
        QCOMPARE(shown.devicePixelRatio(), 2.0);
        QCOMPARE(shown.size(), dialog.view()->viewport()->size() * 2);
        // What the same page would look like drawn at the logical resolution and scaled up.
        const QImage image = shown.toImage();
        const QImage scaledUp =
            image.scaled(image.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const int sharp = steepEdges(image);
        const int blurred = steepEdges(scaledUp);
        QVERIFY2(blurred * 4 < sharp,
                 qPrintable(QStringLiteral("%1 against %2").arg(sharp).arg(blurred)));
    }
};

int main(int argc, char **argv)
{
    // A 1366×768 screen at 200 %: 2732×1536 device pixels.
    return od::testing::runOnScreen<TestHighDpi>(argc, argv, 2);
}
#include "tst_highdpi.moc"
