// The floor for start-up: a hello-world Qt Widgets window built in the same tree (same
// compiler, flags and Qt), shown and painted once, then the process exits. Versus's own cold
// start (`bench_startup --cold`) is measured against it: docs/PERFORMANCE.md.
//
//   floor        (offscreen unless a display is set)

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &window, &QWidget::close);
    window.setCentralWidget(new QLabel(QStringLiteral("Hello, world"), &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1200, 800);
    window.show();
    window.grab(); // forces layout and a full paint, as bench_startup does
    return 0;
}
