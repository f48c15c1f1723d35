#include "app/shell/settingskeys.h"

#include <QSet>
#include <QTest>

// The settings keys: each names one setting, and each keeps the string users' saved
// settings are stored under.
class TestSettingsKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unique();
    void stringsStay();
    void variableKeys();
};

void TestSettingsKeys::unique()
{
    const QList<QLatin1String> keys = SettingsKeys::all();
    QSet<QString> seen;
    for (const QLatin1String key : keys) {
        QVERIFY2(!QString(key).isEmpty(), "an empty key");
        QVERIFY2(!seen.contains(QString(key)), qPrintable(QStringLiteral("twice: %1").arg(key)));
        seen.insert(QString(key));
    }
    // No key is also a group of other keys, and the keys made per family set or per
    // dataset fall in groups of their own.
    for (const QString &key : std::as_const(seen)) {
        for (const QString &other : std::as_const(seen))
            QVERIFY2(!other.startsWith(key + QLatin1Char('/')), qPrintable(key + QStringLiteral(" and ") + other));
        QVERIFY(!key.startsWith(QLatin1String("matrix/header")));
    }
}

void TestSettingsKeys::stringsStay()
{
    // Written out as the application stored them before the keys had names.
    const QStringList expected{
        QStringLiteral("language"),         QStringLiteral("recentFiles"),      QStringLiteral("lastDatasetDir"),
        QStringLiteral("lastExportDir"),    QStringLiteral("window/geometry"),  QStringLiteral("window/state"),
        QStringLiteral("window/tab"),       QStringLiteral("matrix/splitter"),  QStringLiteral("matrix/pinned"),
        QStringLiteral("matrix/favoured"),  QStringLiteral("matrix/status"),    QStringLiteral("matrix/sortColumn"),
        QStringLiteral("matrix/sortOrder"), QStringLiteral("matrix/search"),    QStringLiteral("models/header"),
        QStringLiteral("models/min"),       QStringLiteral("models/max"),       QStringLiteral("models/family"),
        QStringLiteral("models/license"),   QStringLiteral("models/includeUnknown"), QStringLiteral("charts/current"),   QStringLiteral("charts/exportDir"),
        QStringLiteral("wizard/analystMode"), QStringLiteral("wizard/lastDir"), QStringLiteral("report/sections"),
        QStringLiteral("report/pageSize"),  QStringLiteral("report/lastDir"),
        QStringLiteral("fit/device"),       QStringLiteral("fit/weights"),      QStringLiteral("fit/kv"),
        QStringLiteral("fit/count"),        QStringLiteral("fit/sequences"),    QStringLiteral("fit/context"),
        QStringLiteral("fit/onlyFitting"),
        QStringLiteral("cost/inputMTok"),   QStringLiteral("cost/outputMTok"),  QStringLiteral("cost/cachedPercent"),
        QStringLiteral("cost/discountPercent"), QStringLiteral("cost/requestTokens"), QStringLiteral("cost/on"),
        QStringLiteral("cost/gpuHourPrice"), QStringLiteral("cost/gpuCurrency"),
        QStringLiteral("theme"),
    };
    QStringList actual;
    for (const QLatin1String key : SettingsKeys::all())
        actual.append(QString(key));
    QCOMPARE(actual, expected);
}

void TestSettingsKeys::variableKeys()
{
    QCOMPARE(SettingsKeys::matrixHeader({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}),
             QStringLiteral("matrix/header/a+b+c"));
    QCOMPARE(SettingsKeys::wizardKey(QStringLiteral("set-1"), QStringLiteral("importance")),
             QStringLiteral("wizard/set-1/importance"));
}

QTEST_GUILESS_MAIN(TestSettingsKeys)
#include "tst_settingskeys.moc"
