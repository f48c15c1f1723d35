#pragma once

#include <QStyledItemDelegate>
#include <QStringList>

class QTextLayout;

// Paints a matrix cell without a widget per cell: a status badge (its name in words, and
// a border that differs per status), a "differs from the source" badge where a claim
// check says so, what became of the cell's anticipations since the document (a line each,
// in its outcome's colour), the family colour on the favoured column, and the text
// wrapped to the column width with the search words highlighted.
class MatrixDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MatrixDelegate(QObject *parent = nullptr);

    void setSearchTerms(const QStringList &caseFoldedTerms) { m_terms = caseFoldedTerms; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A badge: the status name inside a border whose pattern follows the status's rank
    // (solid for the surest, dashed, dotted, ... for less sure). Returns its width.
    static int paintBadge(QPainter *painter, const QPoint &topLeft, const QString &text, int rank,
                          const QPalette &palette, const QFont &font, const QColor &accent = QColor());
    static QSize badgeSize(const QString &text, const QFont &font);
    // The warning colour for "differs from the primary source", readable on the palette.
    static QColor differsColor(const QPalette &palette);
    // The words of the "differs from the primary source" badge.
    static QString differsLabel();
    // An anticipation's line as a cell shows it ("≈ anticipated → shipped differently
    // (2026-09)") and its font: smaller than the cell's, drawn in the outcome's colour.
    static QString outcomeText(const QString &outcomeId, const QString &line);
    static QFont outcomeFont(const QFont &font);

private:
    struct Parts;
    Parts parts(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    qreal layoutText(QTextLayout &layout, qreal width) const;
    QPoint badgeOrigin(const Parts &p, const QFont &font, int width) const;
    int badgesHeight(const Parts &p, const QFont &font, int width) const;
    // Paints (with a painter; measures without) a cell's anticipation lines at topLeft.
    int paintOutcomes(QPainter *painter, const Parts &p, const QPoint &topLeft, int width, const QPalette &palette,
                      const QFont &font, bool selected) const;


    QStringList m_terms;
};
