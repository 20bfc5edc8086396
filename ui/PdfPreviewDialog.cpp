#include "PdfPreviewDialog.h"

#include "widgets/DocumentFiles.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QScreen>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace od {

Q_LOGGING_CATEGORY(lcPreview, "orderdesk.ui.preview")

namespace {
/// QPdfDocument's status in words (no file name or content: nothing personal).
QString pdfError(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::None:
        return {};
    case QPdfDocument::Error::DataNotYetAvailable:
        return PdfPreviewDialog::tr("the document is not complete");
    case QPdfDocument::Error::FileNotFound:
        return PdfPreviewDialog::tr("the document was not found");
    case QPdfDocument::Error::InvalidFileFormat:
        return PdfPreviewDialog::tr("it is not a valid PDF");
    case QPdfDocument::Error::IncorrectPassword:
        return PdfPreviewDialog::tr("it is protected by a password");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return PdfPreviewDialog::tr("its protection is not supported");
    case QPdfDocument::Error::Unknown:
        break;
    }
    return PdfPreviewDialog::tr("it cannot be read");
}
} // namespace

PdfPreviewDialog::PdfPreviewDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("pdfPreviewDialog"));
    setWindowTitle(tr("Preview"));
    setAccessibleName(tr("Document preview"));
    setSizeGripEnabled(true);

    m_pdf = new QPdfDocument(this);
    m_pdf->setObjectName(QStringLiteral("pdfDocument"));
    m_buffer = new QBuffer(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(0);
    buildToolBar();
    layout->addWidget(m_documentRow);
    layout->addWidget(m_toolBar);

    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setAccessibleName(tr("Document pages"));
    m_view->setAccessibleDescription(
        tr("Page Up and Page Down turn the pages; Ctrl+Plus and Ctrl+Minus zoom."));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_pdf);
    m_view->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_status->setContentsMargins(8, 4, 8, 0);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &PdfPreviewDialog::updatePageControls);
    connect(m_view, &QPdfView::zoomFactorChanged, this, &PdfPreviewDialog::updateZoomChoice);
    connect(m_view, &QPdfView::zoomModeChanged, this, &PdfPreviewDialog::updateZoomChoice);

    // Room for an A4 page at a readable width; never more than the screen (a 1366×768 laptop
    // gets almost all of its height).
    QSize size(980, 860);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableGeometry().size() - QSize(40, 60);
        size = size.boundedTo(room).expandedTo(QSize(480, 360));
    }
    resize(size);
    updatePageControls();
    // The pages have the focus: Page Up/Down and the arrows read on at once, and a screen
    // reader starts at the document, not at the first tool.
    m_view->setFocus(Qt::OtherFocusReason);
}

PdfPreviewDialog::~PdfPreviewDialog()
{
    // The view and the document let go of the buffer before it goes.
    m_view->setDocument(nullptr);
    m_pdf->close();
}

void PdfPreviewDialog::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("previewToolBar"));
    m_toolBar->setAccessibleName(tr("Preview tools"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setFloatable(false);
    m_toolBar->setMovable(false);

    auto action = [this](const QString &text, const QString &name, const QString &description,
                         const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        QString tip = description;
        if (!keys.isEmpty())
            tip += QStringLiteral(" (%1)").arg(keys.first().toString(QKeySequence::NativeText));
        a->setToolTip(tip);
        addAction(a); // the shortcut works wherever the focus is in the dialog
        return a;
    };
    auto addButton = [this](QAction *a, const QString &accessibleName) {
        m_toolBar->addAction(a);
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(a))) {
            button->setObjectName(a->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(accessibleName);
            button->setAccessibleDescription(a->toolTip());
            button->setFocusPolicy(Qt::TabFocus);
        }
    };

    // Which document, when there are several (the contract and the porting forms): a row of
    // its own above the tools, wide enough for "Letter of authorisation — Germany (form 1 of 3)".
    m_documentRow = new QWidget(this);
    m_documentRow->setObjectName(QStringLiteral("documentRow"));
    auto *row = new QHBoxLayout(m_documentRow);
    row->setContentsMargins(8, 6, 8, 2);
    m_documentLabel = new QLabel(tr("&Document:"), m_documentRow);
    m_documentChooser = new QComboBox(m_documentRow);
    m_documentChooser->setObjectName(QStringLiteral("documentChooser"));
    m_documentChooser->setAccessibleName(tr("Document"));
    m_documentChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_documentChooser->setMinimumContentsLength(30);
    m_documentLabel->setBuddy(m_documentChooser);
    m_documentCount = new QLabel(m_documentRow);
    m_documentCount->setObjectName(QStringLiteral("documentCountLabel"));
    row->addWidget(m_documentLabel);
    row->addWidget(m_documentChooser);
    row->addWidget(m_documentCount);
    row->addStretch(1);
    connect(m_documentChooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating)
            showDocument(index);
    });

    m_previous = action(tr("◀ Previous"), QStringLiteral("previousPage"), tr("Previous page"),
                        {QKeySequence(Qt::Key_PageUp)});
    m_next = action(tr("Next ▶"), QStringLiteral("nextPage"), tr("Next page"),
                    {QKeySequence(Qt::Key_PageDown)});
    connect(m_previous, &QAction::triggered, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QAction::triggered, this, [this] { goToPage(currentPage() + 1); });
    addButton(m_previous, tr("Previous page"));

    auto *pageLabel = new QLabel(tr("P&age"), m_toolBar);
    pageLabel->setContentsMargins(6, 0, 4, 0);
    m_page = new QSpinBox(m_toolBar);
    m_page->setObjectName(QStringLiteral("pageSpin"));
    m_page->setAccessibleName(tr("Page number"));
    m_page->setKeyboardTracking(false);
    m_page->setRange(1, 1);
    pageLabel->setBuddy(m_page);
    m_pageCount = new QLabel(m_toolBar);
    m_pageCount->setObjectName(QStringLiteral("pageCountLabel"));
    m_pageCount->setContentsMargins(4, 0, 6, 0);
    m_toolBar->addWidget(pageLabel);
    m_toolBar->addWidget(m_page);
    m_toolBar->addWidget(m_pageCount);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating)
            goToPage(value - 1);
    });
    addButton(m_next, tr("Next page"));
    m_toolBar->addSeparator();

    m_zoomOut = action(tr("−"), QStringLiteral("zoomOut"), tr("Zoom out"),
                       QKeySequence::keyBindings(QKeySequence::ZoomOut));
    m_zoomIn = action(tr("+"), QStringLiteral("zoomIn"), tr("Zoom in"),
                      QKeySequence::keyBindings(QKeySequence::ZoomIn) +
                          QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_actualSize = action(tr("Actual size"), QStringLiteral("actualSize"),
                          tr("Actual size (100 %)"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(m_zoomOut, &QAction::triggered, this, &PdfPreviewDialog::zoomOut);
    connect(m_zoomIn, &QAction::triggered, this, &PdfPreviewDialog::zoomIn);
    connect(m_actualSize, &QAction::triggered, this, [this] { setZoom(1.0); });
    addButton(m_zoomOut, tr("Zoom out"));

    m_zoomChoice = new QComboBox(m_toolBar);
    m_zoomChoice->setObjectName(QStringLiteral("zoomChoice"));
    m_zoomChoice->setAccessibleName(tr("Zoom"));
    m_zoomChoice->addItem(tr("Fit width"));
    m_zoomChoice->addItem(tr("Fit page"));
    for (const qreal step : kZoomSteps)
        m_zoomChoice->addItem(tr("%1 %").arg(qRound(step * 100)), step);
    m_toolBar->addWidget(m_zoomChoice);
    connect(m_zoomChoice, &QComboBox::activated, this, &PdfPreviewDialog::applyZoomChoice);
    addButton(m_zoomIn, tr("Zoom in"));
    m_toolBar->addSeparator();

    m_save =
        action(tr("&Save as…"), QStringLiteral("saveAs"), tr("Save this document as a PDF file"),
               QKeySequence::keyBindings(QKeySequence::Save));
    m_saveAll = action(tr("Save a&ll…"), QStringLiteral("saveAll"),
                       tr("Save every document into a folder"), {});
    m_print = action(tr("&Print…"), QStringLiteral("print"), tr("Print this document"),
                     QKeySequence::keyBindings(QKeySequence::Print));
    connect(m_save, &QAction::triggered, this, &PdfPreviewDialog::saveAs);
    connect(m_saveAll, &QAction::triggered, this, &PdfPreviewDialog::saveAll);
    connect(m_print, &QAction::triggered, this, &PdfPreviewDialog::print);
    addButton(m_save, tr("Save as"));
    addButton(m_saveAll, tr("Save all documents"));
    addButton(m_print, tr("Print"));

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    auto *close = new QAction(tr("Close"), this);
    close->setObjectName(QStringLiteral("closePreview"));
    close->setToolTip(tr("Close the preview (Esc)"));
    connect(close, &QAction::triggered, this, &QDialog::accept);
    addButton(close, tr("Close the preview"));
}

void PdfPreviewDialog::setDocuments(const QList<documents::Document> &documents)
{
    m_documents = documents;
    m_updating = true;
    m_documentChooser->clear();
    for (const documents::Document &d : documents)
        m_documentChooser->addItem(d.title);
    m_updating = false;
    const bool several = documents.size() > 1;
    m_documentRow->setVisible(several);
    m_saveAll->setVisible(several);
    m_saveAll->setEnabled(several);
    m_current = -1;
    showDocument(documents.isEmpty() ? -1 : 0);
}

void PdfPreviewDialog::showDocument(int index)
{
    m_status->setVisible(false);
    m_pdf->close();
    m_buffer->close();
    m_current = index >= 0 && index < m_documents.size() ? index : -1;
    if (m_current < 0) {
        setWindowTitle(tr("Preview"));
        updatePageControls();
        return;
    }
    const documents::Document &document = m_documents.at(m_current);
    // QPdfDocument reads from the device as it renders: the buffer lives as long as the dialog.
    m_buffer->setData(document.pdf);
    m_buffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_buffer);
    if (m_pdf->status() == QPdfDocument::Status::Error) {
        m_status->setText(tr("✖ This document cannot be shown: %1.").arg(pdfError(m_pdf->error())));
        m_status->setVisible(true);
        qCWarning(lcPreview) << "a generated PDF could not be loaded:" << int(m_pdf->error());
    }
    setWindowTitle(tr("Preview: %1").arg(document.title));
    m_updating = true;
    m_documentChooser->setCurrentIndex(m_current);
    m_updating = false;
    m_documentCount->setText(tr("(%1 of %2)").arg(m_current + 1).arg(m_documents.size()));
    m_view->pageNavigator()->jump(0, QPointF(), 0);
    m_view->verticalScrollBar()->setValue(0);
    updatePageControls();
}

int PdfPreviewDialog::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void PdfPreviewDialog::goToPage(int page)
{
    const int count = m_pdf->pageCount();
    if (count <= 0)
        return;
    page = std::clamp(page, 0, count - 1);
    m_view->pageNavigator()->jump(page, QPointF(), 0);
    updatePageControls();
}

void PdfPreviewDialog::updatePageControls()
{
    const int count = std::max(0, m_pdf->pageCount());
    const int page = count > 0 ? std::clamp(currentPage(), 0, count - 1) : 0;
    m_updating = true;
    m_page->setRange(count > 0 ? 1 : 0, std::max(1, count));
    m_page->setValue(count > 0 ? page + 1 : 0);
    m_page->setEnabled(count > 1);
    m_updating = false;
    m_pageCount->setText(tr("of %1").arg(count));
    m_page->setAccessibleDescription(tr("Page %1 of %2").arg(page + 1).arg(count));
    m_previous->setEnabled(count > 0 && page > 0);
    m_next->setEnabled(count > 0 && page < count - 1);
    const bool loaded = count > 0;
    for (QAction *a : {m_zoomIn, m_zoomOut, m_actualSize, m_save, m_print})
        a->setEnabled(loaded);
    m_zoomChoice->setEnabled(loaded);
}

qreal PdfPreviewDialog::effectiveZoom() const
{
    if (m_view->zoomMode() == QPdfView::ZoomMode::Custom || m_pdf->pageCount() <= 0)
        return m_view->zoomFactor();
    // QPdfView computes the fit from the viewport without telling: the same computation.
    const QSizeF page =
        m_pdf->pagePointSize(std::max(0, currentPage())) * (m_view->logicalDpiX() / 72.0);
    if (page.isEmpty())
        return 1.0;
    const QMargins margins = m_view->documentMargins();
    const QSize room = m_view->viewport()->size() -
                       QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
    const qreal width = room.width() / page.width();
    if (m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth)
        return width;
    return std::min(width, room.height() / page.height());
}

void PdfPreviewDialog::setZoom(qreal factor)
{
    factor = std::clamp(factor, kZoomSteps[0], kZoomSteps[std::size(kZoomSteps) - 1] * 2);
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(factor);
    updateZoomChoice();
}

void PdfPreviewDialog::zoomIn()
{
    const qreal now = effectiveZoom();
    for (const qreal step : kZoomSteps)
        if (step > now + 0.01) {
            setZoom(step);
            return;
        }
    setZoom(std::min(now * 1.25, 4.0));
}

void PdfPreviewDialog::zoomOut()
{
    const qreal now = effectiveZoom();
    for (auto it = std::rbegin(kZoomSteps); it != std::rend(kZoomSteps); ++it)
        if (*it < now - 0.01) {
            setZoom(*it);
            return;
        }
    setZoom(kZoomSteps[0]);
}

void PdfPreviewDialog::applyZoomChoice(int index)
{
    if (index == 0) {
        m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    } else if (index == 1) {
        m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    } else {
        setZoom(m_zoomChoice->itemData(index).toReal());
        return;
    }
    updateZoomChoice();
}

void PdfPreviewDialog::updateZoomChoice()
{
    int index = -1;
    switch (m_view->zoomMode()) {
    case QPdfView::ZoomMode::FitToWidth:
        index = 0;
        break;
    case QPdfView::ZoomMode::FitInView:
        index = 1;
        break;
    case QPdfView::ZoomMode::Custom:
        for (int i = 2; i < m_zoomChoice->count(); ++i)
            if (qAbs(m_zoomChoice->itemData(i).toReal() - m_view->zoomFactor()) < 0.001)
                index = i;
        break;
    }
    const int steps = 2 + int(std::size(kZoomSteps));
    if (index < 0) {
        // A factor between the steps (zoomed in past 200 %): one more item shows it as it is.
        const QString text = tr("%1 %").arg(qRound(m_view->zoomFactor() * 100));
        if (m_zoomChoice->count() == steps)
            m_zoomChoice->addItem(text, m_view->zoomFactor());
        m_zoomChoice->setItemText(steps, text);
        m_zoomChoice->setItemData(steps, m_view->zoomFactor());
        index = steps;
    } else if (m_zoomChoice->count() > steps) {
        m_zoomChoice->removeItem(steps);
    }
    m_zoomChoice->setCurrentIndex(index);
    m_zoomChoice->setAccessibleDescription(tr("Zoom: %1").arg(m_zoomChoice->currentText()));
}

bool PdfPreviewDialog::saveTo(const QString &path)
{
    m_lastError.clear();
    if (m_current < 0) {
        m_lastError = tr("There is no document to save.");
        return false;
    }
    m_lastError = documentFiles::write(m_documents.at(m_current).pdf, path);
    return m_lastError.isEmpty();
}

bool PdfPreviewDialog::saveAllTo(const QString &folder)
{
    m_lastError = documentFiles::writeAll(m_documents, folder);
    return m_lastError.isEmpty();
}

void PdfPreviewDialog::saveAs()
{
    if (m_current < 0)
        return;
    const QString suggested =
        QDir(documentFiles::folderForSaving()).filePath(m_documents.at(m_current).fileName);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save as"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    documentFiles::rememberFolder(QFileInfo(path).absolutePath());
    const bool saved = saveTo(path);
    m_status->setText(saved ? tr("✔ Saved as %1.").arg(QDir::toNativeSeparators(path))
                            : tr("✖ %1").arg(m_lastError));
    m_status->setVisible(true);
}

void PdfPreviewDialog::saveAll()
{
    if (m_documents.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save all documents into"),
                                                             documentFiles::folderForSaving());
    if (folder.isEmpty())
        return;
    documentFiles::rememberFolder(folder);
    if (!documentFiles::confirmReplace(this, m_documents, folder))
        return;
    const bool saved = saveAllTo(folder);
    m_status->setText(
        saved ? tr("✔ Saved in %1 (documents: %2).")
                    .arg(QDir::toNativeSeparators(folder), QString::number(m_documents.size()))
              : tr("✖ %1").arg(m_lastError));
    m_status->setVisible(true);
}

bool PdfPreviewDialog::printTo(QPrinter *printer)
{
    m_lastError.clear();
    const int count = m_pdf->pageCount();
    if (count <= 0) {
        m_lastError = tr("There is no document to print.");
        return false;
    }
    int first = 0;
    int last = count - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = std::clamp(printer->fromPage() - 1, 0, count - 1);
        last =
            std::clamp(printer->toPage() > 0 ? printer->toPage() - 1 : count - 1, first, count - 1);
    } else if (printer->printRange() == QPrinter::CurrentPage) {
        first = last = std::clamp(currentPage(), 0, count - 1);
    }
    if (printer->docName().isEmpty() && m_current >= 0)
        printer->setDocName(m_documents.at(m_current).title);

    QPainter painter;
    if (!painter.begin(printer)) {
        m_lastError = tr("The printer cannot be used.");
        return false;
    }
    const int dpi = std::min(printer->resolution(), kMaxPrintDpi);
    const qreal toDevice = qreal(printer->resolution()) / dpi;
    for (int page = first; page <= last; ++page) {
        if (page > first && !printer->newPage()) {
            m_lastError = tr("The printer stopped after page %1.").arg(page);
            painter.end();
            return false;
        }
        // The page at the rendering resolution, then fitted into the printable area.
        const QSizeF points = m_pdf->pagePointSize(page);
        const QSize pixels = (points * dpi / 72.0).toSize();
        const QImage rendered = m_pdf->render(page, pixels);
        if (rendered.isNull()) {
            m_lastError = tr("Page %1 could not be prepared for printing.").arg(page + 1);
            painter.end();
            return false;
        }
        // QtPdf leaves the paper transparent: on white, so that every printer driver (and a
        // PDF printed to file) shows the page as it is, not on a black or see-through ground.
        QImage image(rendered.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter onWhite(&image);
            onWhite.drawImage(0, 0, rendered);
        }
        const QRect area = painter.viewport();
        // At its own size, or shrunk into the printable area (the printer's margins).
        QSizeF target = QSizeF(pixels) * toDevice;
        if (target.width() > area.width() || target.height() > area.height())
            target.scale(area.size(), Qt::KeepAspectRatio);
        const QRectF where(area.x() + (area.width() - target.width()) / 2, area.y(), target.width(),
                           target.height());
        painter.drawImage(where, image);
    }
    painter.end();
    return true;
}

void PdfPreviewDialog::print()
{
    const int count = m_pdf->pageCount();
    if (count <= 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    // Printing to a file, the dialog suggests the document's name instead of "print.pdf".
    printer.setDocName(QFileInfo(m_documents.at(m_current).fileName).completeBaseName());
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(tr("Print %1").arg(m_documents.at(m_current).title));
    dialog.setMinMax(1, count);
    dialog.setFromTo(1, count);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, true);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, true);
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool printed = printTo(&printer);
    m_status->setText(printed ? tr("✔ Sent to the printer.") : tr("✖ %1").arg(m_lastError));
    m_status->setVisible(true);
}

} // namespace od
