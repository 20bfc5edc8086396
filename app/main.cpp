// The desktop app: a thin main and the composition root.
#include "AppOptions.h"
#include "DocumentCommands.h"
#include "MainWindow.h"
#include "Translations.h"
#include "catalog/Catalog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSocketNotifier>
#include <QWizard>

#include <csignal>
#include <cstdio>
#include <vector>

#include <sys/socket.h>
#include <unistd.h>

namespace {

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}

/// Tells the rep on the terminal and, where there is a screen to show it on, in a dialog.
void fail(const QString &text)
{
    printTo(stderr, text);
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(nullptr, QObject::tr("Order Desk"), text);
}

int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

/// SIGTERM (logout, shutdown), SIGHUP and SIGINT close the window as the rep would, so that the
/// last moment of typing is saved instead of lost with the process. The handler only writes a
/// byte; the window is closed from the event loop.
void closeOnTermination(QWidget *window)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, window);
    QObject::connect(notifier, &QSocketNotifier::activated, window, [window] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_signalPipe[1], &byte, 1);
        window->close();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(signal, &action, nullptr);
}

/// ORDERDESK_REPORT_SHOWN set: once the window's first paint is done, one line on stdout says
/// what it shows ("orderdesk shown: drafts", "orderdesk shown: wizard step 6"). The start-up
/// benchmark (tests/bench) times that line from outside, as the rep waits for the window.
class ShownReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_painted)
            return false;
        m_painted = true;
        auto *window = static_cast<QWidget *>(watched);
        // Queued: it runs once this paint of the whole window is on the screen.
        QMetaObject::invokeMethod(
            this,
            [this, window] {
                const QWizard *wizard = window->findChild<QWizard *>();
                if (wizard && wizard->isVisible())
                    std::printf("orderdesk shown: wizard step %d\n", wizard->currentId());
                else
                    std::printf("orderdesk shown: drafts\n");
                std::fflush(stdout);
                window->removeEventFilter(this);
            },
            Qt::QueuedConnection);
        return false;
    }

private:
    bool m_painted = false;
};

/// The window, from QApplication to its closing; `restart`: the rep asked to restart.
int runWindow(int &argc, char **argv, const od::AppOptions &options, bool *restart);

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("orderdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("OrderDesk"));

    // --help and --version must work without a display: parse before QApplication exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const od::AppOptions options = od::parseAppOptions(arguments);
    switch (options.action) {
    case od::AppOptions::Action::ShowHelp:
    case od::AppOptions::Action::ShowVersion:
        printTo(stdout, options.message);
        return 0;
    case od::AppOptions::Action::Error:
        printTo(stderr, options.message);
        return 2;
    case od::AppOptions::Action::WriteContract:
    case od::AppOptions::Action::WritePortingForms: {
        // The commands never show a window: they must work over SSH and in scripts, where
        // there is no display. Fonts still need a QGuiApplication.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        const QSettings settings;
        od::applyLanguage(app, od::chosenLanguage(options.language, settings));
        return od::runDocumentCommand(options);
    }
    case od::AppOptions::Action::Run:
        break;
    }

    // QApplication takes its own options (-platform, -style) out of argv: a restart needs them.
    std::vector<char *> originalArguments(argv, argv + argc + 1);
    bool restart = false;
    const int status = runWindow(argc, argv, options, &restart);
    if (restart) {
        // Settings ▸ Language, "Restart now": the window has closed and saved everything, and
        // the drafts are free for the new process, which is this one again with the same
        // arguments.
        std::fflush(nullptr);
        ::execv("/proc/self/exe", originalArguments.data());
        printTo(stderr, QObject::tr("Order Desk could not restart: start it again."));
    }
    return status;
}

namespace {

int runWindow(int &argc, char **argv, const od::AppOptions &options, bool *restart)
{
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral(ORDERDESK_APP_ID));
    QApplication::setWindowIcon(od::MainWindow::applicationIcon());
    // The language: --language, else the rep's choice in Settings ▸ Language, else the system's.
    QSettings settings;
    od::applyLanguage(app, od::chosenLanguage(options.language, settings));
    QApplication::setApplicationDisplayName(QObject::tr("Order Desk"));

    const od::Result<od::Catalog> catalog = options.catalogPath.isEmpty()
                                                ? od::Catalog::bundled()
                                                : od::Catalog::load(options.catalogPath);
    if (!catalog) {
        const QString text =
            QObject::tr("The product catalog cannot be used:\n%1").arg(catalog.error());
        fail(text);
        return 2;
    }

    if (!QDir().mkpath(options.dataDir)) {
        const QString text =
            QObject::tr("The data folder %1 cannot be created. Choose another one with "
                        "--data-dir.")
                .arg(QDir::toNativeSeparators(options.dataDir));
        fail(text);
        return 2;
    }
    QFile::setPermissions(options.dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    od::MainWindow window(catalog.value(), options.dataDir);
    // The carrier's services: --upstream, else the environment, else the settings.
    window.connectCarrier(od::sync::Endpoints::load(
        &settings, QProcessEnvironment::systemEnvironment(), options.upstream));
    // Where the rep left off: the window's place and size, the open draft and its step.
    window.setLanguageOption(options.language);
    window.restoreSession(&settings);
    closeOnTermination(&window);
    if (qEnvironmentVariableIsSet("ORDERDESK_REPORT_SHOWN"))
        window.installEventFilter(new ShownReporter(&window));
    window.show();
    const int status = QApplication::exec();
    *restart = window.restartRequested();
    return status;
}

} // namespace
