// Every shipped .ts is finished: no unfinished, empty, vanished or obsolete entry, the
// same placeholders as the source, the right number of plural forms; and the compiled
// translations (ours and Qt's own) load.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;           // the translation's type attribute
    QStringList forms;      // the translation, or its numerus forms
    qint64 line = 0;
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!message.source.isNull())
                messages.append(message);
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            message.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (!message.source.isNull())
        messages.append(message);
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// Plural forms a language has (Qt's numerus rules): Chinese, Japanese, Korean one.
int pluralForms(const QString &language)
{
    static const QStringList oneForm{QStringLiteral("zh"), QStringLiteral("ja"), QStringLiteral("ko")};
    return oneForm.contains(language.section(QLatin1Char('_'), 0, 0)) ? 1 : 2;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(VERSUS_SOURCE_DIR "/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files))
        files.append(dir.filePath(name));
    return files;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsIsFinished_data();
    void tsIsFinished();
    void compiledTranslationLoads();
    void qtTranslationLoads();
};

void TestTranslations::tsIsFinished_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = tsFiles();
    QVERIFY2(!files.isEmpty(), "no translations/*.ts");
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestTranslations::tsIsFinished()
{
    QFETCH(QString, path);
    QString language;
    QString error;
    const QList<Message> messages = readTs(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!language.isEmpty(), "the TS element names no language");
    // English's file holds the plural forms alone (lupdate -pluralonly): every %n message.
    const bool pluralOnly = language == QLatin1String("en");
    QVERIFY(messages.size() > (pluralOnly ? 10 : 50));
    if (pluralOnly) {
        for (const Message &m : messages)
            QVERIFY2(m.numerus, qPrintable(m.source));
    }

    QStringList problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1:%2: [%3] \"%4\": ").arg(QFileInfo(path).fileName()).arg(m.line)
                                  .arg(m.context, m.source.left(50));
        if (!m.type.isEmpty()) {
            problems.append(where + m.type);
            continue;
        }
        const int expectedForms = m.numerus ? pluralForms(language) : 1;
        if (m.forms.size() != expectedForms) {
            problems.append(where + QStringLiteral("%1 form(s), expected %2").arg(m.forms.size()).arg(expectedForms));
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems.append(where + QStringLiteral("empty translation"));
            else if (placeholders(form) != placeholders(m.source))
                problems.append(where + QStringLiteral("placeholders %1 instead of %2")
                                            .arg(placeholders(form).join(QLatin1Char(' ')),
                                                 placeholders(m.source).join(QLatin1Char(' '))));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledTranslationLoads()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("versus_zh_CN"), QStringLiteral(":/i18n")),
             "the .qm built from translations/versus_zh_CN.ts is not in the resources");
    QCOMPARE(translator.translate("MainWindow", "&View"), QStringLiteral("视图(&V)"));
    QCOMPARE(translator.translate("DocumentView", "%1 of %n match(es)", nullptr, 3), QStringLiteral("第 %1 个，共 %n 个匹配"));
    // English's plural forms, by Qt's rule for English: one for n = 1, the other for the rest.
    QTranslator english;
    QVERIFY2(english.load(QStringLiteral("versus_en"), QStringLiteral(":/i18n")),
             "the .qm built from translations/versus_en.ts is not in the resources");
    QCOMPARE(english.translate("DocumentView", "%1 of %n match(es)", nullptr, 1), QStringLiteral("%1 of %n match"));
    QCOMPARE(english.translate("DocumentView", "%1 of %n match(es)", nullptr, 0), QStringLiteral("%1 of %n matches"));
    QCOMPARE(english.translate("MatrixView", "%1 of %n row(s)", nullptr, 2), QStringLiteral("%1 of %n rows"));
}

// Qt's own strings (standard buttons, file dialogs) come from qtbase_zh_CN.qm, which
// Debian's qt6-translations-l10n installs where QLibraryInfo says.
void TestTranslations::qtTranslationLoads()
{
    QTranslator translator;
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QVERIFY2(translator.load(QStringLiteral("qtbase_zh_CN"), dir),
             qPrintable(QStringLiteral("qtbase_zh_CN.qm is not in %1: install qt6-translations-l10n").arg(dir)));
    QCOMPARE(translator.translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
