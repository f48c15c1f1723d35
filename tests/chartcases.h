#pragma once

#include "core/charts/chartdata.h"
#include "core/dataset/dataset.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

#include <limits>

// Chart data that no bundled chart has, shared by the tests of the painter and of the two
// backends' parity: nothing at all, one point, zeros, a value a log scale cannot show,
// values that are not numbers; on each shape, on linear and log scales.
namespace ChartCases {

// row(tag, shape, log, points) adds one data row.
template <typename Row>
void forOddData(Row row)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (const ChartData::Shape shape : {ChartData::Shape::Bars, ChartData::Shape::Scatter, ChartData::Shape::Lines,
                                         ChartData::Shape::Timeline}) {
        const char *name = shape == ChartData::Shape::Bars      ? "bars"
                           : shape == ChartData::Shape::Scatter ? "scatter"
                           : shape == ChartData::Shape::Lines   ? "lines"
                                                                : "timeline";
        const double x = shape == ChartData::Shape::Timeline ? 1.7e12 : 0;
        for (const bool log : {false, true}) {
            const QByteArray tag = QByteArray(name) + (log ? " log" : "");
            row(tag + " empty", int(shape), log, QList<QPointF>());
            row(tag + " one", int(shape), log, QList<QPointF>{{x, 5}});
            row(tag + " zeros", int(shape), log, QList<QPointF>{{x, 0}, {x + 1, 0}});
            row(tag + " negative", int(shape), log, QList<QPointF>{{x, -3}, {x + 1, 7}});
            row(tag + " not a number", int(shape), log, QList<QPointF>{{x, nan}, {x + 1, inf}, {x + 1, 2}});
        }
    }
}

// One series of the dataset's first family, a label and a key per point; a bar chart gets
// a row per point.
inline ChartData oddData(const Dataset &dataset, int shape, bool log, const QList<QPointF> &points)
{
    ChartData data;
    data.shape = ChartData::Shape(shape);
    data.yLog = data.xLog = log && data.shape != ChartData::Shape::Bars;
    data.xTitle = QStringLiteral("x");
    data.yTitle = QStringLiteral("y");
    ChartSeriesData s;
    s.name = QStringLiteral("DeepSeek");
    s.family = dataset.families.first().id;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const bool bars = data.shape == ChartData::Shape::Bars;
        s.points.append({bars ? double(i) : points.at(i).x(), points.at(i).y(), QStringLiteral("label %1").arg(i), {},
                         QStringLiteral("k%1").arg(i)});
        if (bars)
            data.categories.append(QStringLiteral("row %1").arg(i));
    }
    data.series.append(s);
    return data;
}

} // namespace ChartCases
