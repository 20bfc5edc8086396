#include "widgets/DocumentFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace od::documentFiles {

namespace {
QString &lastFolder()
{
    static QString folder;
    return folder;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("od::documentFiles", text);
}
} // namespace

QString folderForSaving()
{
    if (!lastFolder().isEmpty() && QFileInfo(lastFolder()).isDir())
        return lastFolder();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolder(const QString &folder)
{
    lastFolder() = folder;
}

QString write(const QByteArray &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit())
        return tr("%1 could not be saved: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString writeAll(const QList<documents::Document> &documents, const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
    for (const documents::Document &d : documents)
        if (const QString problem = write(d.pdf, dir.filePath(d.fileName)); !problem.isEmpty())
            return problem;
    return {};
}

bool confirmReplace(QWidget *parent, const QList<documents::Document> &documents,
                    const QString &folder)
{
    const QDir dir(folder);
    int existing = 0;
    for (const documents::Document &d : documents)
        if (QFileInfo::exists(dir.filePath(d.fileName)))
            ++existing;
    return existing == 0 ||
           QMessageBox::question(
               parent, tr("Replace files"),
               tr("Files of the same name are in this folder already (%1 of %2). Replace them?")
                   .arg(existing)
                   .arg(documents.size()),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace od::documentFiles
