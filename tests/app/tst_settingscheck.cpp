#include "app/shell/mainwindow.h"
#include "app/shell/messagebar.h"
#include "app/shell/settingscheck.h"
#include "app/shell/settingskeys.h"

#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

// Hostile settings: a file that cannot be parsed or read, values of the wrong kind, out of
// range or huge, an unknown tab, a recent file that is gone. The app starts with the
// defaults for those, says so once in the message bar, and keeps every other setting.
class TestSettingsCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void mainWindowStartsWithDefaultsAndSaysSoOnce();
    void cleanSettingsSayNothing();
    void absurdValues_data();
    void absurdValues();
    void hugeValueIsReset();
    void corruptFileIsKeptAside();
    void unreadableFile();

private:
    QTemporaryDir m_dir;
};

// Runs first: the check is made once per process, by the first window.
void TestSettingsCheck::mainWindowStartsWithDefaultsAndSaysSoOnce()
{
    const QString existing = m_dir.filePath(QStringLiteral("kept.json"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString missing = m_dir.filePath(QStringLiteral("gone.json"));
    QByteArray offScreen;
    {
        QWidget w;
        w.setGeometry(-40000, -30000, 640, 480);
        offScreen = w.saveGeometry();
    }
    {
        QSettings s;
        s.clear();
        s.setValue(SettingsKeys::WindowGeometry, offScreen);
        s.setValue(SettingsKeys::WindowState, QByteArray("not a window state"));
        s.setValue(SettingsKeys::WindowTab, QStringLiteral("no-such-tab"));
        s.setValue(SettingsKeys::RecentFiles, QStringList{existing, missing});
        s.setValue(SettingsKeys::FitCount, QStringLiteral("1e300"));
        s.setValue(SettingsKeys::MatrixSearch, QString(1024 * 1024, QLatin1Char('x')));
        // Usable ones, which must stay.
        s.setValue(SettingsKeys::MatrixPinned, QStringList{QStringLiteral("reasoning")});
        s.setValue(SettingsKeys::FitSequences, 8);
        s.setValue(SettingsKeys::MatrixSortOrder, 1);
        s.setValue(SettingsKeys::ChartsCurrent, QStringLiteral("some-chart"));
    }

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDataset(QString()));

    MessageBar *bar = window.messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("4 saved setting(s) could not be used and were reset to the default. "
                                         "1 recent file(s) no longer exist and were removed from Open Recent."));
    QCOMPARE(bar->details().split(QLatin1Char('\n')),
             QStringList({QStringLiteral("fit/count"), QStringLiteral("matrix/search"), QStringLiteral("window/tab"),
                          QStringLiteral("window/state"), missing}));

    // The window is on the screen, the first tab shown.
    const QRect screen = window.screen()->availableGeometry();
    QVERIFY2(screen.intersects(window.frameGeometry()), qPrintable(QStringLiteral("%1,%2").arg(window.x()).arg(window.y())));
    QCOMPARE(window.tabs()->currentIndex(), 0);

    const QSettings s;
    QCOMPARE(s.value(SettingsKeys::RecentFiles).toStringList(), QStringList{existing});
    QVERIFY(!s.contains(SettingsKeys::FitCount));
    QVERIFY(!s.contains(SettingsKeys::MatrixSearch));
    QVERIFY(!s.contains(SettingsKeys::WindowTab));
    QCOMPARE(s.value(SettingsKeys::MatrixPinned).toStringList(), QStringList{QStringLiteral("reasoning")});
    QCOMPARE(s.value(SettingsKeys::FitSequences).toInt(), 8);
    QCOMPARE(s.value(SettingsKeys::MatrixSortOrder).toInt(), 1);
    QCOMPARE(s.value(SettingsKeys::ChartsCurrent).toString(), QStringLiteral("some-chart"));

    // A second window does not say it again.
    {
        QSettings again;
        again.setValue(SettingsKeys::FitCount, -5);
    }
    MainWindow second;
    QVERIFY(!second.messageBar()->isVisibleTo(&second));
}

void TestSettingsCheck::cleanSettingsSayNothing()
{
    QSettings s(m_dir.filePath(QStringLiteral("clean.conf")), QSettings::IniFormat);
    s.setValue(SettingsKeys::Language, QStringLiteral("zh_CN"));
    s.setValue(SettingsKeys::FitCount, 4);
    s.setValue(SettingsKeys::FitOnlyFitting, true);
    s.setValue(SettingsKeys::WindowTab, QStringLiteral("matrix"));
    s.setValue(SettingsKeys::ReportPageSize, QStringLiteral("Letter"));
    const SettingsCheck::Result r = SettingsCheck::check(&s, {QStringLiteral("overview"), QStringLiteral("matrix")});
    QVERIFY(r.isClean());
    QVERIFY(r.message().isEmpty());
    QCOMPARE(s.allKeys().size(), 5);
}

void TestSettingsCheck::absurdValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("negative count") << QString(SettingsKeys::FitCount) << QVariant(-3);
    QTest::newRow("count over the spin box") << QString(SettingsKeys::FitCount) << QVariant(1025);
    QTest::newRow("count not a number") << QString(SettingsKeys::FitCount) << QVariant(QStringLiteral("many"));
    QTest::newRow("count infinite") << QString(SettingsKeys::FitCount) << QVariant(QStringLiteral("inf"));
    QTest::newRow("count a fraction") << QString(SettingsKeys::FitSequences) << QVariant(2.5);
    QTest::newRow("huge sort column") << QString(SettingsKeys::MatrixSortColumn) << QVariant(1e18);
    QTest::newRow("sort order") << QString(SettingsKeys::MatrixSortOrder) << QVariant(7);
    QTest::newRow("sections") << QString(SettingsKeys::ReportSections) << QVariant(-1);
    QTest::newRow("context step") << QString(SettingsKeys::FitContext) << QVariant(QStringLiteral("1e9"));
    QTest::newRow("bool") << QString(SettingsKeys::WizardAnalystMode) << QVariant(QStringLiteral("perhaps"));
    QTest::newRow("unknown language") << QString(SettingsKeys::Language) << QVariant(QStringLiteral("tlh"));
    QTest::newRow("unknown tab") << QString(SettingsKeys::WindowTab) << QVariant(QStringLiteral("../etc"));
    QTest::newRow("page size") << QString(SettingsKeys::ReportPageSize) << QVariant(QStringLiteral("A0"));
}

void TestSettingsCheck::absurdValues()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    const QString path = m_dir.filePath(QStringLiteral("absurd.conf"));
    QFile::remove(path);
    QSettings s(path, QSettings::IniFormat);
    s.setValue(key, value);
    s.setValue(SettingsKeys::MatrixPinned, QStringList{QStringLiteral("a"), QStringLiteral("b")});
    const SettingsCheck::Result r = SettingsCheck::check(&s, {QStringLiteral("overview")});
    QCOMPARE(r.resetKeys, QStringList{key});
    QVERIFY(!s.contains(key));
    QCOMPARE(s.value(SettingsKeys::MatrixPinned).toStringList(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
}

void TestSettingsCheck::hugeValueIsReset()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.conf"));
    QSettings s(path, QSettings::IniFormat);
    s.setValue(SettingsKeys::ModelsHeader, QByteArray(SettingsCheck::MaxValueBytes + 1, 'h'));
    s.setValue(SettingsKeys::MatrixPinned, QStringList(2000, QString(40, QLatin1Char('p'))));
    s.setValue(SettingsKeys::LastDatasetDir, QString(SettingsCheck::MaxValueBytes, QLatin1Char('d'))); // just fits
    s.sync();
    QSettings reread(path, QSettings::IniFormat);
    const SettingsCheck::Result r = SettingsCheck::check(&reread, {});
    QCOMPARE(r.resetKeys, QStringList({QStringLiteral("matrix/pinned"), QStringLiteral("models/header")}));
    QCOMPARE(reread.value(SettingsKeys::LastDatasetDir).toString().size(), SettingsCheck::MaxValueBytes);
}

void TestSettingsCheck::corruptFileIsKeptAside()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.conf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray garbage("[General\n\x01\xff\xfe=\x00zz\n[[[", 17);
    f.write(garbage);
    f.close();
    QSettings s(path, QSettings::IniFormat);
    QCOMPARE(s.status(), QSettings::FormatError);
    const SettingsCheck::Result r = SettingsCheck::check(&s, {});
    QVERIFY(!r.isClean());
    QCOMPARE(r.message(), QStringLiteral("The settings file %1 could not be read; the defaults are used and the file is kept as %1.corrupt.").arg(path));
    QFile aside(path + QStringLiteral(".corrupt"));
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage);
}

void TestSettingsCheck::unreadableFile()
{
    // Root reads any file whatever its mode: a directory where the file should be cannot be.
    const QString path = m_dir.filePath(QStringLiteral("unreadable.conf"));
    QVERIFY(QDir().mkpath(path));
    QSettings s(path, QSettings::IniFormat);
    QCOMPARE(s.status(), QSettings::AccessError);
    const SettingsCheck::Result r = SettingsCheck::check(&s, {});
    QCOMPARE(r.message(), QStringLiteral("The settings file %1 could not be read; the defaults are used.").arg(path));
    QVERIFY(QFileInfo(path).isDir());
}

QTEST_MAIN(TestSettingsCheck)
#include "tst_settingscheck.moc"
