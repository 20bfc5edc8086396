#include "DocumentCommands.h"

#include "catalog/Catalog.h"
#include "documents/Documents.h"
#include "order/OrderJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <cstdio>

namespace od {

namespace {

class DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(od::DocumentCommands)

public:
    explicit DocumentCommands(const AppOptions &options) : m_options(options) {}

    int run()
    {
        const Result<Catalog> catalog = m_options.catalogPath.isEmpty()
                                            ? Catalog::bundled()
                                            : Catalog::load(m_options.catalogPath);
        if (!catalog)
            return fail(tr("The product catalog cannot be used:\n%1").arg(catalog.error()));
        const Result<Order> order = readDraft();
        if (!order)
            return fail(order.error());
        if (order->countries.isEmpty())
            return fail(tr("%1: the order has no country, so there is nothing to put in a "
                           "document. Choose a country and its voice plans first.")
                            .arg(shown(m_options.draftPath)));
        return m_options.action == AppOptions::Action::WriteContract
                   ? writeContract(*order, *catalog)
                   : writePortingForms(*order, *catalog);
    }

private:
    static QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

    static void print(FILE *stream, const QString &text)
    {
        const QByteArray bytes = (text + QLatin1Char('\n')).toLocal8Bit();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
        std::fflush(stream);
    }

    static int fail(const QString &message)
    {
        print(stderr, message);
        return 1;
    }

    Result<Order> readDraft() const
    {
        const QString path = m_options.draftPath;
        const QFileInfo info(path);
        if (!info.exists())
            return Result<Order>::failure(tr("%1: no such file.").arg(shown(path)));
        if (info.isDir())
            return Result<Order>::failure(
                tr("%1 is a folder; give the draft's file, exported from Order Desk.")
                    .arg(shown(path)));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<Order>::failure(
                tr("%1 cannot be read: %2").arg(shown(path), file.errorString()));
        const QByteArray bytes = file.readAll();
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return Result<Order>::failure(tr("%1 is not JSON: %2 at character %3.")
                                              .arg(shown(path), error.errorString())
                                              .arg(error.offset));
        if (!json.isObject())
            return Result<Order>::failure(
                tr("%1 is not an order: it holds JSON, but not an object.").arg(shown(path)));
        Result<Order> order = orderFromJson(json.object());
        if (!order)
            return Result<Order>::failure(
                tr("%1 is not an order Order Desk can read: %2").arg(shown(path), order.error()));
        return order;
    }

    /// Writes all or nothing of one file: a failed write leaves what was there.
    static QString write(const QString &path, const QByteArray &bytes)
    {
        if (QFileInfo(path).isDir())
            return tr("%1 is a folder; give the name of the PDF to write.").arg(shown(path));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return tr("%1 cannot be written: %2").arg(shown(path), file.errorString());
        return {};
    }

    int writeContract(const Order &order, const Catalog &catalog) const
    {
        const Result<documents::Document> document = documents::contract(order, catalog);
        if (!document)
            return fail(tr("%1: %2").arg(shown(m_options.draftPath), document.error()));
        const QString error = write(m_options.outputPath, document->pdf);
        if (!error.isEmpty())
            return fail(error);
        print(stdout, shown(m_options.outputPath));
        return 0;
    }

    int writePortingForms(const Order &order, const Catalog &catalog) const
    {
        if (!order.anyPorting())
            return fail(tr("%1: no country keeps its numbers, so the order needs no porting "
                           "form.")
                            .arg(shown(m_options.draftPath)));
        // Every form first, then the files: a form that cannot be made leaves nothing behind.
        QList<documents::Document> forms;
        for (const documents::PortingForm &form : documents::portingForms(order, catalog)) {
            Result<documents::Document> document = documents::portingForm(order, catalog, form);
            if (!document)
                return fail(tr("%1: %2").arg(shown(m_options.draftPath), document.error()));
            forms << std::move(document).value();
        }
        const QString folder = m_options.outputPath;
        const QFileInfo info(folder);
        if (info.exists() && !info.isDir())
            return fail(tr("%1 is a file; porting-forms writes into a folder.").arg(shown(folder)));
        if (!QDir().mkpath(folder))
            return fail(tr("The folder %1 cannot be created.").arg(shown(folder)));
        const QDir dir(folder);
        for (const documents::Document &form : forms) {
            const QString path = dir.filePath(form.fileName);
            const QString error = write(path, form.pdf);
            if (!error.isEmpty())
                return fail(error);
            print(stdout, shown(path));
        }
        return 0;
    }

    const AppOptions &m_options;
};

} // namespace

int runDocumentCommand(const AppOptions &options)
{
    return DocumentCommands(options).run();
}

} // namespace od
