// The bundled dataset is complete in every language it declares, and the validator
// reports a text that lacks one at its JSON pointer.
#include "core/dataset/datasetloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

namespace {
QJsonObject bundledJson()
{
    QFile file(DatasetLoader::bundledPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// value with the value at pointer (a JSON pointer, "/a/0/b") replaced by edit(old value).
QJsonValue edited(const QJsonValue &value, QStringList path, const std::function<QJsonValue(const QJsonValue &)> &edit)
{
    if (path.isEmpty())
        return edit(value);
    const QString key = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int index = key.toInt();
        array[index] = edited(array.at(index), path, edit);
        return array;
    }
    QJsonObject object = value.toObject();
    object[key] = edited(object.value(key), path, edit);
    return object;
}

QJsonObject editedDataset(const QString &pointer, const std::function<QJsonValue(const QJsonValue &)> &edit)
{
    return edited(bundledJson(), pointer.mid(1).split(QLatin1Char('/')), edit).toObject();
}

DatasetLoader::Result load(const QJsonObject &root)
{
    return DatasetLoader::loadData(QJsonDocument(root).toJson(), QStringLiteral("copy.json"));
}

// Every language map in value (an object whose keys are all language codes, with "en").
void languageMaps(const QJsonValue &value, const QString &pointer, QList<QPair<QString, QJsonObject>> &out)
{
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        bool isMap = o.contains(QLatin1String("en"));
        for (auto it = o.begin(); isMap && it != o.end(); ++it)
            isMap = language.match(it.key()).hasMatch() && it.value().isString();
        if (isMap) {
            out.append({pointer, o});
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            languageMaps(it.value(), pointer + QLatin1Char('/') + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            languageMaps(a.at(i), pointer + QLatin1Char('/') + QString::number(i), out);
    }
}

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}
} // namespace

class TestDatasetLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledIsComplete();
    void bundledProseIsTranslated();
    void missingText_data();
    void missingText();
};

void TestDatasetLanguages::bundledIsComplete()
{
    const DatasetLoader::Result result = DatasetLoader::loadBundled();
    QStringList problems;
    for (const Problem &p : result.problems)
        problems.append(p.toString());
    QVERIFY2(result.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(result.dataset->languages, QStringList({QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QVERIFY(hasHan(result.dataset->title.text(QStringLiteral("zh_CN"))));
    QVERIFY(!hasHan(result.dataset->title.text(QStringLiteral("en"))));
}

// A text of four or more English words is prose: its Chinese must be Chinese, not a copy.
void TestDatasetLanguages::bundledProseIsTranslated()
{
    QList<QPair<QString, QJsonObject>> maps;
    languageMaps(bundledJson(), QString(), maps);
    QVERIFY(maps.size() > 300);
    int prose = 0;
    for (const auto &[pointer, map] : std::as_const(maps)) {
        const QString en = map.value(QLatin1String("en")).toString();
        const QString zh = map.value(QLatin1String("zh_CN")).toString();
        QVERIFY2(!zh.trimmed().isEmpty(), qPrintable(pointer));
        if (en.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 4)
            continue;
        ++prose;
        QVERIFY2(zh != en && hasHan(zh), qPrintable(pointer + QStringLiteral(": ") + zh));
    }
    QVERIFY(prose > 150);
}

void TestDatasetLanguages::missingText_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("newText"); // the zh_CN text to put there; null: remove it
    QTest::addColumn<QString>("problemPointer");
    QTest::addColumn<QString>("message");

    const QString none;
    const QString missing = QStringLiteral("no zh_CN text");
    QTest::newRow("title") << QStringLiteral("/title") << none << QStringLiteral("/title") << missing;
    // A paragraph that no reference quotes (a quoted one would also lose its Chinese quote).
    QTest::newRow("paragraph") << QStringLiteral("/sections/3/paragraphs/2/text") << none
                               << QStringLiteral("/sections/3/paragraphs/2/text") << missing;
    QTest::newRow("statement") << QStringLiteral("/dimensions/8/cells/deepseek/statements/0/text") << none
                               << QStringLiteral("/dimensions/8/cells/deepseek/statements/0/text") << missing;
    QTest::newRow("empty verdict title") << QStringLiteral("/verdicts/6/title") << QString(QLatin1String(""))
                                         << QStringLiteral("/verdicts/6/title") << missing;
    QTest::newRow("status description") << QStringLiteral("/statuses/3/description") << none
                                        << QStringLiteral("/statuses/3/description") << missing;
    QTest::newRow("benchmark description") << QStringLiteral("/benchmarks/2/description") << none
                                           << QStringLiteral("/benchmarks/2/description") << missing;
    QTest::newRow("claim detail") << QStringLiteral("/claimChecks/5/detail") << none
                                  << QStringLiteral("/claimChecks/5/detail") << missing;
    QTest::newRow("model note") << QStringLiteral("/models/0/note") << none << QStringLiteral("/models/0/note")
                                << missing;
    QTest::newRow("quote not in the Chinese passage")
        << QStringLiteral("/sections/2/favoursRef/quote") << QStringLiteral("并不存在的引文")
        << QStringLiteral("/sections/2/favoursRef/quote/zh_CN") << QStringLiteral("does not occur in passage");
}

void TestDatasetLanguages::missingText()
{
    QFETCH(QString, pointer);
    QFETCH(QString, newText);
    QFETCH(QString, problemPointer);
    QFETCH(QString, message);

    bool found = false;
    const QJsonObject copy = editedDataset(pointer, [&](const QJsonValue &old) {
        QJsonObject map = old.toObject();
        found = map.contains(QLatin1String("zh_CN"));
        if (newText.isNull())
            map.remove(QLatin1String("zh_CN"));
        else
            map.insert(QLatin1String("zh_CN"), newText);
        return map;
    });
    QVERIFY2(found, "the bundled dataset has no zh_CN text there to take away");

    const DatasetLoader::Result result = load(copy);
    QVERIFY(!result.ok());
    QStringList problems;
    for (const Problem &p : result.problems)
        problems.append(p.toString());
    QCOMPARE(result.problems.size(), 1);
    const Problem &problem = result.problems.constFirst();
    QCOMPARE(problem.pointer, problemPointer);
    QVERIFY2(problem.message.contains(message), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(problem.toString().left(problemPointer.size() + 11), QStringLiteral("copy.json: ") + problemPointer);
}

QTEST_GUILESS_MAIN(TestDatasetLanguages)
#include "tst_datasetlanguages.moc"
