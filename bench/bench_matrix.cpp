// The matrix at scale: a synthetic dataset of 100 families x 5,000 dimensions, generated
// in memory as JSON, loaded through the real loader, then searched one keystroke at a
// time through the real models. Prints load time, per-keystroke filter time (median and
// 95th percentile) and peak memory. Goals: load under 1 s, filter median under 16 ms.
//
//   bench_matrix [--families N] [--dimensions N] [--runs N] [--write FILE.json]

#include "core/dataset/datasetloader.h"
#include "core/json/jsondom.h"
#include "core/matrix/matrixfiltermodel.h"
#include "core/matrix/matrixmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
QJsonObject en(const QString &text)
{
    return QJsonObject{{QStringLiteral("en"), text}};
}

const QStringList vocabulary{
    QStringLiteral("mixture"),  QStringLiteral("experts"),  QStringLiteral("dense"),    QStringLiteral("context"),
    QStringLiteral("tokens"),   QStringLiteral("reasoning"), QStringLiteral("vision"),  QStringLiteral("audio"),
    QStringLiteral("open"),     QStringLiteral("weights"),  QStringLiteral("license"),  QStringLiteral("cloud"),
    QStringLiteral("edge"),     QStringLiteral("coding"),   QStringLiteral("agents"),   QStringLiteral("math"),
    QStringLiteral("latency"),  QStringLiteral("cost"),     QStringLiteral("quantized"), QStringLiteral("multilingual"),
};

QByteArray syntheticDataset(int familyCount, int dimensionCount)
{
    QRandomGenerator random(42);
    const QStringList statuses{QStringLiteral("s0"), QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")};
    QJsonArray statusArray;
    for (const QString &s : statuses)
        statusArray.append(QJsonObject{{QStringLiteral("id"), s}, {QStringLiteral("name"), en(s)}, {QStringLiteral("description"), en(s)}});
    QJsonArray families;
    QStringList familyIds;
    for (int f = 0; f < familyCount; ++f) {
        const QString id = QStringLiteral("f%1").arg(f);
        familyIds.append(id);
        const QString color = QStringLiteral("#%1").arg(random.bounded(0x1000000), 6, 16, QLatin1Char('0')).toUpper();
        families.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("name"), en(QStringLiteral("Family %1").arg(f))},
                                    {QStringLiteral("shortName"), en(id)},
                                    {QStringLiteral("organisation"), en(QStringLiteral("Lab"))},
                                    {QStringLiteral("backing"), en(QStringLiteral("Fund"))},
                                    {QStringLiteral("character"), en(QStringLiteral("one"))},
                                    {QStringLiteral("color"), color},
                                    {QStringLiteral("colorDark"), color}});
    }
    QJsonArray dimensions;
    for (int d = 0; d < dimensionCount; ++d) {
        QJsonObject cells;
        for (const QString &family : std::as_const(familyIds)) {
            QStringList words;
            for (int w = 0; w < 3; ++w)
                words.append(vocabulary.at(random.bounded(int(vocabulary.size()))));
            words.append(QString::number(random.bounded(1000)));
            const QString text = words.join(QLatin1Char(' '));
            cells.insert(family, QJsonObject{{QStringLiteral("text"), en(text)},
                                             {QStringLiteral("statements"),
                                              QJsonArray{QJsonObject{{QStringLiteral("text"), en(words.constFirst())},
                                                                     {QStringLiteral("status"), statuses.at(random.bounded(4))}}}}});
        }
        const int favours = random.bounded(familyCount + 2);
        dimensions.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("d%1").arg(d)},
            {QStringLiteral("name"), en(QStringLiteral("Dimension %1").arg(d))},
            {QStringLiteral("cells"), cells},
            {QStringLiteral("favours"), favours < familyCount ? QJsonValue(familyIds.at(favours))
                                                             : favours == familyCount ? QJsonValue(QStringLiteral("tie"))
                                                                                      : QJsonValue()}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("versus-dataset")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("id"), QStringLiteral("synthetic")},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("en")}},
        {QStringLiteral("title"), en(QStringLiteral("Synthetic"))},
        {QStringLiteral("subtitle"), en(QStringLiteral("Benchmark data"))},
        {QStringLiteral("statuses"), statusArray},
        {QStringLiteral("families"), families},
        {QStringLiteral("sections"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("table")},
                                {QStringLiteral("kind"), QStringLiteral("feature-table")},
                                {QStringLiteral("title"), en(QStringLiteral("Table"))}}}},
        {QStringLiteral("dimensions"), dimensions},
        {QStringLiteral("verdicts"), QJsonArray()},
        {QStringLiteral("figures"), QJsonArray()},
        {QStringLiteral("sources"), QJsonArray()},
        {QStringLiteral("models"), QJsonArray()},
        {QStringLiteral("benchmarks"), QJsonArray()},
        {QStringLiteral("scores"), QJsonArray()},
        {QStringLiteral("claimChecks"), QJsonArray()},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Peak resident memory of this process, in MiB (Linux: VmHWM).
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double percentile(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype i = qBound<qsizetype>(0, qsizetype(p * double(values.size() - 1) + 0.5), values.size() - 1);
    return ms(values.at(i));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int families = 100;
    int dimensions = 5000;
    int runs = 3;
    QString writeTo; // also save the synthetic dataset there, to open it in the app
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--families"))
            families = qMax(2, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--dimensions"))
            dimensions = qMax(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--runs"))
            runs = qMax(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--write"))
            writeTo = args.at(i + 1);
    }
    LocalizedText::setCurrentLanguage(QStringLiteral("en"));

    QElapsedTimer timer;
    timer.start();
    const QByteArray json = syntheticDataset(families, dimensions);
    const qint64 generateNs = timer.nsecsElapsed();
    if (!writeTo.isEmpty()) {
        QFile file(writeTo);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            QTextStream(stderr) << writeTo << ": cannot be written\n";
            return 1;
        }
    }
#ifdef __GLIBC__
    // Hand back what generating freed, so loading starts from a heap like the app's.
    malloc_trim(0);
#endif

    // The JSON parse alone, once, to see its share of the load.
    timer.restart();
    {
        Json::Document doc;
        Json::Document::parse(json, &doc);
    }
    const qint64 jsonNs = timer.nsecsElapsed();

    // The load as the app does it: parse, validate, build the dataset, then the table's
    // models. Several runs (the machine may be busy): the median counts.
    QList<qint64> parseRuns, modelRuns, sourceModelRuns, indexRuns;
    DatasetLoader::Result result;
    for (int run = 0; run < runs; ++run) {
        result = {};
        timer.restart();
        result = DatasetLoader::loadData(json, QStringLiteral("synthetic.json"));
        parseRuns.append(timer.nsecsElapsed());
        if (!result.ok()) {
            QTextStream err(stderr);
            for (const Problem &p : result.problems.mid(0, 5))
                err << p.toString() << Qt::endl;
            return 1;
        }
        timer.restart();
        MatrixModel probe(result.dataset);
        sourceModelRuns.append(timer.nsecsElapsed());
        MatrixFilterModel probeFilter;
        probeFilter.setSourceModel(&probe);
        probeFilter.rowCount();
        modelRuns.append(timer.nsecsElapsed());
        // The search index, built in the background once the table can show.
        probe.waitForSearchIndex();
        indexRuns.append(timer.nsecsElapsed());
    }
    auto median = [](QList<qint64> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const qint64 parseNs = median(parseRuns);
    const qint64 modelNs = median(modelRuns);
    const qint64 sourceModelNs = median(sourceModelRuns);
    const qint64 indexNs = median(indexRuns);
    QList<qint64> totals;
    for (int run = 0; run < runs; ++run)
        totals.append(parseRuns.at(run) + modelRuns.at(run));
    std::sort(totals.begin(), totals.end());

    MatrixModel model(result.dataset);
    MatrixFilterModel filter;
    filter.setSourceModel(&model);
    const int visibleAtStart = filter.rowCount();
    // Typing words one character at a time, then deleting them again.
    QList<qint64> keystrokes;
    QList<qint64> typing;
    int lastRows = 0;
    // A common word, a rare pair (a number narrows hard) and a word in every row.
    for (const QString &word : {QStringLiteral("mixture experts"), QStringLiteral("quantized 427"), QStringLiteral("reasoning")}) {
        QString typed;
        for (const QChar c : word) {
            typed += c;
            timer.restart();
            filter.setSearchText(typed);
            lastRows = filter.rowCount();
            const qint64 ns = timer.nsecsElapsed();
            keystrokes.append(ns);
            typing.append(ns);
        }
        while (!typed.isEmpty()) {
            typed.chop(1);
            timer.restart();
            filter.setSearchText(typed);
            lastRows = filter.rowCount();
            keystrokes.append(timer.nsecsElapsed());
        }
    }
    Q_UNUSED(lastRows)
    filter.setSearchText(QStringLiteral("quantized 427"));
    const int matching = filter.rowCount();
    filter.setSearchText(QString());

    timer.restart();
    filter.sort(MatrixModel::FirstFamilyColumn, Qt::AscendingOrder);
    filter.rowCount();
    const qint64 sortNs = timer.nsecsElapsed();

    out << "bench_matrix: " << families << " families x " << dimensions << " dimensions ("
        << result.dataset->families.size() * result.dataset->dimensions.size() << " cells, "
        << QString::number(double(json.size()) / (1024 * 1024), 'f', 1) << " MiB of JSON)\n";
    out << "  generate JSON:        " << QString::number(ms(generateNs), 'f', 1) << " ms (not part of load)\n";
    out << "  load runs:            " << runs << " (medians below; the first load of a process is among them)\n";
    out << "  load (parse+validate): " << QString::number(ms(parseNs), 'f', 1) << " ms (the JSON parse alone: "
        << QString::number(ms(jsonNs), 'f', 1) << " ms)\n";
    out << "  load (models):        " << QString::number(ms(modelNs), 'f', 1) << " ms (" << visibleAtStart << " rows; table model "
        << QString::number(ms(sourceModelNs), 'f', 1) << " ms)\n";
    out << "  search index ready:   " << QString::number(ms(indexNs), 'f', 1)
        << " ms after the models were made (built in the background; the first keystroke waits for it)\n";
    out << "  load total:           median " << QString::number(ms(totals.at(totals.size() / 2)), 'f', 1) << " ms, best "
        << QString::number(ms(totals.constFirst()), 'f', 1) << " ms, worst " << QString::number(ms(totals.constLast()), 'f', 1)
        << " ms   goal < 1000 ms\n";
    out << "  filter per keystroke: median " << QString::number(percentile(keystrokes, 0.5), 'f', 2) << " ms, p95 "
        << QString::number(percentile(keystrokes, 0.95), 'f', 2) << " ms, max "
        << QString::number(percentile(keystrokes, 1.0), 'f', 2) << " ms over " << keystrokes.size()
        << " keystrokes (typing only: median " << QString::number(percentile(typing, 0.5), 'f', 2)
        << " ms)   goal median < 16 ms\n";
    out << "  rows matching \"quantized 427\": " << matching << "\n";
    out << "  sort by a family column: " << QString::number(ms(sortNs), 'f', 1) << " ms\n";
    out << "  peak RSS:             " << QString::number(peakRssMiB(), 'f', 0) << " MiB\n";
    return 0;
}
