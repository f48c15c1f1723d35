#include "app/charts/charthover.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHelpEvent>
#include <QScatterSeries>
#include <QToolTip>

ChartHover::ChartHover(QChartView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

void ChartHover::attach(QChart *chart)
{
    m_shown.clear();
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            connect(bars, &QAbstractBarSeries::hovered, this, [this](bool state, int index, QBarSet *set) {
                show(state && set ? set->property("versusTooltips").toStringList().value(index) : QString());
            });
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
            // Qt gives the position under the pointer: the nearest of the series' points.
            connect(scatter, &QScatterSeries::hovered, this, [this, scatter](const QPointF &point, bool state) {
                const QStringList tips = scatter->property("versusTooltips").toStringList();
                const QList<QPointF> points = scatter->points();
                qsizetype nearest = -1;
                qreal best = 0;
                for (qsizetype i = 0; i < points.size(); ++i) {
                    const qreal dx = (points.at(i).x() - point.x()) / qMax(1e-9, qAbs(point.x()));
                    const qreal dy = (points.at(i).y() - point.y()) / qMax(1e-9, qAbs(point.y()));
                    const qreal dist = dx * dx + dy * dy;
                    if (nearest < 0 || dist < best) {
                        nearest = i;
                        best = dist;
                    }
                }
                show(state && nearest >= 0 ? tips.value(nearest) : QString());
            });
        }
    }
}

void ChartHover::show(const QString &text)
{
    if (!text.isEmpty())
        m_last = text;
    m_shown = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

// When the pointer rests, the view gets a tooltip event and its scene, finding no item with
// a tooltip, shows an empty one: that hid the hovered value within a second. While a bar or
// point is hovered, its own text answers that event.
bool ChartHover::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_shown.isEmpty() && watched == m_view->viewport()) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_shown, m_view);
        return true;
    }
    return QObject::eventFilter(watched, event);
}
