#include "app/cli/commandline.h"

#include "core/dataset/datasetloader.h"

#include <QCommandLineOption>

#include <algorithm>
#include <limits>

namespace {
struct ModeOption
{
    const char *name;
    CommandLine::Mode mode;
};

// Options that select a headless mode, in the order --help lists them.
const ModeOption modeOptions[] = {
    {"validate", CommandLine::Mode::Validate},         {"list-charts", CommandLine::Mode::ListCharts},
    {"export-chart", CommandLine::Mode::ExportChart},   {"export-matrix", CommandLine::Mode::ExportMatrix},
    {"export-report", CommandLine::Mode::ExportReport}, {"list-questions", CommandLine::Mode::ListQuestions},
    {"recommend", CommandLine::Mode::Recommend},        {"list-models", CommandLine::Mode::ListModels},
    {"cost", CommandLine::Mode::Cost},
    {"list-devices", CommandLine::Mode::ListDevices},   {"list-precisions", CommandLine::Mode::ListPrecisions},
    {"fit", CommandLine::Mode::Fit},                   {"self-host", CommandLine::Mode::SelfHost},
    {"import", CommandLine::Mode::Import},             {"diff", CommandLine::Mode::Diff},
    {"export-scores", CommandLine::Mode::ExportScores},
};
} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("Versus explores the DeepSeek vs Qwen comparison: the feature matrix, benchmark charts, "
           "a recommendation wizard and a PDF report.\n\n"
           "Headless modes need no display and print nothing but their result. Exit status: 0 success, "
           "1 bad input, 2 usage error."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")},
        {{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")},
        {QStringLiteral("data"), tr("Use FILE instead of the bundled dataset."), tr("FILE")},
        {QStringLiteral("lang"), tr("Language: en or zh_CN (default: the system locale, else en)."), tr("LOCALE")},
        {QStringLiteral("validate"), tr("Check a dataset; print ok with counts, or one located line per problem."),
         tr("FILE")},
        {QStringLiteral("list-charts"), tr("List the charts, one line each: ID<TAB>title.")},
        {QStringLiteral("export-chart"), tr("Export chart ID to OUT (.pdf, .svg or .png): --export-chart ID OUT. A chart of memory against "
            "context (fit-context) takes the hardware options --device or --memory, --bandwidth, --count, "
            "--precision, --kv-precision, --context and --sequences, over its own device and precisions."),
         tr("ID")},
        {QStringLiteral("export-matrix"), tr("Export the feature matrix to OUT (.csv or .json)."), tr("OUT")},
        {QStringLiteral("export-report"), tr("Export the whole report to OUT.pdf."), tr("OUT.pdf")},
        {QStringLiteral("list-questions"), tr("List the wizard's questions: QID<TAB>OPTION,...<TAB>text.")},
        {QStringLiteral("recommend"), tr("Print a recommendation for the given answers.")},
        {QStringLiteral("list-models"),
         tr("List the models, one line each: ID<TAB>name<TAB>family<TAB>released (YYYY-MM, empty where not stated).")},
        {QStringLiteral("answer"), tr("Answer a question (repeatable), with --recommend or --export-report."),
         tr("QID=OPTION")},
        {QStringLiteral("answers"), tr("Read answers from a JSON file {\"QID\": \"OPTION\", ...}."), tr("FILE.json")},
        {QStringLiteral("samples"),
         tr("With --recommend: how many random importance draws give the win probability (1 to %1, default %2).")
             .arg(MaxSamples)
             .arg(SamplingOptions::DefaultSamples),
         tr("N")},
        {QStringLiteral("seed"), tr("With --recommend: the seed of those draws (default %1).").arg(SamplingOptions::DefaultSeed),
         tr("S")},
        {QStringLiteral("cost"), tr("Print the monthly API cost of a workload for every priced model, at the list "
                                    "prices in force on a day, each in its own currency, with its date and source.")},
        {QStringLiteral("input-mtok"), tr("With --cost, --recommend or --export-report: input tokens a month, in "
                                          "millions (default 1; with --recommend, the volume the cost is shown for)."),
         tr("N")},
        {QStringLiteral("output-mtok"), tr("With --cost, --recommend or --export-report: output tokens a month, in "
                                           "millions (default 1)."), tr("N")},
        {QStringLiteral("cached-share"), tr("With --cost, --recommend or --export-report: the share of the input served "
                                            "from the cache, 0 to 1 (default 0)."), tr("F")},
        {QStringLiteral("on"), tr("With --cost or --export-report: the prices in force on this day (default: the newest)."),
         tr("YYYY-MM-DD")},
        {QStringLiteral("list-devices"), tr("List the devices, one line each: ID<TAB>memory in GB<TAB>name.")},
        {QStringLiteral("list-precisions"), tr("List the precisions, one line each: ID<TAB>bits per weight<TAB>name.")},
        {QStringLiteral("fit"), tr("Print, for every model, the memory it needs on the hardware, whether it fits, the "
                                   "largest context that fits and an upper bound of its decode speed.")},
        {QStringLiteral("device"), tr("With --fit, --recommend or --export-report: the device (see --list-devices); "
                                      "the recommendation then names the models that fit, the report gets its "
                                      "hardware-fit section."), tr("ID")},
        {QStringLiteral("memory"), tr("With --fit, --recommend or --export-report: the memory of a device not in the "
                                      "list, in GB (10^9 bytes)."), tr("GB")},
        {QStringLiteral("bandwidth"), tr("With --memory: its memory bandwidth in GB/s."), tr("GBPS")},
        {QStringLiteral("count"), tr("With --fit, --recommend or --export-report: how many devices of that kind "
                                     "(default 1)."), tr("N")},
        {QStringLiteral("precision"), tr("With --fit, --recommend or --export-report: the weights' precision (see "
                                         "--list-precisions; --fit's default bf16, the recommendation's the most bits "
                                         "that fit each model)."), tr("ID")},
        {QStringLiteral("kv-precision"), tr("With --fit: the KV cache's precision (default bf16)."), tr("ID")},
        {QStringLiteral("context"), tr("With --fit, --recommend or --export-report: the context length in tokens "
                                       "(default 8192)."), tr("TOKENS")},
        {QStringLiteral("sequences"), tr("With --fit: concurrent sequences (default 1)."), tr("N")},
        {QStringLiteral("self-host"),
         tr("Print an estimate of what self-hosting MODEL costs per million tokens on the hardware given (--device or "
            "--memory, --precision, --context): the GPUs needed from the fit, your --gpu-hour-price, the throughput "
            "you give with --tokens-per-second or else the fit's decode upper bound; with its assumptions."),
         tr("MODEL")},
        {QStringLiteral("gpu-hour-price"), tr("With --self-host: your price of one GPU hour (no default)."), tr("P")},
        {QStringLiteral("currency"), tr("With --self-host: the currency of that price (a label; never converted)."),
         tr("CODE")},
        {QStringLiteral("tokens-per-second"),
         tr("With --self-host: the deployment's throughput you measured (default: the fit's decode upper bound)."),
         tr("T")},
        {QStringLiteral("import"),
         tr("Add the scores of Epoch AI benchmark CSVs and LMArena leaderboard CSVs to the dataset (--data or the "
            "bundled one) as independent evidence: --import FILE... --output OUT.json. Rows that match no model are "
            "listed on stderr with their lines."),
         tr("FILE")},
        {QStringLiteral("output"), tr("With --import: the dataset to write."), tr("OUT.json")},
        {QStringLiteral("diff"),
         tr("Print what changed between two datasets, one line each (+ added, - removed, ~ changed): "
            "--diff OLD.json NEW.json."),
         tr("OLD.json")},
        {QStringLiteral("export-scores"),
         tr("Export every score with its model, benchmark, mode, value, unit, uncertainty, reporter, status and source "
            "to OUT (.csv or .json)."),
         tr("OUT")},
        {QStringLiteral("json"), tr("With --recommend, --cost, --fit, --self-host or --diff: print JSON.")},
    });
    m_parser.addPositionalArgument(QStringLiteral("FILE.json"), tr("Datasets to open, each in a main window of its own; an answers file opens the Recommend tab on its recommendation."),
                                   QStringLiteral("[FILE.json...]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_error.clear();
    m_mode = Mode::Gui;
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_mode = Mode::Help;
        return true;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_mode = Mode::Version;
        return true;
    }
    QStringList chosen;
    for (const ModeOption &m : modeOptions) {
        const QString name = QLatin1String(m.name);
        if (m_parser.isSet(name)) {
            chosen.append(QStringLiteral("--") + name);
            m_mode = m.mode;
            m_modeValue = m_parser.value(name);
        }
    }
    if (chosen.size() > 1) {
        m_error = tr("choose one mode, not %1").arg(chosen.join(QStringLiteral(" and ")));
        return false;
    }
    for (const QString &single : {QStringLiteral("data"), QStringLiteral("lang"), QStringLiteral("validate"),
                                  QStringLiteral("export-chart"), QStringLiteral("export-matrix"),
                                  QStringLiteral("export-report"), QStringLiteral("answers"), QStringLiteral("diff"),
                                  QStringLiteral("export-scores")}) {
        if (m_parser.values(single).size() > 1) {
            m_error = tr("--%1 is given more than once").arg(single);
            return false;
        }
    }
    const QString lang = m_parser.value(QStringLiteral("lang"));
    if (m_parser.isSet(QStringLiteral("lang")) && language().isEmpty()) {
        m_error = tr("unknown language \"%1\"; use en or zh_CN").arg(lang);
        return false;
    }
    const bool answering = m_mode == Mode::Recommend || m_mode == Mode::ExportReport;
    if (!answering && (m_parser.isSet(QStringLiteral("answer")) || m_parser.isSet(QStringLiteral("answers")))) {
        m_error = tr("--answer and --answers go with --recommend or --export-report");
        return false;
    }
    if (m_parser.isSet(QStringLiteral("json")) && m_mode != Mode::Recommend && m_mode != Mode::Cost
        && m_mode != Mode::Fit && m_mode != Mode::SelfHost && m_mode != Mode::Diff) {
        m_error = tr("--json goes with --recommend, --cost, --fit, --self-host or --diff");
        return false;
    }
    if (!checkSamplingOptions() || !checkCostOptions() || !checkFitOptions() || !checkSelfHostOptions()
        || !checkEvidenceOptions())
        return false;
    const qsizetype positionals = m_parser.positionalArguments().size();
    if (m_mode == Mode::ExportChart) {
        if (positionals != 1) {
            m_error = tr("--export-chart takes a chart id and an output file: --export-chart ID OUT");
            return false;
        }
    } else if (m_mode == Mode::Import) {
        // --import FILE... : the files after the first are positional
    } else if (m_mode == Mode::Diff) {
        if (positionals != 1) {
            m_error = tr("--diff takes two datasets: --diff OLD.json NEW.json");
            return false;
        }
    } else if (m_mode == Mode::Gui) {
        if (positionals >= 1 && m_parser.isSet(QStringLiteral("data"))) {
            m_error = tr("give the dataset either as FILE.json or with --data, not both");
            return false;
        }
    } else if (positionals > 0) {
        m_error = tr("unexpected argument \"%1\"").arg(m_parser.positionalArguments().constFirst());
        return false;
    }
    return true;
}

// Each option of a mode given once, and only with its mode.
bool CommandLine::checkOptionsOf(Mode mode, const char *modeOption, std::initializer_list<const char *> options)
{
    for (const char *name : options) {
        const QString option = QLatin1String(name);
        if (!m_parser.isSet(option))
            continue;
        if (m_mode != mode) {
            m_error = tr("--%1 goes with --%2").arg(option, QLatin1String(modeOption));
            return false;
        }
        if (m_parser.values(option).size() > 1) {
            m_error = tr("--%1 is given more than once").arg(option);
            return false;
        }
    }
    return true;
}

bool CommandLine::checkOptionsOf(std::initializer_list<Mode> modes, const QString &modeOptions,
                                 std::initializer_list<const char *> options)
{
    for (const char *name : options) {
        const QString option = QLatin1String(name);
        if (!m_parser.isSet(option))
            continue;
        if (std::find(modes.begin(), modes.end(), m_mode) == modes.end()) {
            m_error = tr("--%1 goes with %2").arg(option, modeOptions);
            return false;
        }
        if (m_parser.values(option).size() > 1) {
            m_error = tr("--%1 is given more than once").arg(option);
            return false;
        }
    }
    return true;
}

bool CommandLine::checkSelfHostOptions()
{
    if (!checkOptionsOf(Mode::SelfHost, "self-host", {"gpu-hour-price", "currency", "tokens-per-second"}))
        return false;
    if (m_mode == Mode::SelfHost && !m_parser.isSet(QStringLiteral("gpu-hour-price"))) {
        m_error = tr("--self-host needs --gpu-hour-price P: your price of one GPU hour (Versus assumes none)");
        return false;
    }
    return true;
}

bool CommandLine::checkSamplingOptions()
{
    return checkOptionsOf(Mode::Recommend, "recommend", {"samples", "seed"});
}

bool CommandLine::checkCostOptions()
{
    return checkOptionsOf({Mode::Cost, Mode::Recommend, Mode::ExportReport, Mode::SelfHost},
                          tr("--cost, --recommend, --export-report or --self-host"), {"input-mtok", "output-mtok"})
        && checkOptionsOf({Mode::Cost, Mode::Recommend, Mode::ExportReport}, tr("--cost, --recommend or --export-report"),
                          {"cached-share"})
        && checkOptionsOf({Mode::Cost, Mode::ExportReport}, tr("--cost or --export-report"), {"on"});
}

bool CommandLine::checkEvidenceOptions()
{
    if (!checkOptionsOf(Mode::Import, "import", {"output"}))
        return false;
    if (m_mode == Mode::Import && !m_parser.isSet(QStringLiteral("output"))) {
        m_error = tr("--import needs --output OUT.json");
        return false;
    }
    return true;
}

bool CommandLine::checkFitOptions()
{
    if (!checkOptionsOf({Mode::Fit, Mode::ExportChart}, tr("--fit or --export-chart"), {"kv-precision", "sequences"})
        || !checkOptionsOf({Mode::Fit, Mode::Recommend, Mode::ExportReport, Mode::ExportChart},
                           tr("--fit, --recommend, --export-report or --export-chart"), {"count"})
        || !checkOptionsOf({Mode::Fit, Mode::Recommend, Mode::ExportReport, Mode::SelfHost, Mode::ExportChart},
                           tr("--fit, --recommend, --export-report, --self-host or --export-chart"),
                           {"device", "memory", "bandwidth", "precision", "context"}))
        return false;
    const bool device = m_parser.isSet(QStringLiteral("device")), memory = m_parser.isSet(QStringLiteral("memory"));
    if (device && memory) {
        m_error = tr("give either --device or --memory, not both");
        return false;
    }
    if ((m_mode == Mode::Fit || m_mode == Mode::SelfHost) && !device && !memory) {
        m_error = m_mode == Mode::Fit ? tr("--fit needs --device ID or --memory GB")
                                      : tr("--self-host needs --device ID or --memory GB");
        return false;
    }
    if (device && m_parser.isSet(QStringLiteral("bandwidth"))) {
        m_error = tr("--bandwidth goes with --memory; a device's bandwidth comes from the data");
        return false;
    }
    return true;
}

bool CommandLine::sampling(SamplingOptions *options, QString *error) const
{
    SamplingOptions result;
    bool ok = true;
    if (m_parser.isSet(QStringLiteral("samples"))) {
        const QString value = m_parser.value(QStringLiteral("samples"));
        const qlonglong samples = value.toLongLong(&ok);
        if (!ok || samples < 1 || samples > MaxSamples) {
            *error = tr("versus: --samples takes a whole number from 1 to %1, not \"%2\"").arg(MaxSamples).arg(value);
            return false;
        }
        result.samples = int(samples);
    }
    if (m_parser.isSet(QStringLiteral("seed"))) {
        const QString value = m_parser.value(QStringLiteral("seed"));
        const quint64 seed = value.toULongLong(&ok);
        if (!ok || value.startsWith(QLatin1Char('-')) || value.startsWith(QLatin1Char('+'))) {
            *error = tr("versus: --seed takes a whole number from 0 to %1, not \"%2\"")
                         .arg(QString::number(std::numeric_limits<quint64>::max()), value);
            return false;
        }
        result.seed = seed;
    }
    *options = result;
    return true;
}

QString CommandLine::language() const
{
    const QString lang = m_parser.value(QStringLiteral("lang"));
    if (lang.isEmpty())
        return {};
    if (lang == QLatin1String("en") || lang.startsWith(QLatin1String("en_")) || lang.startsWith(QLatin1String("en-")))
        return QStringLiteral("en");
    if (lang == QLatin1String("zh") || lang == QLatin1String("zh_CN") || lang == QLatin1String("zh-CN")
        || lang == QLatin1String("zh_Hans") || lang == QLatin1String("zh-Hans"))
        return QStringLiteral("zh_CN");
    return {};
}

QStringList CommandLine::guiFiles() const
{
    if (m_mode != Mode::Gui || m_parser.positionalArguments().isEmpty())
        return {dataFile()};
    return m_parser.positionalArguments();
}

QString CommandLine::dataFile() const
{
    if (m_parser.isSet(QStringLiteral("data")))
        return m_parser.value(QStringLiteral("data"));
    if (m_mode == Mode::Gui && !m_parser.positionalArguments().isEmpty())
        return m_parser.positionalArguments().constFirst();
    return {};
}

int CommandLine::run(QTextStream &out, QTextStream &err)
{
    switch (m_mode) {
    case Mode::Gui:
        return ExitUsage;
    case Mode::Help:
        out << m_parser.helpText();
        return ExitOk;
    case Mode::Version:
        out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
            << Qt::endl;
        return ExitOk;
    case Mode::Validate: {
        const DatasetLoader::Result result = DatasetLoader::loadFile(m_modeValue);
        if (result.ok()) {
            out << tr("%1: ok (%2)").arg(m_modeValue, result.summary()) << Qt::endl;
            return ExitOk;
        }
        for (const Problem &p : result.problems)
            err << p.toString() << Qt::endl;
        return ExitBadInput;
    }
    default:
        break;
    }

    const QString file = dataFile();
    const DatasetLoader::Result result = file.isEmpty() ? DatasetLoader::loadBundled() : DatasetLoader::loadFile(file);
    if (!result.ok()) {
        err << (result.problems.isEmpty() ? tr("%1: cannot be loaded").arg(file) : result.problems.constFirst().toString());
        if (result.problems.size() > 1)
            err << tr(" (and %n more problem(s); run --validate)", nullptr, int(result.problems.size() - 1));
        err << Qt::endl;
        return ExitBadInput;
    }
    const CliContext context{result.dataset, *this, out, err};
    switch (m_mode) {
    case Mode::ListCharts:
        return cliListCharts(context);
    case Mode::ExportChart:
        return cliExportChart(context, m_modeValue, positional().constFirst());
    case Mode::ExportMatrix:
        return cliExportMatrix(context, m_modeValue);
    case Mode::ExportReport:
        return cliExportReport(context, m_modeValue);
    case Mode::ListQuestions:
        return cliListQuestions(context);
    case Mode::Recommend:
        return cliRecommend(context);
    case Mode::Cost:
        return cliCost(context);
    case Mode::ListModels:
        return cliListModels(context);
    case Mode::ListDevices:
        return cliListDevices(context);
    case Mode::ListPrecisions:
        return cliListPrecisions(context);
    case Mode::Fit:
        return cliFit(context);
    case Mode::SelfHost:
        return cliSelfHost(context, m_modeValue);
    case Mode::Import:
        return cliImport(context, m_parser.values(QStringLiteral("import")) + positional(), value(QStringLiteral("output")));
    case Mode::Diff:
        return cliDiff(context, m_modeValue, positional().constFirst());
    case Mode::ExportScores:
        return cliExportScores(context, m_modeValue);
    default:
        return ExitUsage;
    }
}
