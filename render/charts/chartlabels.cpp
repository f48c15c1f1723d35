#include "render/charts/chartlabels.h"

#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace ChartStyle {

namespace {

bool crosses(const QRectF &r, const QLineF &line)
{
    if (r.contains(line.p1()) || r.contains(line.p2()))
        return true;
    const QLineF edges[] = {{r.topLeft(), r.topRight()}, {r.topRight(), r.bottomRight()},
                            {r.bottomRight(), r.bottomLeft()}, {r.bottomLeft(), r.topLeft()}};
    for (const QLineF &e : edges) {
        if (line.intersects(e, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QSizeF textSize(const QFontMetricsF &metrics, const QString &text)
{
    const QSizeF own(metrics.horizontalAdvance(text), metrics.height());
    if (isAscii(text))
        return own;
    return own.expandedTo(metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignLeft | Qt::AlignTop, text).size());
}

qreal widestText(const QFontMetricsF &metrics, const QStringList &texts)
{
    qreal widest = 0;
    for (const QString &t : texts)
        widest = std::max(widest, textSize(metrics, t).width());
    return widest;
}

QStringList wrapText(const QFont &font, const QString &text, qreal width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max<qreal>(width, 1));
        const QString part = text.mid(line.textStart(), line.textLength()).trimmed();
        if (!part.isEmpty())
            lines.append(part);
    }
    layout.endLayout();
    return lines.isEmpty() ? QStringList{text} : lines;
}

QList<QStringList> categoryLines(const QFont &font, const QStringList &categories, qreal chartWidth, qreal besides)
{
    const QFontMetricsF metrics(font);
    const qreal room = std::max<qreal>(40, CategoryShare * chartWidth - besides);
    const bool wrap = widestText(metrics, categories) > room;
    QList<QStringList> lines;
    for (const QString &c : categories)
        lines.append(wrap && textSize(metrics, c).width() > room ? wrapText(font, c, room) : QStringList{c});
    return lines;
}

namespace {

QList<QPointF> candidatesFor(const LabelRequest &l)
{
    const QPointF p = l.anchor;
    const qreal w = l.size.width(), h = l.size.height();
    if (l.kind == LabelRequest::Bar)
        return {QPointF(p.x() + 5, p.y() - h / 2)};
    if (l.kind == LabelRequest::Line) {
        // At either end, above or below; then along the line, where a crowded plot may
        // leave room.
        const QPointF e = l.lineEnd;
        QList<QPointF> c{QPointF(p.x() + 4, p.y() - h - 2), QPointF(p.x() + 4, p.y() + 2),
                         QPointF(e.x() - w - 4, e.y() - h - 2), QPointF(e.x() - w - 4, e.y() + 2)};
        for (int eighth = 1; eighth < 8; ++eighth) {
            const QPointF m = p + (e - p) * (eighth / 8.0);
            c.append({QPointF(m.x() - w / 2, m.y() - h - 2), QPointF(m.x() - w / 2, m.y() + 2)});
        }
        return c;
    }
    // Beside, to the right and to the left; then a row above and below, centred or to
    // either side; then further out, row by row.
    QList<QPointF> c;
    for (int ring = 0; ring < 8; ++ring) {
        const qreal dy = ring * (h + 2);
        for (const qreal sign : {-1.0, 1.0}) {
            const qreal y = p.y() - h / 2 + sign * dy;
            c.append(QPointF(p.x() + 7, y));
            c.append(QPointF(p.x() - w - 7, y));
            if (ring == 0)
                continue;
            const qreal clear = y + sign * 4; // off the marker's top or bottom
            c.append(QPointF(p.x() - w / 2, clear));
            c.append(QPointF(p.x() - w / 4, clear));
            c.append(QPointF(p.x() - w * 3 / 4, clear));
        }
    }
    return c;
}

struct Placement
{
    QList<QPointF> at;
    int onOthers = 0;         // labels on another label or a marker, or outside the plot
    int acrossLines = 0;      // labels across a line
    QList<qsizetype> failed;  // the labels of either kind, in the order they were placed
};

// Places the labels in the given order, each in its first best place.
Placement placeInOrder(const QRectF &plot, const QList<LabelRequest> &labels, const QList<QList<QPointF>> &candidates,
                       const QList<qsizetype> &order, QList<QRectF> taken, const QList<QLineF> &lines)
{
    Placement result;
    result.at.resize(labels.size());
    const QRectF area = plot.adjusted(-2, -2, 2, 2);
    for (const qsizetype i : order) {
        const LabelRequest &l = labels.at(i);
        // The first place that is inside the plot, free and across no line; else the
        // first inside and free; else the first inside; else the first.
        QPointF chosen = candidates.at(i).first();
        int best = -1;
        for (const QPointF &c : candidates.at(i)) {
            const QRectF r(c, l.size);
            const bool inside = area.contains(r);
            const bool free = inside && std::none_of(taken.cbegin(), taken.cend(), [&r](const QRectF &t) { return t.intersects(r); });
            const bool clear = free
                               && (l.kind == LabelRequest::Bar
                                   || std::none_of(lines.cbegin(), lines.cend(), [&r](const QLineF &line) { return crosses(r, line); }));
            const int score = int(inside) + int(free) + int(clear);
            if (score > best) {
                best = score;
                chosen = c;
                if (score == 3)
                    break;
            }
        }
        result.onOthers += best < 2 ? 1 : 0;
        result.acrossLines += best == 2 ? 1 : 0;
        if (best < 3)
            result.failed.append(i);
        result.at[i] = chosen;
        taken.append(QRectF(chosen, l.size));
    }
    return result;
}

} // namespace

QList<QPointF> placeLabels(const QRectF &plot, const QList<LabelRequest> &labels, QList<QRectF> taken,
                           const QList<QLineF> &lines)
{
    QList<QList<QPointF>> candidates;
    candidates.reserve(labels.size());
    for (const LabelRequest &l : labels)
        candidates.append(candidatesFor(l));
    QList<qsizetype> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    Placement current = placeInOrder(plot, labels, candidates, order, taken, lines);
    Placement best = current;
    // Greedy placement can corner a label that another order would have let in: the labels
    // that found no good place go first, a few times over, and the best result is kept.
    for (int attempt = 0; attempt < 6 && !current.failed.isEmpty() && current.failed.size() < labels.size(); ++attempt) {
        QList<qsizetype> reordered = current.failed;
        for (const qsizetype i : std::as_const(order)) {
            if (!current.failed.contains(i))
                reordered.append(i);
        }
        order = reordered;
        current = placeInOrder(plot, labels, candidates, order, taken, lines);
        if (std::tie(current.onOthers, current.acrossLines) < std::tie(best.onOthers, best.acrossLines))
            best = current;
    }
    return best.at;
}

QLineF leaderLine(const LabelRequest &label, const QPointF &at)
{
    const QRectF box(at, label.size);
    const QPointF near(std::clamp(label.anchor.x(), box.left(), box.right()), std::clamp(label.anchor.y(), box.top(), box.bottom()));
    const QLineF leader(label.anchor, near);
    if (label.kind != LabelRequest::Point || leader.length() <= label.size.height() + 6)
        return {};
    return QLineF(leader.pointAt(8 / leader.length()), near);
}

QPen leaderPen(bool dark)
{
    return QPen(dark ? QColor(160, 160, 160) : QColor(120, 120, 120), 0.8);
}

} // namespace ChartStyle
