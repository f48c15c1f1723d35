#include "app/matrix/matrixdelegate.h"

#include "core/i18n/language.h"

#include "core/matrix/matrixmodel.h"
#include "core/matrix/outcomes.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace {
constexpr int Margin = 6;
constexpr int BadgeGap = 4;
constexpr int ChipSize = 12;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

struct MatrixDelegate::Parts
{
    QString text;
    QString status;      // status name, for family cells
    int rank = -1;
    bool differs = false;
    QColor chip;         // family colour, on the favoured column
    QString chipLabel;   // the favoured family's name, beside the chip
    bool bold = false;
    QStringList anticipations; // "anticipated → shipped differently (2026-09)", one per check
    QStringList outcomes;      // ... and its outcome id
};

MatrixDelegate::MatrixDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

MatrixDelegate::Parts MatrixDelegate::parts(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option)
    Parts p;
    p.text = index.data(Qt::DisplayRole).toString();
    const QString familyId = index.data(+MatrixModel::Role::FamilyId).toString();
    if (!familyId.isEmpty()) {
        p.status = index.data(+MatrixModel::Role::StatusName).toString();
        p.rank = index.data(+MatrixModel::Role::StatusRank).toInt();
        p.differs = index.data(+MatrixModel::Role::Differs).toBool();
        p.anticipations = index.data(+MatrixModel::Role::Anticipations).toStringList();
        p.outcomes = index.data(+MatrixModel::Role::Outcomes).toStringList();
    } else if (index.column() == 0) {
        p.bold = true;
    } else {
        const QColor color = index.data(+MatrixModel::Role::FamilyColor).value<QColor>();
        const int newline = int(p.text.indexOf(QLatin1Char('\n')));
        p.chipLabel = newline < 0 ? p.text : p.text.left(newline);
        p.text = newline < 0 ? QString() : p.text.mid(newline + 1);
        p.chip = color;
    }
    return p;
}

QString MatrixDelegate::differsLabel()
{
    return tr("≠ primary source");
}

// Where the "differs" badge goes relative to the status badge: beside it, or below it
// when the column is too narrow for both.
QPoint MatrixDelegate::badgeOrigin(const Parts &p, const QFont &font, int width) const
{
    if (p.status.isEmpty())
        return {};
    const QSize status = badgeSize(p.status, font);
    const QSize differs = badgeSize(differsLabel(), font);
    if (status.width() + BadgeGap + differs.width() <= width)
        return QPoint(status.width() + BadgeGap, 0);
    return QPoint(0, status.height() + BadgeGap);
}

int MatrixDelegate::badgesHeight(const Parts &p, const QFont &font, int width) const
{
    const int status = p.status.isEmpty() ? 0 : badgeSize(p.status, font).height();
    if (!p.differs)
        return status;
    return badgeOrigin(p, font, width).y() + badgeSize(differsLabel(), font).height();
}

QFont MatrixDelegate::outcomeFont(const QFont &font)
{
    return Language::smallFont(font);
}

QString MatrixDelegate::outcomeText(const QString &outcomeId, const QString &line)
{
    return Outcomes::glyph(outcomeId) + QLatin1Char(' ') + line;
}

// The anticipation lines under the badges, each in its outcome's colour; their height.
int MatrixDelegate::paintOutcomes(QPainter *painter, const Parts &p, const QPoint &topLeft, int width,
                                  const QPalette &palette, const QFont &font, bool selected) const
{
    int y = topLeft.y();
    const QFont small = outcomeFont(font);
    for (qsizetype i = 0; i < p.anticipations.size(); ++i) {
        QTextLayout layout(outcomeText(p.outcomes.value(i), p.anticipations.at(i)), small,
                           painter ? painter->device() : nullptr);
        const qreal height = layoutText(layout, width);
        if (painter) {
            painter->setPen(selected ? palette.color(QPalette::HighlightedText)
                                     : Outcomes::color(p.outcomes.value(i), isDark(palette)));
            layout.draw(painter, QPointF(topLeft.x(), y));
        }
        y += int(std::ceil(height)) + 1;
    }
    return y - topLeft.y() + (p.anticipations.isEmpty() ? 0 : BadgeGap - 1);
}

qreal MatrixDelegate::layoutText(QTextLayout &layout, qreal width) const
{
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    layout.setCacheEnabled(true);
    qreal height = 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(qMax<qreal>(width, 10));
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

QSize MatrixDelegate::badgeSize(const QString &text, const QFont &font)
{
    const QFontMetrics fm(Language::smallFont(font));
    return QSize(fm.horizontalAdvance(text) + 10, fm.height() + 4);
}

QColor MatrixDelegate::differsColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(255, 176, 80) : QColor(176, 72, 0);
}

int MatrixDelegate::paintBadge(QPainter *painter, const QPoint &topLeft, const QString &text, int rank,
                               const QPalette &palette, const QFont &font, const QColor &accent)
{
    // The least sure statuses in italics, where the language has them (not Chinese).
    const QFont small = Language::smallFont(font, rank >= 3);
    const QSize size = badgeSize(text, font);
    const QRectF rect(QPointF(topLeft) + QPointF(0.5, 0.5), QSizeF(size) - QSizeF(1, 1));
    const QColor ink = accent.isValid() ? accent : palette.color(QPalette::Text);
    static const Qt::PenStyle patterns[] = {Qt::SolidLine, Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    const Qt::PenStyle pattern = patterns[qBound(0, rank, 4)];

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(ink, rank == 1 ? 2 : 1, pattern);
    painter->setPen(pen);
    if (rank == 0 && !accent.isValid()) {
        // The surest status is the only filled badge.
        QColor fill = ink;
        fill.setAlpha(40);
        painter->setBrush(fill);
    } else {
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawRoundedRect(rect, 4, 4);
    painter->setFont(small);
    painter->setPen(ink);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
    return size.width();
}

void MatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Parts p = parts(opt, index);
    // The item's background and focus, without its text.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    QPalette palette = opt.palette;
    if (selected)
        palette.setColor(QPalette::Text, palette.color(QPalette::HighlightedText));
    QRect area = opt.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);

    painter->save();
    painter->setClipRect(opt.rect);
    int y = area.top();
    if (!p.status.isEmpty() || p.differs) {
        const QPoint differsAt = badgeOrigin(p, opt.font, area.width());
        if (!p.status.isEmpty())
            paintBadge(painter, QPoint(area.left(), y), p.status, p.rank, palette, opt.font);
        if (p.differs)
            paintBadge(painter, QPoint(area.left(), y) + differsAt, differsLabel(), 1, palette, opt.font,
                       selected ? palette.color(QPalette::HighlightedText) : differsColor(palette));
        y += badgesHeight(p, opt.font, area.width()) + BadgeGap;
    }
    y += paintOutcomes(painter, p, QPoint(area.left(), y), area.width(), palette, opt.font, selected);
    if (p.chip.isValid() || !p.chipLabel.isEmpty()) {
        const QFontMetrics fm(opt.font);
        int x = area.left();
        if (p.chip.isValid()) {
            const QRect chip(x, y + (fm.height() - ChipSize) / 2, ChipSize, ChipSize);
            painter->setPen(palette.color(QPalette::Text));
            painter->setBrush(p.chip);
            painter->drawRect(chip.adjusted(0, 0, -1, -1));
            x += ChipSize + BadgeGap;
        }
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(QRect(x, y, area.right() - x, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(p.chipLabel, Qt::ElideRight, area.right() - x));
        y += fm.height() + BadgeGap;
    }

    if (!p.text.isEmpty()) {
        QFont font = opt.font;
        font.setBold(p.bold);
        QTextLayout layout(p.text, font, painter->device());
        QList<QTextLayout::FormatRange> ranges;
        if (!m_terms.isEmpty()) {
            const QString folded = MatrixModel::foldCase(p.text);
            if (folded.size() == p.text.size()) {
                QTextCharFormat mark;
                mark.setBackground(isDark(palette) ? QColor(120, 100, 0) : QColor(255, 230, 110));
                mark.setForeground(isDark(palette) ? QColor(Qt::white) : QColor(Qt::black));
                for (const QString &term : m_terms) {
                    for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.size()))
                        ranges.append({int(at), int(term.size()), mark});
                }
            }
        }
        layout.setFormats(ranges);
        layoutText(layout, area.width());
        painter->setPen(palette.color(QPalette::Text));
        layout.draw(painter, QPointF(area.left(), y));
    }
    painter->restore();
}

QSize MatrixDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Parts p = parts(opt, index);
    const int width = opt.rect.width() > 0 ? opt.rect.width() : 240;
    const int textWidth = width - 2 * Margin;
    int height = Margin;
    if (!p.status.isEmpty() || p.differs)
        height += badgesHeight(p, opt.font, textWidth) + BadgeGap;
    height += paintOutcomes(nullptr, p, QPoint(0, 0), textWidth, opt.palette, opt.font, false);
    if (p.chip.isValid() || !p.chipLabel.isEmpty())
        height += QFontMetrics(opt.font).height() + BadgeGap;
    if (!p.text.isEmpty()) {
        QFont font = opt.font;
        font.setBold(p.bold);
        QTextLayout layout(p.text, font);
        height += int(std::ceil(layoutText(layout, textWidth)));
    }
    return QSize(width, height);
}
