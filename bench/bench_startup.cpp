// Start-up: from nothing to the main window on screen with the bundled dataset, as
// main() does it, and what the first screen builds (only the Overview tab). Prints the
// time to a shown, painted window and peak memory.
//
//   bench_startup [--runs N]     (offscreen unless a display is set)
//   bench_startup --cold         one start as main() makes it (language, dataset, window
//                                painted), then exit: for /usr/bin/time and perf stat next
//                                to bench/floor (docs/PERFORMANCE.md)

#include "core/dataset/datasetloader.h"
#include "core/i18n/language.h"
#include "app/shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VersusBench"));
    const qint64 appReady = clock.nsecsElapsed();
    if (QApplication::arguments().contains(QStringLiteral("--cold"))) {
        Language::apply(Language::systemDefault());
        MainWindow window;
        window.show();
        window.openDataset(QString());
        window.grab();
        return 0;
    }
    int runs = 5;
    const QStringList args = QApplication::arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt > 0 && runsAt + 1 < args.size())
        runs = qMax(1, args.at(runsAt + 1).toInt());

    QList<double> windows;
    QList<double> loads;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto loaded = DatasetLoader::loadBundled();
        loads.append(t.nsecsElapsed() / 1e6);
        t.restart();
        MainWindow window;
        window.show();
        window.openDataset(QString());
        window.grab(); // forces layout and a full paint of the first screen
        windows.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(windows.begin(), windows.end());
    std::sort(loads.begin(), loads.end());
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    QTextStream out(stdout);
    out << "bench_startup: " << runs << " runs\n"
        << "  QApplication:              " << QString::number(appReady / 1e6, 'f', 1) << " ms\n"
        << "  bundled dataset load:      median " << QString::number(loads.at(loads.size() / 2), 'f', 1) << " ms\n"
        << "  window shown and painted:  median " << QString::number(windows.at(windows.size() / 2), 'f', 1)
        << " ms (first " << QString::number(windows.constFirst(), 'f', 1) << " ms; includes the load)\n"
        << "  peak RSS:                  " << usage.ru_maxrss / 1024 << " MiB\n";
    return 0;
}
