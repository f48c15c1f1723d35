#include "app/fit/fitcontextchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {
const Qt::PenStyle dashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};

QString tokensShort(qint64 tokens)
{
    if (tokens >= 1048576 && tokens % 1048576 == 0)
        return FitContextChart::tr("%1M").arg(tokens / 1048576);
    return FitContextChart::tr("%1K").arg(tokens / 1024);
}

// A marker of its own for each series: circle, square, triangle, diamond, cross.
void marker(QPainter &p, const QPointF &at, int shape)
{
    const double r = 3.5;
    switch (shape % 5) {
    case 0: p.drawEllipse(at, r, r); break;
    case 1: p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r)); break;
    case 2: p.drawPolygon(QPolygonF({at + QPointF(0, -r), at + QPointF(r, r), at + QPointF(-r, r)})); break;
    case 3: p.drawPolygon(QPolygonF({at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0)})); break;
    default:
        p.drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
        p.drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
    }
}
} // namespace

FitContextChart::FitContextChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fitContextChart"));
}

void FitContextChart::setData(const QList<qint64> &contexts, const QList<Series> &series, qint64 memoryBytes)
{
    m_contexts = contexts;
    m_series = series;
    m_memory = memoryBytes;
    QWidget::update();
}

void FitContextChart::paintAxes(QPainter &p, const QRectF &plot, double maxBytes) const
{
    const QColor text = palette().color(QPalette::WindowText);
    p.setPen(text);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    const QFontMetrics fm(font());
    const int n = int(m_contexts.size());
    for (int i = 0; i < n; i += (n > 6 ? 2 : 1)) {
        const double x = plot.left() + plot.width() * i / qMax(1, n - 1);
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        const QString label = tokensShort(m_contexts.at(i));
        p.drawText(QPointF(x - fm.horizontalAdvance(label) / 2.0, plot.bottom() + 4 + fm.ascent()), label);
    }
    // A round step (1, 2 or 5 × 10^k GB) that gives at most six ticks.
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxBytes / 1e9 / 6)));
    double step = magnitude * 1e9;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude * 1e9;
        if (maxBytes / step <= 6)
            break;
    }
    for (double v = 0; v <= maxBytes; v += step) {
        const double y = plot.bottom() - plot.height() * v / maxBytes;
        const QString label = QLocale().toString(v / 1e9, 'g', 4);
        p.drawText(QPointF(plot.left() - 6 - fm.horizontalAdvance(label), y + fm.ascent() / 2.0 - 1), label);
        p.drawLine(QPointF(plot.left() - 3, y), QPointF(plot.left(), y));
    }
    p.save();
    p.translate(fm.height() / 2.0 + 1, plot.center().y());
    p.rotate(-90);
    const QString yTitle = tr("GB on a device");
    p.drawText(QPointF(-fm.horizontalAdvance(yTitle) / 2.0, fm.ascent() / 2.0), yTitle);
    p.restore();
    const QString xTitle = tr("context (tokens)");
    p.drawText(QPointF(plot.center().x() - fm.horizontalAdvance(xTitle) / 2.0, height() - 4), xTitle);
}

void FitContextChart::paintLegend(QPainter &p, const QRectF &area) const
{
    const QFontMetrics fm(font());
    double y = area.top() + fm.ascent();
    for (int i = 0; i < m_series.size(); ++i) {
        p.setPen(QPen(m_series.at(i).color, 2, dashes[i % 5]));
        p.drawLine(QPointF(area.left(), y - fm.ascent() / 3.0), QPointF(area.left() + 22, y - fm.ascent() / 3.0));
        marker(p, QPointF(area.left() + 11, y - fm.ascent() / 3.0), i);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QPointF(area.left() + 28, y), fm.elidedText(m_series.at(i).name, Qt::ElideNone, int(area.width()) - 28));
        y += fm.height();
    }
    p.setPen(QPen(palette().color(QPalette::WindowText), 1.5, Qt::DashLine));
    p.drawLine(QPointF(area.left(), y - fm.ascent() / 3.0), QPointF(area.left() + 22, y - fm.ascent() / 3.0));
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QPointF(area.left() + 28, y), tr("the device's memory"));
}

void FitContextChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm(font());
    if (m_series.isEmpty() || m_contexts.size() < 2 || m_memory <= 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Select models in the table to see their memory against the context."));
        return;
    }
    double maxBytes = double(m_memory);
    for (const Series &s : m_series) {
        for (const auto &b : s.bytes)
            maxBytes = qMax(maxBytes, b ? double(*b) : 0.0);
    }
    maxBytes *= 1.08;
    int legendWidth = fm.horizontalAdvance(tr("the device's memory"));
    for (const Series &s : m_series)
        legendWidth = qMax(legendWidth, fm.horizontalAdvance(s.name));
    legendWidth = qMin(legendWidth + 34, width() / 3);
    const QRectF plot(fm.height() + fm.horizontalAdvance(QStringLiteral("0000")) + 10, 8,
                      width() - legendWidth - fm.height() - fm.horizontalAdvance(QStringLiteral("0000")) - 22,
                      height() - 2 * fm.height() - 16);
    paintAxes(p, plot, maxBytes);
    auto point = [&](int i, qint64 bytes) {
        return QPointF(plot.left() + plot.width() * i / (m_contexts.size() - 1), plot.bottom() - plot.height() * double(bytes) / maxBytes);
    };
    p.save();
    p.setClipRect(plot.adjusted(-4, -4, 4, 4));
    for (int s = 0; s < m_series.size(); ++s) {
        QPainterPath path;
        bool open = false;
        for (int i = 0; i < m_series.at(s).bytes.size() && i < m_contexts.size(); ++i) {
            const auto &b = m_series.at(s).bytes.at(i);
            if (!b) {
                open = false; // a gap where the cache is not stated
                continue;
            }
            open ? path.lineTo(point(i, *b)) : path.moveTo(point(i, *b));
            open = true;
            p.setPen(QPen(m_series.at(s).color, 1.5));
            marker(p, point(i, *b), s);
        }
        p.setPen(QPen(m_series.at(s).color, 2, dashes[s % 5]));
        p.drawPath(path);
    }
    const double memoryY = plot.bottom() - plot.height() * double(m_memory) / maxBytes;
    p.setPen(QPen(palette().color(QPalette::WindowText), 1.5, Qt::DashLine));
    p.drawLine(QPointF(plot.left(), memoryY), QPointF(plot.right(), memoryY));
    p.restore();
    paintLegend(p, QRectF(plot.right() + 12, plot.top(), legendWidth, plot.height()));
}
