#pragma once

#include "core/dataset/dataset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A third party's scores beside the makers' own: for a model (the Models tab), and for a cell
// of the feature table (the Matrix pane: the family's models' independent scores on the
// benchmarks the cell's text names). Never merged or averaged: each keeps its reporter.
class IndependentEvidence
{
    Q_DECLARE_TR_FUNCTIONS(IndependentEvidence)

public:
    struct Pair
    {
        const Score *independent = nullptr;
        QList<const Score *> vendor; // the model's other scores on the same benchmark
    };

    static bool isIndependent(const Score &s) { return !s.evaluator.isEmpty(); }
    static QList<Pair> forModel(const Dataset &dataset, const QString &modelId);
    // The family's models' independent scores on benchmarks whose name the text contains
    // as whole words (after normalising both, as imports do).
    static QList<Pair> forText(const Dataset &dataset, const QString &familyId, const QString &text);
    // "GPQA-Diamond: Epoch AI 71.5 ±3.2 %; the maker's 71.5 % (thinking)".
    static QString text(const Dataset &dataset, const Pair &pair, bool withModel = false);
};
