#pragma once

#include "documents/Documents.h"

#include <QDialog>
#include <QList>

class QAction;
class QBuffer;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QSpinBox;
class QToolBar;

namespace od {

/// Shows generated PDFs (the contract, porting forms, a signed envelope) inside the app: page
/// navigation, zoom, Save as…, Save all… and Print…, every action on the keyboard. Several
/// documents are offered through a "Document" chooser. The PDFs are read from memory.
class PdfPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    /// The zoom steps of the chooser and of zoom in / zoom out.
    static constexpr qreal kZoomSteps[] = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0};

    explicit PdfPreviewDialog(QWidget *parent = nullptr);
    ~PdfPreviewDialog() override;

    /// Replaces what the dialog shows and opens the first document.
    void setDocuments(const QList<documents::Document> &documents);
    const QList<documents::Document> &documents() const { return m_documents; }
    int currentDocument() const { return m_current; }
    void showDocument(int index);

    QPdfView *view() const { return m_view; }
    QPdfDocument *pdf() const { return m_pdf; }
    int currentPage() const; ///< 0-based
    void goToPage(int page); ///< 0-based, clamped
    void zoomIn();
    void zoomOut();
    /// The zoom in effect, also in the fit modes (where QPdfView keeps its own factor).
    qreal effectiveZoom() const;

    /// Writes the current document to `path` (QSaveFile): false with lastError() on failure.
    /// Save as… asks for the path, then calls this.
    bool saveTo(const QString &path);
    /// Writes every document into `folder` under its own file name.
    bool saveAllTo(const QString &folder);
    /// Prints the current document on `printer`, the page range chosen there honoured.
    bool printTo(QPrinter *printer);
    QString lastError() const { return m_lastError; }

    /// Rendering resolution cap for printing (dots per inch): a page rendered at 1200 dpi would
    /// take half a gigabyte; 300 dpi is print quality for text and keeps a page near 35 MB.
    static constexpr int kMaxPrintDpi = 300;

private:
    void buildToolBar();
    void saveAs();
    void saveAll();
    void print();
    void applyZoomChoice(int index);
    void updatePageControls();
    void updateZoomChoice();
    void setZoom(qreal factor);

    QList<documents::Document> m_documents;
    int m_current = -1;
    QPdfDocument *m_pdf = nullptr;
    QBuffer *m_buffer = nullptr; ///< QPdfDocument reads from it while the document is open
    QPdfView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_documentChooser = nullptr;
    QWidget *m_documentRow = nullptr;
    QLabel *m_documentLabel = nullptr;
    QLabel *m_documentCount = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_pageCount = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_actualSize = nullptr;
    QComboBox *m_zoomChoice = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAll = nullptr;
    QAction *m_print = nullptr;
    QLabel *m_status = nullptr;
    QString m_lastError;
    bool m_updating = false;
};

} // namespace od
