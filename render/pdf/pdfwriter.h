#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;
class QPdfWriter;

// Every PDF Versus writes (the report, the recommendation, a chart) goes through here: the
// paper from the locale unless the caller (an export dialog) gives one, fonts embedded,
// Chinese text that can be searched and copied, and an atomic write (AtomicFile).
class PdfWriter {
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)

public:
    struct Setup {
        std::optional<QPageSize> pageSize; // empty: localePageSize()
        QMarginsF margins; // millimetres
        int resolution = 1200; // dots per inch of the painting coordinates
        QString title;
        QString creator = QStringLiteral("Versus");
    };
    // Draws the whole document onto the writer (newPage() between pages); false with
    // *error saying why.
    using Draw = std::function<bool(QPdfWriter *writer, QString *error)>;

    // Makes the PDF in memory, mends its Chinese search entries and writes it to device,
    // so a device that fails is noticed (QPdfWriter does not report write errors).
    static bool write(QIODevice *device, const Setup &setup, const Draw &draw, QString *error);
    // The same to path through AtomicFile: on failure the old file stays as it was, and
    // *error names the path and the cause.
    static bool write(const QString &path, const Setup &setup, const Draw &draw, QString *error);

    // Letter for the territories that use it, A4 elsewhere.
    static QPageSize defaultPageSize(const QLocale &locale);
    // The paper locale: LC_ALL, else LC_PAPER, else LANG (the order the C library follows).
    static QLocale paperLocale();
    static QPageSize localePageSize() { return defaultPageSize(paperLocale()); }

private:
    static bool makePdf(QByteArray *pdf, const Setup &setup, const Draw &draw, QString *error);
};
