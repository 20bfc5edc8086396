#pragma once
// A GUI test's main on a screen of a known size and pixel ratio: Qt's offscreen platform reads
// its screens from a file, so that layouts are tried on the laptop screen a rep has (1366×768)
// or at 200 % (the same screen at twice the device pixels).

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

namespace od::testing {

template <typename Test> int runOnScreen(int argc, char **argv, int devicePixelRatio = 1)
{
    QTemporaryDir dir;
    const QString config = QDir(dir.path()).filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return EXIT_FAILURE;
    file.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366,
                   "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": %1}]})")
                   .arg(devicePixelRatio)
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace od::testing
