#pragma once

#include "core/dataset/dataset.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

// How an anticipation's outcome is shown, the same in the matrix, its legend and detail
// pane, the Document tab and the report: a glyph and a colour of its own for each of the
// four outcomes (never a status badge's bordered box), and the one-line "anticipated →
// shipped differently (2026-09)".
class Outcomes
{
    Q_DECLARE_TR_FUNCTIONS(Outcomes)

public:
    // ✓ shipped, ≈ shipped differently, ✗ not shipped, ? unknown.
    static QString glyph(const QString &outcomeId);
    static QColor color(const QString &outcomeId, bool darkPalette);
    // The outcome's name in the current language (the id where the dataset has none).
    // language: the dataset's texts in it (empty: the current language).
    static QString name(const Dataset &dataset, const QString &outcomeId, const QString &language = QString());
    // "anticipated → shipped differently (2026-09)": the document's status, what became of
    // it, and the month it did (none where nothing happened).
    static QString line(const Dataset &dataset, const AnticipationCheck &check, const QString &language = QString());
    // "as of 2026-12-01" (or "date not stated").
    static QString asOf(const Dataset &dataset);
};
