#pragma once

// Reading a PDF back for the report tests, with poppler's tools (poppler-utils).
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace ReportPdf {

inline QString run(const QString &tool, const QStringList &arguments, bool *ok = nullptr)
{
    QProcess process;
    process.start(tool, arguments);
    const bool finished = process.waitForFinished(60000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline bool available()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdfimages", "pdffonts"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            return false;
    }
    return true;
}

// All whitespace (line breaks inside a table cell included) as single spaces.
inline QString simplified(const QString &text)
{
    return QString(text).replace(QChar(0x00AD), QString()).simplified();
}

// Whether text holds needle, line breaks aside: a table cell wraps its text wherever
// Unicode allows (after "/" or "-" too), and pdftotext puts a space at each break.
inline bool holds(const QString &text, const QString &needle)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(space).contains(QString(needle).remove(space));
}

// The text of one page (1-based), or of all pages with page 0, in drawing order.
inline QString text(const QString &pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    // A line broken after a hyphen ("397B-" / "A17B") reads back joined.
    return simplified(run(QStringLiteral("pdftotext"), arguments).replace(QStringLiteral("-\n"), QStringLiteral("-")));
}

inline QString info(const QString &pdf, const QString &key)
{
    const QString out = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(key)),
                                  QRegularExpression::MultilineOption);
    return line.match(out).captured(1).trimmed();
}

inline int pages(const QString &pdf)
{
    return info(pdf, QStringLiteral("Pages")).toInt();
}

// The image objects in the file: the lines of `pdfimages -list` after its two header lines.
inline int images(const QString &pdf)
{
    const QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

// `pdffonts` rows: font name and whether it is embedded.
inline QList<QPair<QString, bool>> fonts(const QString &pdf)
{
    QList<QPair<QString, bool>> result;
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name, type (one or more words), encoding, emb, sub, uni, object id, generation
        if (columns.size() >= 7)
            result.append({columns.constFirst(), columns.at(columns.size() - 5) == QLatin1String("yes")});
    }
    return result;
}

inline QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace ReportPdf
