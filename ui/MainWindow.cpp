#include "MainWindow.h"

#include "catalog/Money.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace od {

MainWindow::MainWindow(Catalog catalog, QString dataDir, QWidget *parent)
    : QMainWindow(parent), m_catalog(std::move(catalog)), m_dataDir(std::move(dataDir))
{
    setWindowTitle(tr("Order Desk"));
    setObjectName(QStringLiteral("MainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *heading = new QLabel(tr("<h2>Operator Connect orders</h2>"), central);
    heading->setAccessibleName(tr("Operator Connect orders"));
    layout->addWidget(heading);

    auto *intro = new QLabel(
        tr("The countries and voice plans of the product catalog. Monthly prices are per user."),
        central);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *tree = new QTreeWidget(central);
    tree->setObjectName(QStringLiteral("catalogTree"));
    tree->setAccessibleName(tr("Catalog"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Country / plan"), tr("Monthly per user")});
    const QLocale locale;
    for (const CountryInfo &country : m_catalog.countries()) {
        auto *countryItem = new QTreeWidgetItem(
            tree, {QStringLiteral("%1 (%2)").arg(country.name, country.code), country.currency});
        for (const Plan &plan : country.plans) {
            auto *planItem = new QTreeWidgetItem(
                countryItem,
                {plan.name, formatMoney(plan.monthlyPricePerUser, country.currency, locale)});
            planItem->setToolTip(0, plan.description);
        }
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(tree, 1);
    setCentralWidget(central);

    buildMenus();
    statusBar()->showMessage(tr("Drafts are kept in %1").arg(QDir::toNativeSeparators(m_dataDir)));
    resize(900, 640);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Order Desk"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Order Desk"),
                       tr("<p><b>Order Desk</b> %1</p><p>Microsoft Teams Operator Connect orders "
                          "for business customers.</p><p>Catalog: %2%3</p>")
                           .arg(QApplication::applicationVersion(), m_catalog.version(),
                                m_catalog.isSample() ? tr(" (sample data)") : QString()));
}

} // namespace od
