#include "language.h"
#include "paintrecording.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QThread>
#include <QtTest>

namespace {
constexpr int Width = 400;
constexpr int Height = 240;

// A bit of everything a chart draws: transforms, clips (rectangles, and one rotated),
// pens, brushes, a gradient, shapes, and text in two scripts (the Chinese falls back to the
// CJK font).
void scene(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(QRectF(0, 0, Width, Height), Qt::white);
    QLinearGradient gradient(0, 0, 0, 60);
    gradient.setColorAt(0, QColor(0x35, 0x59, 0xe0));
    gradient.setColorAt(1, QColor(0xc2, 0x41, 0x0c));
    painter->setBrush(gradient);
    painter->setPen(QPen(Qt::black, 2, Qt::DashLine));
    painter->drawRect(QRectF(10, 10, 120, 60));
    painter->save();
    painter->translate(150, 20);
    painter->rotate(10);
    painter->setClipRect(QRectF(0, 0, 80, 40));
    painter->setBrush(QColor(200, 40, 40, 140));
    painter->drawEllipse(QRectF(-20, -10, 120, 70));
    painter->restore();
    // Rectangle clips as a scene sets them: replaced, intersected under a move, restored,
    // switched off and on again.
    painter->save();
    painter->setClipRect(QRectF(5, 120, 200, 100));
    painter->save();
    painter->translate(30, 10);
    painter->setClipRect(QRectF(0, 120, 100, 40), Qt::IntersectClip);
    painter->fillRect(QRectF(-50, 100, 400, 200), QColor(0, 150, 200, 120));
    painter->restore();
    painter->setClipping(false);
    painter->fillRect(QRectF(210, 215, 30, 10), Qt::darkGreen);
    painter->setClipping(true);
    painter->fillRect(QRectF(0, 200, 400, 40), QColor(120, 0, 120, 100));
    painter->restore();
    QPainterPath path;
    path.moveTo(20, 200);
    path.cubicTo(80, 100, 160, 260, 260, 150);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(30, 120, 60), 3));
    painter->drawPath(path);
    const QPointF points[] = {{300, 200}, {340, 120}, {380, 200}};
    painter->setBrush(QColor(250, 200, 0));
    painter->drawPolygon(points, 3);
    painter->drawLine(QLineF(0, 230, Width, 230));
    QFont font;
    font.setFamilies(QStringList{QStringLiteral("DejaVu Sans")} + Language::cjkFamilies());
    font.setPixelSize(15);
    painter->setFont(font);
    painter->setPen(QColor(40, 40, 40));
    painter->drawText(QPointF(20, 110), QStringLiteral("Qwen3-235B 及另外 1 个 · 2025，pass@1"));
    painter->save();
    painter->translate(360, 60);
    painter->rotate(90);
    painter->drawText(QRectF(0, 0, 150, 40), Qt::AlignLeft | Qt::TextWordWrap, QStringLiteral("rotated 文字 label"));
    painter->restore();
}

QImage direct()
{
    QImage image(Width, Height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene(&painter);
    return image;
}

std::shared_ptr<PaintRecording> record()
{
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied); // the resolution of the target
    auto recording = std::make_shared<PaintRecording>(QSize(Width, Height), probe.logicalDpiX(), probe.logicalDpiY());
    QPainter painter(recording.get());
    scene(&painter);
    painter.end();
    return recording;
}

QImage replayed(const PaintRecording &recording)
{
    QImage image(Width, Height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    // State the replay must not depend on, nor leave changed.
    painter.setPen(QPen(Qt::red, 7));
    painter.setBrush(Qt::green);
    painter.setOpacity(0.9);
    recording.replay(&painter);
    if (painter.pen() != QPen(Qt::red, 7) || painter.brush() != QBrush(Qt::green) || painter.opacity() != 0.9)
        return {};
    return image;
}
} // namespace

class TestPaintRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayDrawsWhatPaintingDirectlyDraws();
    void replayOnAnotherThread();
    void replayAtAnOffset();
};

void TestPaintRecording::replayDrawsWhatPaintingDirectlyDraws()
{
    const auto recording = record();
    QVERIFY(!recording->isEmpty());
    const QImage expected = direct();
    const QImage actual = replayed(*recording);
    QVERIFY(!actual.isNull());
    QCOMPARE(actual, expected);
    QCOMPARE(replayed(*recording), expected); // any number of times
}

void TestPaintRecording::replayOnAnotherThread()
{
    const auto recording = record();
    QImage actual;
    std::unique_ptr<QThread> thread(QThread::create([&] { actual = replayed(*recording); }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QCOMPARE(actual, direct());
}

void TestPaintRecording::replayAtAnOffset()
{
    const auto recording = record();
    QImage expected(Width + 50, Height + 30, QImage::Format_ARGB32_Premultiplied);
    expected.fill(Qt::transparent);
    {
        QPainter painter(&expected);
        painter.translate(50, 30);
        scene(&painter);
    }
    QImage actual(expected.size(), QImage::Format_ARGB32_Premultiplied);
    actual.fill(Qt::transparent);
    {
        QPainter painter(&actual);
        painter.translate(50, 30);
        recording->replay(&painter);
    }
    QCOMPARE(actual, expected);
}

QTEST_MAIN(TestPaintRecording)
#include "tst_paintrecording.moc"
