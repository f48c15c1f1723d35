#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

// The Fit tab's chart: memory on one device against the context length (a log scale of
// powers of two) for the chosen models, with the device's memory as a line. Each model has
// its family's colour and its own dash pattern and marker, so colour never carries the
// meaning alone. Drawn with QPainter; not (yet) one of the dataset's exportable charts.
class FitContextChart : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        QColor color;
        QList<std::optional<qint64>> bytes; // one per context step; empty where not stated
    };

    explicit FitContextChart(QWidget *parent = nullptr);

    void setData(const QList<qint64> &contexts, const QList<Series> &series, qint64 memoryBytes);
    const QList<Series> &series() const { return m_series; }
    QSize sizeHint() const override { return {420, 260}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintAxes(QPainter &p, const QRectF &plot, double maxBytes) const;
    void paintLegend(QPainter &p, const QRectF &area) const;

    QList<qint64> m_contexts;
    QList<Series> m_series;
    qint64 m_memory = 0;
};
