// orderdesk-bench [filter]: runs every registered benchmark whose name contains `filter` and
// prints one line per figure, "name value unit". Not a test: it never fails on time.
#include "Bench.h"

#include <QApplication>
#include <QStringList>

int main(int argc, char *argv[])
{
    // Widgets are measured offscreen unless a platform is chosen explicitly.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "orderdesk.*.info=false;qt.qpa.*=false");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.contains(QStringLiteral("--list"))) {
        for (const od::bench::Benchmark &b : od::bench::registry())
            std::printf("%s\n", b.name);
        return 0;
    }
    const QString filter = args.size() > 1 ? args.at(1) : QString();
    int ran = 0;
    for (const od::bench::Benchmark &b : od::bench::registry()) {
        if (!filter.isEmpty() && !QString::fromLatin1(b.name).contains(filter))
            continue;
        b.run();
        ++ran;
    }
    if (ran == 0) {
        std::fprintf(stderr, "no benchmark matches \"%s\"; try --list\n", qPrintable(filter));
        return 1;
    }
    return 0;
}
