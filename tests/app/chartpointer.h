#pragma once

// For the GUI tests: the pointer onto a chart's point, as a user moves it there.

#include <QChart>
#include <QChartView>
#include <QTest>
#include <QXYSeries>

namespace ChartPointer {

// Once the chart is laid out (its plot the same at two looks in a row), moves the pointer
// onto the series' point at index. False when the plot never settles or there is no point.
inline bool moveTo(QChartView *view, QXYSeries *series, int index)
{
    QChart *chart = view->chart();
    if (!chart || index < 0 || index >= series->count())
        return false;
    QRectF before;
    for (int i = 0; i < 100; ++i) {
        QTest::qWait(20);
        const QRectF now = chart->plotArea();
        if (now.width() > 0 && now == before)
            break;
        before = now;
    }
    const QPoint at = view->mapFromScene(chart->mapToScene(chart->mapToPosition(series->at(index), series)));
    if (!view->viewport()->rect().contains(at))
        return false;
    QTest::mouseMove(view->viewport(), at + QPoint(0, 1));
    QTest::mouseMove(view->viewport(), at);
    return true;
}

} // namespace ChartPointer
