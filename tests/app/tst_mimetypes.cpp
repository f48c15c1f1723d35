// The file types in packaging/io.github.versus.Versus.mime.xml as a file manager sees them:
// a dataset is recognised by its "format" member whatever its name, other JSON stays JSON,
// answer files by their name; the desktop file opens the dataset type (%F) and the metainfo
// provides it. Two readers of the XML: QMimeDatabase (by content where the name says only
// .json: Qt 6.4 takes a single glob match without looking at the content, as KDE's file
// managers then do), and, where installed, shared-mime-info's own database read by GIO
// (`gio info`, what GNOME's file managers use), which applies the magic over the *.json
// glob because our type is a subclass of application/json.
#include "app/cli/commandline.h"

#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestMimeTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recognised_data();
    void recognised();
    void desktopFileAndMetainfo();
    void severalFilesOpenAWindowEach();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString gioType(const QString &path) const;
    static QByteArray source(const QString &relative);
    QTemporaryDir m_dir;
    QString m_gio;       // gio, where shared-mime-info's database could be built
    QString m_gioShare;  // its data dir
};

QByteArray TestMimeTypes::source(const QString &relative)
{
    QFile file(QStringLiteral(VERSUS_SOURCE_DIR "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestMimeTypes::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("files/") + name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestMimeTypes::initTestCase()
{
    // Our XML is installed where shared-mime-info looks: <data dir>/mime/packages/. The
    // database is built on first use, so the variable is set before any lookup.
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("share/mime/packages"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("files"))));
    QVERIFY(QFile::copy(QStringLiteral(VERSUS_SOURCE_DIR "/packaging/io.github.versus.Versus.mime.xml"),
                        m_dir.filePath(QStringLiteral("share/mime/packages/io.github.versus.Versus.xml"))));
    qputenv("XDG_DATA_DIRS", (m_dir.filePath(QStringLiteral("share")) + QStringLiteral(":/usr/local/share:/usr/share")).toLocal8Bit());
    QVERIFY(QMimeDatabase().mimeTypeForName(QStringLiteral("application/x-versus-dataset")).isValid());

    const QString update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    const QString gio = QStandardPaths::findExecutable(QStringLiteral("gio"));
    const QString base = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    if (update.isEmpty() || gio.isEmpty() || !QFile::exists(base)) {
        qInfo("no update-mime-database, gio or freedesktop.org.xml: only QMimeDatabase is asked");
        return;
    }
    m_gioShare = m_dir.filePath(QStringLiteral("gio"));
    const QString packages = m_gioShare + QStringLiteral("/mime/packages/");
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(base, packages + QStringLiteral("freedesktop.org.xml")));
    QVERIFY(QFile::copy(QStringLiteral(VERSUS_SOURCE_DIR "/packaging/io.github.versus.Versus.mime.xml"),
                        packages + QStringLiteral("io.github.versus.Versus.xml")));
    QProcess process;
    process.start(update, {m_gioShare + QStringLiteral("/mime")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData()); // it rejects invalid XML
    m_gio = gio;
}

QString TestMimeTypes::gioType(const QString &path) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), m_gioShare);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("nohome")));
    process.setProcessEnvironment(env);
    process.start(m_gio, {QStringLiteral("info"), QStringLiteral("-a"), QStringLiteral("standard::content-type"), path});
    if (!process.waitForFinished(30000))
        return {};
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const qsizetype at = out.indexOf(QLatin1String("standard::content-type: "));
    return at < 0 ? QString() : out.mid(at + 24).section(QLatin1Char('\n'), 0, 0).trimmed();
}

void TestMimeTypes::recognised_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("type");
    const QByteArray bundled = source(QStringLiteral("resources/data/versus.json"));
    QVERIFY(bundled.startsWith("{\n \"format\": \"versus-dataset\""));
    const QString dataset = QStringLiteral("application/x-versus-dataset");
    const QString json = QStringLiteral("application/json");
    QTest::newRow("bundled, any name") << QStringLiteral("comparison.json") << bundled << dataset;
    QTest::newRow("test dataset") << QStringLiteral("three.json") << source(QStringLiteral("tests/data/three-families.json"))
                                  << dataset;
    QTest::newRow("compact") << QStringLiteral("c.json")
                             << QByteArray("{\"format\":\"versus-dataset\",\"formatVersion\":1}") << dataset;
    QTest::newRow("by name, format far down") << QStringLiteral("mine.versus.json")
                                              << (QByteArray("{\"a\": \"") + QByteArray(8000, 'x') + "\", \"format\": \"versus-dataset\"}")
                                              << dataset;
    QTest::newRow("other format") << QStringLiteral("other.json") << QByteArray("{\"format\": \"geojson\", \"x\": 1}") << json;
    QTest::newRow("mentions it only as a value") << QStringLiteral("notes.json")
                                                 << QByteArray("{\"note\": \"versus-dataset\"}") << json;
    QTest::newRow("plain json") << QStringLiteral("package.json") << QByteArray("{\"name\": \"x\"}") << json;
    QTest::newRow("answers") << QStringLiteral("mine.answers.json") << QByteArray("{\"use-case\": \"general\"}")
                             << QStringLiteral("application/x-versus-answers");
    QTest::newRow("wizard's answers name") << QStringLiteral("answers.json") << QByteArray("{\"priority\": \"cost\"}")
                                           << QStringLiteral("application/x-versus-answers");
}

void TestMimeTypes::recognised()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, type);
    const QString path = write(name, bytes);
    QVERIFY(!path.isEmpty());
    const bool json = type == QLatin1String("application/json");
    const bool byName = json || name.endsWith(QLatin1String(".versus.json")) || name.endsWith(QLatin1String("answers.json"));
    const QMimeType found = QMimeDatabase().mimeTypeForFile(path, byName ? QMimeDatabase::MatchDefault
                                                                         : QMimeDatabase::MatchContent);
    QCOMPARE(found.name(), type);
    if (json) // nor does its content make it ours
        QVERIFY(!QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name().startsWith(QLatin1String("application/x-versus")));
    if (!m_gio.isEmpty())
        QCOMPARE(gioType(path), type);
    QVERIFY(found.inherits(QStringLiteral("application/json")) || found.name() == QLatin1String("application/json"));
    if (type != QLatin1String("application/json"))
        QVERIFY2(found.comment().contains(QLatin1String("Versus")), qPrintable(found.comment()));
}

void TestMimeTypes::desktopFileAndMetainfo()
{
    const QString desktop = QString::fromUtf8(source(QStringLiteral("packaging/io.github.versus.Versus.desktop")));
    QVERIFY(desktop.contains(QLatin1String("\nExec=versus %F\n")));
    const QRegularExpressionMatch mime = QRegularExpression(QStringLiteral("\nMimeType=([^\n]*)\n")).match(desktop);
    QVERIFY(mime.hasMatch());
    const QStringList types = mime.captured(1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    // Versus opens datasets, and answer files on their recommendation (tst_mainwindow).
    QCOMPARE(types, (QStringList{QStringLiteral("application/x-versus-dataset"), QStringLiteral("application/x-versus-answers")}));
    const QString metainfo = QString::fromUtf8(source(QStringLiteral("packaging/io.github.versus.Versus.metainfo.xml")));
    for (const QString &t : types) {
        QVERIFY(QMimeDatabase().mimeTypeForName(t).isValid());
        QVERIFY2(metainfo.contains(QStringLiteral("<mediatype>%1</mediatype>").arg(t)), qPrintable(t));
    }
    QVERIFY(metainfo.contains(QLatin1String("<content_rating type=\"oars-1.1\"")));
    // Each screenshot is one of docs/ (the address is the homepage's copy of it).
    const QRegularExpression image(QStringLiteral("<image[^>]*>[^<]*/docs/([^<]+\\.png)</image>"));
    int screenshots = 0;
    for (auto it = image.globalMatch(metainfo); it.hasNext(); ++screenshots) {
        const QString file = it.next().captured(1);
        QVERIFY2(QFile::exists(QStringLiteral(VERSUS_SOURCE_DIR "/docs/") + file), qPrintable(file));
    }
    QVERIFY(screenshots >= 3);
}

// What %F gives: every file selected in the file manager, each opened in a window.
void TestMimeTypes::severalFilesOpenAWindowEach()
{
    const QString versus = QStringLiteral("versus");
    const QString a = QStringLiteral("/data/a.json"), b = QStringLiteral("/data/b b.json");
    CommandLine two;
    QVERIFY2(two.parse({versus, a, b}), qPrintable(two.errorText()));
    QCOMPARE(two.mode(), CommandLine::Mode::Gui);
    QCOMPARE(two.guiFiles(), (QStringList{a, b}));
    CommandLine one;
    QVERIFY(one.parse({versus, a}));
    QCOMPARE(one.guiFiles(), QStringList{a});
    CommandLine none; // the bundled dataset, in one window
    QVERIFY(none.parse({versus}));
    QCOMPARE(none.guiFiles(), QStringList{QString()});
    CommandLine data;
    QVERIFY(data.parse({versus, QStringLiteral("--data"), a}));
    QCOMPARE(data.guiFiles(), QStringList{a});
    CommandLine both;
    QVERIFY(!both.parse({versus, QStringLiteral("--data"), a, b}));
    QVERIFY(both.errorText().contains(QLatin1String("--data")));
}

QTEST_GUILESS_MAIN(TestMimeTypes)
#include "tst_mimetypes.moc"
