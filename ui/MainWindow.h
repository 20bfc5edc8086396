#pragma once

#include "catalog/Catalog.h"

#include <QMainWindow>

namespace od {

/// The application window. For now the start screen: what the catalog offers and where drafts
/// are kept; the draft browser and the wizard take its place in later work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Catalog catalog, QString dataDir, QWidget *parent = nullptr);

private:
    void buildMenus();
    void showAbout();

    Catalog m_catalog;
    QString m_dataDir;
};

} // namespace od
