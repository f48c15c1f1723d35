#include "paintrecording.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <climits>

struct PaintRecording::Replay
{
    QPainter *painter;
    QTransform base; // the painter's own transform, under the recorded ones
    QTransform current;

    void setTransform(const QTransform &transform)
    {
        // A PDF restates its whole graphics state at each change of transform: skip the
        // ones that change nothing (a painter's restore() sends its transform again).
        if (transform == current)
            return;
        current = transform;
        painter->setTransform(transform * base);
    }
};

// Keeps what a painter sends its engine. The painter flushes its state before each drawing
// call, so the commands are the state changes and the drawings in the order they count.
class PaintRecording::Engine : public QPaintEngine
{
public:
    explicit Engine(PaintRecording *recording)
        : QPaintEngine(QPaintEngine::AllFeatures), m_commands(&recording->m_commands)
    {
    }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &current) override
    {
        const DirtyFlags flags = current.state();
        if (flags & DirtyPen)
            add([pen = current.pen()](Replay &r) { r.painter->setPen(pen); });
        if (flags & DirtyBrush)
            add([brush = current.brush()](Replay &r) { r.painter->setBrush(brush); });
        if (flags & DirtyBrushOrigin)
            add([origin = current.brushOrigin()](Replay &r) { r.painter->setBrushOrigin(origin); });
        if (flags & DirtyBackground)
            add([brush = current.backgroundBrush()](Replay &r) { r.painter->setBackground(brush); });
        if (flags & DirtyBackgroundMode)
            add([mode = current.backgroundMode()](Replay &r) { r.painter->setBackgroundMode(mode); });
        // The transform before the clip: a clip is in the coordinates of its time.
        if (flags & DirtyTransform)
            add([transform = current.transform()](Replay &r) { r.setTransform(transform); });
        if (flags & DirtyClipEnabled)
            add([enabled = current.isClipEnabled()](Replay &r) { r.painter->setClipping(enabled); });
        if (flags & DirtyClipRegion) {
            if (current.clipOperation() == Qt::NoClip)
                add([](Replay &r) { r.painter->setClipping(false); });
            else
                add([region = current.clipRegion(), op = current.clipOperation()](Replay &r) {
                    r.painter->setClipRegion(region, op);
                });
        }
        if (flags & DirtyClipPath) {
            if (current.clipOperation() == Qt::NoClip)
                add([](Replay &r) { r.painter->setClipping(false); });
            else
                add([path = current.clipPath(), op = current.clipOperation()](Replay &r) {
                    r.painter->setClipPath(path, op);
                });
        }
        if (flags & DirtyHints)
            add([hints = current.renderHints()](Replay &r) {
                r.painter->setRenderHints(~hints, false);
                r.painter->setRenderHints(hints, true);
            });
        if (flags & DirtyCompositionMode)
            add([mode = current.compositionMode()](Replay &r) { r.painter->setCompositionMode(mode); });
        if (flags & DirtyOpacity)
            add([opacity = current.opacity()](Replay &r) { r.painter->setOpacity(opacity); });
        // DirtyFont: a text run carries its own font (drawTextItem).
    }

    void drawPath(const QPainterPath &path) override
    {
        add([path](Replay &r) { r.painter->drawPath(path); });
    }

    void drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode) override
    {
        QPolygonF polygon(pointCount);
        std::copy(points, points + pointCount, polygon.begin());
        add([polygon, mode](Replay &r) {
            switch (mode) {
            case OddEvenMode: r.painter->drawPolygon(polygon, Qt::OddEvenFill); break;
            case WindingMode: r.painter->drawPolygon(polygon, Qt::WindingFill); break;
            case ConvexMode: r.painter->drawConvexPolygon(polygon); break;
            case PolylineMode: r.painter->drawPolyline(polygon); break;
            }
        });
    }

    void drawLines(const QLineF *lines, int lineCount) override
    {
        add([list = QList<QLineF>(lines, lines + lineCount)](Replay &r) { r.painter->drawLines(list); });
    }

    void drawRects(const QRectF *rects, int rectCount) override
    {
        add([list = QList<QRectF>(rects, rects + rectCount)](Replay &r) { r.painter->drawRects(list); });
    }

    void drawEllipse(const QRectF &rect) override
    {
        add([rect](Replay &r) { r.painter->drawEllipse(rect); });
    }

    void drawPoints(const QPointF *points, int pointCount) override
    {
        add([list = QList<QPointF>(points, points + pointCount)](Replay &r) {
            r.painter->drawPoints(list.constData(), int(list.size()));
        });
    }

    // One run of text in one font (the painter splits a line where the font falls back):
    // set again at the same baseline, it takes the same glyphs at the same places. The
    // painter draws underlines and the like itself, as lines.
    void drawTextItem(const QPointF &p, const QTextItem &textItem) override
    {
        const QString text = textItem.text();
        if (text.isEmpty())
            return;
        QFont font = textItem.font();
        // A change makes the copy the recording's own, so that a replay on another thread
        // shares nothing with the fonts this one goes on using.
        font.setUnderline(!font.underline());
        font.setUnderline(false);
        font.setOverline(false);
        font.setStrikeOut(false);
        // All of it as given: a painter takes what a font leaves unset from its device's font.
        font.setResolveMask(QFont::AllPropertiesResolved);
        add([p, text, font](Replay &r) {
            r.painter->setFont(font);
            r.painter->drawText(p, text);
        });
    }

    // Pixmaps belong to the GUI thread: kept as images.
    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override
    {
        add([rect, image = pixmap.toImage(), source](Replay &r) { r.painter->drawImage(rect, image, source); });
    }

    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source, Qt::ImageConversionFlags flags) override
    {
        add([rect, image, source, flags](Replay &r) { r.painter->drawImage(rect, image, source, flags); });
    }

private:
    void add(Command command) { m_commands->push_back(std::move(command)); }

    std::vector<Command> *m_commands;
};

PaintRecording::PaintRecording(QSize size, int dpiX, int dpiY)
    : m_size(size), m_dpiX(dpiX), m_dpiY(dpiY), m_engine(std::make_unique<Engine>(this))
{
}

PaintRecording::~PaintRecording() = default;

QPaintEngine *PaintRecording::paintEngine() const
{
    return m_engine.get();
}

void PaintRecording::replay(QPainter *painter) const
{
    painter->save();
    Replay r{painter, painter->transform(), QTransform()};
    // Start from a new painter's state, as the recording did.
    painter->setPen(QPen());
    painter->setBrush(QBrush());
    painter->setBrushOrigin(QPointF());
    painter->setBackground(QBrush(Qt::white));
    painter->setBackgroundMode(Qt::TransparentMode);
    painter->setOpacity(1);
    for (const Command &command : m_commands)
        command(r);
    painter->restore();
}

int PaintRecording::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth: return m_size.width();
    case PdmHeight: return m_size.height();
    case PdmWidthMM: return qRound(m_size.width() * 25.4 / m_dpiX);
    case PdmHeightMM: return qRound(m_size.height() * 25.4 / m_dpiY);
    case PdmNumColors: return INT_MAX;
    case PdmDepth: return 32;
    case PdmDpiX:
    case PdmPhysicalDpiX: return m_dpiX;
    case PdmDpiY:
    case PdmPhysicalDpiY: return m_dpiY;
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}
