#include "app/cli/commandline.h"
#include "core/dataset/datasetloader.h"
#include "core/i18n/language.h"
#include "app/shell/mainwindow.h"
#include "app/shell/settingskeys.h"
#include "app/shell/theme.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

#include <cstdio>
#include <memory>
#include <vector>

namespace {
// Headless modes print nothing but their result: Qt's own chatter (fonts, platform
// plugins) is dropped unless VERSUS_DEBUG is set.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}
} // namespace

int main(int argc, char *argv[])
{
    // The command line is read before any window system is touched, so usage errors and
    // headless modes work without a display.
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLine commandLine;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!commandLine.parse(arguments)) {
        err << "versus: " << commandLine.errorText() << Qt::endl << CommandLine::tr("Try 'versus --help'.") << Qt::endl;
        return ExitUsage;
    }
    if (commandLine.isHeadless()) {
        // No window is shown: no connection to a display server is made either (it costs
        // tens of milliseconds). QT_QPA_PLATFORM, where set, still decides.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("VERSUS_DEBUG"))
            qInstallMessageHandler(quietMessages);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Versus"));
    QApplication::setOrganizationName(QStringLiteral("Versus"));
    QApplication::setApplicationVersion(QStringLiteral(VERSUS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.versus.Versus"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/versus.svg")));

    QString language = commandLine.language();
    if (language.isEmpty() && !commandLine.isHeadless())
        language = QSettings().value(SettingsKeys::Language).toString();
    if (!Language::supported().contains(language))
        language = Language::systemDefault();
    Language::apply(language);

    if (commandLine.isHeadless())
        return commandLine.run(out, err);

    Theme::apply(Theme::fromId(QSettings().value(SettingsKeys::Theme).toString()));
    std::vector<std::unique_ptr<MainWindow>> windows;
    for (const QString &file : commandLine.guiFiles()) {
        windows.push_back(std::make_unique<MainWindow>());
        windows.back()->show();
        windows.back()->openFile(file);
    }
    return QApplication::exec();
}
