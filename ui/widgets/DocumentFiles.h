#pragma once

#include "documents/Documents.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QWidget;

namespace od::documentFiles {

/// Where the next "Save" starts: the folder of the last save in this session, else Documents.
QString folderForSaving();
void rememberFolder(const QString &folder);

/// Writes `data` to `path` atomically (QSaveFile); empty on success, else what went wrong,
/// naming the file.
QString write(const QByteArray &data, const QString &path);
/// Writes every document into `folder` under its file name; empty on success, else the first
/// problem, naming the file or the folder.
QString writeAll(const QList<documents::Document> &documents, const QString &folder);
/// Asks before files of the same names in `folder` are replaced; true when none would be, or
/// the rep agrees.
bool confirmReplace(QWidget *parent, const QList<documents::Document> &documents,
                    const QString &folder);

} // namespace od::documentFiles
