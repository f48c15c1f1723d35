#include "tests/testutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The man page against the command line as it is: every option `versus --help` prints is
// documented there (an item of its own), the Chinese man page documents the same options,
// and the one version (project VERSION in CMake) is what --version prints, what the man
// pages' headers and the metainfo's newest release say.
class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyHelpOptionIsDocumented();
    void chineseManPageHasTheSameOptions();
    void versionsAgree();

private:
    static QString readSource(const QString &relative);
};

QString TestManPage::readSource(const QString &relative)
{
    QFile file(QStringLiteral(VERSUS_SOURCE_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The options a .TP item of the man page is headed by, e.g. ".BR \-h ", " \-\-help" gives
// "-h" and "--help".
static QSet<QString> documentedOptions(const QString &roff)
{
    QSet<QString> options;
    const QStringList lines = roff.split(QLatin1Char('\n'));
    static const QRegularExpression option(QStringLiteral("(?<![\\w\\\\-])((?:\\\\-){1,2}[a-z][a-z0-9]*(?:\\\\-[a-z0-9]+)*)"));
    static const QRegularExpression optionHeader(QStringLiteral("^\\.(?:B|BI|BR) +\\\\-"));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        // An option's item: its header starts with the option (the examples start with "versus").
        if (!lines.at(i).startsWith(QLatin1String(".TP")) || !optionHeader.match(lines.at(i + 1)).hasMatch())
            continue;
        for (auto it = option.globalMatch(lines.at(i + 1)); it.hasNext();)
            options.insert(it.next().captured(1).replace(QLatin1String("\\-"), QLatin1String("-")));
    }
    return options;
}

// The options --help lists in its first column ("  -h, --help", "  --data <FILE>").
static QStringList helpOptions(const QString &help)
{
    QStringList options;
    static const QRegularExpression line(QStringLiteral("^  (?:(-[a-zA-Z]), )?(--[a-z][a-z0-9-]*)"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(help); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.hasCaptured(1))
            options.append(m.captured(1));
        options.append(m.captured(2));
    }
    return options;
}

void TestManPage::everyHelpOptionIsDocumented()
{
    const TestUtil::Run help = TestUtil::runVersus({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QStringList inHelp = helpOptions(help.out);
    // The options every build has (CONTRACT.md), so a broken parse of --help cannot pass.
    for (const char *known : {"-h", "--help", "-v", "--version", "--data", "--lang", "--validate", "--export-report",
                              "--recommend", "--answer", "--answers", "--json"})
        QVERIFY2(inHelp.contains(QLatin1String(known)), known);

    const QString roff = readSource(QStringLiteral("packaging/versus.1"));
    QVERIFY(!roff.isEmpty());
    const QSet<QString> documented = documentedOptions(roff);
    QStringList missing;
    for (const QString &o : inHelp) {
        if (!documented.contains(o))
            missing.append(o);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("options in --help without an item in packaging/versus.1: ")
                                           + missing.join(QStringLiteral(", "))));
    // The positional argument too.
    QVERIFY(help.out.contains(QLatin1String("FILE.json")));
    QVERIFY(roff.contains(QLatin1String(".RI [ FILE.json ...]")));
}

void TestManPage::chineseManPageHasTheSameOptions()
{
    const QString english = readSource(QStringLiteral("packaging/versus.1"));
    const QString chinese = readSource(QStringLiteral("packaging/versus.zh_CN.1"));
    QVERIFY(!chinese.isEmpty());
    const QSet<QString> en = documentedOptions(english);
    const QSet<QString> zh = documentedOptions(chinese);
    QVERIFY(en.size() > 20);
    QStringList onlyEn = QSet<QString>(en).subtract(zh).values();
    QStringList onlyZh = QSet<QString>(zh).subtract(en).values();
    onlyEn.sort();
    onlyZh.sort();
    QVERIFY2(onlyEn.isEmpty(), qPrintable(QStringLiteral("only in versus.1: ") + onlyEn.join(QStringLiteral(", "))));
    QVERIFY2(onlyZh.isEmpty(), qPrintable(QStringLiteral("only in versus.zh_CN.1: ") + onlyZh.join(QStringLiteral(", "))));
    QVERIFY(chinese.contains(QStringLiteral("模型家族")));
}

void TestManPage::versionsAgree()
{
    const QString version = QStringLiteral(VERSUS_VERSION);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(version).hasMatch());

    const TestUtil::Run run = TestUtil::runVersus({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("Versus ") + version);

    static const QRegularExpression th(QStringLiteral("^\\.TH VERSUS 1 \"[^\"]*\" \"Versus ([^\"]+)\""),
                                       QRegularExpression::MultilineOption);
    for (const QString &page : {QStringLiteral("packaging/versus.1"), QStringLiteral("packaging/versus.zh_CN.1")}) {
        const QRegularExpressionMatch header = th.match(readSource(page));
        QVERIFY2(header.hasMatch(), qPrintable(page + QStringLiteral(": the .TH line")));
        QCOMPARE(header.captured(1), version);
    }

    // The newest release comes first (AppStream's order).
    static const QRegularExpression release(QStringLiteral("<release\\s+version=\"([^\"]+)\""));
    const QRegularExpressionMatch newest =
        release.match(readSource(QStringLiteral("packaging/io.github.versus.Versus.metainfo.xml")));
    QVERIFY2(newest.hasMatch(), "the metainfo's <release>");
    QCOMPARE(newest.captured(1), version);
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
