// The loader's own JSON parser: it must read what QJsonDocument reads, refuse what RFC 8259
// refuses, and say where.
#include "core/json/jsondom.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQtForTheBundledDataset();
    void validInput_data();
    void validInput();
    void invalidInput_data();
    void invalidInput();
    void accessors();
    void numbers();
    void mutatedInputs();
};

namespace {
QJsonValue parseWithQt(const QByteArray &json)
{
    // QJsonDocument wants an object or array at the top: wrap a scalar.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
    return doc.array().at(0);
}

QJsonValue parse(const QByteArray &json, QString *error = nullptr)
{
    Json::Document doc;
    const Json::Document::Error e = Json::Document::parse(json, &doc);
    if (error)
        *error = e.message;
    return e.offset >= 0 ? QJsonValue(QJsonValue::Undefined) : doc.root().toQJsonValue();
}
} // namespace

void TestJson::sameAsQtForTheBundledDataset()
{
    QFile file(QStringLiteral(":/data/versus.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    Json::Document doc;
    const Json::Document::Error e = Json::Document::parse(data, &doc);
    QCOMPARE(e.offset, qsizetype(-1));
    const QJsonObject ours = doc.root().toObject().toQJsonObject();
    const QJsonObject qts = QJsonDocument::fromJson(data).object();
    QVERIFY(!qts.isEmpty());
    QVERIFY(ours == qts);
}

void TestJson::validInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}})");
    QTest::newRow("empty containers") << QByteArray(R"({"a": {}, "b": [], "c": [[], {}]})");
    QTest::newRow("whitespace") << QByteArray(" \t\r\n{ \"a\" :\n[ 1 , 2 ] }\n ");
    QTest::newRow("escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t", "\u00e9\u4e2d", "a\u0000b"])");
    QTest::newRow("surrogate pair") << QByteArray(R"(["\ud83d\ude00"])");
    QTest::newRow("utf-8") << QByteArray("[\"中文 é 😀\"]");
    QTest::newRow("escaped key") << QByteArray(R"({"\u0061": 1, "b\n": 2})");
    QTest::newRow("numbers") << QByteArray("[0, -0, 1, -1, 1.5, 1e3, 1E+3, 2.5e-3, 12345678901234]");
    QTest::newRow("scalar") << QByteArray("\"just a string\"");
    QTest::newRow("long strings") << ("[\"" + QByteArray(5000, 'x') + "\", \"" + QByteArray(17, 'y') + "\"]");
}

void TestJson::validInput()
{
    QFETCH(QByteArray, json);
    QString error;
    const QJsonValue ours = parse(json, &error);
    QVERIFY2(!ours.isUndefined(), qPrintable(error));
    QCOMPARE(ours, parseWithQt(json));
}

void TestJson::invalidInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("") << qsizetype(0) << QStringLiteral("empty");
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a": 1,})") << qsizetype(8) << QStringLiteral("comma");
    QTest::newRow("trailing comma in array") << QByteArray("[1, 2, ]") << qsizetype(7) << QStringLiteral("comma");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << qsizetype(5) << QStringLiteral("\":\"");
    QTest::newRow("missing comma") << QByteArray(R"({"a": 1 "b": 2})") << qsizetype(8) << QStringLiteral("\",\"");
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << qsizetype(1) << QStringLiteral("member name");
    QTest::newRow("unterminated string") << QByteArray(R"({"a": "bc)") << qsizetype(6) << QStringLiteral("ends inside a string");
    QTest::newRow("unterminated object") << QByteArray(R"({"a": 1)") << qsizetype(7) << QStringLiteral("missing \"}\"");
    QTest::newRow("unterminated array") << QByteArray("[1, 2") << qsizetype(5) << QStringLiteral("missing \"]\"");
    QTest::newRow("truncated after colon") << QByteArray(R"({"a": )") << qsizetype(6) << QStringLiteral("value");
    QTest::newRow("overlong UTF-8") << QByteArray("[\"a\xC0\x80\"]") << qsizetype(3) << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 surrogate") << QByteArray("[\"\xED\xA0\x80\"]") << qsizetype(2) << QStringLiteral("UTF-8");
    QTest::newRow("cut UTF-8") << QByteArray("[\"\xE4\xB8\"]") << qsizetype(2) << QStringLiteral("UTF-8");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff", 3) << qsizetype(0) << QStringLiteral("value");
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]") << qsizetype(3) << QStringLiteral("control");
    QTest::newRow("bad escape") << QByteArray(R"(["a\qb"])") << qsizetype(3) << QStringLiteral("escape");
    QTest::newRow("short \\u") << QByteArray(R"(["\u12"])") << qsizetype(2) << QStringLiteral("\\u");
    QTest::newRow("leading zero") << QByteArray("[01]") << qsizetype(1) << QStringLiteral("number");
    QTest::newRow("bare minus") << QByteArray("[-]") << qsizetype(1) << QStringLiteral("number");
    QTest::newRow("dot without digits") << QByteArray("[1.]") << qsizetype(1) << QStringLiteral("number");
    QTest::newRow("exponent without digits") << QByteArray("[1e]") << qsizetype(1) << QStringLiteral("number");
    QTest::newRow("too large") << QByteArray(R"({"x": 1e999})") << qsizetype(6) << QStringLiteral("out of range");
    QTest::newRow("misspelt literal") << QByteArray("[tru]") << qsizetype(1) << QStringLiteral("value");
    QTest::newRow("literal run on") << QByteArray("[nulll]") << qsizetype(1) << QStringLiteral("value");
    QTest::newRow("NaN") << QByteArray("[NaN]") << qsizetype(1) << QStringLiteral("value");
    QTest::newRow("text after the end") << QByteArray("{} {}") << qsizetype(3) << QStringLiteral("after the end");
    QTest::newRow("duplicate member") << QByteArray(R"({"a": 1, "b": 2, "a": 3})") << qsizetype(17)
                                      << QStringLiteral("duplicate member \"a\"");
    QTest::newRow("duplicate member in a large object")
        << QByteArray(R"({"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"c":0})") << qsizetype(55)
        << QStringLiteral("duplicate member \"c\"");
    QTest::newRow("duplicate escaped member") << QByteArray(R"({"a": 1, "\u0061": 2})") << qsizetype(9)
                                              << QStringLiteral("duplicate member \"a\"");
    QTest::newRow("too deep") << QByteArray(100, '[') << qsizetype(64) << QStringLiteral("nested deeper than 64");
    QTest::newRow("brackets in strings do not nest")
        << ("[\"" + QByteArray(100, '[') + "\"") << qsizetype(103) << QStringLiteral("missing \"]\"");
}

void TestJson::invalidInput()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, offset);
    QFETCH(QString, message);
    Json::Document doc;
    const Json::Document::Error e = Json::Document::parse(json, &doc);
    QCOMPARE(e.offset, offset);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QVERIFY(doc.root().isUndefined());
}

void TestJson::accessors()
{
    Json::Document doc;
    const QByteArray json(R"({"list": [10, "x", {"k": true}, [1, 2]], "s": "short", "n": null})");
    QCOMPARE(Json::Document::parse(json, &doc).offset, qsizetype(-1));
    const Json::Object root = doc.root().toObject();
    QCOMPARE(root.size(), qsizetype(3));
    QVERIFY(root.contains(QLatin1String("n")));
    QVERIFY(root.value(QLatin1String("n")).isNull());
    QVERIFY(root.value(QLatin1String("missing")).isUndefined());
    QVERIFY(!root.contains(QLatin1String("lis")));
    QCOMPARE(root.value(QLatin1String("s")).toString(), QStringLiteral("short"));
    QCOMPARE(root.value(QLatin1String("s")).offset(), json.indexOf("\"short\""));

    const Json::Array list = root.value(QLatin1String("list")).toArray();
    QCOMPARE(list.size(), qsizetype(4));
    // In order, backwards and out of range.
    QCOMPARE(list.at(0).toDouble(), 10.0);
    QCOMPARE(list.at(1).toString(), QStringLiteral("x"));
    QVERIFY(list.at(2).toObject().value(QLatin1String("k")).toBool());
    QCOMPARE(list.at(3).toArray().at(1).toDouble(), 2.0);
    QCOMPARE(list.at(1).toString(), QStringLiteral("x"));
    QCOMPARE(list.at(0).toDouble(), 10.0);
    QVERIFY(list.at(4).isUndefined());
    QVERIFY(list.at(-1).isUndefined());

    // Wrong types read as empty, never crash.
    QVERIFY(root.value(QLatin1String("s")).toObject().isEmpty());
    QVERIFY(root.value(QLatin1String("s")).toArray().isEmpty());
    QVERIFY(root.value(QLatin1String("list")).toString().isNull());
    QCOMPARE(root.value(QLatin1String("list")).toDouble(), 0.0);
    QVERIFY(Json::Value().toObject().value(QLatin1String("a")).isUndefined());

    QStringList keys;
    for (auto it = root.begin(); it != root.end(); ++it)
        keys.append(it.key());
    QCOMPARE(keys, (QStringList{QStringLiteral("list"), QStringLiteral("s"), QStringLiteral("n")}));
}

void TestJson::numbers()
{
    Json::Document doc;
    QCOMPARE(Json::Document::parse("[1e-999, -2.5E2, 0.1, 9007199254740993]", &doc).offset, qsizetype(-1));
    const Json::Array a = doc.root().toArray();
    QCOMPARE(a.at(0).toDouble(), 0.0); // too small for a double: zero, as strtod
    QCOMPARE(a.at(1).toDouble(), -250.0);
    QCOMPARE(a.at(2).toDouble(), 0.1);
    QCOMPARE(a.at(3).toDouble(), 9007199254740992.0);
}

// Broken copies of the bundled dataset (bytes changed, inserted, dropped; cut short), from a
// fixed seed: the parser never reads out of bounds (the test build runs with ASan), reports
// an offset inside the input, and where both parsers accept a copy they read the same.
void TestJson::mutatedInputs()
{
    QFile file(QStringLiteral(":/data/versus.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    QRandomGenerator random(20261129);
    const QByteArray alphabet("{}[]\",:\\ \n0-9eE.+tfnu\x01\xc3\xa9\xff");
    int acceptedByBoth = 0;
    for (int round = 0; round < 600; ++round) {
        // Most copies are cut short (of a prefix, to keep the test fast); some are whole.
        const bool cut = round % 4 != 0;
        QByteArray data = cut ? whole.left(random.bounded(20000)) : whole;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits && !data.isEmpty(); ++e) {
            const int at = random.bounded(int(data.size()));
            const char c = alphabet.at(random.bounded(int(alphabet.size())));
            switch (random.bounded(3)) {
            case 0: data[at] = c; break;
            case 1: data.insert(at, c); break;
            default: data.remove(at, 1 + random.bounded(8)); break;
            }
        }
        // The parser must not read past the data: give it an exact-size copy.
        const QByteArray exact(data.constData(), data.size());
        Json::Document doc;
        const Json::Document::Error e = Json::Document::parse(exact, &doc);
        QVERIFY(e.offset <= exact.size());
        if (e.offset >= 0) {
            QVERIFY(!e.message.isEmpty());
            continue;
        }
        QJsonParseError qtError;
        const QJsonDocument qt = QJsonDocument::fromJson(exact, &qtError);
        if (qtError.error != QJsonParseError::NoError || !(qt.isObject() || qt.isArray()))
            continue;
        ++acceptedByBoth;
        const QJsonValue ours = doc.root().toQJsonValue();
        QCOMPARE(ours, qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array()));
    }
    qInfo("%d of 600 broken copies accepted by both parsers", acceptedByBoth);
    QVERIFY(acceptedByBoth > 0);
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
