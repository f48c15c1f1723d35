#include "core/dataset/datasetloader.h"
#include "core/export/matrixexport.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {
LocalizedText en(const QString &text)
{
    LocalizedText t;
    t.set(QStringLiteral("en"), text);
    return t;
}

// An RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CRLF.
QList<QStringList> parseCsv(const QByteArray &bytes, bool *ok)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                *ok = false; // a quote inside an unquoted field
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            *ok = false; // a bare line break outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false; // the last record must end in CRLF
    return records;
}

std::shared_ptr<Dataset> trickyDataset(const QStringList &texts)
{
    auto d = std::make_shared<Dataset>();
    d->id = QStringLiteral("tricky");
    d->version = QStringLiteral("1");
    d->languages = {QStringLiteral("en")};
    d->statuses.append({QStringLiteral("stated"), en(QStringLiteral("Stated")), en(QStringLiteral("As fact")), 0});
    d->statuses.append({QStringLiteral("rumored"), en(QStringLiteral("Rumored")), en(QStringLiteral("A rumor")), 1});
    for (const QString &id : {QStringLiteral("a"), QStringLiteral("b")}) {
        Family f;
        f.id = id;
        f.name = en(id == QLatin1String("a") ? QStringLiteral("Family, \"A\"") : QStringLiteral("家族 B"));
        d->families.append(f);
    }
    for (int i = 0; i < texts.size(); ++i) {
        Dimension dim;
        dim.id = QStringLiteral("dim-%1").arg(i);
        dim.name = en(texts.at(i));
        dim.favours = i % 2 ? QStringLiteral("a") : QString();
        dim.favoursNote = en(texts.at(texts.size() - 1 - i));
        Cell a{en(texts.at(i)), {Statement{en(texts.at(i)), QStringLiteral("stated"), {}}}};
        Cell b{en(texts.at(i) + QStringLiteral("!")), {Statement{en(texts.at(i)), QStringLiteral("rumored"), {}}}};
        dim.cells.insert(QStringLiteral("a"), a);
        dim.cells.insert(QStringLiteral("b"), b);
        d->dimensions.append(dim);
    }
    d->buildIndexes();
    return d;
}

const QStringList trickyTexts{
    QStringLiteral("plain"),
    QStringLiteral("a \"quoted\" word"),
    QStringLiteral("commas, and, more"),
    QStringLiteral("two\nlines"),
    QStringLiteral("windows\r\nline"),
    QStringLiteral("中文文本：深度求索与通义千问"),
    QStringLiteral("\"\""),
    QStringLiteral(" leading and trailing "),
    QStringLiteral("emoji 🚀 and tab\there"),
};
} // namespace

class TestMatrixExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LocalizedText::setCurrentLanguage(QStringLiteral("en")); }

    void csvRoundTrip()
    {
        const auto dataset = trickyDataset(trickyTexts);
        const QByteArray csv = MatrixExport::toCsv(*dataset);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        bool ok = false;
        const QList<QStringList> records = parseCsv(csv, &ok);
        QVERIFY2(ok, csv.constData());
        QCOMPARE(records.size(), trickyTexts.size() + 1);
        QCOMPARE(records.constFirst(), MatrixExport::csvHeader(*dataset));
        QCOMPARE(records.constFirst().at(2), QStringLiteral("Family, \"A\""));
        QCOMPARE(records.constFirst().at(4), QStringLiteral("家族 B"));
        for (int i = 0; i < trickyTexts.size(); ++i) {
            const QStringList &r = records.at(i + 1);
            QCOMPARE(r.size(), 8);
            QCOMPARE(r.at(0), QStringLiteral("dim-%1").arg(i));
            QCOMPARE(r.at(1), trickyTexts.at(i));
            QCOMPARE(r.at(2), trickyTexts.at(i));
            QCOMPARE(r.at(3), QStringLiteral("Stated"));
            QCOMPARE(r.at(4), trickyTexts.at(i) + QStringLiteral("!"));
            QCOMPARE(r.at(5), QStringLiteral("Rumored"));
            QCOMPARE(r.at(6), i % 2 ? QStringLiteral("Family, \"A\"") : QString());
            QCOMPARE(r.at(7), trickyTexts.at(trickyTexts.size() - 1 - i));
        }
    }

    void csvRecord_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QByteArray("a,b");
        QTest::newRow("empty") << QStringList{QString(), QString()} << QByteArray(",");
        QTest::newRow("comma") << QStringList{QStringLiteral("a,b")} << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringList{QStringLiteral("say \"hi\"")} << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringList{QStringLiteral("a\nb")} << QByteArray("\"a\nb\"");
        QTest::newRow("chinese") << QStringList{QStringLiteral("中文")} << QStringLiteral("中文").toUtf8();
    }
    void csvRecord()
    {
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, expected);
        QCOMPARE(MatrixExport::csvRecord(fields), expected);
    }

    void json()
    {
        const auto dataset = trickyDataset(trickyTexts);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(MatrixExport::toJson(*dataset), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("dataset")).toString(), QStringLiteral("tricky"));
        const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), trickyTexts.size());
        const QJsonObject chinese = rows.at(5).toObject();
        QCOMPARE(chinese.value(QStringLiteral("id")).toString(), QStringLiteral("dim-5"));
        QCOMPARE(chinese.value(QStringLiteral("name")).toString(), trickyTexts.at(5));
        const QJsonObject cellB = chinese.value(QStringLiteral("cells")).toObject().value(QStringLiteral("b")).toObject();
        QCOMPARE(cellB.value(QStringLiteral("status")).toString(), QStringLiteral("rumored"));
        QCOMPARE(cellB.value(QStringLiteral("passage")).toString(), QStringLiteral("dim-5/b"));
        QCOMPARE(root.value(QStringLiteral("families")).toArray().size(), 2);
    }

    void bundledCsvHasEveryDimension()
    {
        const auto dataset = DatasetLoader::loadBundled().dataset;
        QVERIFY(dataset);
        bool ok = false;
        const QList<QStringList> records = parseCsv(MatrixExport::toCsv(*dataset), &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), dataset->dimensions.size() + 1);
        for (int i = 0; i < dataset->dimensions.size(); ++i)
            QCOMPARE(records.at(i + 1).constFirst(), dataset->dimensions.at(i).id);
    }

    void selectionInItsOrder()
    {
        const auto dataset = DatasetLoader::loadBundled().dataset;
        QVERIFY(dataset);
        MatrixExport::Selection selection;
        selection.rows = {3, 1};
        selection.families = {QStringLiteral("qwen")};
        bool ok = false;
        const QList<QStringList> records = parseCsv(MatrixExport::toCsv(*dataset, selection), &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).size(), 6); // id, name, Qwen, Qwen status, favours, why
        QCOMPARE(records.at(0).at(2), dataset->family(QStringLiteral("qwen"))->name.text());
        QCOMPARE(records.at(1).constFirst(), dataset->dimensions.at(3).id);
        QCOMPARE(records.at(2).constFirst(), dataset->dimensions.at(1).id);
        QCOMPARE(records.at(1).at(2), dataset->dimensions.at(3).cells.value(QStringLiteral("qwen")).text.text());

        const QJsonObject root = QJsonDocument::fromJson(MatrixExport::toJson(*dataset, selection)).object();
        const QJsonArray families = root.value(QStringLiteral("families")).toArray();
        QCOMPARE(families.size(), 1);
        QCOMPARE(families.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("qwen"));
        const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("id")).toString(), dataset->dimensions.at(3).id);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("cells")).toObject().keys(), QStringList{QStringLiteral("qwen")});

        // No row shown: the header alone, not everything.
        selection.rows = {-1};
        QVERIFY(!selection.everything());
        QCOMPARE(parseCsv(MatrixExport::toCsv(*dataset, selection), &ok).size(), 1);
    }

    void cli_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("csv") << QStringLiteral("m.csv") << 0;
        QTest::newRow("json") << QStringLiteral("m.json") << 0;
        QTest::newRow("upper-case suffix") << QStringLiteral("M.CSV") << 0;
        QTest::newRow("missing folder") << QStringLiteral("no/such/folder/m.csv") << 1;
        QTest::newRow("unknown suffix") << QStringLiteral("m.txt") << 1;
    }
    void cli()
    {
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString out = dir.filePath(name);
        const TestUtil::Run r = TestUtil::runVersus({QStringLiteral("--export-matrix"), out});
        QCOMPARE(r.exitCode, exitCode);
        const QString err = r.err;
        if (exitCode == 0) {
            QVERIFY2(err.isEmpty(), qPrintable(err));
            QVERIFY(r.out.isEmpty());
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            if (name.endsWith(QLatin1String("json"))) {
                QVERIFY(QJsonDocument::fromJson(data).isObject());
            } else {
                QVERIFY(data.startsWith("Dimension ID,"));
            }
        } else {
            QCOMPARE(err.count(QLatin1Char('\n')), 1);
            QVERIFY(!QFile::exists(out));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), exitCode == 0 ? 1 : 0);
    }

    void cliLeavesOldFileOnFailure()
    {
        QTemporaryDir dir;
        // A directory where the output should go cannot be replaced by a file.
        const QString out = dir.filePath(QStringLiteral("taken.csv"));
        QVERIFY(QDir().mkpath(out));
        QFile marker(out + QStringLiteral("/old.txt"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("old");
        marker.close();
        const TestUtil::Run taken = TestUtil::runVersus({QStringLiteral("--export-matrix"), out});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY(!taken.err.isEmpty());
        QVERIFY(QFileInfo(out).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);

        // A read-only folder, as an unprivileged user (root may write anywhere).
        QVERIFY(TestUtil::canRunUnprivileged());
        const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther
                              | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), readable | QFileDevice::WriteOwner));
        const QString sub = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(sub));
        const QString old = sub + QStringLiteral("/m.csv");
        QFile oldFile(old);
        QVERIFY(oldFile.open(QIODevice::WriteOnly));
        oldFile.write("old contents");
        oldFile.close();
        QVERIFY(QFile::setPermissions(sub, readable));
        const QStringList before = QDir(sub).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const TestUtil::Run readOnly = TestUtil::runVersus({QStringLiteral("--export-matrix"), old}, TestUtil::As::Unprivileged);
        QFile::setPermissions(sub, readable | QFileDevice::WriteOwner);
        QCOMPARE(readOnly.exitCode, 1);
        QVERIFY2(readOnly.err.contains(old), qPrintable(readOnly.err));
        QVERIFY(oldFile.open(QIODevice::ReadOnly));
        QCOMPARE(oldFile.readAll(), QByteArray("old contents"));
        QCOMPARE(QDir(sub).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    }

    void cliBadDataset()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        const TestUtil::Run r = TestUtil::runVersus(
            {QStringLiteral("--data"), bad, QStringLiteral("--export-matrix"), dir.filePath(QStringLiteral("m.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(bad + QLatin1Char(':')), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("m.csv"))));
    }

    void cliThreeFamilies()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("m.csv"));
        const TestUtil::Run r = TestUtil::runVersus(
            {QStringLiteral("--data"), QStringLiteral(VERSUS_TEST_DATA "/three-families-matrix.json"), QStringLiteral("--export-matrix"), out});
        QCOMPARE(r.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bool ok = false;
        const QList<QStringList> records = parseCsv(file.readAll(), &ok);
        QVERIFY(ok);
        QCOMPARE(records.constFirst().size(), 2 + 3 * 2 + 2);
        QCOMPARE(records.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMatrixExport)
#include "tst_matrixexport.moc"
