#pragma once

#include <QObject>
#include <QString>

class QChart;
class QChartView;

// What a pointer over a chart's bar or point shows: the point's tooltip (ChartPoint::tooltip,
// carried by each series as "versusTooltips"), kept while the pointer rests there. One for
// every chart view in the app: the Charts tab, the Cost tab's price against score and the Fit
// tab's memory against context.
class ChartHover : public QObject
{
    Q_OBJECT

public:
    // Watches the view's viewport; a child of the view.
    explicit ChartHover(QChartView *view);

    // The chart just shown in the view: its bars' and points' hovers.
    void attach(QChart *chart);
    // Shows the text as the view's tooltip (empty: hides it); what a legend entry says too.
    void show(const QString &text);
    // The last text a hover showed (kept after the pointer left); empty if none yet.
    QString lastText() const { return m_last; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QChartView *m_view;
    QString m_last;
    QString m_shown; // while the pointer is on its bar or point
};
