#include "render/charts/chartexport.h"

#include "render/pdf/pdfwriter.h"

#include "core/export/atomicfile.h"
#include "render/charts/chartpainter.h"
#include "render/charts/chartstyle.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

using namespace ChartStyle;

namespace {

constexpr int LogicalWidth = 1000;
constexpr int ChartHeight = 600;
constexpr int Margin = 16;

// The layout of paint(): title block, chart, footnotes, at a logical width.
struct PageLayout
{
    QRectF title, subtitle, chart, notes;
    qreal height = 0;
};

PageLayout layoutPage(const ChartData &data, qreal width, qreal height)
{
    PageLayout l;
    const qreal inner = width - 2 * Margin;
    const QRectF big(0, 0, inner, 100000);
    const QRectF t = data.title.isEmpty() ? QRectF()
                                          : QFontMetricsF(printFont(22, true)).boundingRect(big, Qt::TextWordWrap, data.title);
    const QRectF s = data.subtitle.isEmpty() ? QRectF()
                                             : QFontMetricsF(printFont(14)).boundingRect(big, Qt::TextWordWrap, data.subtitle);
    const QRectF n = QFontMetricsF(printFont(12)).boundingRect(big, Qt::TextWordWrap, data.footnotes.join(QLatin1Char('\n')));
    qreal y = Margin;
    l.title = QRectF(Margin, y, inner, t.height());
    y += t.height() + 4;
    l.subtitle = QRectF(Margin, y, inner, s.height());
    y += s.height() + 6;
    const qreal notesHeight = n.height() + 6;
    const qreal chartHeight = height > 0 ? std::max<qreal>(200, height - y - notesHeight - Margin) : ChartHeight;
    l.chart = QRectF(0, y, width, chartHeight);
    y += chartHeight + 6;
    l.notes = QRectF(Margin, y, inner, n.height());
    l.height = y + n.height() + Margin;
    return l;
}

// Files and pages are white: the light palette, whatever the screen's.
ChartOptions onPaper(ChartOptions options)
{
    options.darkPalette = false;
    return options;
}

// The logical width paint() lays a chart out at for target, and the chart's part of it: at
// least LogicalWidth px; wider when the target is flat, so that the chart keeps a useful
// height and each of its labels a line.
std::pair<PageLayout, ChartPainter> layoutFor(const ChartSpec &spec, const ChartData &data, const QSizeF &target,
                                              qreal *logicalWidth)
{
    qreal width = LogicalWidth;
    for (;;) {
        const qreal scale = target.width() / width;
        PageLayout l = layoutPage(data, width, target.height() / scale);
        ChartPainter drawing(spec, l.chart.size());
        if ((l.chart.height() >= 0.45 * ChartHeight && l.chart.height() >= drawing.minimumHeight()) || width > 4 * LogicalWidth) {
            *logicalWidth = width;
            return {l, drawing};
        }
        width *= 1.25;
    }
}

} // namespace

QSize ChartExport::naturalSize(const Dataset &dataset, const Chart &chart, const ChartOptions &options)
{
    ChartOptions file = onPaper(options);
    file.provenance = true; // the size of the file, which says where it comes from
    const PageLayout l = layoutPage(ChartData::build(dataset, chart, file), LogicalWidth, 0);
    return QSize(LogicalWidth, int(std::ceil(l.height)));
}

QSizeF ChartExport::drawingSize(const Dataset &dataset, const Chart &chart, const QSizeF &target, const ChartOptions &options)
{
    const ChartData data = ChartData::build(dataset, chart, onPaper(options));
    qreal width = 0;
    return layoutFor(ChartSpec(dataset, data), data, target, &width).first.chart.size();
}

void ChartExport::paint(const Dataset &dataset, const Chart &chart, QPainter *painter, const QRectF &target,
                        const ChartOptions &options)
{
    if (!painter || target.isEmpty())
        return;
    const ChartData data = ChartData::build(dataset, chart, onPaper(options));
    qreal width = 0;
    const auto [l, drawing] = layoutFor(ChartSpec(dataset, data), data, target.size(), &width);
    const ChartSpec &spec = drawing.spec();
    const qreal scale = target.width() / width;
    const qreal height = target.height() / scale;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    painter->fillRect(QRectF(0, 0, width, height), Qt::white);
    painter->setPen(Qt::black);
    painter->setFont(printFont(22, true));
    painter->drawText(l.title, Qt::TextWordWrap, spec.title);
    painter->setFont(printFont(14));
    painter->setPen(QColor(60, 60, 60));
    painter->drawText(l.subtitle, Qt::TextWordWrap, spec.subtitle);
    painter->save();
    painter->translate(l.chart.topLeft());
    drawing.draw(painter);
    painter->restore();
    painter->setFont(printFont(12));
    painter->setPen(QColor(40, 40, 40));
    painter->drawText(l.notes, Qt::TextWordWrap, spec.notes.join(QLatin1Char('\n')));
    painter->restore();
}

bool ChartExport::exportTo(const Dataset &dataset, const QString &chartId, const QString &outPath, QString *error,
                           QSize pngSize, const ChartOptions &options)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const Chart *chart = dataset.chart(chartId);
    if (!chart)
        return fail(tr("there is no chart \"%1\"").arg(chartId));
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return fail(tr("%1: cannot tell the format; the file name must end in .pdf, .svg or .png").arg(outPath));
    if (suffix == QLatin1String("png") && !pngSize.isEmpty()
        && (pngSize.width() > 20000 || pngSize.height() > 20000))
        return fail(tr("%1 × %2 pixels is too large for a PNG (at most 20000 × 20000)").arg(pngSize.width()).arg(pngSize.height()));
    AtomicFile file(outPath);
    QString message;
    if (!file.open(&message))
        return fail(message);
    ChartOptions fileOptions = options;
    fileOptions.provenance = true; // a file travels without the app: it says where it comes from
    const bool written = suffix == QLatin1String("pdf")   ? writePdf(dataset, *chart, file.device(), outPath, fileOptions, &message)
                         : suffix == QLatin1String("svg") ? writeSvg(dataset, *chart, file.device(), outPath, fileOptions, &message)
                                                          : writePng(dataset, *chart, file.device(), outPath, pngSize, fileOptions, &message);
    if (!written)
        return fail(message);
    return file.commit(error);
}

// One page the shape of the chart, 1 logical pixel = 0.75 pt, vector graphics, fonts embedded.
bool ChartExport::writePdf(const Dataset &dataset, const Chart &chart, QIODevice *device, const QString &outPath,
                           const ChartOptions &options, QString *error)
{
    const QSize natural = naturalSize(dataset, chart, options);
    PdfWriter::Setup setup;
    setup.title = chart.title.text();
    setup.resolution = 600;
    setup.pageSize = QPageSize(QSizeF(natural) * 0.75, QPageSize::Point, setup.title, QPageSize::ExactMatch);
    const auto draw = [&](QPdfWriter *writer, QString *why) {
        QPainter painter;
        if (!painter.begin(writer)) {
            *why = tr("%1: cannot write a PDF").arg(outPath);
            return false;
        }
        paint(dataset, chart, &painter, QRectF(0, 0, writer->width(), writer->height()), options);
        return painter.end();
    };
    return PdfWriter::write(device, setup, draw, error);
}

bool ChartExport::writeSvg(const Dataset &dataset, const Chart &chart, QIODevice *device, const QString &outPath,
                           const ChartOptions &options, QString *error)
{
    const QSize natural = naturalSize(dataset, chart, options);
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(natural);
    svg.setViewBox(QRect(QPoint(0, 0), natural));
    svg.setTitle(chart.title.text());
    svg.setDescription(chart.subtitle.text());
    QPainter painter;
    if (!painter.begin(&svg)) {
        *error = tr("%1: cannot write an SVG").arg(outPath);
        return false;
    }
    paint(dataset, chart, &painter, QRectF(QPointF(0, 0), natural), options);
    painter.end();
    return true;
}

bool ChartExport::writePng(const Dataset &dataset, const Chart &chart, QIODevice *device, const QString &outPath,
                           QSize pngSize, const ChartOptions &options, QString *error)
{
    const QSize size = pngSize.isEmpty() ? naturalSize(dataset, chart, options) * 2 : pngSize;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(dataset, chart, &painter, QRectF(QPointF(0, 0), size), options);
    painter.end();
    if (!image.save(device, "PNG")) {
        *error = tr("%1: the PNG image could not be written").arg(outPath);
        return false;
    }
    return true;
}
