#include "paintrecording.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <climits>
#include <optional>

namespace {
// The rectangle a clip path covers on the device, if it is one.
bool deviceRect(const QPainterPath &path, const QTransform &transform, QRectF *rect)
{
    if (transform.type() > QTransform::TxScale || path.elementCount() != 5)
        return false;
    const QRectF bounds = path.boundingRect();
    QPainterPath box;
    box.addRect(bounds);
    if (!(box == path))
        return false;
    *rect = transform.mapRect(bounds);
    return true;
}
} // namespace

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
    // A clip rectangle in the recording's device coordinates, or none.
    void setClip(const std::optional<QRectF> &rect)
    {
        if (!rect) {
            painter->setClipping(false);
            return;
        }
        painter->setTransform(base);
        painter->setClipRect(*rect, Qt::ReplaceClip);
        painter->setTransform(current * base);
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
        updateClip(current, flags);
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
        draw([path](Replay &r) { r.painter->drawPath(path); });
    }

    void drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode) override
    {
        QPolygonF polygon(pointCount);
        std::copy(points, points + pointCount, polygon.begin());
        draw([polygon, mode](Replay &r) {
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
        draw([list = QList<QLineF>(lines, lines + lineCount)](Replay &r) { r.painter->drawLines(list); });
    }

    void drawRects(const QRectF *rects, int rectCount) override
    {
        draw([list = QList<QRectF>(rects, rects + rectCount)](Replay &r) { r.painter->drawRects(list); });
    }

    void drawEllipse(const QRectF &rect) override
    {
        draw([rect](Replay &r) { r.painter->drawEllipse(rect); });
    }

    void drawPoints(const QPointF *points, int pointCount) override
    {
        draw([list = QList<QPointF>(points, points + pointCount)](Replay &r) {
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
        draw([p, text, font](Replay &r) {
            r.painter->setFont(font);
            r.painter->drawText(p, text);
        });
    }

    // Pixmaps belong to the GUI thread: kept as images.
    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override
    {
        draw([rect, image = pixmap.toImage(), source](Replay &r) { r.painter->drawImage(rect, image, source); });
    }

    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source, Qt::ImageConversionFlags flags) override
    {
        draw([rect, image, source, flags](Replay &r) { r.painter->drawImage(rect, image, source, flags); });
    }

private:
    void add(Command command) { m_commands->push_back(std::move(command)); }

    // A drawing, after the clip it is drawn in.
    void draw(Command command)
    {
        if (m_clip.known) {
            const std::optional<QRectF> clip = m_clip.effective();
            if (!m_clip.replayedKnown || m_clip.replayed != clip) {
                add([clip](Replay &r) { r.setClip(clip); });
                m_clip.replayed = clip;
                m_clip.replayedKnown = true;
            }
        }
        add(std::move(command));
    }

    // A painter restates its clip at every restore() and for each item of a scene, and a PDF
    // then restates its whole graphics state each time. So the clip is followed here as the
    // PDF writer takes it (on or off, and the clips since the last that replaced them,
    // intersected) and given to the replay's painter only where a drawing finds it changed,
    // as one rectangle on the device. A clip that is no rectangle there is passed on as
    // given, and so are the ones after it until one replaces them all.
    void updateClip(const QPaintEngineState &current, DirtyFlags flags)
    {
        const Qt::ClipOperation op = current.clipOperation();
        if (flags & DirtyClipPath) {
            clipTo(current.clipPath(), op, current.transform(), [path = current.clipPath(), op](Replay &r) {
                if (op == Qt::NoClip)
                    r.painter->setClipping(false);
                else
                    r.painter->setClipPath(path, op);
            });
        } else if (flags & DirtyClipRegion) {
            const QRegion region = current.clipRegion();
            QPainterPath path;
            if (region.rectCount() == 1)
                path.addRect(region.boundingRect());
            clipTo(path, op, current.transform(), [region, op](Replay &r) {
                if (op == Qt::NoClip)
                    r.painter->setClipping(false);
                else
                    r.painter->setClipRegion(region, op);
            });
        } else if (flags & DirtyClipEnabled) {
            m_clip.enabled = current.isClipEnabled();
            if (!m_clip.known)
                add([enabled = m_clip.enabled](Replay &r) { r.painter->setClipping(enabled); });
        }
    }

    void clipTo(const QPainterPath &path, Qt::ClipOperation op, const QTransform &transform, Command asGiven)
    {
        m_clip.enabled = true;
        QRectF rect;
        const bool isRect = deviceRect(path, transform, &rect);
        if (op == Qt::NoClip) {
            m_clip.enabled = false;
            m_clip.rect.reset();
            m_clip.known = true;
        } else if (op == Qt::ReplaceClip && isRect) {
            m_clip.rect = rect;
            m_clip.known = true;
        } else if (op == Qt::IntersectClip && isRect && m_clip.known) {
            m_clip.rect = m_clip.rect ? (*m_clip.rect & rect) : rect;
        } else {
            if (m_clip.known && (!m_clip.replayedKnown || m_clip.replayed != m_clip.effective()))
                add([clip = m_clip.effective()](Replay &r) { r.setClip(clip); }); // what it may intersect
            add(std::move(asGiven));
            m_clip.known = false;
            m_clip.replayedKnown = false;
        }
    }

    struct Clip
    {
        bool enabled = false;
        std::optional<QRectF> rect;     // the clips since the last that replaced them; none: no clip
        bool known = true;              // false: the clips are passed on as given
        std::optional<QRectF> replayed; // what the replay's painter clips to, where known
        bool replayedKnown = true;

        std::optional<QRectF> effective() const { return enabled ? rect : std::nullopt; }
    };

    std::vector<Command> *m_commands;
    Clip m_clip;
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
