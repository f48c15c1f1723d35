#pragma once

#include <QPaintDevice>
#include <QSize>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPaintEngine;

// Drawing kept in memory and replayed later onto another painter, on this thread or another
// (the report records its charts on the GUI thread and replays them into the PDF on a
// worker). Vector graphics stay vector graphics and text stays text: each run of text is
// set again in its font at its baseline, so a replay draws what painting the target
// directly would have drawn. (QPicture would not do: it sets text again from the top of its
// font's rounded ascent, which moves a fallback font's glyphs, e.g. Chinese, off the
// baseline, and it scales by the ratio of the devices' resolutions.)
//
// The recording has the size and resolution of the area it will be replayed into, so that
// fonts in points come out the same size; text laid out for another device should use
// fonts in pixels (ChartRenderer does). Record, end the painter, then replay any number of
// times; a replay keeps the painter's state and assumes it has no clip of its own.
class PaintRecording : public QPaintDevice
{
public:
    PaintRecording(QSize size, int dpiX, int dpiY);
    ~PaintRecording() override;
    PaintRecording(const PaintRecording &) = delete;
    PaintRecording &operator=(const PaintRecording &) = delete;

    QPaintEngine *paintEngine() const override;
    // Draws the recording onto painter, its top left at the painter's origin.
    void replay(QPainter *painter) const;
    bool isEmpty() const { return m_commands.empty(); }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    struct Replay;
    using Command = std::function<void(Replay &)>;

    QSize m_size;
    int m_dpiX;
    int m_dpiY;
    std::vector<Command> m_commands;
    std::unique_ptr<Engine> m_engine;
};
