#pragma once

#include "core/cost/cost.h"
#include "core/dataset/dataset.h"
#include "core/fit/fit.h"
#include "core/recommend/answers.h"
#include "core/recommend/robustness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QTextStream>

#include <initializer_list>
#include <memory>

// The command line of CONTRACT.md: parsing, and the headless modes' dispatch. Each mode
// lives in a cli*.cpp of its own and prints nothing but its result.
enum ExitCode { ExitOk = 0, ExitBadInput = 1, ExitUsage = 2 };

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode {
        Gui,
        Help,
        Version,
        Validate,
        ListCharts,
        ExportChart,
        ExportMatrix,
        ExportReport,
        ListQuestions,
        Recommend,
        Cost,
        ListModels,
        ListDevices,
        ListPrecisions,
        Fit,
        SelfHost,
        Import,
        Diff,
        ExportScores
    };

    CommandLine();

    // Parses arguments (argv[0] included). False on a usage error, with errorText() set.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_error; }

    Mode mode() const { return m_mode; }
    bool isHeadless() const { return m_mode != Mode::Gui; }
    QString language() const;   // --lang, or empty
    QString dataFile() const;   // --data or the GUI's FILE.json, or empty for the bundled data
    // The GUI's datasets, a window each: the FILE.json given (a file manager's %F may give
    // several), else dataFile() alone.
    QStringList guiFiles() const;
    QStringList answers() const { return m_parser.values(QStringLiteral("answer")); }
    QString answersFile() const { return m_parser.value(QStringLiteral("answers")); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    // --samples and --seed; false with a one-line *error for a value out of range.
    bool sampling(SamplingOptions *options, QString *error) const;
    static constexpr int MaxSamples = 1000000;
    QString modeValue() const { return m_modeValue; }   // the value of the mode's option
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString helpText() const { return m_parser.helpText(); }

    // Runs a headless mode; returns the process's exit status.
    int run(QTextStream &out, QTextStream &err);

private:
    bool checkOptionsOf(Mode mode, const char *modeOption, std::initializer_list<const char *> options);
    // The same for options shared by several modes (named together in the message).
    bool checkOptionsOf(std::initializer_list<Mode> modes, const QString &modeOptions,
                        std::initializer_list<const char *> options);
    bool checkSamplingOptions();
    bool checkFitOptions();
    QCommandLineParser m_parser;
    Mode m_mode = Mode::Gui;
    QString m_modeValue;
    QString m_error;

    bool checkCostOptions();
    bool checkSelfHostOptions();
    bool checkEvidenceOptions();
};

// What every headless mode gets: the dataset it works on and where to print.
struct CliContext
{
    std::shared_ptr<const Dataset> dataset;
    const CommandLine &commandLine;
    QTextStream &out;
    QTextStream &err;
};

int cliListCharts(const CliContext &context);
int cliExportChart(const CliContext &context, const QString &chartId, const QString &outPath);
int cliExportMatrix(const CliContext &context, const QString &outPath);
int cliExportReport(const CliContext &context, const QString &outPath);
int cliListQuestions(const CliContext &context);
int cliRecommend(const CliContext &context);
int cliCost(const CliContext &context);
int cliListModels(const CliContext &context);
int cliListDevices(const CliContext &context);
int cliListPrecisions(const CliContext &context);
int cliFit(const CliContext &context);
int cliSelfHost(const CliContext &context, const QString &modelId);
int cliImport(const CliContext &context, const QStringList &files, const QString &outPath);
int cliDiff(const CliContext &context, const QString &oldPath, const QString &newPath);
int cliExportScores(const CliContext &context, const QString &outPath);
// Reads --answers FILE then --answer QID=OPTION (later ones win) and checks them against
// the dataset; prints the reason and returns the exit status on a problem, else ExitOk.
int cliAnswers(const CliContext &context, QMap<QString, QString> *answers);
// The same with the follow-up pages' answers: those of the file, then the hardware options
// (--device or --memory, --bandwidth, --count, --precision, --context) and the workload
// options (--input-mtok, --output-mtok, --cached-share), which win.
int cliAnswers(const CliContext &context, QMap<QString, QString> *answers, AnswerExtras *extras);
// The hardware options (--device or --memory, --bandwidth, --count, --precision, --kv-precision,
// --context, --sequences) over base: for --export-chart of a fit-context chart; false with the
// reason printed.
bool cliFitRequest(const CliContext &context, const FitRequest &base, FitRequest *request);
// The hardware options as an answer (unset without --device or --memory); false with the reason printed.
bool cliHardware(const CliContext &context, HardwareAnswer *hardware);
// The workload options over *workload's values (a null day: the newest); false with a
// one-line reason in *error.
bool cliWorkload(const CommandLine &commandLine, Workload *workload, QString *error);
